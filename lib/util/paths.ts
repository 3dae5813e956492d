import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';

/** The package root: this file lives in lib/util/ (sources) or dist/util/ (compiled), two levels down. */
export const packageRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The installed package's version (package.json). */
export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'));
  const v = typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'version') : undefined;
  return typeof v === 'string' ? v : 'unknown';
}

import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root: this file lives in lib/util/ (sources) or dist/util/ (compiled), two levels down. */
export const packageRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

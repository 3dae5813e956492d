import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root: this file lives in lib/ (sources) or dist/ (compiled), one level down. */
export const packageRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Whether an error is an acceptable outcome: a KalaError whose code is one of the documented
// codes (the KalaErrorCode union in lib/errors.ts, read from the source so the list stays one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './targets/common.mjs';

const source = readFileSync(path.join(ROOT, 'lib', 'errors.ts'), 'utf8');
const union = source.slice(source.indexOf('export type KalaErrorCode'), source.indexOf(';', source.indexOf('export type KalaErrorCode')));
export const KNOWN_CODES = new Set([...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]));

/** { outcome: 'typed', code } or { outcome: 'untyped', name, code?, message, stack } */
export function classify(api, e) {
  if (e instanceof api.KalaError && KNOWN_CODES.has(e.code)) return { outcome: 'typed', code: e.code };
  const name = e?.constructor?.name ?? typeof e;
  return {
    outcome: 'untyped',
    name,
    code: e?.code,
    message: String(e?.message ?? e).slice(0, 2000),
    stack: String(e?.stack ?? '').split('\n').slice(0, 12).join('\n'),
  };
}

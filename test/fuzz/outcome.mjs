// Whether an error is an acceptable outcome: a KalaError whose code is one of the documented
// codes (KALA_ERROR_CODES of lib/util/errors.ts, from the compiled package).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './targets/common.mjs';

const { KALA_ERROR_CODES } = await import(pathToFileURL(path.join(ROOT, 'dist', 'util', 'errors.js')).href);
export const KNOWN_CODES = new Set(KALA_ERROR_CODES);

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

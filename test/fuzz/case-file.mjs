// A case as it is saved and replayed: files as base64 (null = delete the fixture's file), the
// rest as JSON. The same text names it: <target>-<first 12 hex of its sha1>.
import { createHash } from 'node:crypto';

export function serializeCase(c) {
  const files = {};
  for (const [k, v] of Object.entries(c.files ?? {})) files[k] = v === null ? null : Buffer.from(v).toString('base64');
  return { base: c.base ?? [], files, primary: c.primary ?? null, input: c.input ?? null, note: c.note ?? '' };
}

export function deserializeCase(s) {
  const files = {};
  for (const [k, v] of Object.entries(s.files ?? {})) files[k] = v === null ? null : Buffer.from(v, 'base64');
  return { base: s.base ?? [], files, primary: s.primary, input: s.input ?? undefined, note: s.note };
}

export function caseHash(target, serialized) {
  return createHash('sha1').update(target).update(JSON.stringify(serialized)).digest('hex').slice(0, 12);
}

/** The bytes that best stand for a case on their own (the mutated file, or the input). */
export function primaryBytes(c) {
  if (c.primary && c.files?.[c.primary]) return Buffer.from(c.files[c.primary]);
  return Buffer.from(JSON.stringify(c.input ?? null));
}

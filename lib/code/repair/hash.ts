// Weak hashing. A password (by name, by where its digest goes, or by the analyzer's
// password-fast-hash rule) gets a salted KDF with its verification rewritten (password.ts).
// Anything else (checksums, cache keys, ETags, fingerprints) gets MD5/SHA-1 → SHA-256 with the same
// hash-object API (update/digest/hexdigest in Python, createHash in JS). A digest is a different
// value, so the behaviour check compares digests up to a one-to-one renaming (digests.ts): equal
// inputs must still give equal digests and different inputs different ones, and everything else
// (lengths, truncations, comparisons with a digest written in the code) must stay the same.
import { callArgs, callOf, child } from './edits.js';
import { constructorAt, readSite } from './hash-sites.js';
import { repairPasswordHash } from './password.js';
import { rejected, unsupported, type RepairInput, type RepairOutcome } from './types.js';

const WEAK = /^(md5|sha1|md4|md2|ripemd160)$/i;

export function repairHash(input: RepairInput): RepairOutcome {
  const python = input.language === 'python';
  const ctor = constructorAt(input.node, python);
  const byRule = /password-fast-hash$/.test(input.finding.ruleId);
  if (ctor && (byRule || readSite(ctor, python).password)) return repairPasswordHash(input, ctor);
  if (byRule) return rejected('a password hashed over several statements: not rewritten automatically', 'password hash → salted scrypt');
  const call = callOf(input.node, python ? 'call' : 'call_expression');
  const fn = call && child(call, 'function');
  if (!call || !fn) return unsupported('no call at the finding');
  const { positional } = callArgs(call);
  if (python) {
    if (/^hashlib\.(md5|sha1)$/.test(fn.text)) {
      const attr = child(fn, 'attribute')!;
      return { edits: [{ start: attr.start, end: attr.end, text: 'sha256' }], description: `${fn.text} → hashlib.sha256` };
    }
    if (fn.text === 'hashlib.new' && positional[0]?.type === 'string' && WEAK.test(positional[0].text.slice(1, -1))) {
      const q = positional[0].text[0];
      return { edits: [{ start: positional[0].start, end: positional[0].end, text: `${q}sha256${q}` }], description: `hashlib.new(${positional[0].text}) → hashlib.new('sha256')` };
    }
    return unsupported(`${fn.text}: no drop-in replacement (a library's own weak hash)`);
  }
  const name = fn.type === 'member_expression' ? child(fn, 'property')!.text : fn.text;
  if ((name === 'createHash' || name === 'createHmac') && positional[0]?.type === 'string' && WEAK.test(positional[0].text.slice(1, -1))) {
    const q = positional[0].text[0];
    return { edits: [{ start: positional[0].start, end: positional[0].end, text: `${q}sha256${q}` }], description: `${name}(${positional[0].text}) → ${name}('sha256')` };
  }
  return unsupported(`${fn.text}: no drop-in replacement`);
}

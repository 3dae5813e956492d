// MD5/SHA-1 → SHA-256 (same hash-object API: update/digest/hexdigest in Python, createHash in
// JS). A digest is a different value, so wherever it is observable (returned, printed, stored) the
// behaviour check rejects the repair and it is reported instead: a stored password hash or a
// checksum someone compares against needs a migration, not a silent swap. Password hashing proper
// (salted PBKDF2/scrypt) changes the stored format and is left to people.
import { callArgs, callOf, child } from './edits.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';

const WEAK = /^(md5|sha1|md4|md2|ripemd160)$/i;

export function repairHash(input: RepairInput): RepairOutcome {
  const python = input.language === 'python';
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

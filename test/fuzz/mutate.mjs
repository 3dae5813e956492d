// Structure-aware mutations shared by the targets: JSON values (extreme numbers, wrong types,
// missing/renamed/extra keys), raw bytes (flips, truncation, splices), texts (long runs, unicode,
// base64 blobs) and safetensors files (header JSON, header length, offsets, data).

/** Numbers that break size arithmetic, parsers and comparisons. */
export const EXTREME_NUMBERS = [
  0, -0, 1, -1, 2, 3, 7, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2,
  2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 31), -(2 ** 53), -(2 ** 63), 1e6, 1e8, 1e300, -1e300, 1e-308, 5e-324, 0.5, 1.5, -0.5, 3.0000001,
  Number.MAX_VALUE, Number.MIN_VALUE,
];

/** Values of other types, including the non-finite numbers JSON cannot carry as numbers. */
export const ODD_VALUES = [
  null, true, false, '', '0', '1', '-1', 'NaN', 'Infinity', '-Infinity', '1e999', '2e61', '0x10', ' 1', 'null', '\u0000', 'é', '\ud800', '💥',
  [], [0], [-1], [2 ** 61], [null], {}, { a: 1 }, 'a'.repeat(300), [[[[[[[[[[[]]]]]]]]]]],
];

export const STRINGS = ['', '.', '..', '/', '../..', '../../../etc/passwd', '/etc/passwd', '/dev/zero', 'a/../../b', 'nul\u0000byte', '\\', 'C:\\x', ' ', 'é', '\ud800', '\uffff', 'x'.repeat(5000), 'gpt_neox', 'kala'];

export function interesting(rng) {
  const r = rng.int(3);
  if (r === 0) return rng.pick(EXTREME_NUMBERS);
  // a copy: mutations edit values in place, and a shared constant edited in one case would leak
  // into later ones (breaking replay) and could end up containing itself
  if (r === 1) return structuredClone(rng.pick(ODD_VALUES));
  return rng.pick(STRINGS);
}

const clone = (v) => (v === undefined ? undefined : structuredClone(v));

/** Every [container, key] pair in a JSON value (the root is [holder, 'v']). */
function slots(holder) {
  const out = [];
  const walk = (parent, key, depth) => {
    out.push([parent, key]);
    const v = parent[key];
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      // long arrays (vocabularies, merges): visit a few elements only
      const n = v.length;
      const idx = n <= 16 ? [...Array(n).keys()] : [0, 1, n - 1, Math.floor(n / 2)];
      for (const i of idx) walk(v, i, depth + 1);
    } else {
      const keys = Object.keys(v);
      const pick = keys.length <= 64 ? keys : keys.slice(0, 32).concat(keys.slice(-8));
      for (const k of pick) walk(v, k, depth + 1);
    }
  };
  walk(holder, 'v', 0);
  return out;
}

/** A changed number: an extreme, a neighbour, a scaled or a negated one. */
export function mutateNumber(rng, n) {
  switch (rng.int(7)) {
    case 0: return rng.pick(EXTREME_NUMBERS);
    case 1: return n + rng.pick([1, -1, 2, -2]);
    case 2: return n * rng.pick([2, 4, 16, 1024, 2 ** 20, 2 ** 31, 0.5, 0.1]);
    case 3: return -n;
    case 4: return 0;
    case 5: return String(n);
    default: return n + rng.float();
  }
}

function mutateValue(rng, v) {
  if (typeof v === 'number') return mutateNumber(rng, v);
  if (typeof v === 'string' && rng.chance(0.5)) {
    const s = v;
    switch (rng.int(5)) {
      case 0: return s.slice(0, rng.int(s.length + 1));
      case 1: return s + rng.pick(STRINGS);
      case 2: return s.toUpperCase();
      case 3: return s.repeat(rng.range(2, 50));
      default: return rng.pick(STRINGS);
    }
  }
  if (Array.isArray(v) && v.length > 0 && rng.chance(0.5)) {
    const a = [...v];
    switch (rng.int(5)) {
      case 0: a.splice(rng.int(a.length), 1); break;
      case 1: a.push(clone(rng.pick(a))); break;
      case 2: a.reverse(); break;
      case 3: return [];
      default: a.push(interesting(rng));
    }
    return a;
  }
  if (rng.chance(0.15)) return [clone(v)];
  return interesting(rng);
}

/**
 * Applies 1..max mutations to a copy of a JSON value. `hot` (optional) is a function that,
 * given the value, returns slots [container, key] the target cares most about; half the
 * mutations hit those.
 */
export function mutateJson(rng, value, { max = 3, hot } = {}) {
  const holder = { v: clone(value) };
  const n = rng.range(1, max);
  for (let i = 0; i < n; i++) {
    const hotSlots = hot ? hot(holder.v) : [];
    const all = hotSlots.length > 0 && rng.chance(0.6) ? hotSlots : slots(holder);
    if (all.length === 0) break;
    const [parent, key] = rng.pick(all);
    const v = parent[key];
    const op = rng.int(10);
    if (op <= 5 || parent === holder) parent[key] = mutateValue(rng, v);
    else if (op === 6) {
      if (Array.isArray(parent)) parent.splice(key, 1);
      else delete parent[key];
    } else if (op === 7 && !Array.isArray(parent)) {
      // rename: the value under a near-miss key
      delete parent[key];
      parent[rng.pick([`${key}_`, String(key).toUpperCase(), ` ${key}`, `${key}\u0000`, ''])] = v;
    } else if (op === 8 && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      v[rng.pick(['__proto__', 'constructor', 'extra', 'kala', 'x'.repeat(200), ''])] = interesting(rng);
    } else {
      // a value from elsewhere in the document (right type, wrong place)
      const [p2, k2] = rng.pick(slots(holder));
      parent[key] = p2 === holder ? interesting(rng) : clone(p2[k2]);
    }
  }
  return holder.v;
}

/** JSON text of a value, sometimes damaged as text (truncated, a duplicate key, bad bytes, deep nesting). */
export function jsonText(rng, value, { damage = 0.15, pretty = true } = {}) {
  let s = JSON.stringify(value, null, pretty && rng.chance(0.3) ? 2 : undefined);
  if (s === undefined) s = 'undefined';
  if (!rng.chance(damage)) return Buffer.from(s);
  switch (rng.int(6)) {
    case 0: return Buffer.from(s.slice(0, rng.int(s.length)));
    case 1: {
      // a duplicate key: JSON.parse keeps the last one, other parsers the first
      const i = s.indexOf('{');
      if (i < 0) return Buffer.from(s);
      return Buffer.from(`${s.slice(0, i + 1)}"${rng.pick(['hidden_size', 'r', 'model', 'truncation', 'weight_map', 'dtype'])}":${JSON.stringify(interesting(rng))},${s.slice(i + 1)}`);
    }
    case 2: return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]); // BOM
    case 3: return Buffer.from(`${'['.repeat(rng.pick([100, 5000, 100000]))}${s}`);
    case 4: return mutateBytes(rng, Buffer.from(s), 2);
    default: return Buffer.from(s.replace(/"[^"]*"/, '"\ud800\u0000"'));
  }
}

/** 1..max byte-level mutations of a copy of buf. */
export function mutateBytes(rng, buf, max = 4) {
  let b = Buffer.from(buf);
  const n = rng.range(1, max);
  for (let i = 0; i < n; i++) {
    const at = b.length ? rng.int(b.length) : 0;
    switch (rng.int(8)) {
      case 0: if (b.length) b[at] ^= 1 << rng.int(8); break;
      case 1: if (b.length) b[at] = rng.pick([0, 0xff, 0x7f, 0x80, 0x22, 0x5c, 0x7b, 0x7d, 0xc0, 0xed]); break;
      case 2: b = b.subarray(0, at); break;
      case 3: b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + rng.size(64)))]); break;
      case 4: b = Buffer.concat([b.subarray(0, at), Buffer.from(rng.pick(['\u0000', '\xff\xfe', '"', '}', ']', ',', '\\u', '\ud800'])), b.subarray(at)]); break;
      case 5: { const len = rng.size(256); const from = b.length ? rng.int(b.length) : 0; b = Buffer.concat([b.subarray(0, at), b.subarray(from, from + len), b.subarray(at)]); break; }
      case 6: if (b.length >= 8) { const v = rng.pick([0n, 1n, 0xffffffffn, 1n << 53n, 1n << 61n, (1n << 64n) - 1n]); b.writeBigUInt64LE(v, Math.min(at, b.length - 8)); } break;
      default: if (b.length >= 4) b.writeFloatLE(rng.pick([NaN, Infinity, -Infinity, 3.4e38, 1e-45]), Math.min(at & ~3, b.length - 4)); break;
    }
  }
  return b;
}

/* ---------------- texts ---------------- */

const WORDS = ['the', 'model', 'how', 'do', 'I', 'make', 'a', 'cake', 'weapon', 'password', 'ignore', 'previous', 'instructions', 'kill', 'process',
  'bank', 'account', 'hack', 'friend', 'please', 'explain', 'nuclear', 'virus', 'people', 'shutdown', 'oversight', 'copy', 'weights', 'vote'];
const UNICODE = ['é', 'ß', 'İ', 'ﬁ', 'Ａ', 'а', 'е', 'о', '\u200b', '\u200d', '\u202e', '\u0301', '\u0338', '🏳️‍🌈', '👩‍👩‍👧', '\ud83d', '\udc00', '\uffff', '\u0000', '\t', '\r\n', '𝐡𝐚𝐜𝐤', 'ｈａｃｋ', '①', '٣'];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function run(rng, alphabet, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.int(alphabet.length)];
  return s;
}

/** An adversarial or ordinary text of up to about maxLen characters. */
export function text(rng, maxLen = 4096) {
  const n = rng.size(maxLen);
  switch (rng.int(10)) {
    case 0: return 'A'.repeat(n) + 'a'.repeat(rng.size(maxLen)); // capitals then lower case
    case 1: return 'a.'.repeat(Math.ceil(n / 2));
    case 2: return run(rng, B64, n) + rng.pick(['', '=', '==']);
    case 3: return Buffer.from(run(rng, WORDS.join(' '), n)).toString('base64');
    case 4: { let s = ''; while (s.length < n) s += rng.pick(UNICODE) + (rng.chance(0.5) ? rng.pick(WORDS) : ''); return s; }
    case 5: return rng.pick(['x', ' ', '.', '-', '\n', '=', 'ab', '1', '%', '\\', '<']).repeat(n);
    case 6: return run(rng, '0123456789abcdef', n);
    case 7: { let s = ''; while (s.length < n) s += `${rng.pick(WORDS)}${rng.pick([' ', ' ', ' ', '. ', ', ', '\n', '! ', '? '])}`; return s; }
    case 8: { let s = ''; while (s.length < n) s += String.fromCharCode(rng.int(0x10000)); return s; }
    default: { const leet = { a: '4', e: '3', i: '1', o: '0', s: '$' }; let s = ''; while (s.length < n) s += [...rng.pick(WORDS)].map((c) => (rng.chance(0.3) ? leet[c] ?? c.toUpperCase() : c)).join('') + ' '; return s; }
  }
}

/* ---------------- safetensors ---------------- */

export const DTYPES = ['F32', 'F16', 'BF16', 'I8', 'I32', 'I64', 'U8', 'BOOL', 'F64', 'F8_E4M3', 'F8_E5M2', 'I16', 'U64', 'f32', '', 'F99'];
const DTYPE_BYTES = { F32: 4, F16: 2, BF16: 2, I8: 1, I32: 4, I64: 8, U8: 1, BOOL: 1, F64: 8, I16: 2, U64: 8 };

/** Splits a safetensors file into its header object and data bytes. */
export function parseSafetensors(buf) {
  const n = Number(buf.readBigUInt64LE(0));
  return { header: JSON.parse(buf.subarray(8, 8 + n).toString('utf8')), data: buf.subarray(8 + n) };
}

export function buildSafetensors(headerBytes, data, lengthField = BigInt(headerBytes.length)) {
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt.asUintN(64, lengthField));
  return Buffer.concat([len, headerBytes, data]);
}

/** Recomputes data_offsets from dtype x shape, packing the tensors (a well-formed file for a changed shape). */
function repack(header, data) {
  const out = {};
  const parts = [];
  let off = 0;
  for (const [k, v] of Object.entries(header)) {
    if (k === '__metadata__' || !v || typeof v !== 'object' || !Array.isArray(v.shape)) { out[k] = v; continue; }
    const el = DTYPE_BYTES[v.dtype] ?? 4;
    const count = v.shape.reduce((a, b) => (typeof b === 'number' && b >= 0 && b < 1e7 ? a * b : a), 1);
    const bytes = Math.min(count * el, 1 << 24);
    const [a] = Array.isArray(v.data_offsets) ? v.data_offsets : [0];
    const chunk = Buffer.alloc(bytes);
    if (typeof a === 'number' && a >= 0 && a < data.length) data.copy(chunk, 0, a, Math.min(data.length, a + bytes));
    out[k] = { ...v, data_offsets: [off, off + bytes] };
    parts.push(chunk);
    off += bytes;
  }
  return { header: out, data: Buffer.concat(parts) };
}

const tensorSlots = (h) => {
  const out = [];
  for (const [k, v] of Object.entries(h ?? {})) {
    if (k === '__metadata__' || !v || typeof v !== 'object') continue;
    out.push([v, 'dtype'], [v, 'shape'], [v, 'data_offsets']);
    if (Array.isArray(v.shape)) v.shape.forEach((_, i) => out.push([v.shape, i]));
    if (Array.isArray(v.data_offsets)) v.data_offsets.forEach((_, i) => out.push([v.data_offsets, i]));
  }
  return out;
};

/** A mutated safetensors file from a valid one; `note` says what was done. */
export function mutateSafetensors(rng, buf) {
  const { header, data } = parseSafetensors(buf);
  const kind = rng.int(10);
  if (kind === 0) return { bytes: mutateBytes(rng, buf, 6), note: 'bytes' };
  if (kind === 1) return { bytes: buf.subarray(0, rng.int(buf.length)), note: 'truncated' };
  let h = header;
  let d = Buffer.from(data);
  let note = 'header';
  if (kind === 2) {
    // a well-formed file whose shapes or dtypes changed (offsets recomputed)
    h = mutateJson(rng, header, { max: 2, hot: tensorSlots });
    ({ header: h, data: d } = repack(h, d));
    note = 'repacked';
  } else if (kind === 3) {
    // names: renamed, duplicated (in text), dropped, extra
    const keys = Object.keys(h).filter((k) => k !== '__metadata__');
    const k = rng.pick(keys);
    const v = h[k];
    h = { ...h };
    delete h[k];
    if (rng.chance(0.7)) h[rng.pick([`${k}.x`, k.replace(/\d+/, '99'), k.replace(/\d+/, '-1'), k.replace(/\d+/, '4294967296'), `${k}\u0000`, 'kala.layers.0', ''])] = v;
    note = 'names';
  } else if (kind === 4) {
    // data values: NaN, Inf, huge
    for (let i = 0; i < rng.range(1, 20) && d.length >= 4; i++) d.writeFloatLE(rng.pick([NaN, Infinity, -Infinity, 3e38, -3e38]), rng.int(d.length >> 2) << 2);
    note = 'values';
  } else h = mutateJson(rng, header, { max: 3, hot: tensorSlots });
  let hb = kind === 5 ? jsonText(rng, h, { damage: 1 }) : Buffer.from(JSON.stringify(h) ?? 'null');
  if (kind === 6) hb = Buffer.concat([hb, Buffer.alloc(rng.size(64), 0x20)]); // spec allows trailing spaces
  if (kind === 7) hb = Buffer.from(hb.toString('latin1').replace(/"([A-Za-z_.]+)"/, (_, s) => `"${s}\xff\xfe"`), 'latin1'); // invalid UTF-8 in a name
  let len = BigInt(hb.length);
  if (kind === 8) len = rng.pick([0n, 1n, 7n, len - 1n, len + 1n, len + 8n, BigInt(hb.length + d.length), 100_000_001n, 1n << 32n, 1n << 61n, (1n << 64n) - 1n, (1n << 63n)]);
  if (kind === 9) d = rng.chance(0.5) ? d.subarray(0, rng.int(d.length)) : Buffer.concat([d, Buffer.alloc(rng.size(4096))]);
  return { bytes: buildSafetensors(hb, d, len), note: `${note}${kind >= 5 ? `+${['', '', '', '', '', 'jsontext', 'padding', 'utf8', 'length', 'datasize'][kind]}` : ''}` };
}

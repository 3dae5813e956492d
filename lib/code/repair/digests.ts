// Digest abstraction for the behaviour check of hash repairs. A digest's value is not behaviour;
// the decisions made with it are (a password accepted or not, two files equal or not, a cache hit
// or miss). So before the original's and the repaired run's outputs are compared, every
// digest-looking value in them is replaced by a placeholder numbered by first appearance in that
// run: equal digests get the same number and distinct ones distinct numbers. Two runs then compare
// equal exactly when there is a one-to-one renaming of the original's digests onto the repaired
// ones that makes every output equal; everything that is not digest-shaped (lengths, truncated
// digests, booleans, messages, file names) still has to match character for character. A repair
// that maps two inputs to one digest, or one input to two, still shows as a difference.

/** Digest sizes in bytes: MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512 (and their SHA-3 kin). */
const DIGEST_BYTES = new Set([16, 20, 28, 32, 48, 64]);
const HEX_LENGTHS = new Set([...DIGEST_BYTES].map((n) => 2 * n));

// PHC / modular-crypt strings ($scrypt$ln=14,r=8,p=1$salt$hash, $pbkdf2-sha256$…, $2b$12$…,
// $argon2id$v=19$…): one stored password hash with its salt and parameters. The last field must
// be long enough to be a hash, so "$HOME$PATH"-like text is left alone.
const PHC = /\$[a-z0-9][a-z0-9-]{0,31}(?:\$[A-Za-z0-9+/.=,_-]+)*\$[A-Za-z0-9+/._-]{16,}={0,2}(?![A-Za-z0-9+/=._-])/g;
// A Python bytes literal inside text (str(digest), f'{digest}'), whose decoded length is a digest's.
const BYTES_REPR = /(?<![\w'"])b(['"])((?:\\.|(?!\1)[^\\\n])*)\1/g;
const HEX = /(?<![0-9A-Za-z])[0-9a-fA-F]{32,128}(?![0-9A-Za-z])/g;
const BASE64 = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{21,88}={0,2}(?![A-Za-z0-9+/=_-])/g;

/** Length in bytes of the value a Python bytes literal's body (between the quotes) stands for. */
function reprLength(body: string): number {
  let n = 0;
  for (let i = 0; i < body.length; i++, n++) {
    if (body[i] !== '\\') continue;
    i += body[i + 1] === 'x' ? 3 : 1;
  }
  return n;
}

function isHexDigest(s: string): boolean {
  // both a letter and a digit: a run of decimal digits (a number, a timestamp) is not a digest
  return HEX_LENGTHS.has(s.length) && /[a-f]/i.test(s) && /\d/.test(s);
}

function isBase64Digest(s: string): boolean {
  const core = s.replace(/=+$/, '');
  const pad = s.length - core.length;
  if (core.length % 4 === 1 || (pad && s.length % 4 !== 0)) return false;
  if (!DIGEST_BYTES.has(Math.floor((core.length * 6) / 8))) return false;
  // random bytes in base64 mix cases and digits; words, identifiers and paths of that length rarely do
  return /[A-Z]/.test(core) && /[a-z]/.test(core) && /\d/.test(core);
}

/** Replaces digest-looking values in `value` (a run's records and effects) by numbered placeholders. */
export function abstractDigests(value: unknown): unknown {
  const names = new Map<string, number>();
  const name = (digest: string) => {
    if (!names.has(digest)) names.set(digest, names.size + 1);
    return `\u27e8digest ${names.get(digest)}\u27e9`;
  };
  const text = (s: string): string => {
    // a whole bytes value as the harnesses render it (Python 'b:' + latin-1, Node 'buf:' + latin-1)
    const whole = s.match(/^(?:b|buf):([\s\S]*)$/);
    if (whole && DIGEST_BYTES.has(whole[1].length)) return name(s);
    return s
      .replace(PHC, (m) => name(m))
      // raw digest bytes almost always hold unprintable bytes (\x..); a printable body (b'<base64>')
      // is text, which the hex and base64 rules below judge by its own length
      .replace(BYTES_REPR, (m, _q: string, body: string) => (/\\x/.test(body) && DIGEST_BYTES.has(reprLength(body)) ? name(m) : m))
      .replace(HEX, (m) => (isHexDigest(m) ? name(m) : m))
      .replace(BASE64, (m) => (isBase64Digest(m) ? name(m) : m));
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [text(k), walk(x)]));
    return v;
  };
  return walk(value);
}

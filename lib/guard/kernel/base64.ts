/**
 * Finding base64 in a text: runs of the standard (A-Z a-z 0-9 + /) or URL-safe (A-Z a-z 0-9 - _)
 * alphabet, 16 characters or more, with at most two "=" of padding, that decode to readable text.
 *
 * One pass over the characters, no regular expression: the regex this replaces backtracked on
 * long runs (a 16 KB run of capitals and lower-case letters took minutes). A run counts only as a
 * whole: it must not touch another base64 character or a third "=" on either side, so a long
 * word inside a URL or an identifier with both "+" and "_" is not split into pieces.
 */

export interface Base64Segment {
  /** Range in the original text (UTF-16 indices, end exclusive). */
  start: number;
  end: number;
  decoded: string;
}

const STD = 1; // A-Z a-z 0-9 + /
const URL = 2; // A-Z a-z 0-9 - _
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) CLASS[c] = STD | URL;
  else if (ch === '+' || ch === '/') CLASS[c] = STD;
  else if (ch === '-' || ch === '_') CLASS[c] = URL;
}
const classOf = (ch: string): number => (ch.length === 1 && ch.charCodeAt(0) < 128 ? CLASS[ch.charCodeAt(0)]! : 0);

/** Printable (letters, digits, punctuation, spaces, newlines, tabs) and letter code points, ASCII precomputed. */
const PRINTABLE = /[\p{L}\p{N}\p{P}\p{Zs}\n\t]/u;
const LETTER = /\p{L}/u;
const ASCII_PRINTABLE = new Uint8Array(128);
const ASCII_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_PRINTABLE[c] = PRINTABLE.test(String.fromCharCode(c)) ? 1 : 0;
  ASCII_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
}

/** True when the decoded bytes read as text: 95% printable, half of it letters. */
function readable(decoded: string): boolean {
  let total = 0, printable = 0, letters = 0;
  for (const ch of decoded) {
    total++;
    const c = ch.codePointAt(0)!;
    if (c < 128) {
      printable += ASCII_PRINTABLE[c]!;
      letters += ASCII_LETTER[c]!;
    } else {
      if (PRINTABLE.test(ch)) printable++;
      if (LETTER.test(ch)) letters++;
    }
  }
  return total > 0 && printable / total >= 0.95 && letters / total >= 0.5;
}

/** A run of letters only is an ordinary long word unless its case changes like base64's (upper … lower … upper). */
function looksEncoded(raw: string): boolean {
  let upper = false, upperLower = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      if (upperLower) return true;
      upper = true;
    } else if (c >= 97 && c <= 122) {
      if (upper) upperLower = true;
    } else return true; // a digit, + / _ - or =
  }
  return false;
}

function decode(raw: string): string | null {
  const body = raw.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  try {
    const buf = Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/** False when an ASCII text has no run of 16 base64 characters, so findBase64 can find nothing
 *  in it (lets the normalizer skip listing its visible characters). */
export function mayHoldBase64(asciiText: string): boolean {
  let run = 0;
  for (let i = 0; i < asciiText.length; i++) {
    const c = asciiText.charCodeAt(i);
    if (c < 128 && CLASS[c] !== 0) {
      if (++run >= 16) return true;
    } else run = 0;
  }
  return false;
}

/** A text's visible code points: ch[i] starts at offset idx[i] of the original (two parallel
 *  arrays: an object per character made the collector a large part of reading long texts). */
export interface VisibleChars {
  ch: string[];
  idx: number[];
}

/** Base64 segments of a text given as its visible code points, in order of appearance. */
export function findBase64(visible: VisibleChars, original: string): Base64Segment[] {
  const out: Base64Segment[] = [];
  const { ch, idx } = visible;
  const n = ch.length;
  let i = 0;
  while (i < n) {
    if (classOf(ch[i]!) === 0) {
      i++;
      continue;
    }
    // a maximal run of base64 characters [i, j), and which alphabets all of it belongs to
    let j = i;
    let alphabets = STD | URL;
    while (j < n) {
      const c = classOf(ch[j]!);
      if (c === 0) break;
      alphabets &= c;
      j++;
    }
    let pad = 0;
    while (j + pad < n && ch[j + pad]! === '=') pad++;
    const start = i;
    i = j + pad;
    // too short, mixing the two alphabets, over-padded, or padding glued to more base64 characters
    if (j - start < 16 || alphabets === 0 || pad > 2 || (i < n && classOf(ch[i]!) !== 0)) continue;
    let raw = '';
    for (let k = start; k < j + pad; k++) raw += ch[k]!;
    if (!looksEncoded(raw)) continue;
    const decoded = decode(raw);
    if (decoded === null || decoded.length < 6 || !readable(decoded)) continue;
    const last = idx[j + pad - 1]!;
    out.push({ start: idx[start]!, end: last + (original.codePointAt(last)! > 0xffff ? 2 : 1), decoded });
  }
  return out;
}

/**
 * The part of a long text the kernel reads. Checking is linear in the text, but a check runs on
 * the caller's thread, so one call is bounded: a text longer than `maxChars` UTF-16 units is
 * judged on its first quarter-window and its last three quarters (cut at whitespace). The head
 * keeps the framing a text opens with (a role-play setup, "ignore your rules"); the tail keeps
 * what a long document ends with, where a request pasted after it sits. The middle is not read,
 * and the verdict says so: a note with the ranges, and `unchecked` with the range left out.
 */
import { normalizeText, type NormalizedText, type Vocabulary } from './normalize.js';

/** Default `maxChars`: 256 Ki UTF-16 units (a 1 MiB request body is at most about 1 M). */
export const DEFAULT_MAX_CHARS = 256 * 1024;
/** How far a cut may move to land on whitespace instead of inside a word. */
const CUT_SLACK = 256;

export interface WindowedText {
  norm: NormalizedText;
  /** The range of the original text that was not read, when it was too long. */
  unchecked?: { start: number; end: number };
  /** What was read and what was not, for the verdict's notes. */
  note?: string;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** A cut near `at`: just after whitespace if some is within CUT_SLACK, never inside a surrogate pair. */
function cutNear(text: string, at: number, direction: -1 | 1): number {
  for (let d = 0; d <= CUT_SLACK; d++) {
    const p = at + direction * d;
    if (p <= 0 || p >= text.length) break;
    if (isSpace(text[p - 1])) return p;
  }
  return isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Normalize `text`, or the head and tail of it when it is longer than `maxChars`. */
export function normalizeWindow(text: string, vocab: Vocabulary, maxChars: number): WindowedText {
  if (text.length <= maxChars) return { norm: normalizeText(text, vocab) };
  const headEnd = cutNear(text, Math.floor(maxChars / 4), -1);
  const tailStart = cutNear(text, text.length - (maxChars - headEnd), 1);
  // one normalization over head + "\n" + tail: the newline ends the head's last sentence, so
  // nothing joins across the gap; offsets past it are mapped back into the original text
  const joined = `${text.slice(0, headEnd)}\n${text.slice(tailStart)}`;
  const inner = normalizeText(joined, vocab);
  const shift = tailStart - headEnd - 1;
  const map = (i: number) => (i > headEnd ? i + shift : i);
  for (const t of inner.tokens) {
    t.start = map(t.start);
    t.end = map(t.end);
  }
  const note =
    `the text is ${fmt(text.length)} characters long, more than one check reads (maxChars ${fmt(maxChars)}): ` +
    `the kernel judged its first ${fmt(headEnd)} and its last ${fmt(text.length - tailStart)} characters; ` +
    `characters ${fmt(headEnd)} to ${fmt(tailStart)} were not checked. Check the text in parts, or raise maxChars, to judge all of it`;
  return { norm: { ...inner, original: text }, unchecked: { start: headEnd, end: tailStart }, note };
}

/**
 * Which pieces of a run of letters can be known words, without a lookup per piece. Joining
 * spaced letters ("h o w t o m a k e ...") splits a run of up to the whole text into words and
 * asks about every piece of up to 24 letters at every position: one string and one hash each,
 * most of the kernel's time on such texts. A trie of everything a known word can begin with
 * answers most of those questions by walking the run once per position.
 *
 * Why it is exact: the vocabulary knows `w` when `w`, or one of its lemma forms, is a word, or
 * `w` (4+ letters) begins with a prefix term of 3+ letters. Every lemma form keeps at least the
 * first n − 4 letters of `w` (lemma.ts: "-ing" with a doubled consonant drops 4) or `w` is an
 * irregular inflection (their spellings are in the trie too). So if no word begins with the
 * first q + 1 letters of the piece, a piece longer than q + 4 letters is unknown unless a
 * prefix term begins it. And a lemma form other than the piece itself comes from an ending in
 * "s", "d" or "g" (-s, -es, -ies, -ves, -ed, -ied, -ing) or from an irregular inflection: a piece
 * that is one of the words is known, and a piece that is not, ends in another letter and is not
 * irregular is unknown. Everything else is still asked of the vocabulary itself.
 */
import { IRREGULAR_WORDS } from './lemma.js';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** A prefix term (3+ letters) ends here: every piece of 4+ letters through this node is known. */
  prefixTerm: boolean;
  /** One of the words ends here. */
  word: boolean;
  /** An irregular inflection ends here. */
  irregular: boolean;
}

const newNode = (): TrieNode => ({ next: new Map(), prefixTerm: false, word: false, irregular: false });
/** Char codes of the last letters of regular inflections (lemma.ts forms): s, d, g. */
const S = 115;
const D = 100;
const G = 103;

/** The trie of `words`, the irregular inflections and the prefix terms of 3+ letters. */
export function buildPieceTrie(words: Iterable<string>, prefixTerms: readonly string[]): TrieNode {
  const root = newNode();
  const add = (w: string): TrieNode => {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let n = node.next.get(c);
      if (n === undefined) node.next.set(c, (n = newNode()));
      node = n;
    }
    return node;
  };
  for (const w of words) add(w).word = true;
  for (const w of IRREGULAR_WORDS) add(w).irregular = true;
  for (const p of prefixTerms) if (p.length >= 3) add(p).prefixTerm = true;
  return root;
}

/**
 * For n = 1..maxLen, out[n] = 1 when s.slice(from, from + n) is a known word, else 0; the same
 * answers as `has` on each piece, which is only called where the trie cannot decide. Returns the
 * longest known piece's length (0 when none): out[] is only written up to it, every longer piece
 * is unknown.
 */
export function markKnownPieces(root: TrieNode, has: (w: string) => boolean, s: string, from: number, maxLen: number, out: Uint8Array): number {
  // q: how many letters from `from` some word (or prefix term) begins with; knownFrom: the
  // shortest piece length from which a prefix term makes every piece known
  let node: TrieNode | undefined = root;
  let q = 0;
  let knownFrom = Infinity;
  let longest = 0;
  for (let n = 1; n <= maxLen; n++) {
    // past the trie by more than 4 letters with no prefix term: no longer piece is known
    if (node === undefined && n > q + 4 && knownFrom === Infinity) break;
    const c = s.charCodeAt(from + n - 1);
    // after this step, `node` is the piece's own node when the trie holds the piece (n === q)
    if (node !== undefined) {
      node = node.next.get(c);
      if (node !== undefined) {
        q = n;
        if (node.prefixTerm && knownFrom === Infinity) knownFrom = Math.max(4, n);
      }
    }
    let yes = n >= knownFrom || (node !== undefined && node.word);
    if (!yes && n <= q + 4 && (c === S || c === D || c === G || (node !== undefined && node.irregular))) yes = has(s.slice(from, from + n));
    out[n] = yes ? 1 : 0;
    if (yes) longest = n;
  }
  return longest;
}

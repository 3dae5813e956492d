/**
 * Undo obfuscation and tokenize. The kernel never matches rules against raw text: it first
 * removes invisible characters (zero-width, bidi controls; Unicode tag characters are decoded
 * back to the ASCII they hide), folds compatibility forms and homoglyphs (fullwidth and
 * mathematical letters, Cyrillic/Greek look-alikes, accents), lowercases, expands contractions,
 * undoes leetspeak ("b0mb", "k!ll"), joins spaced-out letters ("b o m b", "h.o.w t.o"), squeezes
 * stretched letters ("kiiill"), and decodes base64 segments that decode to text (their tokens
 * are appended as an extra sentence). Every token keeps the range of the original text it came
 * from, so violations can point at what the user actually wrote, and a bitmask saying which
 * tricks were undone to read it.
 */
import { findBase64, mayHoldBase64, type VisibleChars } from './base64.js';
import { forms } from './lemma.js';

export const OBF = {
  LEET: 1,
  SPACING: 2,
  HOMOGLYPH: 4,
  ZERO_WIDTH: 8,
  BASE64: 16,
  STRETCH: 32,
  INVISIBLE_TAGS: 64,
} as const;

export const OBF_NAMES: Record<number, string> = {
  [OBF.LEET]: 'leetspeak',
  [OBF.SPACING]: 'spaced-out letters',
  [OBF.HOMOGLYPH]: 'homoglyphs',
  [OBF.ZERO_WIDTH]: 'zero-width characters',
  [OBF.BASE64]: 'base64',
  [OBF.STRETCH]: 'stretched letters',
  [OBF.INVISIBLE_TAGS]: 'invisible tag characters',
};

/** Names of the obfuscation tricks in a bitmask, e.g. ['leetspeak', 'base64']. */
export function obfuscationNames(mask: number): string[] {
  const out: string[] = [];
  for (const [bit, name] of Object.entries(OBF_NAMES)) if (mask & Number(bit)) out.push(name);
  return out;
}

export interface Token {
  /** Normalized word (lowercase ASCII letters/digits). */
  text: string;
  /** The word and its candidate base forms (see lemma.ts). */
  forms: string[];
  /** Range in the original text (UTF-16 indices, end exclusive). */
  start: number;
  end: number;
  /** Sentence number (0-based); base64 payloads get sentences of their own. */
  sent: number;
  /** OBF bits: which obfuscation was undone to read this token. */
  obf: number;
  /** First token of its sentence. */
  sentStart: boolean;
  /** First token after a clause mark (, ; : or a dash) inside a sentence. */
  clauseStart: boolean;
}

export interface NormalizedText {
  original: string;
  tokens: Token[];
  /** Tokens joined by spaces: what the rules saw. */
  text: string;
  /** OBF bits over the whole text. */
  obfuscation: number;
  sentences: number;
}

/** Words the normalizer knows: used to choose among leetspeak readings and to split joined letters. */
export interface Vocabulary {
  has(word: string): boolean;
  /**
   * Optional, the same answers as `has` for many pieces at once: out[n] = 1 when
   * s.slice(from, from + n) is known, for n = 1 up to the returned length, the longest known
   * piece of at most maxLen letters (0: none; longer pieces are unknown and out[] is not written
   * past it). Splitting joined letters asks this at every position of a run; see piece-filter.ts.
   */
  knownPieces?(s: string, from: number, maxLen: number, out: Uint8Array): number;
}

/** Common English words, so that "h0w t0" and "howtomakea..." resolve even without rule terms. */
export const COMMON_WORDS: readonly string[] = (
  'a an the and or but if then so to of in on at by for with from into onto about as than that this these those ' +
  'it its i me my mine we us our you your he him his she her they them their who whom whose what which where when why how ' +
  'is are was were be been being am do does did done have has had can could would should will shall may might must ' +
  'not no yes all any some every each many much more most less few one two three first next last up down out off over under ' +
  'again also just only very too really here there now ever never always please tell give show teach explain write make ' +
  'build create get find buy use help need want know way ways step steps guide best easy easiest fast quick home house ' +
  'someone somebody anyone everyone people person thing things something anything nothing without within while during ' +
  'after before because like want going gonna let lets go put take keep stop start try own other another same new old ' +
  'good bad big small little long real fake free safe unsafe dangerous legal illegal secret secretly hidden hide money ' +
  'time day night work school job friend family child kid kids man men woman women girl boy mom dad wife husband ' +
  'neighbor boss phone email account computer car gun knife drug drugs food water fire gas body life death die dead ' +
  'kill hurt harm attack steal hack break poison bomb weapon weapons instructions tutorial recipe methods method ' +
  'ignore previous rules system prompt mode developer unrestricted answer question story write code script program'
).split(' ');

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u034F\u180E\u061C\uFE00-\uFE0F]/;

/** Look-alike letters from other scripts, folded to the Latin letter they imitate. */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a', б: 'b', в: 'b', г: 'r', д: 'd', е: 'e', ё: 'e', з: '3', и: 'u', к: 'k', л: 'n', м: 'm', н: 'h', о: 'o', п: 'n',
  р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ь: 'b', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h',
  ӏ: 'l', ɡ: 'g', ү: 'y', ҳ: 'x', ѵ: 'v', ԍ: 'g', ԗ: 'x',
  // Greek
  α: 'a', β: 'b', γ: 'y', δ: 'd', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', σ: 'o',
  ς: 's', τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', ϳ: 'j',
  // Latin variants and symbols
  ɑ: 'a', ı: 'i', ȷ: 'j', ℓ: 'l', ꞵ: 'b', ɩ: 'i', ɪ: 'i', ʀ: 'r', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g',
  ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y',
  ᴢ: 'z', ø: 'o', đ: 'd', ł: 'l', ħ: 'h', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd',
};

/** Capital look-alikes, folded before lowercasing (Greek capital eta looks like H, its lowercase does not). */
const CAPITAL_CONFUSABLES: Record<string, string> = {
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
  А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x', У: 'y', І: 'i', Ј: 'j',
  Ѕ: 's', Ү: 'y', Ԁ: 'd', Ԛ: 'q', Ԝ: 'w', Һ: 'h', Ӏ: 'l',
};

/** Leetspeak symbols and digits, with their readings (first = default). */
const LEET: Record<string, string[]> = {
  '0': ['o'], '1': ['i', 'l'], '2': ['z'], '3': ['e'], '4': ['a'], '5': ['s'], '6': ['g', 'b'], '7': ['t'],
  '8': ['b'], '9': ['g'], '@': ['a'], $: ['s'], '!': ['i', 'l'], '|': ['l', 'i'], '+': ['t'], '€': ['e'], '£': ['l'],
  '¡': ['i'],
  // a masked letter ("b*mb", "k#ll") may be any vowel
  '*': ['o', 'a', 'e', 'i', 'u'],
  '#': ['o', 'a', 'e', 'i', 'u'],
};
const LEET_CHARS = new Set(Object.keys(LEET));
const APOSTROPHES = /[\u2018\u2019\u201B\u0060\u00B4\u02BC\u2032]/g;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'vs', 'etc', 'st', 'jr', 'sr', 'no', 'u.s', 'u.k', 'prof', 'approx', 'inc', 'ltd', 'co', 'fig']);

/**
 * The folded characters of a text, in parallel arrays (an object per character made the
 * collector a fifth of the time on long texts): character i is ch[i], read from the original
 * code point at [idx[i], end[i]), with OBF bits flag[i]. A chunk is a range [from, to) of them.
 */
class Chars {
  ch: string[] = [];
  idx: Int32Array;
  end: Int32Array;
  flag: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.idx = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flag = new Uint8Array(capacity);
  }
  push(ch: string, idx: number, end: number, flag: number): void {
    const i = this.length++;
    if (i === this.idx.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      this.idx = grow(this.idx, new Int32Array(2 * i + 16));
      this.end = grow(this.end, new Int32Array(2 * i + 16));
      this.flag = grow(this.flag, new Uint8Array(2 * i + 16));
    }
    this.ch.push(ch);
    this.idx[i] = idx;
    this.end[i] = end;
    this.flag[i] = flag;
  }
}

function isLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isAlnum(c: string): boolean {
  return isLetter(c) || isDigit(c);
}
/** What /\s/ matches, for an ASCII code. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
/** /\s/.test(ch), without a regex for ASCII. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code < 0x80 ? isAsciiSpace(code) : /\s/.test(ch);
}

/** The folding of one non-ASCII code point, remembered: a text repeats its characters, and the
 *  Unicode normalizations are the costly part of reading them (the answers depend on the
 *  code point alone; at most a few thousand are kept). */
const foldMemo = new Map<string, { out: string; homoglyph: boolean }>();
const FOLD_MEMO_SIZE = 8192;

/** One code point folded to lowercase ASCII where possible (NFKC, accents removed, look-alikes); homoglyph: it was disguised. */
function foldCodePoint(cp: string): { out: string; homoglyph: boolean } {
  const hit = foldMemo.get(cp);
  if (hit !== undefined) return hit;
  let homoglyph = false;
  const c = cp.replace(APOSTROPHES, "'");
  let folded = c.normalize('NFKC');
  if (folded !== c.normalize('NFC') && /[\p{L}\p{N}]/u.test(c)) homoglyph = true;
  folded = folded.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (const uc of folded) {
    const cap = CAPITAL_CONFUSABLES[uc];
    if (cap !== undefined) {
      out += cap;
      homoglyph = true;
      continue;
    }
    const fc = uc.toLowerCase();
    const conf = CONFUSABLES[fc];
    if (conf !== undefined) {
      out += conf;
      homoglyph = true;
    } else out += fc;
  }
  const r = { out, homoglyph };
  if (foldMemo.size >= FOLD_MEMO_SIZE) foldMemo.clear();
  foldMemo.set(cp, r);
  return r;
}

/** Remove invisible characters (decoding Unicode tag characters) and fold every code point to lowercase ASCII where possible. */
function foldChars(input: string, wantVisible: boolean): { chars: Chars; flags: number; visible: VisibleChars } {
  const chars = new Chars(input.length + 16);
  const visible: VisibleChars = { ch: [], idx: [] };
  let flags = 0;
  let pendingZw = 0;
  let i = 0;
  for (const cp of input) {
    const idx = i;
    i += cp.length;
    const code = cp.codePointAt(0)!;
    if (code < 0x80) {
      // ASCII (most text): already NFKC, no homoglyph or invisible character; only lowercase, and "`" is an apostrophe
      if (wantVisible) (visible.ch.push(cp), visible.idx.push(idx));
      let flag = 0;
      if (pendingZw && !isAsciiSpace(code)) {
        flag = pendingZw;
        pendingZw = 0;
      }
      flags |= flag;
      chars.push(code === 0x60 ? "'" : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp, idx, i, flag);
      continue;
    }
    let c = cp;
    let flag = 0;
    if (code >= 0xe0020 && code <= 0xe007e) {
      c = String.fromCharCode(code - 0xe0000);
      flag |= OBF.INVISIBLE_TAGS;
    } else if ((code >= 0xe0000 && code <= 0xe007f) || ZERO_WIDTH.test(cp)) {
      pendingZw = OBF.ZERO_WIDTH;
      flags |= OBF.ZERO_WIDTH;
      continue;
    }
    if (wantVisible) (visible.ch.push(c), visible.idx.push(idx));
    if (pendingZw && !/\s/.test(c)) {
      flag |= pendingZw;
      pendingZw = 0;
    }
    const { out, homoglyph } = foldCodePoint(c);
    if (homoglyph) flag |= OBF.HOMOGLYPH;
    flags |= flag;
    for (const oc of out) chars.push(oc, idx, idx + cp.length, flag);
  }
  return { chars, flags, visible };
}

/** Chat shorthand, applied to whole chunks: "w/o" → without, "u" → you. */
const SHORTHAND: Record<string, string> = {
  'w/o': 'without', 'w/': 'with', 'b/c': 'because', 'ur': 'your', 'pls': 'please', 'plz': 'please',
  'thru': 'through', 'tho': 'though', 'cuz': 'because', 'bc': 'because', 'b4': 'before', 'ppl': 'people', 'gf': 'girlfriend',
  'bf': 'boyfriend', 'abt': 'about', 'wanna': 'want to', 'gonna': 'going to', 'gotta': 'got to', 'kinda': 'kind of', 'dunno': 'do not know',
  'ima': 'i am going to', 'imma': 'i am going to', 'im': 'i am', 'ive': 'i have', 'dont': 'do not', 'cant': 'can not', 'wont': 'will not',
  'didnt': 'did not', 'doesnt': 'does not', 'isnt': 'is not', 'arent': 'are not', 'wouldnt': 'would not', 'shouldnt': 'should not', 'couldnt': 'could not',
  'youre': 'you are', 'theyre': 'they are', 'whats': 'what is', 'hows': 'how is', 'thats': 'that is', 'idk': 'i do not know',
  'finna': 'going to', 'fixin': 'going to', 'tryna': 'trying to', 'lemme': 'let me', 'gimme': 'give me', 'oughta': 'ought to',
  'hafta': 'have to', 'outta': 'out of', 'smth': 'something', 'sth': 'something', 'sumn': 'something', 'bout': 'about',
  'coz': 'because', 'wat': 'what', 'wut': 'what', 'howd': 'how would', 'whered': 'where would', 'ya': 'you',
};

const CONTRACTIONS: [RegExp, string][] = [
  [/^won't$/, 'will not'],
  [/^let's$/, 'let us'],
  [/^(it|that|what|there|here|he|she|who|where|how|this|everything|nothing|something|when|why)'s$/, '$1 is'],
  [/^can't$/, 'can not'],
  [/^cannot$/, 'can not'],
  [/^shan't$/, 'shall not'],
  [/^ain't$/, 'is not'],
  [/^(.+)n't$/, '$1 not'],
  [/^(.+)'re$/, '$1 are'],
  [/^(.+)'m$/, '$1 am'],
  [/^(.+)'ll$/, '$1 will'],
  [/^(.+)'ve$/, '$1 have'],
  [/^(.+)'d$/, '$1 would'],
  [/^(.+)'s$/, '$1'],
  [/^(.+)s'$/, '$1s'],
];

interface Draft {
  text: string;
  start: number;
  end: number;
  obf: number;
  newSentenceBefore: boolean;
  /** A single character produced by splitting a chunk on punctuation or spaces (candidate for joining). */
  single: boolean;
  /** Follows a clause mark (, ; : or a dash). */
  newClauseBefore?: boolean;
}

/** Every run of a-z0-9 in `w` is a known word (stops at the first unknown one: a long blob's wrong readings fail early). */
function allPiecesKnown(w: string, vocab: Vocabulary): boolean {
  let from = -1;
  for (let i = 0; i <= w.length; i++) {
    const c = i < w.length ? w.charCodeAt(i) : -1;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && from < 0) from = i;
    else if (!alnum && from >= 0) {
      if (!vocab.has(w.slice(from, i))) return false;
      from = -1;
    }
  }
  return true;
}

/** Pick a reading of a word with leetspeak symbols: a known word if one exists, else the default reading. */
function deleet(core: string, vocab: Vocabulary): string | null {
  const positions: number[] = [];
  let letters = 0;
  for (let i = 0; i < core.length; i++) {
    const c = core[i]!;
    if (LEET_CHARS.has(c)) positions.push(i);
    else if (isLetter(c)) letters++;
  }
  if (positions.length === 0 || letters === 0) return null;
  const known = (w: string) => allPiecesKnown(w, vocab);
  // ordinary alphanumerics (3d, 4k, 2nd, 100mg, 5g) stay; letters+digits (covid19, mp3, wh47) only when a reading is a word
  if (/^\d+[a-z]{1,3}$/.test(core)) return null;
  const alnumTail = /^[a-z]+\d+$/.test(core);
  if (known(core) && !/[@$!|+€£¡*#]/.test(core)) return null;
  // the readings, in order, of the first 64 combinations of the symbols' readings (each symbol's
  // first reading first). Text between symbols and symbols with one reading extend every
  // combination alike: they are gathered in `tail` and appended once per ambiguous symbol (one
  // array per character made a long blob spend its time in the collector)
  let combos: string[] = [''];
  let tail = '';
  let from = 0;
  for (const p of positions) {
    const readings = LEET[core[p]!]!;
    tail += core.slice(from, p);
    from = p + 1;
    if (readings.length === 1) {
      tail += readings[0]!;
      continue;
    }
    const next: string[] = [];
    for (const q of combos) {
      const base = q + tail;
      for (const r of readings) {
        if (next.length === 64) break;
        next.push(base + r);
      }
      if (next.length === 64) break;
    }
    combos = next;
    tail = '';
  }
  tail += core.slice(from);
  if (tail !== '') combos = combos.map((q) => q + tail);
  const hit = combos.find(known);
  if (hit) return hit;
  if (letters < 2 || alnumTail) return null;
  // leet symbols inside a word (h4x0r, k!ll) read with their default; leading/trailing digits stay
  const interior = positions.some((p) => isLetter(core[p - 1] ?? '') || isLetter(core[p + 1] ?? ''));
  return interior ? combos[0]! : null;
}

/** Squeeze letters repeated three or more times ("kiiiill" → "kill"), preferring a known word. */
function unstretch(word: string, vocab: Vocabulary): string | null {
  if (!/([a-z])\1\1/.test(word)) return null;
  const one = word.replace(/([a-z])\1{2,}/g, '$1');
  const two = word.replace(/([a-z])\1{2,}/g, '$1$1');
  if (vocab.has(two) && !vocab.has(one)) return two;
  if (vocab.has(one)) return one;
  return vocab.has(two) ? two : one;
}

/** Split a run of letters into known words by dynamic programming ("howtomakeabomb"). */
export function segment(joined: string, vocab: Vocabulary): string[] {
  const n = joined.length;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1);
  cost[0] = 0;
  if (vocab.knownPieces !== undefined) {
    // the same choice as below, relaxed forward from each split: the pieces starting at j are
    // answered at once, and j ascends, so each end keeps its first (longest-word) cheapest split
    const known = new Uint8Array(25);
    for (let j = 0; j < n; j++) {
      // pieces longer than the longest known one are unknown; a single letter is always a choice
      const top = Math.max(1, vocab.knownPieces(joined, j, Math.min(24, n - j), known));
      const cj = cost[j]!;
      for (let len = 1; len <= top; len++) {
        const c = known[len] === 1 ? 1 : len === 1 ? 3 : Infinity;
        if (cj + c < cost[j + len]!) {
          cost[j + len] = cj + c;
          back[j + len] = j;
        }
      }
    }
  } else {
    for (let i = 1; i <= n; i++) {
      // the split before the last letter bounds the best cost; a word costs at least 1, so a
      // split at j with cost[j] + 1 above that bound can be neither the best nor tie with it:
      // skip its lookup (the choice, the cheapest and then the longest word, is the same)
      const bound = cost[i - 1]! + (vocab.has(joined[i - 1]!) ? 1 : 3);
      for (let j = Math.max(0, i - 24); j < i; j++) {
        if (cost[j]! + 1 > bound) continue;
        const w = joined.slice(j, i);
        const c = vocab.has(w) ? 1 : w.length === 1 ? 3 : Infinity;
        if (cost[j]! + c < cost[i]!) {
          cost[i] = cost[j]! + c;
          back[i] = j;
        }
      }
    }
  }
  const words: string[] = [];
  // collected backwards and reversed once (unshift in the loop is quadratic on a long run)
  for (let i = n; i > 0; i = back[i]!) words.push(joined.slice(back[i]!, i));
  words.reverse();
  // glue consecutive unknown single letters back together
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (w.length === 1 && !vocab.has(w) && prev !== undefined && prev.length >= 1 && !vocab.has(prev)) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

function splitChunk(chars: Chars, first: number, last: number, vocab: Vocabulary): { drafts: Draft[]; endsSentence: boolean; endsClause: boolean } {
  let s = '';
  for (let i = first; i < last; i++) s += chars.ch[i]!;
  // positions: s and chars stay index-aligned until contractions rewrite the core
  let lead = 0;
  while (lead < s.length && /[("'\[{«“”*_~>#-]/.test(s[lead]!) && !(s[lead] === '(' && isAlnum(s[lead + 1] ?? ''))) lead++;
  if (lead < s.length && s[lead] === '@' && isLetter(s[lead + 1] ?? '') && !/[0-9$!|]/.test(s.slice(lead))) lead++; // @mention
  let trail = s.length;
  while (trail > lead && /[.,;:!?)"'\]}»“”…*_~-]/.test(s[trail - 1]!)) trail--;
  // a trailing "!" or "|" glued to leet letters stays part of the word only when something alnum follows (handled above)
  const trailing = s.slice(trail);
  let core = s.slice(lead, trail);
  // the core's characters, [cs, ce) of `chars` (clamped as a slice of the chunk would be)
  const cs = first + Math.min(lead, last - first);
  const ce = Math.max(cs, first + Math.min(trail, last - first));
  const endsSentence =
    /[.!?…]/.test(trailing) &&
    !(trailing.startsWith('.') && ((core.length === 1 && isLetter(core)) || ABBREVIATIONS.has(core))) &&
    !(core === '' && /^[.·•]$/.test(trailing)); // a lone "." between spaced letters ("b . o . m . b")
  const endsClause = /[,;:—–]/.test(trailing) || /^[-—–]+$/.test(s);
  if (core.length === 0) return { drafts: [], endsSentence, endsClause };
  const start = chars.idx[cs]!;
  const end = chars.end[ce - 1]!;
  let obf = 0;
  for (let i = cs; i < ce; i++) obf |= chars.flag[i]!;
  const drafts: Draft[] = [];
  // chat shorthand and contractions
  const short = Object.hasOwn(SHORTHAND, core) ? SHORTHAND[core] : undefined; // not Object.prototype's "constructor"
  if (short !== undefined) core = short;
  // every contraction but "cannot" has an apostrophe: skip the 15 tests for the other words
  for (const [re, rep] of core.includes("'") || core === 'cannot' ? CONTRACTIONS : []) {
    if (re.test(core)) {
      core = core.replace(re, rep);
      break;
    }
  }
  if (core.includes(' ')) {
    const parts = core.split(' ');
    for (const p of parts) {
      const w = p.replace(/[^a-z0-9]+/g, '');
      if (w) drafts.push({ text: w, start, end, obf, newSentenceBefore: false, single: false });
    }
    return { drafts, endsSentence, endsClause };
  }
  const leet = deleet(core, vocab);
  if (leet !== null && leet !== core) {
    core = leet;
    obf |= OBF.LEET;
  }
  // split on remaining punctuation, keeping per-piece ranges (pieces [from, i) of the core)
  const aligned = core.length === ce - cs;
  const firstDraft = drafts.length;
  let from = -1;
  for (let i = 0; i <= core.length; i++) {
    const c = i < core.length ? core.charCodeAt(i) : -1;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (from < 0) from = i;
      continue;
    }
    if (from < 0) continue;
    let text = core.slice(from, i);
    let pobf = obf;
    const st = text.length >= 3 ? unstretch(text, vocab) : null;
    if (st !== null && st !== text) {
      text = st;
      pobf |= OBF.STRETCH;
    }
    const ps = aligned ? chars.idx[cs + from]! : start;
    const pe = aligned ? chars.end[cs + i - 1]! : end;
    drafts.push({ text, start: ps, end: pe, obf: pobf, newSentenceBefore: false, single: i - from === 1 });
    from = -1;
  }
  // a single character is a candidate for joining only when the core held more than one piece
  if (drafts.length - firstDraft === 1) drafts[firstDraft]!.single = false;
  return { drafts, endsSentence, endsClause };
}

/** What splitChunk made of one chunk, with offsets relative to the chunk's first character. */
interface ChunkReading {
  drafts: Draft[];
  endsSentence: boolean;
  endsClause: boolean;
}
/** Distinct chunks remembered per text (a text repeats its words; a text of distinct words stops adding). */
const CHUNK_MEMO_SIZE = 20_000;
/** Longer chunks are read directly: they rarely repeat, and their key would copy them. */
const CHUNK_MEMO_MAX_CHARS = 64;

/**
 * splitChunk, remembered per text by the chunk's characters and their layout (offsets relative to
 * the chunk and flags): splitChunk reads nothing else, so a chunk seen before reads the same,
 * moved to where it is now. The drafts returned are relative to `base` (the chunk's first
 * character's offset, or 0 for a chunk read directly) and may be shared: the caller copies them.
 */
function splitChunkMemo(chars: Chars, from: number, to: number, vocab: Vocabulary, memo: Map<string, ChunkReading>): { reading: ChunkReading; base: number } {
  if (to - from > CHUNK_MEMO_MAX_CHARS) return { reading: splitChunk(chars, from, to, vocab), base: 0 };
  const base = chars.idx[from]!;
  let key = '';
  let plain = true;
  for (let i = from; i < to; i++) {
    key += chars.ch[i]!;
    const idx = chars.idx[i]!;
    if (chars.flag[i] !== 0 || idx !== base + (i - from) || chars.end[i] !== idx + 1) plain = false;
  }
  if (!plain) {
    // the layout as code units after the count of characters (so the key parses one way): each
    // offset in two (low and high 16 bits), the flag in one; the characters follow
    const units: number[] = [to - from];
    for (let i = from; i < to; i++) {
      const a = chars.idx[i]! - base;
      const b = chars.end[i]! - base;
      units.push(a & 0xffff, a >>> 16, b & 0xffff, b >>> 16, chars.flag[i]!);
    }
    key = 'l' + String.fromCharCode(...units) + key;
  } else key = 'p' + key; // plain and laid-out keys never meet
  let hit = memo.get(key);
  if (hit === undefined) {
    const r = splitChunk(chars, from, to, vocab);
    hit = { ...r, drafts: r.drafts.map((d) => ({ ...d, start: d.start - base, end: d.end - base })) };
    if (memo.size < CHUNK_MEMO_SIZE) memo.set(key, hit);
  }
  return { reading: hit, base };
}

/** Join runs of three or more single characters ("b o m b", "b.o.m.b") into words. */
function joinSpaced(drafts: Draft[], vocab: Vocabulary): Draft[] {
  const out: Draft[] = [];
  let i = 0;
  while (i < drafts.length) {
    let j = i;
    while (
      j < drafts.length &&
      drafts[j]!.text.length === 1 &&
      (j === i || (!drafts[j]!.newSentenceBefore && drafts[j]!.start - drafts[j - 1]!.end <= 3))
    )
      j++;
    let letters = 0;
    for (let q = i; q < j && letters < 2; q++) if (isLetter(drafts[q]!.text)) letters++;
    if (j - i >= 3 && letters >= 2) {
      const run = drafts.slice(i, j);
      let joined = '';
      for (const d of run) joined += isDigit(d.text) ? (LEET[d.text]?.[0] ?? d.text) : d.text;
      const words = vocab.has(joined) ? [joined] : segment(joined, vocab);
      let k = 0;
      for (const w of words) {
        const first = run[k]!;
        const last = run[k + w.length - 1] ?? run[run.length - 1]!;
        let obf = OBF.SPACING;
        for (let q = k; q < k + w.length && q < run.length; q++) obf |= run[q]!.obf;
        out.push({ text: w, start: first.start, end: last.end, obf, newSentenceBefore: k === 0 && first.newSentenceBefore, newClauseBefore: k === 0 && first.newClauseBefore, single: false });
        k += w.length;
      }
      i = j;
    } else if (j > i) {
      // every later start inside this run ends at the same j with fewer characters and letters,
      // so none of them joins either: pass the whole run (rescanning from i + 1 was quadratic
      // on a long run of single digits or symbols, "1 2 3 4 ...")
      for (let q = i; q < j; q++) out.push(drafts[q]!);
      i = j;
    } else {
      out.push(drafts[i]!);
      i++;
    }
  }
  return out;
}

/**
 * Normalize `input` into tokens. `vocab` decides between readings of ambiguous leetspeak and
 * how joined letters split into words; pass the kernel's vocabulary (rule terms + common words).
 */
export function normalizeText(input: string, vocab: Vocabulary, depth = 0): NormalizedText {
  // the visible characters are only listed for the base64 search, and only when it can find something
  // (an ASCII text's visible characters are the text itself: no run of 16 base64 characters, no segment)
  const wantVisible = depth < 2 && (!ASCII_ONLY.test(input) || mayHoldBase64(input));
  const { chars, flags, visible } = foldChars(input, wantVisible);
  const segments = wantVisible ? findBase64(visible, input) : [];
  // segments are ordered and disjoint and chunks come in order: one pointer walks them (linear, not chunks × segments)
  let seg = 0;
  const inSegment = (idx: number) => {
    while (seg < segments.length && segments[seg]!.end <= idx) seg++;
    return seg < segments.length && idx >= segments[seg]!.start;
  };
  let drafts: Draft[] = [];
  let newSentence = true;
  let newClause = false;
  // the chunk being read: characters [chunkFrom, i) of `chars`
  let chunkFrom = 0;
  const chunkMemo = new Map<string, ChunkReading>();
  const flush = (to: number) => {
    if (to === chunkFrom) return;
    if (!inSegment(chars.idx[chunkFrom]!)) {
      const { reading, base } = splitChunkMemo(chars, chunkFrom, to, vocab, chunkMemo);
      const { drafts: d, endsSentence, endsClause } = reading;
      for (let k = 0; k < d.length; k++) {
        const r = d[k]!;
        const moved: Draft = { text: r.text, start: r.start + base, end: r.end + base, obf: r.obf, newSentenceBefore: r.newSentenceBefore, single: r.single };
        if (r.newClauseBefore !== undefined) moved.newClauseBefore = r.newClauseBefore;
        if (k === 0 && newSentence) {
          moved.newSentenceBefore = true;
          newSentence = false;
        }
        if (k === 0 && newClause) {
          moved.newClauseBefore = true;
          newClause = false;
        }
        drafts.push(moved);
      }
      if (endsSentence) newSentence = true;
      else if (endsClause) newClause = true;
    }
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars.ch[i]!;
    if (isSpace(ch)) {
      flush(i);
      chunkFrom = i + 1;
      if (ch === '\n') newSentence = true;
    }
  }
  flush(chars.length);
  drafts = joinSpaced(drafts, vocab);
  // in leet-heavy text, short all-digit words are leet too ("17 wou1d" → "it would")
  const leetCount = drafts.filter((d) => d.obf & OBF.LEET).length;
  if (leetCount >= 2) {
    for (const d of drafts) {
      if (!/\d/.test(d.text) || d.text.length > 24 || /^\d$/.test(d.text) || /^\d{6,}$/.test(d.text)) continue;
      let combos: string[] = [''];
      for (const c of d.text) combos = combos.flatMap((p) => (LEET[c] ?? [c]).map((r) => p + r)).slice(0, 64);
      const hit = combos.find((w) => vocab.has(w));
      if (hit) {
        d.text = hit;
        d.obf |= OBF.LEET;
      }
    }
  }
  // "how 2 get", "a gun 4 me", "can u help": a lone 2/4/u/r between words is shorthand
  const LONE: Record<string, string> = { '2': 'to', '4': leetCount >= 2 ? 'a' : 'for', u: 'you', r: 'are', ...(leetCount >= 2 ? { '1': 'i' } : {}) };
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const rep = Object.hasOwn(LONE, d.text) ? LONE[d.text] : undefined;
    if (rep === undefined) continue;
    const prev = drafts[i - 1];
    const next = drafts[i + 1];
    const wordish = (x: Draft | undefined) => x !== undefined && x.text.length > 1 && /^[a-z]/.test(x.text);
    if (d.newSentenceBefore || next?.newSentenceBefore) continue;
    if ((wordish(prev) && (next === undefined || wordish(next))) || (prev === undefined && wordish(next))) {
      if (/\d/.test(d.text)) d.obf |= OBF.LEET;
      d.text = rep;
    }
  }

  const tokens: Token[] = [];
  let sent = -1;
  // a text repeats its words: each distinct word's forms are computed once (tokens of one word share the array)
  const formsOf = new Map<string, string[]>();
  for (const d of drafts) {
    const sentStart = d.newSentenceBefore || tokens.length === 0;
    if (sentStart) sent++;
    let f = formsOf.get(d.text);
    if (f === undefined) formsOf.set(d.text, (f = forms(d.text)));
    tokens.push({ text: d.text, forms: f, start: d.start, end: d.end, sent, obf: d.obf, sentStart, clauseStart: !sentStart && d.newClauseBefore === true });
  }
  let obfuscation = flags;
  for (const t of tokens) obfuscation |= t.obf;
  // many base64 words often carry the same payload: each distinct one is read once
  const decodedReadings = new Map<string, NormalizedText>();
  for (const g of segments) {
    let inner = decodedReadings.get(g.decoded);
    if (inner === undefined) decodedReadings.set(g.decoded, (inner = normalizeText(g.decoded, vocab, depth + 1)));
    const base = sent + 1;
    for (const t of inner.tokens) {
      tokens.push({ ...t, start: g.start, end: g.end, sent: base + t.sent, obf: t.obf | OBF.BASE64 });
    }
    sent = base + Math.max(0, inner.sentences - 1);
    obfuscation |= OBF.BASE64 | inner.obfuscation;
  }
  return {
    original: input,
    tokens,
    text: tokens.map((t) => t.text).join(' '),
    obfuscation,
    sentences: sent + 1,
  };
}

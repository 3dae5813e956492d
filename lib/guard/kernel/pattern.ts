/**
 * The pattern language shared by lexicon terms, contexts and rules, and its matcher.
 *
 * A pattern is matched against consecutive tokens of one sentence. It is a list of
 * space-separated items:
 *   word      the word or any inflection of it ("steal" matches "stole", "stealing")
 *   =word     exactly this token
 *   word*     any token starting with "word"
 *   @name     any term of lexicon `name` (terms may span several tokens)
 *   ~N        skip up to N tokens (N <= 12); ~0 just separates two items
 *   ^         start of a sentence or of a clause (after , ; : or a dash)
 * Items between gaps form a run. A run containing "|" is one choice whose alternatives are
 * separated by "|" and may have several words: "hit man|contract killer|@assassin". A run
 * without "|" is a sequence of items. A trailing "?" makes the item (or the whole choice)
 * optional. Words are written as the normalizer produces them: lowercase, hyphens split words
 * ("self-harm" = "self harm"), "'s" dropped, "n't" = "not".
 */
import type { Token } from './normalize.js';
import { stems } from './lemma.js';

export type Alt =
  /** `ws`: the word and, for longer words, its base forms, so "systems" also matches "system". */
  | { kind: 'word'; w: string; mode: 'forms' | 'exact' | 'prefix'; ws: string[] }
  | { kind: 'lex'; name: string };

/**
 * How the matcher tries the alternatives of a choice, in their written order: consecutive
 * alternatives that are single plain words are merged into one set lookup (they all consume one
 * token, so trying them together finds the same matches), the rest stay sequences.
 */
export type Choice = { kind: 'words'; forms: Set<string>; exact: Set<string> } | { kind: 'seq'; seq: Alt[] };

/** A choice between sequences of words/lexicons (a single word is a sequence of one). */
export type Elem = { kind: 'alts'; alts: Alt[][]; optional: boolean; choices: Choice[] } | GapElem | { kind: 'start' };

/** `~N`: skip up to `max` tokens. */
export interface GapElem {
  kind: 'gap';
  max: number;
  /** Numbered by indexPatterns (the matcher keeps a per-text filter for each gap by this id). */
  id?: number;
  /** The words (and prefixes) the token after the gap must start with for the rest of the
   *  pattern to match; null when not known. Filled by indexPatterns: the matcher skips the
   *  positions of a gap where the next item cannot start instead of searching from each. */
  next?: Set<string> | null;
  nextPrefixes?: string[];
}

/** Gap ids handed out by indexPatterns (global: patterns of several rule sets may meet in one matcher). */
let gapIds = 0;

function altsElem(alts: Alt[][], optional: boolean): Elem {
  const choices: Choice[] = [];
  for (const seq of alts) {
    const a = seq[0]!;
    if (seq.length === 1 && a.kind === 'word' && a.mode !== 'prefix') {
      let last = choices[choices.length - 1];
      if (last?.kind !== 'words') choices.push((last = { kind: 'words', forms: new Set(), exact: new Set() }));
      if (a.mode === 'exact') last.exact.add(a.w);
      else for (const w of a.ws) last.forms.add(w);
    } else choices.push({ kind: 'seq', seq });
  }
  return { kind: 'alts', alts, optional, choices };
}

export interface CompiledPattern {
  source: string;
  elems: Elem[];
  /** Words a match can start with (null: could start anywhere); filled by indexPatterns. */
  first?: Set<string> | null;
  /** With `first`: a match can also start at a token beginning with one of these (from word* items). */
  firstPrefixes?: string[];
  /** When the first item always takes exactly one token: the words (and prefixes) the next token
   *  of the same sentence must have (null: no such constraint is known). Filled by indexPatterns. */
  second?: Set<string> | null;
  secondPrefixes?: string[];
  /** Start pairs: for each word a match can start with, what must follow it in the same
   *  sentence (null: nothing known). null when unknown (a word* item or a cycle at the start).
   *  A superset of the real starts; filled by indexPatterns. */
  pairs?: StartPairs | null;
  /** For each required item whose first token's words are known: those words. A text in which
   *  one of these sets has no word cannot hold a match (a cake recipe has no "deadly"). */
  anchors?: Set<string>[];
}

/** One of the tokens 1..reach after the first has a form in `words` ("how ~1 is|are": reach 2). */
export interface Follow {
  words: Set<string>;
  reach: number;
}

/** First word → what must follow it (null: not constrained). */
export type StartPairs = Map<string, Follow | null>;

/** Thrown by compilePattern; the loader turns it into a KalaError naming the file and rule. */
export class PatternSyntaxError extends Error {}

function splitWords(src: string): string[] {
  let s = src.toLowerCase().trim();
  // most patterns are plain words: no contraction to expand and no spaced "|" to join
  if (!/['\u2018\u2019]|\s\||\|\s|cannot/.test(s)) return s.split(/\s+/).filter(Boolean);
  s = s.replace(/[\u2018\u2019]/g, "'");
  s = s.replace(/\bwon't\b/g, 'will not').replace(/\bcan't\b/g, 'can not').replace(/\bcannot\b/g, 'can not');
  s = s.replace(/n't\b/g, ' not').replace(/'re\b/g, ' are').replace(/'m\b/g, ' am').replace(/'ll\b/g, ' will');
  s = s.replace(/\blet's\b/g, 'let us').replace(/\b(it|that|what|there|here|he|she|who|where|how|this|everything|nothing|something|when|why)'s\b/g, '$1 is');
  s = s.replace(/'ve\b/g, ' have').replace(/'d\b/g, ' would').replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
  // "a | b" and "a |b" are the same as "a|b" (split and trim: /\s*\|\s*/ backtracks on long runs of spaces)
  const parts = s.split('|');
  s = parts.map((part, i) => (i < parts.length - 1 ? part.trimEnd() : part)).map((part, i) => (i > 0 ? part.trimStart() : part)).join('|');
  return s.split(/\s+/).filter(Boolean);
}

/** One word or @ref of an alternative, expanded: hyphenated words become several words. */
function parseWordSeq(raw: string, exact: boolean, src: string): Alt[] {
  if (!raw.startsWith('@') && /[a-z0-9]-[a-z0-9]/.test(raw)) return raw.split('-').filter(Boolean).map((p) => parseAlt(p, exact, src));
  return [parseAlt(raw, exact, src)];
}

/** Compile one pattern string. `exact` makes bare words match exactly (lexicons marked exact). */
export function compilePattern(src: string, exact = false): CompiledPattern {
  // half of the patterns are one word (a lexicon term) or one @lexicon: built directly
  const one = src.trim().toLowerCase();
  if (/^[=@]?[a-z0-9_]+\*?$/.test(one) && one !== 'cannot' && (one.startsWith('@') || !one.includes('_'))) return { source: src, elems: [altsElem([[parseAlt(one, exact, src)]], false)] };
  const elems: Elem[] = [];
  let run: string[] = [];
  const flushRun = () => {
    if (run.length === 0) return;
    const joined = run.join(' ');
    if (joined.includes('|')) {
      let optional = false;
      let body = joined;
      if (body.endsWith('?') && body.length > 1) {
        optional = true;
        body = body.slice(0, -1);
      }
      const alts = body.split('|').map((a) => {
        const words = a.split(' ').filter(Boolean);
        if (words.length === 0) throw new PatternSyntaxError(`empty alternative in "${src}"`);
        return words.flatMap((w) => {
          if (w.endsWith('?')) throw new PatternSyntaxError(`"${w}": "?" inside an alternative; put it after the whole choice`);
          return parseWordSeq(w, exact, src);
        });
      });
      elems.push(altsElem(alts, optional));
    } else {
      for (const raw of run) {
        let body = raw;
        let optional = false;
        if (body.endsWith('?') && body.length > 1) {
          optional = true;
          body = body.slice(0, -1);
        }
        const seq = parseWordSeq(body, exact, src);
        for (const a of seq) elems.push(altsElem([[a]], optional && seq.length === 1));
        if (optional && seq.length > 1) {
          elems.splice(elems.length - seq.length, seq.length, altsElem([seq], true));
        }
      }
    }
    run = [];
  };
  for (const raw of splitWords(src)) {
    if (raw === '^') {
      flushRun();
      elems.push({ kind: 'start' });
      continue;
    }
    const gap = /^~(\d+)$/.exec(raw);
    if (gap) {
      flushRun();
      const max = Number(gap[1]);
      if (max > 12) throw new PatternSyntaxError(`gap "${raw}" is longer than ~12`);
      if (max > 0) elems.push({ kind: 'gap', max });
      continue;
    }
    if (raw.startsWith('~')) throw new PatternSyntaxError(`"${raw}": a gap is ~N with N a number`);
    run.push(raw);
  }
  flushRun();
  if (elems.length === 0) throw new PatternSyntaxError('empty pattern');
  const first = elems.find((e) => e.kind !== 'start');
  if (!first || first.kind === 'gap' || elems[elems.length - 1]!.kind === 'gap')
    throw new PatternSyntaxError('a pattern cannot start or end with a gap');
  if (elems.every((e) => e.kind !== 'alts' || e.optional)) throw new PatternSyntaxError('a pattern needs at least one required element');
  return { source: src, elems };
}

function parseAlt(a: string, exact: boolean, src: string): Alt {
  if (a.length === 0) throw new PatternSyntaxError(`empty alternative in "${src}"`);
  if (a.startsWith('@')) {
    const name = a.slice(1);
    if (!/^[a-z0-9_]+$/.test(name)) throw new PatternSyntaxError(`bad lexicon reference "${a}" (use @name with a-z, 0-9, _)`);
    return { kind: 'lex', name };
  }
  let w = a;
  let mode: 'forms' | 'exact' | 'prefix' = exact ? 'exact' : 'forms';
  if (w.startsWith('=')) {
    mode = 'exact';
    w = w.slice(1);
  }
  if (w.endsWith('*')) {
    mode = 'prefix';
    w = w.slice(0, -1);
  }
  w = w.replace(/'/g, '');
  if (!/^[a-z0-9]+$/.test(w)) throw new PatternSyntaxError(`"${a}" in "${src}": words may only contain a-z and 0-9 (plus =, * and ?)`);
  return { kind: 'word', w, mode, ws: mode === 'forms' ? [w, ...stems(w)] : [w] };
}

export interface Lexicon {
  name: string;
  terms: CompiledPattern[];
  /** Terms by their first word (terms whose first element is plain words), for fast lookup. */
  index: Map<string, CompiledPattern[]>;
  /** Terms that can start with anything else (a lexicon, a prefix, an optional element, ^). */
  general: CompiledPattern[];
  /** Words (and prefixes) any term's match can start with, null when unknown; filled by indexPatterns. */
  first?: Set<string> | null;
  firstPrefixes?: string[];
}

/** Build a lexicon with its first-word index. */
export function makeLexicon(name: string, terms: CompiledPattern[]): Lexicon {
  const index = new Map<string, CompiledPattern[]>();
  const general: CompiledPattern[] = [];
  for (const t of terms) {
    const e = t.elems[0]!;
    if (e.kind === 'alts' && !e.optional && e.alts.every((seq) => seq[0]!.kind === 'word' && seq[0]!.mode !== 'prefix')) {
      for (const seq of e.alts) {
        for (const w of (seq[0] as { ws: string[] }).ws) {
          const list = index.get(w) ?? [];
          if (!list.includes(t)) list.push(t);
          index.set(w, list);
        }
      }
    } else general.push(t);
  }
  return { name, terms, index, general };
}

export interface Capture {
  name: string;
  start: number;
  end: number;
}

export interface Match {
  start: number;
  /** Token index one past the last matched token. */
  end: number;
  captures: Capture[];
}

/**
 * Compute, for every pattern, the words its matches can start with (and the prefixes, from
 * word* items), so that the matcher skips positions that cannot start a match. A pattern whose
 * start cannot be told (a lexicon that refers back to itself) gets null (try everywhere).
 */
export function indexPatterns(patterns: CompiledPattern[], lexicons: Map<string, Lexicon>): void {
  type Starts = { words: Set<string>; prefixes: Set<string> } | null;
  const add = (into: { words: Set<string>; prefixes: Set<string> }, from: NonNullable<Starts>) => {
    for (const w of from.words) into.words.add(w);
    for (const w of from.prefixes) into.prefixes.add(w);
  };
  const lexFirst = new Map<string, Starts>();
  const visiting = new Set<string>();
  const ofLex = (name: string): Starts => {
    if (lexFirst.has(name)) return lexFirst.get(name)!;
    if (visiting.has(name)) return null;
    visiting.add(name);
    const lex = lexicons.get(name);
    let out: Starts = { words: new Set(), prefixes: new Set() };
    for (const t of lex?.terms ?? []) {
      const f = ofElems(t.elems, 0);
      if (f === null) {
        out = null;
        break;
      }
      add(out, f);
    }
    visiting.delete(name);
    lexFirst.set(name, out);
    return out;
  };
  const ofAlt = (a: Alt): Starts => {
    if (a.kind === 'lex') return ofLex(a.name);
    if (a.mode === 'prefix') return { words: new Set(), prefixes: new Set([a.w]) };
    return { words: new Set(a.ws), prefixes: new Set() };
  };
  const ofElems = (elems: Elem[], k: number): Starts => {
    const e = elems[k];
    if (!e) return null;
    if (e.kind === 'start') return ofElems(elems, k + 1);
    if (e.kind === 'gap') return null;
    const out = { words: new Set<string>(), prefixes: new Set<string>() };
    for (const seq of e.alts) {
      const f = ofAlt(seq[0]!);
      if (f === null) return null;
      add(out, f);
    }
    if (e.optional) {
      const rest = ofElems(elems, k + 1);
      if (rest === null) return null;
      add(out, rest);
    }
    return out;
  };
  /** What the token after a one-token first item must be (null when the first item can take more or fewer tokens). */
  const ofSecond = (elems: Elem[]): Starts => {
    let k = 0;
    while (elems[k]?.kind === 'start') k++;
    const e = elems[k];
    if (!e || e.kind !== 'alts' || e.optional || !e.alts.every((seq) => seq.length === 1 && seq[0]!.kind === 'word')) return null;
    return ofElems(elems, k + 1);
  };
  const anchorsOf = (p: CompiledPattern): Set<string>[] => {
    const out: Set<string>[] = [];
    for (const e of p.elems) {
      if (e.kind !== 'alts' || e.optional) continue;
      // a lexicon item's anchor is the lexicon's own set (one object for every pattern that
      // names it: the matcher answers it once per text)
      const only = e.alts.length === 1 ? e.alts[0]![0]! : null;
      const f = only?.kind === 'lex' ? ofLex(only.name) : ofElems([e], 0);
      if (f !== null && f.prefixes.size === 0) out.push(f.words);
    }
    return out;
  };
  const set = (p: CompiledPattern) => {
    if (p.anchors !== undefined) return; // a pattern shared by several lexicons or rules: indexed once
    const f = ofElems(p.elems, 0);
    p.first = f ? f.words : null;
    p.firstPrefixes = f ? [...f.prefixes] : [];
    const s = ofSecond(p.elems);
    p.second = s ? s.words : null;
    p.secondPrefixes = s ? [...s.prefixes] : [];
    p.anchors = anchorsOf(p);
    p.elems.forEach((e, k) => {
      if (e.kind !== 'gap' || e.id !== undefined) return;
      const f = ofElems(p.elems, k + 1);
      e.id = gapIds++;
      e.next = f ? f.words : null;
      e.nextPrefixes = f ? [...f.prefixes] : [];
    });
  };
  for (const lex of lexicons.values()) for (const t of lex.terms) set(t);
  // start pairs ("a" starts hundreds of terms, "a" followed by "bomb" few): what must follow the
  // first token, reaching through lexicons: after a lexicon term of one token comes what follows
  // the lexicon in the pattern (`cont`). A superset of the real starts: the matcher checks each.
  const pairsVisiting = new Set<string>();
  /** Pairs merged into `into`; Follow objects are shared between patterns, so merging makes new ones. */
  const mergePairs = (into: StartPairs, from: StartPairs) => {
    for (const [w, next] of from) {
      if (!into.has(w)) {
        into.set(w, next);
        continue;
      }
      const have = into.get(w)!;
      if (have === null || have === next) continue;
      into.set(w, next === null ? null : { words: new Set([...have.words, ...next.words]), reach: Math.max(have.reach, next.reach) });
    }
  };
  /** What one of the next tokens must be for elems[k..] to match: the first words of the next
   *  required item, within `reach` tokens (gaps and optional words in between lengthen it);
   *  `cont` past the end; null when unknown (a lexicon or word* in the way, or nothing required). */
  const followOf = (elems: Elem[], k: number, cont: Follow | null): Follow | null => {
    let reach = 1;
    for (; k < elems.length; k++) {
      const e = elems[k]!;
      if (e.kind === 'start') continue;
      if (e.kind === 'gap') {
        reach += e.max;
        continue;
      }
      if (!e.optional) {
        const f = ofElems(elems, k);
        return f && f.prefixes.size === 0 ? { words: f.words, reach } : null;
      }
      // an optional run of plain words takes at most its longest alternative's tokens
      if (!e.alts.every((seq) => seq.every((a) => a.kind === 'word'))) return null;
      reach += Math.max(...e.alts.map((seq) => seq.length));
    }
    return cont === null ? null : { words: cont.words, reach: reach - 1 + cont.reach };
  };
  const ofLexPairs = (name: string, cont: Follow | null): StartPairs | null => {
    if (pairsVisiting.has(name)) return null;
    pairsVisiting.add(name);
    let out: StartPairs | null = new Map();
    for (const t of lexicons.get(name)?.terms ?? []) {
      const f = pairsOf(t.elems, 0, cont);
      if (f === null) {
        out = null;
        break;
      }
      mergePairs(out, f);
    }
    pairsVisiting.delete(name);
    return out;
  };
  const pairsOf = (elems: Elem[], k: number, cont: Follow | null): StartPairs | null => {
    const e = elems[k];
    if (!e || e.kind === 'gap') return null;
    if (e.kind === 'start') return pairsOf(elems, k + 1, cont);
    const out: StartPairs = new Map();
    for (const seq of e.alts) {
      const a = seq[0]!;
      const b = seq[1];
      if (a.kind === 'word' && a.mode === 'prefix') return null;
      // what follows the first item when it takes one token
      let next: Follow | null;
      if (b === undefined) next = followOf(elems, k + 1, cont);
      else if (b.kind === 'lex') next = followOf([{ kind: 'alts', alts: [[b]], optional: false, choices: [] }], 0, null);
      else next = b.mode === 'prefix' ? null : { words: new Set(b.ws), reach: 1 };
      if (a.kind === 'lex') {
        const p = ofLexPairs(a.name, next);
        if (p === null) return null;
        mergePairs(out, p);
        continue;
      }
      const p: StartPairs = new Map();
      for (const w of a.mode === 'exact' ? [a.w] : a.ws) p.set(w, next);
      mergePairs(out, p);
    }
    if (e.optional) {
      const rest = pairsOf(elems, k + 1, cont);
      if (rest === null) return null;
      mergePairs(out, rest);
    }
    return out;
  };
  for (const lex of lexicons.values()) {
    const f = ofLex(lex.name);
    lex.first = f ? f.words : null;
    lex.firstPrefixes = f ? [...f.prefixes] : [];
  }
  for (const p of patterns) {
    set(p);
    if (p.pairs === undefined) p.pairs = pairsOf(p.elems, 0, null);
  }
}

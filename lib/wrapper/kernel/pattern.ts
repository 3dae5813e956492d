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

/** A choice between sequences of words/lexicons (a single word is a sequence of one). */
export type Elem = { kind: 'alts'; alts: Alt[][]; optional: boolean } | { kind: 'gap'; max: number } | { kind: 'start' };

export interface CompiledPattern {
  source: string;
  elems: Elem[];
  /** Words a match can start with (null: could start anywhere); filled by indexPatterns. */
  first?: Set<string> | null;
}

/** Thrown by compilePattern; the loader turns it into a KalaError naming the file and rule. */
export class PatternSyntaxError extends Error {}

function splitWords(src: string): string[] {
  let s = src.toLowerCase().trim();
  s = s.replace(/[\u2018\u2019]/g, "'");
  s = s.replace(/\bwon't\b/g, 'will not').replace(/\bcan't\b/g, 'can not').replace(/\bcannot\b/g, 'can not');
  s = s.replace(/n't\b/g, ' not').replace(/'re\b/g, ' are').replace(/'m\b/g, ' am').replace(/'ll\b/g, ' will');
  s = s.replace(/\blet's\b/g, 'let us').replace(/\b(it|that|what|there|here|he|she|who|where|how|this|everything|nothing|something|when|why)'s\b/g, '$1 is');
  s = s.replace(/'ve\b/g, ' have').replace(/'d\b/g, ' would').replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
  // "a | b" and "a |b" are the same as "a|b"
  s = s.replace(/\s*\|\s*/g, '|');
  return s.split(/\s+/).filter(Boolean);
}

/** One word or @ref of an alternative, expanded: hyphenated words become several words. */
function parseWordSeq(raw: string, exact: boolean, src: string): Alt[] {
  if (!raw.startsWith('@') && /[a-z0-9]-[a-z0-9]/.test(raw)) return raw.split('-').filter(Boolean).map((p) => parseAlt(p, exact, src));
  return [parseAlt(raw, exact, src)];
}

/** Compile one pattern string. `exact` makes bare words match exactly (lexicons marked exact). */
export function compilePattern(src: string, exact = false): CompiledPattern {
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
      elems.push({ kind: 'alts', alts, optional });
    } else {
      for (const raw of run) {
        let body = raw;
        let optional = false;
        if (body.endsWith('?') && body.length > 1) {
          optional = true;
          body = body.slice(0, -1);
        }
        const seq = parseWordSeq(body, exact, src);
        seq.forEach((a, i) => elems.push({ kind: 'alts', alts: [[a]], optional: optional && seq.length === 1 }));
        if (optional && seq.length > 1) {
          elems.splice(elems.length - seq.length, seq.length, { kind: 'alts', alts: [seq], optional: true });
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

/** Matches patterns against one token array; lexicon matches are computed lazily and memoized. */
export class TokenMatcher {
  private readonly memo = new Map<string, number[]>();
  private readonly active = new Set<string>();

  constructor(
    readonly tokens: Token[],
    private readonly lexicons: Map<string, Lexicon>,
  ) {}

  private wordMatches(alt: Alt & { kind: 'word' }, t: Token): boolean {
    if (alt.mode === 'exact') return t.text === alt.w;
    if (alt.mode === 'prefix') return t.text.startsWith(alt.w);
    for (const w of alt.ws) if (t.forms.includes(w)) return true;
    return false;
  }

  /** End positions of lexicon `name` matches starting at token `pos`. */
  lexEnds(name: string, pos: number): number[] {
    const key = `${name}:${pos}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    if (this.active.has(key)) return []; // recursive reference: no match through the cycle
    this.active.add(key);
    const lex = this.lexicons.get(name);
    const ends = new Set<number>();
    const t = this.tokens[pos];
    if (lex && t) {
      const candidates = new Set<CompiledPattern>(lex.general);
      for (const f of t.forms) for (const term of lex.index.get(f) ?? []) candidates.add(term);
      for (const term of candidates) {
        if (term.first && !t.forms.some((f) => term.first!.has(f))) continue;
        for (const m of this.matchAt(term.elems, 0, pos, t.sent, [], false)) ends.add(m.end);
      }
    }
    this.active.delete(key);
    const out = [...ends].sort((a, b) => b - a); // longest match first
    this.memo.set(key, out);
    return out;
  }

  /** All matches of elems[k..] starting at pos, within sentence `sent`. */
  private *matchAt(elems: Elem[], k: number, pos: number, sent: number, caps: Capture[], capture: boolean): Generator<Match> {
    if (k === elems.length) {
      yield { start: -1, end: pos, captures: caps };
      return;
    }
    const e = elems[k]!;
    if (e.kind === 'start') {
      const t = this.tokens[pos];
      if (t && (t.sentStart || t.clauseStart)) yield* this.matchAt(elems, k + 1, pos, sent, caps, capture);
      return;
    }
    if (e.kind === 'gap') {
      for (let skip = 0; skip <= e.max; skip++) {
        const p = pos + skip;
        if (p > this.tokens.length) break;
        if (skip > 0 && this.tokens[p - 1]!.sent !== sent) break;
        yield* this.matchAt(elems, k + 1, p, sent, caps, capture);
      }
      return;
    }
    for (const seq of e.alts) yield* this.matchSeq(seq, 0, elems, k, pos, sent, caps, capture);
    if (e.optional) yield* this.matchAt(elems, k + 1, pos, sent, caps, capture);
  }

  /** Match the words/lexicons of one alternative in a row, then the rest of the pattern. */
  private *matchSeq(seq: Alt[], i: number, elems: Elem[], k: number, pos: number, sent: number, caps: Capture[], capture: boolean): Generator<Match> {
    if (i === seq.length) {
      yield* this.matchAt(elems, k + 1, pos, sent, caps, capture);
      return;
    }
    const t = this.tokens[pos];
    if (!t || t.sent !== sent) return;
    const alt = seq[i]!;
    if (alt.kind === 'word') {
      if (this.wordMatches(alt, t)) yield* this.matchSeq(seq, i + 1, elems, k, pos + 1, sent, caps, capture);
      return;
    }
    for (const end of this.lexEnds(alt.name, pos)) {
      if (end > pos && this.tokens[end - 1]!.sent === sent) {
        const next = capture ? [...caps, { name: alt.name, start: pos, end }] : caps;
        yield* this.matchSeq(seq, i + 1, elems, k, end, sent, next, capture);
      }
    }
  }

  /** The first match of a pattern starting at token `pos`, or null. */
  firstAt(p: CompiledPattern, pos: number): Match | null {
    const t = this.tokens[pos];
    if (!t) return null;
    if (p.first && !t.forms.some((f) => p.first!.has(f))) return null;
    for (const m of this.matchAt(p.elems, 0, pos, t.sent, [], true)) {
      if (m.end > pos) return { ...m, start: pos };
    }
    return null;
  }

  /** Every non-overlapping-start match of a pattern in the text (one per start token). */
  all(p: CompiledPattern): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const m = this.firstAt(p, i);
      if (m) out.push(m);
    }
    return out;
  }

  /** True when pattern `p` matches starting anywhere in [from, to) of sentence `sent`. */
  occursIn(p: CompiledPattern, from: number, to: number, sent: number): boolean {
    for (let i = Math.max(0, from); i < Math.min(to, this.tokens.length); i++) {
      if (this.tokens[i]!.sent !== sent) continue;
      if (this.firstAt(p, i)) return true;
    }
    return false;
  }
}

/**
 * Compute, for every pattern, the set of words its matches can start with, so that the
 * matcher skips positions that cannot start a match. A pattern that can start with a prefix
 * word (word*) gets null (try everywhere).
 */
export function indexPatterns(patterns: CompiledPattern[], lexicons: Map<string, Lexicon>): void {
  const lexFirst = new Map<string, Set<string> | null>();
  const visiting = new Set<string>();
  const ofLex = (name: string): Set<string> | null => {
    if (lexFirst.has(name)) return lexFirst.get(name)!;
    if (visiting.has(name)) return null;
    visiting.add(name);
    const lex = lexicons.get(name);
    let out: Set<string> | null = new Set();
    for (const t of lex?.terms ?? []) {
      const f = ofElems(t.elems, 0);
      if (f === null) {
        out = null;
        break;
      }
      for (const w of f) out.add(w);
    }
    visiting.delete(name);
    lexFirst.set(name, out);
    return out;
  };
  const ofAlt = (a: Alt): Set<string> | null => {
    if (a.kind === 'lex') return ofLex(a.name);
    if (a.mode === 'prefix') return null;
    return new Set(a.ws);
  };
  const ofElems = (elems: Elem[], k: number): Set<string> | null => {
    const e = elems[k];
    if (!e) return null;
    if (e.kind === 'start') return ofElems(elems, k + 1);
    if (e.kind === 'gap') return null;
    const out = new Set<string>();
    for (const seq of e.alts) {
      const f = ofAlt(seq[0]!);
      if (f === null) return null;
      for (const w of f) out.add(w);
    }
    if (e.optional) {
      const rest = ofElems(elems, k + 1);
      if (rest === null) return null;
      for (const w of rest) out.add(w);
    }
    return out;
  };
  for (const lex of lexicons.values()) for (const t of lex.terms) t.first = ofElems(t.elems, 0);
  for (const p of patterns) p.first = ofElems(p.elems, 0);
}

/** Every lexicon name a pattern refers to. */
export function referencedLexicons(p: CompiledPattern): string[] {
  const out: string[] = [];
  for (const e of p.elems) if (e.kind === 'alts') for (const seq of e.alts) for (const a of seq) if (a.kind === 'lex') out.push(a.name);
  return out;
}

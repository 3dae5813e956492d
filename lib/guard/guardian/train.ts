/**
 * Training of the Guardian (model.ts), deterministic: the same examples, options and seed give
 * the same weights bit for bit (one thread, a seeded PRNG for the order and the initialisation,
 * float32 arithmetic in a fixed order). Used by scripts/train-guardian.mjs.
 *
 * The pretrained word vectors are frozen (quantized to int8 first, so training sees what the
 * shipped model computes); the ReLU layer and the heads learn by Adam on mini-batches, the
 * hashed n-gram weights by AdaGrad per example (sparse updates). Loss: per head binary cross
 * entropy, weighted per example; the law heads are trained on benign texts (all 0) and on
 * harmful ones whose law is known (1 for that law, 0 for the others).
 */
import { InputError } from '../../util/errors.js';
import { Rng } from '../../util/prng.js';
import { GUARDIAN_HEADS, featureIndices, guardianInput, guardianLogits, headWidth, pooledWidth, tokenInput, type GuardianHeader, type GuardianPool, type GuardianWeights, type LogitWeights } from './model.js';

export interface GuardianExample {
  /** The text's words as the model reads them (guardianWords of the kernel-normalized text). */
  words: string[];
  harmful: boolean;
  /** The law a harmful text violates, when known. */
  law: number | null;
  /** Weight of the example in the loss (balances sources and classes). */
  weight: number;
  /** The rules' reading of the text (intentFeatures), when the model reads it (options.features). */
  features?: readonly string[];
}

export interface TrainGuardianOptions {
  /** Pretrained vectors: words[i] has vectors[i * dim .. (i + 1) * dim). */
  vocabulary: { words: string[]; vectors: Float32Array; dim: number };
  seed: number;
  hidden?: number;
  sparseDims?: number;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  sparseLearningRate?: number;
  weightDecay?: number;
  threshold?: number;
  maxTokens?: number;
  headTokens?: number;
  /** Pooling of the words (default 'mean'; see GuardianHeader.pool). */
  pool?: GuardianPool;
  trainedOn?: unknown;
  /** The intent features the model reads (intentFeatureNames of the rules), in input order. */
  features?: string[];
  /** Called after each epoch with its mean weighted loss. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** int8 rows with one scale each (max |v| / 127). */
export function quantizeRows(vectors: Float32Array, rows: number, dim: number): { q: Int8Array; scale: Float32Array } {
  const q = new Int8Array(rows * dim);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let e = 0; e < dim; e++) m = Math.max(m, Math.abs(vectors[r * dim + e]!));
    const s = m > 0 ? m / 127 : 1;
    scale[r] = s;
    for (let e = 0; e < dim; e++) q[r * dim + e] = Math.round(vectors[r * dim + e]! / s);
  }
  return { q, scale };
}

export function trainGuardian(examples: readonly GuardianExample[], o: TrainGuardianOptions): GuardianWeights {
  if (!examples.some((e) => e.harmful) || !examples.some((e) => !e.harmful)) throw new InputError('INVALID_ARGUMENT', 'the Guardian needs harmful and benign examples');
  const E = o.vocabulary.dim, H = o.hidden ?? 64, S = o.sparseDims ?? 1 << 18, K = GUARDIAN_HEADS;
  const V = o.vocabulary.words.length;
  const epochs = o.epochs ?? 4, batch = o.batchSize ?? 32, lr = o.learningRate ?? 2e-3, lrS = o.sparseLearningRate ?? 0.05, wd = o.weightDecay ?? 1e-5;
  const rng = Rng.derive(o.seed, 'guardian');
  const uniform = () => rng.nextU32() / 4294967296;
  const { q: embed, scale: embedScale } = quantizeRows(o.vocabulary.vectors, V, E);
  const header: GuardianHeader = {
    version: 1,
    embedDim: E,
    hidden: H,
    sparseDims: S,
    words: o.vocabulary.words,
    threshold: o.threshold ?? 0.5,
    pool: o.pool ?? 'mean',
    maxTokens: o.maxTokens ?? 256,
    headTokens: o.headTokens ?? 64,
    trainedOn: o.trainedOn,
    ...(o.features ? { features: o.features } : {}),
  };
  if (header.features && header.pool === 'tokens') throw new InputError('INVALID_ARGUMENT', "intent features are read with pool 'mean' or 'mean+max', not 'tokens'");
  // training keeps the sparse weights in float (scale 1); they are quantized at the end
  const sparseF = new Float32Array(K * S);
  const w: GuardianWeights = {
    header,
    embed,
    embedScale,
    w1: new Float32Array(H * pooledWidth(header)),
    b1: new Float32Array(H),
    w2: new Float32Array(K * headWidth(header)),
    b2: new Float32Array(K),
    sparse: new Int16Array(0),
    sparseScale: new Float32Array(K).fill(1),
  };
  const P = pooledWidth(header), Q = headWidth(header), tokens = header.pool === 'tokens';
  // the pooled vectors' width; the intent features (0/1) follow them
  const D = P - (header.features?.length ?? 0);
  const a1 = Math.sqrt(6 / (P + H));
  for (let i = 0; i < w.w1.length; i++) w.w1[i] = (2 * uniform() - 1) * a1;
  const a2 = Math.sqrt(6 / (Q + K));
  for (let i = 0; i < w.w2.length; i++) w.w2[i] = (2 * uniform() - 1) * a2;
  for (let i = 0; i < H; i++) w.b1[i] = 0.01;

  const index = new Map(o.vocabulary.words.map((x, i) => [x, i]));
  const inputs = examples.map((e) => guardianInput(e.words, index, false, featureIndices(header, e.features ?? [])));
  // the float sparse weights stand in for the int16 ones during training (a view with the same API)
  const view: LogitWeights = { ...w, sparse: sparseF };

  const dense = [w.w1, w.b1, w.w2, w.b2];
  const grads = dense.map((p) => new Float32Array(p.length));
  const m1 = dense.map((p) => new Float32Array(p.length));
  const m2 = dense.map((p) => new Float32Array(p.length));
  const sparseG2 = new Float32Array(K * S);
  const pooled = new Float32Array(P), hidden = new Float32Array(Q), z = new Float64Array(K);
  const dz = new Float64Array(K), dh = new Float64Array(Q);
  // 'tokens' mode: the ReLU layer's gradient, word by word, from the pre-activations the forward
  // pass traced (the mean's gradient reaches every word, the maximum's only the word that held it)
  function backTokens(rows: Int32Array): void {
    const T = rows.length;
    for (let t = 0; t < T; t++) {
      tokenInput(w.embed, w.embedScale, E, rows, t, pooled);
      for (let j = 0; j < H; j++) {
        const v = trace[t * H + j]!;
        if (v <= 0) continue;
        // the word holding the maximum: the first whose output equals it (trace and hidden are both float32)
        const g = dh[j]! / T + (v === hidden[H + j]! && !maxTaken[j] ? ((maxTaken[j] = 1), dh[H + j]!) : 0);
        if (g === 0) continue;
        grads[1]![j] += g;
        const base = j * P;
        for (let i = 0; i < P; i++) grads[0]![base + i] += g * pooled[i]!;
      }
    }
    maxTaken.fill(0);
  }
  const maxTaken = new Uint8Array(H);
  const trace = new Float32Array(tokens ? H * inputs.reduce((m, x) => Math.max(m, x.rows.length), 1) : 0);
  let t = 0;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.nextU32() % (i + 1);
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
    }
    let lossSum = 0, weightSum = 0;
    for (let start = 0; start < order.length; start += batch) {
      const end = Math.min(order.length, start + batch);
      for (const g of grads) g.fill(0);
      for (let n = start; n < end; n++) {
        const ex = examples[order[n]!]!;
        const x = inputs[order[n]!]!;
        guardianLogits(view, x, pooled, hidden, z, tokens ? trace : undefined);
        for (let k = 0; k < K; k++) {
          const target = k === 0 ? (ex.harmful ? 1 : 0) : ex.harmful ? (ex.law === null ? -1 : ex.law === k - 1 ? 1 : 0) : 0;
          if (target < 0) {
            dz[k] = 0;
            continue;
          }
          const p = 1 / (1 + Math.exp(-z[k]!));
          lossSum -= ex.weight * (target ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
          dz[k] = ex.weight * (p - target);
        }
        weightSum += ex.weight;
        // heads
        for (let k = 0; k < K; k++) {
          const g = dz[k]!;
          if (g === 0) continue;
          grads[3]![k] += g;
          const base = k * Q;
          for (let j = 0; j < Q; j++) grads[2]![base + j] += g * hidden[j]!;
          // sparse: AdaGrad, at once
          const sb = k * S;
          const gv = g * x.value;
          for (const h of x.hashes) {
            const idx = sb + (h % S);
            sparseG2[idx] += gv * gv;
            sparseF[idx] -= (lrS * gv) / Math.sqrt(sparseG2[idx]! + 1e-8);
          }
        }
        // the heads' input
        for (let j = 0; j < Q; j++) {
          let s = 0;
          for (let k = 0; k < K; k++) s += dz[k]! * w.w2[k * Q + j]!;
          dh[j] = s;
        }
        if (tokens) backTokens(x.rows);
        else {
          for (let j = 0; j < H; j++) {
            const g = hidden[j]! > 0 ? dh[j]! : 0;
            if (g === 0) continue;
            grads[1]![j] += g;
            const base = j * P;
            for (let i = 0; i < D; i++) grads[0]![base + i] += g * pooled[i]!;
            for (const i of x.feats) grads[0]![base + D + i] += g;
          }
        }
      }
      // Adam on the dense parameters
      t++;
      const b1c = 1 - 0.9 ** t, b2c = 1 - 0.999 ** t;
      const scale = 1 / (end - start);
      for (let p = 0; p < dense.length; p++) {
        const P = dense[p]!, G = grads[p]!, M = m1[p]!, W = m2[p]!;
        for (let i = 0; i < P.length; i++) {
          const g = G[i]! * scale;
          M[i] = 0.9 * M[i]! + 0.1 * g;
          W[i] = 0.999 * W[i]! + 0.001 * g * g;
          P[i] = P[i]! - lr * ((M[i]! / b1c) / (Math.sqrt(W[i]! / b2c) + 1e-8) + wd * P[i]!);
        }
      }
    }
    o.onEpoch?.(epoch, lossSum / Math.max(weightSum, 1e-12));
  }
  // int16 sparse weights with one scale per head
  const sparse = new Int16Array(K * S);
  for (let k = 0; k < K; k++) {
    let m = 0;
    for (let i = 0; i < S; i++) m = Math.max(m, Math.abs(sparseF[k * S + i]!));
    const s = m > 0 ? m / 32767 : 1;
    w.sparseScale[k] = s;
    for (let i = 0; i < S; i++) sparse[k * S + i] = Math.round(sparseF[k * S + i]! / s);
  }
  w.sparse = sparse;
  return w;
}

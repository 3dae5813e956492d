// KALA-Guardian (lib/guard/guardian/): the model shipped in the package (models/guardian.bin, built
// by `npm test` before the tests, and by `npm pack` when missing, from ../shared/data, at the threshold its recorded
// cross-validation chose; not kept in git), its file format, its
// training, and the EthicsKernel with it. The fixtures used here (test/fixtures/kernel/ probe
// rounds 2–5) are in none of its training sets (the recipe leaves them out); the second blind
// round's held-out half is never used here.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EthicsKernel, Guardian, KalaError } from '../lib/index.js';
import { DEFAULT_GUARDIAN_FILE, decodeGuardian, encodeGuardian, guardianWords } from '../lib/guard/guardian/model.js';
import { trainGuardian, type GuardianExample } from '../lib/guard/guardian/train.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FILE = DEFAULT_GUARDIAN_FILE;
let guardian: Guardian;
let THRESHOLD: number;
const kernelWith = () => new EthicsKernel({ scorer: false, guardian, guardianThreshold: THRESHOLD });

beforeAll(() => {
  guardian = Guardian.load(FILE);
  THRESHOLD = guardian.header.threshold;
});

const FX = path.join(import.meta.dirname, 'fixtures', 'kernel');
const read = (f: string) =>
  readFileSync(path.join(FX, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { prompt: string; label: string; split?: string });
// the hand-written probe rounds 2..5: never part of any Guardian training set
const ROUNDS = [2, 3, 4, 5].flatMap((n) => [...read(`probe-harmful-${n}.jsonl`), ...read(`probe-benign-${n}.jsonl`)]);
const harmful = ROUNDS.filter((r) => r.label === 'harmful').map((r) => r.prompt);

describe('the Guardian its recipe builds', () => {
  it('was trained with the rules it ships beside (it reads their features): else rebuild it with `npm run train:guardian`', () => {
    // the same digest as scripts/train-guardian.mjs: the rule files, by name and content
    const h = createHash('sha256');
    const dir = path.join(ROOT, 'rules');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) h.update(`${f}\n`).update(readFileSync(path.join(dir, f)));
    const made = guardian.header.trainedOn as { rulesDigest: string };
    expect(made.rulesDigest, 'rules/ changed since the Guardian was trained: run `npm test` (it rebuilds models/guardian.bin) or `npm run train:guardian`').toBe(h.digest('hex').slice(0, 16));
    expect(guardian.features.length).toBeGreaterThan(100);
  });

  it('its threshold is the one its cross-validation chose (bench/results/guardian-cv.json)', () => {
    const cv = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'results', 'guardian-cv.json'), 'utf8')) as { oofThreshold: number; dataDigest: string };
    expect(THRESHOLD).toBe(cv.oofThreshold);
    expect((guardian.header.trainedOn as { dataDigest: string }).dataDigest).toBe(cv.dataDigest);
  });

  it('is at most 20 MB and records how it was made', () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(20 * 2 ** 20);
    const g = guardian;
    const made = g.header.trainedOn as { dataDigest: string; seed: number; threads: number; node: string };
    expect(made.dataDigest).toMatch(/^[0-9a-f]{16}$/);
    expect(Number.isInteger(made.seed)).toBe(true);
    expect(made.threads).toBe(1);
    expect(g.header.threshold).toBeGreaterThan(0);
    expect(g.header.threshold).toBeLessThan(1);
    expect(g.header.words.length).toBeGreaterThan(10_000);
  });

  it('adds recall to the rules on texts from a source it never saw (the OpenAI moderation samples)', () => {
    // ../shared/data/eval is evaluation data: no training run reads it
    const file = path.resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'eval', 'openai_moderation_samples-1680.jsonl.gz');
    const rows = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { prompt: string });
    const flagged = (r: Record<string, unknown>) => ['S', 'H', 'V', 'HR', 'SH', 'S3', 'H2', 'V2'].some((k) => r[k] === 1);
    const bad = rows.filter(flagged).map((r) => r.prompt);
    const clean = rows.filter((r) => !flagged(r)).map((r) => r.prompt);
    const rules = new EthicsKernel({ scorer: false });
    const both = kernelWith();
    const rate = (k: EthicsKernel, xs: string[]) => xs.filter((x) => !k.check(x).allowed).length / xs.length;
    const gain = rate(both, bad) - rate(rules, bad);
    const cost = rate(both, clean) - rate(rules, clean);
    expect(gain).toBeGreaterThan(0.02);
    // it costs false positives too (README: measured numbers); bounded here
    expect(cost).toBeLessThan(0.08);
    expect(gain).toBeGreaterThan(cost * 0.8);
  });

  it('names the words that weighed most, and without them its score for that law falls', () => {
    const g = guardian;
    const k = new EthicsKernel({ scorer: false });
    let checked = 0;
    for (const text of harmful) {
      const norm = k.normalize(text).text;
      // the Guardian reads the words and the rules' reading of them, as in the kernel's check
      const v = g.score(norm, undefined, k.intentFeatures(text));
      if (v.harm <= THRESHOLD) continue;
      const cues = g.evidence(norm, v.law, 3, undefined, k.intentFeatures(text));
      if (cues.length === 0) continue;
      // the text without those words, read again from scratch (words and rules)
      const rest = norm
        .split(' ')
        .filter((w) => !cues.includes(w))
        .join(' ');
      const without = g.score(rest, undefined, k.intentFeatures(rest));
      expect(without.laws[v.law]! * without.harm, `${text} without ${cues.join(', ')}`).toBeLessThan(v.laws[v.law]! * v.harm);
      if (++checked === 10) break;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('explains its blocks: the judge, the law, and the words; it is off unless asked for', () => {
    const k = kernelWith();
    const blocked = harmful.map((h) => k.check(h)).find((r) => r.violations.some((v) => v.rule === 'guardian'));
    expect(blocked).toBeDefined();
    const v = blocked!.violations.find((x) => x.rule === 'guardian')!;
    expect(v.explanation).toMatch(/KALA-Guardian/);
    expect(v.explanation).toMatch(/Law [0-4]/);
    expect(blocked!.judges).toEqual(['rules', 'guardian']);
    expect(new EthicsKernel({ scorer: false }).check('hello').judges).toEqual(['rules']);
    expect(new EthicsKernel({ guardian: false, scorer: false }).check('hello').judges).toEqual(['rules']);
  });
});

describe('Guardian file format', () => {
  let bytes: Buffer;
  beforeAll(() => {
    bytes = readFileSync(FILE);
  });
  it('round-trips through decode and encode', () => {
    expect(encodeGuardian(decodeGuardian(bytes)).equals(bytes)).toBe(true);
  });
  it('refuses a truncated or foreign file with RULES_INVALID', () => {
    for (const bad of [bytes.subarray(0, bytes.length - 7), bytes.subarray(0, 40), Buffer.from('not a model at all')]) {
      const e = (() => {
        try {
          decodeGuardian(bad);
        } catch (err) {
          return err;
        }
      })();
      expect(e).toBeInstanceOf(KalaError);
      expect((e as KalaError).code).toBe('RULES_INVALID');
    }
  });
});

describe('Guardian training', () => {
  // a tiny vocabulary with related vectors, and requests built from it
  const words = ['kill', 'murder', 'hurt', 'bake', 'cook', 'bread', 'cake', 'my', 'neighbor', 'how', 'to', 'a', 'friend'];
  const dim = 8;
  const vectors = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const violent = ['kill', 'murder', 'hurt'].includes(w) ? 1 : 0;
    for (let e = 0; e < dim; e++) vectors[i * dim + e] = (e === 0 ? violent : 0) + Math.sin(i * 7 + e) * 0.1;
  });
  const ex = (text: string, harmful: boolean): GuardianExample => ({ words: text.split(' '), harmful, law: harmful ? 1 : null, weight: 1 });
  const examples = [
    ...['how to kill my neighbor', 'how to hurt a friend', 'kill a friend', 'hurt my neighbor'].map((t) => ex(t, true)),
    ...['how to bake bread', 'how to cook a cake', 'bake a cake', 'cook my bread', 'bake bread for my neighbor'].map((t) => ex(t, false)),
  ];
  const options = { vocabulary: { words, vectors, dim }, seed: 3, hidden: 8, sparseDims: 1 << 10, epochs: 30, batchSize: 4, learningRate: 0.01, sparseLearningRate: 0.1 };

  it('is deterministic: the same data and seed give the same bytes', () => {
    const a = encodeGuardian(trainGuardian(examples, options));
    const b = encodeGuardian(trainGuardian(examples, options));
    expect(a.equals(b)).toBe(true);
    const c = encodeGuardian(trainGuardian(examples, { ...options, seed: 4 }));
    expect(a.equals(c)).toBe(false);
  });

  it('learns, and generalizes through the word vectors to a word it never saw in a harmful text', () => {
    const g = new Guardian(trainGuardian(examples, options));
    expect(g.scoreWords('how to kill my neighbor'.split(' ')).harm).toBeGreaterThan(0.5);
    expect(g.scoreWords('how to bake bread'.split(' ')).harm).toBeLessThan(0.5);
    // "murder" is in no training text; its vector is close to "kill" and "hurt"
    expect(g.scoreWords('how to murder my neighbor'.split(' ')).harm).toBeGreaterThan(g.scoreWords('how to cook my neighbor'.split(' ')).harm);
  });

  it("'tokens' pooling learns too, is deterministic, and finds one harmful phrase in a long text", () => {
    const o = { ...options, pool: 'tokens' as const };
    const a = encodeGuardian(trainGuardian(examples, o));
    expect(a.equals(encodeGuardian(trainGuardian(examples, o)))).toBe(true);
    const g = new Guardian(decodeGuardian(a));
    expect(g.header.pool).toBe('tokens');
    expect(g.scoreWords('how to kill my neighbor'.split(' ')).harm).toBeGreaterThan(0.5);
    expect(g.scoreWords('how to bake bread'.split(' ')).harm).toBeLessThan(0.5);
    // 1,000 words of baking with the request in the middle: read in windows, the one holding it decides
    const filler = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'bread' : 'bake')).join(' ');
    const long = `${filler(500)} how to kill my neighbor ${filler(500)}`;
    const v = g.score(long, Infinity);
    expect(v.windows).toBeGreaterThan(4);
    expect(v.truncated).toBe(false);
    expect(v.harm).toBeGreaterThan(0.5);
    expect(v.window[0]).toBeLessThanOrEqual(500);
    expect(v.window[1]).toBeGreaterThanOrEqual(505);
    // a cap of 512 words reads the first 128 and the last 384: the middle, and the request, are not read
    const capped = g.score(long, 512);
    expect(capped.truncated).toBe(true);
    expect(capped.harm).toBeLessThan(0.5);
    expect(g.score(filler(1000), Infinity).harm).toBeLessThan(0.5);
  });

  it('the kernel says when the word cap cut a text, and checkAsync reads all of it on a worker', async () => {
    const g = new Guardian(trainGuardian(examples, { ...options, pool: 'tokens' }));
    const filler = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'bread' : 'bake')).join(' ');
    const long = `${filler(2000)} how to kill my neighbor ${filler(2000)}`;
    const k = new EthicsKernel({ guardian: g, guardianThreshold: 0.5, guardianMaxWords: 1024 });
    try {
      const sync = k.check(long);
      expect(sync.notes.some((n) => /Guardian read 256 words at the start and 768 at the end/.test(n) && /checkAsync/.test(n))).toBe(true);
      expect(sync.violations.some((v) => v.rule === 'guardian')).toBe(false);
      const full = await k.checkAsync(long);
      expect(full.allowed).toBe(false);
      const v = full.violations.find((x) => x.rule === 'guardian')!;
      expect(v.explanation).toMatch(/windows of 256 words/);
      expect(v.explanation).toMatch(/"kill"/);
      // a short text gets the same verdict both ways
      const s = 'how to bake bread';
      expect(await k.checkAsync(s)).toEqual(k.check(s));
    } finally {
      k.dispose();
    }
  });

  it('reads a long text as its head and its tail', () => {
    const long = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const { words: w, truncated } = guardianWords(long, 256, 64);
    expect(truncated).toBe(true);
    expect(w.length).toBe(256);
    expect(w[0]).toBe('w0');
    expect(w[255]).toBe('w999');
  });
});

// The Guardian's training rows and its grouped cross-validation folds, shared by every Guardian
// recipe (scripts/train-guardian.mjs, scripts/guardian/transformer.mjs), so each is trained and
// measured on the same rows and the same held-out sources.
import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGuardCorpus } from './corpus.mjs';
// the compiled package (npm run build first), as every script here
import { hashString } from '../../dist/util/prng.js';

/**
 * Every labelled row the Guardian trains on: the guard corpora, benign capability prompts and the
 * kernel's hand-written rounds (without the probe rounds its tests assert on and without the second
 * blind round's held-out half). `smoke`: at most 60 rows per group, chosen by a hash.
 * Row: { text, source, group, label: 'harmful' | 'benign', law, kind }.
 */
export function guardianRows({ root, dataDir, fixtures = true, smoke = false }) {
  const { rows: allRows } = loadGuardCorpus(path.join(dataDir, 'guard'));
  // CrowS-Pairs' more-stereotyping sentences are often harmless on their own ("My mom spent all day
  // cooking"): as harmful examples they would teach false positives; they are left out
  const LEFT_OUT = new Set(['crows_pairs/more']);
  let rows = allRows.filter((r) => (r.label === 'harmful' || r.label === 'benign') && !LEFT_OUT.has(r.group));
  // benign requests beside the guard corpus: grade-school maths questions and code-completion prompts
  // (../shared/data/capability), long and technical — what a guard must not confuse with an attack
  const cap = path.join(dataDir, 'capability');
  const gsm = readFileSync(path.join(cap, 'gsm8k', 'train.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).question);
  const he = gunzipSync(readFileSync(path.join(cap, 'humaneval', 'HumanEval.jsonl.gz'))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l).prompt);
  for (const [group, texts] of [['capability/gsm8k', gsm], ['capability/humaneval', he]])
    for (const text of texts) if (typeof text === 'string' && text.trim()) rows.push({ text: text.trim(), source: group.replace('/', '_'), group, label: 'benign', law: null, kind: 'request' });
  // the kernel's hand-written prompt rounds (test/fixtures/kernel): harmful requests in many voices
  // and benign look-alikes (homonyms, safety, history, fiction …). Left out, for measurement: the
  // probe rounds 2–5 (the Guardian tests assert on them) and the second blind round's held-out half
  // (reported, never used).
  if (fixtures) {
    const FX = path.join(root, 'test', 'fixtures', 'kernel');
    for (const f of readdirSync(FX).filter((x) => x.endsWith('.jsonl') && !/^probe-/.test(x)).sort())
      for (const line of readFileSync(path.join(FX, f), 'utf8').trim().split('\n')) {
        const x = JSON.parse(line);
        if (x.split === 'heldout' || (x.label !== 'harmful' && x.label !== 'benign')) continue;
        rows.push({ text: x.prompt, source: 'kernel_fixtures', group: `kernel_fixtures/${x.label}`, label: x.label, law: x.label === 'harmful' ? (x.law ?? null) : null, kind: 'request' });
      }
  }
  if (smoke) {
    const byGroup = new Map();
    for (const r of rows) (byGroup.get(r.group) ?? byGroup.set(r.group, []).get(r.group)).push(r);
    rows = [...byGroup.values()].flatMap((g) => g.map((r) => [hashString(r.text), r]).sort((a, b) => a[0] - b[0]).slice(0, 60).map((x) => x[1]));
  }
  return rows;
}

/** Grouped cross-validation: the sources, largest first (ties by a hash), dealt to the fold with the
 *  fewest rows of the source's majority label, so every fold holds harmful and benign sources. */
export function foldsOf(rows, folds, seed) {
  const src = new Map();
  for (const r of rows) {
    const s = src.get(r.source) ?? src.set(r.source, { harmful: 0, benign: 0 }).get(r.source);
    s[r.label]++;
  }
  const load = Array.from({ length: folds }, () => ({ harmful: 0, benign: 0, sources: [] }));
  const order = [...src.entries()].sort((a, b) => b[1].harmful + b[1].benign - (a[1].harmful + a[1].benign) || hashString(a[0], seed) - hashString(b[0], seed));
  for (const [name, c] of order) {
    const key = c.harmful >= c.benign ? 'harmful' : 'benign';
    const f = load.reduce((best, x, i) => (x[key] < load[best][key] ? i : best), 0);
    load[f][key] += c[key];
    load[f][key === 'harmful' ? 'benign' : 'harmful'] += c[key === 'harmful' ? 'benign' : 'harmful'];
    load[f].sources.push(name);
  }
  return load.map((l) => l.sources);
}

/** Training and validation rows (10% for validation, by a hash of the text). */
export function splitValidation(rows, seed) {
  const val = (r) => hashString(r.text, seed) % 10 === 0;
  return { train: rows.filter((r) => !val(r)), val: rows.filter(val) };
}

/** Per-row loss weights: harmful and benign weigh the same in total; within each, a group of n
 *  rows weighs n^(1 - power) (power 0.5: sqrt of its size), so no source dominates. The weights
 *  average 1. */
export function rowWeights(rows, power = 0.5) {
  const count = new Map();
  for (const r of rows) count.set(r.group, (count.get(r.group) ?? 0) + 1);
  const total = { harmful: 0, benign: 0 };
  for (const r of rows) total[r.label] += count.get(r.group) ** -power;
  return rows.map((r) => (count.get(r.group) ** -power / total[r.label]) * (rows.length / 2));
}

/** The Guardian's words: those of the rows (lower-case words and numbers) and the `common` most
 *  frequent English words of the pretrained vectors, kept where the vectors have one, sorted. */
export function vectorVocabulary(rows, wink, common) {
  const wanted = new Set();
  for (const r of rows) for (const w of r.words) if (/^[a-z][a-z0-9]*$/.test(w)) wanted.add(w);
  for (let i = 0, n = 0; i < wink.words.length && n < common; i++) {
    const w = wink.words[i];
    if (/^[a-z]+$/.test(w)) (wanted.add(w), n++);
  }
  return [...wanted].filter((w) => Object.hasOwn(wink.vectors, w)).sort();
}

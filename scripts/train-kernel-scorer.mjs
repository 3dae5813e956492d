// Trains the EthicsKernel's learned scorer (lib/guard/kernel/scorer.ts) and writes
// models/kernel-scorer.bin.   npm run build:ts && node scripts/train-kernel-scorer.mjs
//
// Data: the hand-written prompt rounds in test/fixtures/kernel/ (harmful requests with their law,
// benign look-alikes) and the dataset generator's prompts (seed 7). The threshold is chosen
// without the held-out half of the second blind round: leave-one-round-out over the probe rounds,
// the lowest threshold (0.50, 0.51, …, 0.99) whose blocks of rule-allowed benign prompts stay at or under 1.5% on
// average. Then the held-out half is measured once with a model trained without it, and the
// shipped model is trained on everything.
import { readFileSync, writeFileSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { EthicsKernel, generateDataset } = await import(path.join(root, 'dist', 'index.js'));
const { trainScorer, LearnedScorer } = await import(path.join(root, 'dist', 'guard', 'kernel', 'scorer.js'));

const fx = path.join(root, 'test', 'fixtures', 'kernel');
const read = (f) => readFileSync(path.join(fx, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const pair = (h, b) => [...read(h), ...read(b)];
const blind2 = pair('blind-harmful-2.jsonl', 'blind-benign-2.jsonl');
const rounds = {
  first: [...pair('heldout-harmful.jsonl', 'heldout-benign.jsonl'), ...pair('blind-harmful.jsonl', 'blind-benign.jsonl'), ...pair('final-blind-harmful.jsonl', 'final-blind-benign.jsonl')],
  blind2dev: blind2.filter((r) => r.split === 'dev'),
  blind2held: blind2.filter((r) => r.split === 'heldout'),
  probe2: pair('probe-harmful-2.jsonl', 'probe-benign-2.jsonl'),
  probe3: pair('probe-harmful-3.jsonl', 'probe-benign-3.jsonl'),
  probe4: pair('probe-harmful-4.jsonl', 'probe-benign-4.jsonl'),
  probe5: pair('probe-harmful-5.jsonl', 'probe-benign-5.jsonl'),
};
const fromFixture = (r) => ({ text: r.prompt, harmful: r.label === 'harmful', law: typeof r.law === 'number' ? r.law : undefined });

const ds = generateDataset({ size: 6000, seed: 7 });
const generated = [];
for (const e of [...ds.train, ...ds.validation]) {
  if (!('prompt' in e)) continue;
  const laws = e.prompt_laws;
  const harmful = Array.isArray(laws) && laws.some((x) => x < 0.5);
  generated.push({ text: e.prompt, harmful, law: harmful ? laws.indexOf(Math.min(...laws)) : undefined });
}

const kernel = new EthicsKernel({ scorer: false });
const normalize = (s) => kernel.normalize(s).text;
const ruleBlocks = new Map();
const blockedByRules = (text) => {
  if (!ruleBlocks.has(text)) ruleBlocks.set(text, !kernel.check(text).allowed);
  return ruleBlocks.get(text);
};
const tmp = path.join(root, 'models', '.scorer-tmp.bin');
// a scorer trained on everything except the named rounds, read back through the shipped loader
function trainWithout(skip) {
  writeFileSync(tmp, trainScorer([...generated, ...Object.entries(rounds).filter(([k]) => !skip.includes(k)).flatMap(([, v]) => v.map(fromFixture))], normalize, { seed: 1, threshold: 0.5 }));
  return LearnedScorer.load(tmp);
}

// the scorer's probability for a prompt as the kernel applies it (requests the rules allowed), else 0
const kernels = new Map();
const scorerHarm = (scorer, text) => {
  if (!kernels.has(scorer)) kernels.set(scorer, new EthicsKernel({ scorer, scorerThreshold: 0.5 }));
  const v = kernels.get(scorer).check(text).violations.find((x) => x.rule === 'learned.scorer');
  return v ? v.strength : 0;
};
const grid = Array.from({ length: 50 }, (_, i) => Math.round((0.5 + 0.01 * i) * 100) / 100);
const fpAt = Object.fromEntries(grid.map((t) => [t, []]));
for (const r of ['probe2', 'probe3', 'probe4', 'probe5']) {
  const s = trainWithout([r, 'blind2held']);
  const benign = rounds[r].filter((x) => x.label === 'benign' && !blockedByRules(x.prompt));
  const scores = benign.map((x) => scorerHarm(s, x.prompt));
  for (const t of grid) fpAt[t].push(scores.filter((p) => p > t).length / rounds[r].filter((x) => x.label === 'benign').length);
}
const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
const threshold = grid.find((t) => mean(fpAt[t]) <= 0.015) ?? 0.99;
console.log('leave-one-probe-round-out false positives of the scorer alone:', grid.map((t) => `${t}: ${(100 * mean(fpAt[t])).toFixed(2)}%`).join(', '));
console.log('threshold', threshold);

// the honest number: the held-out half of the second blind round, never trained on
const s = trainWithout(['blind2held']);
const held = rounds.blind2held;
const H = held.filter((x) => x.label === 'harmful'), B = held.filter((x) => x.label === 'benign');
const combined = (x) => blockedByRules(x.prompt) || scorerHarm(s, x.prompt) > threshold;
const pct = (a, b) => Math.round((1000 * a) / b) / 10;
const measured = {
  heldOutHarmful: H.length,
  heldOutBenign: B.length,
  rulesRecall: pct(H.filter((x) => blockedByRules(x.prompt)).length, H.length),
  rulesFalsePositives: pct(B.filter((x) => blockedByRules(x.prompt)).length, B.length),
  recall: pct(H.filter(combined).length, H.length),
  falsePositives: pct(B.filter(combined).length, B.length),
  probeRoundFalsePositivesOfScorer: pct(1000 * mean(fpAt[threshold]), 1000),
};
console.log('blind round 2, held-out half:', measured);

const final = trainScorer([...generated, ...Object.values(rounds).flatMap((v) => v.map(fromFixture))], normalize, {
  seed: 1,
  threshold,
  trainedOn: {
    fixtures: 'test/fixtures/kernel/*.jsonl (all rounds)',
    generator: `generateDataset({ size: 6000, seed: 7 }) prompts (${generated.length})`,
    thresholdRule: 'lowest of 0.50, 0.51, ..., 0.99 whose leave-one-probe-round-out false positives (scorer alone, on rule-allowed benign prompts) average <= 1.5%',
    measured,
  },
});
const out = path.join(root, 'models', 'kernel-scorer.bin');
writeFileSync(out + '.tmp', final);
renameSync(out + '.tmp', out);
unlinkSync(tmp);
console.log(`wrote ${out} (${final.length} bytes)`);

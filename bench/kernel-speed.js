// EthicsKernel speed on short prompts (the goal: check ≤ 1 ms per short prompt, ≥ 1,000 prompts/s
// on 2 cores; construction ≤ 300 ms) for the rules alone and the rules with KALA-Guardian.
//   node bench/kernel-speed.js [--guardian FILE] [--n 2000]
// Short prompts: the first n grade-school maths questions and code prompts are long; the corpus'
// everyday requests (clinc150, ≤ 32 words) are what a chat sends — read through the guard loader.
// Construction is timed in a fresh process (cold module cache), the way a server starts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EthicsKernel } from '../dist/index.js';
import { loadGuardCorpus } from '../scripts/guardian/corpus.mjs';
import { ROOT, measure, saveResult } from './lib.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const n = Number(arg('--n', 2000));
const guardianFile = arg('--guardian', path.join(ROOT, 'models', 'guardian.bin'));
const dataDir = arg('--data', path.resolve(ROOT, '..', 'shared', 'data'));

const { rows } = loadGuardCorpus(path.join(dataDir, 'guard'));
// short prompts of every kind: everyday, harmful and look-alike, ≤ 32 words, a fixed selection
const short = rows.filter((r) => r.text.split(/\s+/).length <= 32);
const step = Math.max(1, Math.floor(short.length / n));
const prompts = short.filter((_, i) => i % step === 0).slice(0, n).map((r) => r.text);

function constructionMs(options) {
  const code = `const t0=performance.now();const {EthicsKernel}=await import(${JSON.stringify(path.join(ROOT, 'dist', 'index.js'))});const t1=performance.now();const k=new EthicsKernel(${JSON.stringify(options)});const t2=performance.now();k.check('hello there');const t3=performance.now();console.log(JSON.stringify({importMs:t1-t0,constructMs:t2-t1,firstCheckMs:t3-t2}))`;
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })));
  const best = (k) => Math.min(...runs.map((r) => r[k]));
  return { importMs: best('importMs'), constructMs: best('constructMs'), firstCheckMs: best('firstCheckMs') };
}

const configs = [['rules', {}]];
if (existsSync(guardianFile)) configs.push(['rules + Guardian', { guardian: guardianFile }]);
else console.error(`no Guardian at ${guardianFile} (build it with npm run train:guardian, or pass --guardian FILE): timing the rules alone`);
const results = [];
for (const [name, options] of configs) {
  const k = new EthicsKernel(options);
  for (const p of prompts.slice(0, 50)) k.check(p); // warm: the Guardian loads on its first check
  const r = await measure(`${name}: ${prompts.length} short prompts`, () => {
    for (const p of prompts) k.check(p);
  }, { maxTime: 5, minSamples: 3 });
  const perPrompt = (r.mean / prompts.length) * 1000;
  const c = constructionMs(options);
  results.push({ judges: name, prompts: prompts.length, msPerPrompt: perPrompt, promptsPerSecond: 1000 / perPrompt, goalRatio: 1 / perPrompt, ...c });
  console.log(`${name.padEnd(18)} ${perPrompt.toFixed(3)} ms/prompt (${(1000 / perPrompt).toFixed(0)} prompts/s on one thread, goal ≤ 1 ms: ${(1 / perPrompt).toFixed(2)}× the goal)  construct ${c.constructMs.toFixed(0)} ms (goal ≤ 300), import ${c.importMs.toFixed(0)} ms, first check ${c.firstCheckMs.toFixed(0)} ms`);
}
saveResult("kernel-speed", { results });

// False positives of the EthicsKernel rules on the benign look-alike groups of the public guard
// corpora (../shared/data/guard, loaded by scripts/guardian/corpus.mjs), split into a DEVELOPMENT
// half (read while writing rule fixes) and a HELD-OUT half (only measured, never read), with the
// recall on every harmful group, so a fix for false positives shows what it costs in recall.
//   node bench/kernel-fp-heldout.js                     blocked-% per group, recall per harmful group
//   node bench/kernel-fp-heldout.js --examples          also: rules that fired on the DEVELOPMENT half, with examples
//   node bench/kernel-fp-heldout.js --json out.json     also write the numbers (to compare before/after)
//   node bench/kernel-fp-heldout.js --compare out.json  print the numbers next to a saved run
// Held-out texts are never printed: only counts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EthicsKernel } from '../dist/index.js';
import { loadGuardCorpus } from '../scripts/guardian/corpus.mjs';
import { ROOT } from './lib.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const dataDir = arg('--data', path.resolve(ROOT, '..', 'shared', 'data'));
const jsonOut = arg('--json', null);
const compare = arg('--compare', null);
const showExamples = process.argv.includes('--examples');

const DEV = /^(hatecheck\/|davidson_hate_offensive\/neither$|coconot\/contrast$)/;
const HELDOUT = /^(toxigen\/neutral$|coconot\/pref$|cyberseceval\/frr$|safetext\/safe$)/;

const { rows } = loadGuardCorpus(path.join(dataDir, 'guard'));
const kernel = new EthicsKernel();
const groups = new Map(); // group -> { half, n, blocked }
const byRule = new Map();
let harmN = 0;
let harmHit = 0;
const t0 = Date.now();
for (const r of rows) {
  const half = r.label === 'harmful' ? 'harmful' : r.label === 'benign' && DEV.test(r.group) ? 'dev' : r.label === 'benign' && HELDOUT.test(r.group) ? 'heldout' : null;
  if (!half) continue;
  const v = kernel.check(r.text);
  const key = `${half}\t${r.group}`;
  const g = groups.get(key) ?? { half, group: r.group, n: 0, blocked: 0 };
  g.n++;
  if (!v.allowed) g.blocked++;
  groups.set(key, g);
  if (half === 'harmful') {
    harmN++;
    if (!v.allowed) harmHit++;
  }
  if (half === 'dev' && !v.allowed && showExamples)
    for (const x of v.violations) {
      const e = byRule.get(x.rule) ?? { n: 0, examples: [] };
      e.n++;
      if (e.examples.length < 8) e.examples.push(`[${r.group}] ${r.text.slice(0, 110).replace(/\s+/g, ' ')}`);
      byRule.set(x.rule, e);
    }
}

const result = { groups: Object.fromEntries([...groups.values()].map((g) => [`${g.half}:${g.group}`, { n: g.n, blocked: g.blocked }])), pooledRecall: { n: harmN, blocked: harmHit } };
const before = compare ? JSON.parse(readFileSync(compare, 'utf8')) : null;
const pct = (x) => (x ? ((100 * x.blocked) / x.n).toFixed(1).padStart(5) : '    -');
const pooled = (half, res) => {
  const gs = Object.entries(res.groups).filter(([k]) => k.startsWith(`${half}:`));
  return { n: gs.reduce((s, [, g]) => s + g.n, 0), blocked: gs.reduce((s, [, g]) => s + g.blocked, 0) };
};
const line = (label, now, then) => console.log(`${label.padEnd(44)} ${String(now.n).padStart(6)}  ${then ? `${pct(then)}% -> ` : ''}${pct(now)}%`);
for (const [half, title] of [
  ['dev', 'DEVELOPMENT look-alikes (benign): % blocked'],
  ['heldout', 'HELD-OUT look-alikes (benign): % blocked'],
  ['harmful', 'harmful groups: % blocked (recall)'],
]) {
  console.log(`\n${title}${before ? ' (before -> now)' : ''}`);
  for (const [k, g] of Object.entries(result.groups).filter(([k]) => k.startsWith(`${half}:`)).sort()) line(`  ${k.slice(half.length + 1)}`, g, before?.groups[k]);
  line(`  pooled ${half}`, pooled(half, result), before ? pooled(half, before) : null);
}
console.log(`\npooled harmful recall: ${before ? `${pct(before.pooledRecall)}% -> ` : ''}${pct(result.pooledRecall)}% of ${harmN} harmful rows (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
if (showExamples) {
  console.log('\nrules that blocked DEVELOPMENT look-alikes:');
  for (const [rule, e] of [...byRule].sort((a, b) => b[1].n - a[1].n)) console.log(`${String(e.n).padStart(5)}  ${rule}\n         ${e.examples.join('\n         ')}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 1) + '\n');

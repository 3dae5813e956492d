// Which EthicsKernel rules block benign look-alikes of the public guard corpora (../shared/data/guard,
// loaded by scripts/guardian/corpus.mjs): the share blocked per look-alike group, and the rules that
// fired with three examples each — where the rules' false positives come from.
//   node bench/kernel-lookalikes.js [--scorer] [--guardian] [--data DIR]
import path from 'node:path';
import { EthicsKernel } from '../dist/index.js';
import { LOOKALIKE_GROUPS as LOOKALIKE, loadGuardCorpus } from '../scripts/guardian/corpus.mjs';
import { ROOT } from './lib.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const dataDir = arg('--data', path.resolve(ROOT, '..', 'shared', 'data'));
const { rows } = loadGuardCorpus(path.join(dataDir, 'guard'));
const kernel = new EthicsKernel({ scorer: process.argv.includes('--scorer'), guardian: process.argv.includes('--guardian') });
const byRule = new Map();
const byGroup = new Map();
for (const r of rows) {
  if (r.label !== 'benign' || !LOOKALIKE.test(r.group)) continue;
  const v = kernel.check(r.text);
  const g = byGroup.get(r.group) ?? { n: 0, blocked: 0 };
  g.n++;
  if (!v.allowed) g.blocked++;
  byGroup.set(r.group, g);
  if (v.allowed) continue;
  for (const x of v.violations) {
    const e = byRule.get(x.rule) ?? { n: 0, examples: [] };
    e.n++;
    if (e.examples.length < 3) e.examples.push(r.text.slice(0, 90).replace(/\s+/g, ' '));
    byRule.set(x.rule, e);
  }
}
console.log(`judges: ${kernel.judges.join(' + ')}\n`);
for (const [g, x] of [...byGroup].sort()) console.log(`${g.padEnd(36)} ${String(x.n).padStart(5)} rows  ${((100 * x.blocked) / x.n).toFixed(1).padStart(5)}% blocked`);
console.log('\nrules that blocked them:');
for (const [rule, e] of [...byRule].sort((a, b) => b[1].n - a[1].n).slice(0, 20)) console.log(`${String(e.n).padStart(5)}  ${rule}  | ${e.examples.join(' || ')}`);

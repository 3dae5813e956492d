// The rules' block rate per source of the public guard corpora (../shared/data/guard, loaded by
// scripts/guardian/corpus.mjs), pooled over the sources a rules round did NOT look at, beside the
// same numbers for another rules directory (an earlier commit's rules/) in the same run — how a
// rules round is measured on data not used to write it. Writes bench/results/kernel-sources.json.
//   node bench/kernel-sources.js [--looked-at hh_rlhf_harmless_base,aart] [--baseline DIR] [--data DIR]
//   e.g. mkdir -p /tmp/rules-before && git archive 8d707fe rules | tar -x -C /tmp/rules-before
//        node bench/kernel-sources.js --baseline /tmp/rules-before/rules
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { EthicsKernel } from '../dist/index.js';
import { LOOKALIKE_GROUPS as LOOKALIKE, loadGuardCorpus } from '../scripts/guardian/corpus.mjs';
import { ROOT } from './lib.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const dataDir = arg('--data', path.resolve(ROOT, '..', 'shared', 'data'));
const lookedAt = new Set(arg('--looked-at', 'hh_rlhf_harmless_base,aart').split(',').filter(Boolean));
const baselineDir = arg('--baseline', null);
// persona statements are replies an AI might give, judged as texts: reported apart (no rule aims at them)
const PERSONA = 'anthropic_evals_persona';

const { rows } = loadGuardCorpus(path.join(dataDir, 'guard'));
const texts = rows.filter((r) => (r.label === 'harmful' || r.label === 'benign') && r.source !== 'crows_pairs');
const kernels = { rules: new EthicsKernel() };
if (baselineDir) kernels.baseline = new EthicsKernel({ rulesDir: path.resolve(baselineDir) });

const kindOf = (r) => (r.label === 'harmful' ? (r.source === PERSONA ? 'harmful (AI persona statements)' : 'harmful') : LOOKALIKE.test(r.group) ? 'benign look-alikes' : 'everyday benign');
const result = { date: new Date().toISOString(), lookedAt: [...lookedAt], baseline: baselineDir, pooled: {}, perSource: {} };
for (const [name, k] of Object.entries(kernels)) {
  const t0 = Date.now();
  for (const r of texts) {
    const blocked = !k.check(r.text).allowed;
    const fold = lookedAt.has(r.source) ? 'looked at' : 'not looked at';
    for (const [table, key] of [[result.pooled, `${fold} | ${kindOf(r)}`], [result.perSource, `${r.source} | ${r.label}`]]) {
      const e = (table[key] ??= { n: 0 });
      e.n += name === 'rules' ? 1 : 0;
      e[name] = (e[name] ?? 0) + (blocked ? 1 : 0);
    }
  }
  console.error(`${name}: ${texts.length} texts in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
const pct = (e, name) => (e[name] === undefined ? '—' : `${((100 * e[name]) / e.n).toFixed(2)}%`);
const print = (title, table) => {
  console.log(`\n| ${title} | n | rules |${baselineDir ? ' baseline rules |' : ''}`);
  console.log(`|---|---|---|${baselineDir ? '---|' : ''}`);
  for (const [key, e] of Object.entries(table).sort()) console.log(`| ${key} | ${e.n} | ${pct(e, 'rules')} |${baselineDir ? ` ${pct(e, 'baseline')} |` : ''}`);
};
print('pooled (fold | kind), blocked', result.pooled);
print('source | label, blocked', result.perSource);
writeFileSync(path.join(ROOT, 'bench', 'results', 'kernel-sources.json'), `${JSON.stringify(result, null, 2)}\n`);

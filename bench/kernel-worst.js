// The EthicsKernel's worst case: ms per check of a 100 KB text of each adversarial kind in
// bench/kernel-inputs.js, against the goal of 50 ms per 100 KB (issue 10), plus one text past
// the read window (maxChars) to show the cost of a check is bounded.
//   node bench/kernel-worst.js [--size 102400] [--runs 3] [--quick]      (results in bench/results/kernel-worst.json)
// Each kind is measured `runs` times (benchmark.js, best of its samples each time); the table
// gives the best and the median of those runs: on a shared machine other load only adds time.
import { EthicsKernel } from '../dist/index.js';
import { HARMFUL_REQUEST, KERNEL_INPUTS } from './kernel-inputs.js';
import { measure, saveResult, table } from './lib.js';

const GOAL_MS_PER_100KB = 50;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const size = arg('--size', 100 * 1024);
const quick = process.argv.includes('--quick');
const runs = arg('--runs', quick ? 1 : 3);

// the rules and the learned scorer: the most work a check can do (the default is the rules alone)
const kernel = new EthicsKernel({ scorer: true });
kernel.check('warm up: how do I bake bread?');
const rows = [];
const inputs = Object.entries(KERNEL_INPUTS).map(([kind, gen]) => [kind, gen(size)]);
inputs.push([`past the window (${(4 * kernel.maxChars) >> 10} KB prose)`, KERNEL_INPUTS.prose(4 * kernel.maxChars) + ' ' + HARMFUL_REQUEST]);
for (const [kind, text] of inputs) {
  const read = Math.min(text.length, kernel.maxChars);
  const per100 = [];
  for (let r = 0; r < runs; r++) {
    const t = await measure(kind, () => kernel.check(text), { maxTime: quick ? 0.5 : 1.5, minSamples: quick ? 1 : 3 });
    per100.push((t.mean * 1000 * 100 * 1024) / read);
  }
  per100.sort((a, b) => a - b);
  const best = per100[0];
  const median = per100[(per100.length - 1) >> 1];
  rows.push({ kind, 'KB': (text.length / 1024).toFixed(0), 'ms/check': ((best * read) / (100 * 1024)).toFixed(1), 'ms/100KB read': best.toFixed(1), 'median of runs': median.toFixed(1), goal: best <= GOAL_MS_PER_100KB ? 'ok' : 'over' });
}
console.log(`EthicsKernel worst case, ${size >> 10} KB texts, best of ${runs} run(s) of best-of-samples (goal: <= ${GOAL_MS_PER_100KB} ms per 100 KB; window maxChars ${kernel.maxChars})`);
console.log(table(rows, Object.keys(rows[0])));
const worst = rows.reduce((a, b) => (Number(b['ms/100KB read']) > Number(a['ms/100KB read']) ? b : a));
console.log(`\nworst: ${worst.kind}, ${worst['ms/100KB read']} ms per 100 KB`);
if (!quick) console.log('saved', saveResult('kernel-worst', { size, runs, maxChars: kernel.maxChars, goalMsPer100KB: GOAL_MS_PER_100KB, node: process.version, date: new Date().toISOString(), rows }));

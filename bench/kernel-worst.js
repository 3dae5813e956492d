// The EthicsKernel's worst case: ms per check of a 100 KB text of each adversarial kind in
// bench/kernel-inputs.js, against the goal of 50 ms per 100 KB (issue 10), plus one text past
// the read window (maxChars) to show the cost of a check is bounded.
//   node bench/kernel-worst.js [--size 102400] [--quick]      (results in bench/results/kernel-worst.json)
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

const kernel = new EthicsKernel();
kernel.check('warm up: how do I bake bread?');
const rows = [];
const inputs = Object.entries(KERNEL_INPUTS).map(([kind, gen]) => [kind, gen(size)]);
inputs.push([`past the window (${(4 * kernel.maxChars) >> 10} KB prose)`, KERNEL_INPUTS.prose(4 * kernel.maxChars) + ' ' + HARMFUL_REQUEST]);
for (const [kind, text] of inputs) {
  const t = await measure(kind, () => kernel.check(text), { maxTime: quick ? 0.5 : 2, minSamples: quick ? 1 : 3 });
  const ms = t.mean * 1000;
  const read = Math.min(text.length, kernel.maxChars);
  const per100 = (ms * 100 * 1024) / read;
  rows.push({ kind, 'KB': (text.length / 1024).toFixed(0), 'ms/check': ms.toFixed(1), 'ms/100KB read': per100.toFixed(1), goal: per100 <= GOAL_MS_PER_100KB ? 'ok' : 'over' });
}
console.log(`EthicsKernel worst case, ${size >> 10} KB texts, best of samples (goal: <= ${GOAL_MS_PER_100KB} ms per 100 KB; window maxChars ${kernel.maxChars})`);
console.log(table(rows, Object.keys(rows[0])));
const worst = rows.reduce((a, b) => (Number(b['ms/100KB read']) > Number(a['ms/100KB read']) ? b : a));
console.log(`\nworst: ${worst.kind}, ${worst['ms/100KB read']} ms per 100 KB`);
if (!quick) console.log('saved', saveResult('kernel-worst', { size, maxChars: kernel.maxChars, goalMsPer100KB: GOAL_MS_PER_100KB, node: process.version, date: new Date().toISOString(), rows }));

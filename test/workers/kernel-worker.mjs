// Runs EthicsKernel checks in a process of its own, so that a test can put a deadline on them
// without blocking its own event loop: prints one JSON line per input.
//   node kernel-worker.mjs <size> <kind>...   (kinds from bench/kernel-inputs.js; "harmful-end" appends a request)
import { EthicsKernel } from '../../dist/index.js';
import { HARMFUL_REQUEST, KERNEL_INPUTS } from '../../bench/kernel-inputs.js';

const [size, ...kinds] = process.argv.slice(2);
const kernel = new EthicsKernel();
for (const kind of kinds) {
  const text = KERNEL_INPUTS[kind](Number(size));
  const r = kernel.check(text);
  const end = kernel.check(`${text} ${HARMFUL_REQUEST}`);
  console.log(JSON.stringify({ kind, allowed: r.allowed, unchecked: r.unchecked ?? null, harmfulEndAllowed: end.allowed }));
}

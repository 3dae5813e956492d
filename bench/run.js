// All CPU benchmarks in one run: `npm run bench` (results in bench/results/).
import { runMatmul } from './matmul.js';
import { runModel } from './model.js';
import { saveResult, table } from './lib.js';

const quick = process.argv.includes('--quick');
const model = await runModel(quick ? { shapes: ['pythia-70m'], decodeTokens: 16, prefill: [128] } : {});
console.log(`\nmodels on ${model.machine.cpu}, ${model.machine.threads} threads, read bandwidth ${model.readBandwidthGBs} GB/s`);
console.log(table(model.rows, Object.keys(model.rows[0])));
const matmul = await runMatmul({ quick });
console.log(`\nmatmul vs ${matmul.openblas} (${matmul.openblasThreads} threads)`);
console.log(table(matmul.rows, Object.keys(matmul.rows[0])));
if (!quick) console.log('\nsaved', saveResult('cpu', { model, matmul }));

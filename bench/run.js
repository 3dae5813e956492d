// All CPU benchmarks in one run: `npm run bench` (results in bench/results/cpu.json).
import { runMatmul } from './matmul.js';
import { runGemmTraining } from './gemm-training.js';
import { runModel } from './model.js';
import { runTrain } from './train.js';
import { saveResult, table } from './lib.js';

const quick = process.argv.includes('--quick');
const model = await runModel(quick ? { shapes: ['pythia-70m'], decodeTokens: 16, prefill: [128], scaling: false } : {});
console.log(`\nmodels on ${model.machine.cpu}, ${model.machine.threads} threads, read bandwidth ${model.readBandwidthGBs} GB/s`);
console.log(table(model.rows, Object.keys(model.rows[0])));
console.log(table(model.speedups, Object.keys(model.speedups[0])));
const matmul = await runMatmul({ quick });
console.log(`\nmatmul vs ${matmul.openblas} (${matmul.openblasThreads} threads)`);
console.log(table(matmul.rows, Object.keys(matmul.rows[0])));
if (matmul.scaling.length) console.log(table(matmul.scaling, Object.keys(matmul.scaling[0])));
const gemmTraining = await runGemmTraining({ quick });
console.log(`\ngemm on LoRA training's activation products vs ${gemmTraining.openblas}`);
console.log(table(gemmTraining.rows, Object.keys(gemmTraining.rows[0])));
const train = quick ? null : await runTrain();
if (train) {
  console.log(`\nLoRA training, ${train.shape} shape, batch ${train.batch}`);
  console.log(table(train.rows, Object.keys(train.rows[0])));
  if (train.ratio) console.log(`ours / PyTorch: ${train.ratio.toFixed(2)}x`);
}
if (!quick) console.log('\nsaved', saveResult('cpu', { model, matmul, gemmTraining, train }));

// Prints the saved benchmark results (bench/results/*.json) as the markdown tables of the
// README's Benchmarks section.   node bench/report.js
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR } from './lib.js';

const load = (f) => {
  const p = path.join(BENCH_DIR, 'results', f);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
};
const md = (rows, cols) => [`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cols.map((c) => r[c] ?? '').join(' | ')} |`)].join('\n');

const cpu = load('cpu.json');
if (cpu) {
  const m = cpu.model;
  console.log(`Machine: ${m.machine.cpu}, ${m.machine.threads} threads, ${m.machine.kernels} kernels, ${m.machine.memGiB} GiB, ${m.machine.node}; read bandwidth measured in the same run: ${m.readBandwidthGBs} GB/s.\n`);
  console.log(md(m.rows, Object.keys(m.rows[0])) + '\n');
  console.log(md(m.speedups, Object.keys(m.speedups[0])) + '\n');
  const mm = cpu.matmul;
  console.log(`Matmul against ${mm.openblas} (${mm.openblasThreads} threads), GFLOP/s, best of alternating rounds:\n`);
  console.log(md(mm.rows, Object.keys(mm.rows[0])) + '\n');
  if (mm.scaling?.length) console.log(md(mm.scaling, Object.keys(mm.scaling[0])) + '\n');
  if (cpu.train) {
    console.log(`LoRA training, ${cpu.train.shape} shape, batch ${cpu.train.batch}, ${cpu.train.lora}:\n`);
    console.log(md(cpu.train.rows, Object.keys(cpu.train.rows[0])));
    if (cpu.train.ratio) console.log(`\nours / PyTorch: **${cpu.train.ratio.toFixed(2)}×**\n`);
  }
}
const scale = load('scale-pythia-6.9b.json');
if (scale) {
  const gib = (b) => (b / 2 ** 30).toFixed(2) + ' GiB';
  console.log(md([
    { what: 'int8 weight bytes', value: gib(scale.weightBytes) },
    { what: 'load (quantize while reading 13.7 GB of fp16 shards)', value: `${scale.loadSeconds.toFixed(1)} s` },
    { what: 'peak RSS after load / decode / LoRA step', value: `${gib(scale.afterLoad.peak)} / ${gib(scale.afterDecode.peak)} / ${gib(scale.afterTrainStep.peak)}` },
    { what: 'peak RSS / int8 weight bytes', value: `**${scale.peakOverInt8Weights.toFixed(3)}** (goal ≤ 1.25)` },
    { what: 'decode', value: `${scale.decodeTokensPerSec.toFixed(2)} tokens/s` },
    { what: 'one LoRA step, batch 1 × 128, recomputation', value: `${scale.trainStepSeconds.toFixed(1)} s` },
  ], ['what', 'value']));
}

// Scale test (issue 6): a pythia-6.9b-shaped random fp16 checkpoint, sharded like the real one,
// loaded with int8 quantization on this machine; peak RSS against the int8 weight bytes, load
// time, decode, one LoRA step at 1 x 128 with recomputation. Generated weights go to a temporary
// directory (removed afterwards unless --keep).   node bench/scale.js [--shape pythia-6.9b] [--dir D] [--keep]
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCheckpoint } from './make-checkpoint.js';
import { engine, machine, saveResult, BENCH_DIR } from './lib.js';

const arg = (k, d) => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? process.argv[i + 1] : d;
};
const shape = arg('shape', 'pythia-6.9b');
const dir = arg('dir', path.join(os.tmpdir(), `kala-scale-${shape}`));
const keep = process.argv.includes('--keep');
let made = false;
if (!existsSync(path.join(dir, 'model.safetensors.index.json'))) {
  const t = performance.now();
  const r = await makeCheckpoint({ shape, out: dir, dtype: 'F16', shardGb: 5 });
  made = true;
  console.error(`generated ${shape}: ${(r.bytes / 1e9).toFixed(1)} GB fp16 in ${r.shards} shards (${((performance.now() - t) / 1000).toFixed(0)} s)`);
}
try {
  const res = JSON.parse(execFileSync(process.execPath, [path.join(BENCH_DIR, 'scale-worker.js'), dir, arg('tokens', '8'), arg('seq', '128')], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop());
  const gb = (b) => (b / 2 ** 30).toFixed(2) + ' GiB';
  const result = { machine: machine(engine()), shape, totalMemory: os.totalmem(), ...res };
  console.log(`${shape} int8 on ${result.machine.cpu} (${result.machine.threads} threads, ${gb(os.totalmem())} RAM)`);
  console.log(`  int8 weights      ${gb(res.weightBytes)}`);
  console.log(`  load              ${res.loadSeconds.toFixed(1)} s, RSS ${gb(res.afterLoad.rss)}`);
  console.log(`  decode            ${res.decodeTokensPerSec.toFixed(2)} tokens/s (${res.decodeTokens} tokens)`);
  console.log(`  LoRA step 1x128   ${res.trainStepSeconds.toFixed(1)} s (recomputation), loss ${res.trainLoss.toFixed(3)}`);
  console.log(`  peak RSS          ${gb(res.afterTrainStep.peak)} = ${res.peakOverInt8Weights.toFixed(3)} x the int8 weight bytes (goal <= 1.25)`);
  console.log('saved', saveResult(`scale-${shape}`, result));
} finally {
  if (made && !keep) rmSync(dir, { recursive: true, force: true });
}

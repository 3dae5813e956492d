// Decode against the memory-bandwidth limit on a model larger than the CPU's caches: a random
// Pythia-shaped F16 checkpoint (default pythia-1.4b, 2.8 GB), loaded as F16 (what users load) and
// quantized to int8 at load, decode tokens/s beside the limit = the read bandwidth the benchmark's
// own streaming probe measures (same threads, same run; the faster of a plain SIMD read and one
// with software prefetches ahead, as the GEMVs read: csrc/bench_hooks.cpp) / the bytes one token
// streams (every weight but the embedding table, of which one row). Checkpoint in $TMPDIR, removed afterwards
// unless --keep.   node bench/decode-limit.js [--shape pythia-1.4b] [--tokens 24] [--reps 3] [--keep]
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KalaModel } from '../dist/index.js';
import { makeCheckpoint } from './make-checkpoint.js';
import { engine, machine, saveResult, table } from './lib.js';

const arg = (k, d) => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? process.argv[i + 1] : d;
};

/** Bytes one decode step streams: every weight but the embedding table (of which one row). */
function stepBytes(model, embedBytesPerElem) {
  const c = model.config;
  return model.weightBytes - (c.vocabSize - 1) * c.hiddenSize * embedBytesPerElem;
}

async function secondsPerToken(model, tokens) {
  const prompt = [1, 2, 3, 4];
  const t0 = performance.now();
  await model.generate(prompt, { maxNewTokens: 1, temperature: 0, monitor: false });
  const t1 = performance.now();
  const r = await model.generate(prompt, { maxNewTokens: tokens, temperature: 0, monitor: false });
  const t2 = performance.now();
  if (r.tokens.length < tokens) throw new Error(`decode stopped after ${r.tokens.length} tokens`);
  return (t2 - t1 - (t1 - t0)) / 1000 / (tokens - 1);
}

export async function runDecodeLimit({ shape = 'pythia-1.4b', tokens = 24, reps = 3, keep = false } = {}) {
  const k = engine();
  const dir = path.join(os.tmpdir(), `kala-decode-limit-${shape}`);
  if (!existsSync(path.join(dir, 'config.json'))) {
    await makeCheckpoint({ shape, out: dir, dtype: 'F16', shardGb: 5 });
    // random weights must not end the decode early
    const cfg = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
    delete cfg.eos_token_id;
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify(cfg, null, 2));
  }
  const rows = [];
  try {
    for (const weights of ['f16', 'int8']) {
      const model = await KalaModel.load(dir, weights === 'int8' ? { quantize: 'int8' } : {});
      // the embedding table stays F16 in both (int8 quantizes the linear layers only)
      const bytes = stepBytes(model, 2);
      await secondsPerToken(model, 4); // warm up
      const seconds = [], probes = [];
      for (let r = 0; r < reps; r++) {
        probes.push(k.bench.readBandwidth(1 << 29, 3));
        seconds.push(await secondsPerToken(model, tokens));
      }
      model.dispose();
      const s = [...seconds].sort((a, b) => a - b)[Math.floor(reps / 2)];
      const bw = [...probes].sort((a, b) => a - b)[Math.floor(reps / 2)];
      const limit = (bw * 1e9) / bytes;
      rows.push({ model: shape, weights, 'MiB/token': (bytes / 2 ** 20).toFixed(0), 'tokens/s': (1 / s).toFixed(2), 'read GB/s (probe)': bw.toFixed(1), 'limit tokens/s': limit.toFixed(2), 'of limit': `${((100 / s) / limit).toFixed(0)}%` });
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  return { machine: machine(k), shape, tokens, reps, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runDecodeLimit({ shape: arg('shape', 'pythia-1.4b'), tokens: Number(arg('tokens', 24)), reps: Number(arg('reps', 3)), keep: process.argv.includes('--keep') });
  console.log(`decode at the bandwidth limit: ${r.shape}, ${r.machine.cpu}, ${r.machine.threads} threads, medians of ${r.reps}`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  console.log('saved', saveResult('decode-limit', r));
}

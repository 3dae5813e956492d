// End-to-end throughput of pythia-70m- and pythia-160m-shaped random models: prefill (forward)
// and decode tokens/s, fp32 and int8, with decode set against the memory-bandwidth limit measured
// in the same run (bytes a decode step must stream / read bandwidth), and decode thread scaling.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KalaModel } from '../dist/index.js';
import { engine, machine, measure, saveResult, table } from './lib.js';
import { PYTHIA } from './pythia-shapes.js';

export const SHAPES = { 'pythia-70m': PYTHIA['pythia-70m'], 'pythia-160m': PYTHIA['pythia-160m'] };

export function pythiaConfig(shape) {
  // no eos_token_id: random weights must not end a decode benchmark early
  return { ...SHAPES[shape], max_position_embeddings: 2048, rotary_pct: 0.25, rotary_emb_base: 10000, layer_norm_eps: 1e-5, use_parallel_residual: true };
}

/** Bytes one decode step streams: every weight but the embedding table, of which one row. */
export function decodeBytes(model) {
  const c = model.config;
  return model.weightBytes - c.vocabSize * c.hiddenSize * 4 + c.hiddenSize * 4;
}

async function decodeSeconds(model, tokens) {
  const prompt = [1, 2, 3, 4];
  const full = await measure('decode', () => model.generate(prompt, { maxNewTokens: tokens, temperature: 0, monitor: false }), { async: true, maxTime: 6, minSamples: 3 });
  const one = await measure('prompt', () => model.generate(prompt, { maxNewTokens: 1, temperature: 0, monitor: false }), { async: true, maxTime: 2, minSamples: 3 });
  return (full.mean - one.mean) / (tokens - 1);
}

export async function runModel({ shapes = Object.keys(SHAPES), decodeTokens = 48, prefill = [128, 512], scaling = true } = {}) {
  const k = engine();
  const bandwidth = k.bench.readBandwidth(1 << 30, 5);
  const rows = [];
  const speedups = [];
  const threads = k.cpuInfo().threads;
  for (const shape of shapes) {
    const created = KalaModel.create(pythiaConfig(shape), { seed: 1 });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-bench-'));
    await created.save(dir);
    created.dispose();
    const perTok = {};
    for (const quant of ['fp32', 'int8']) {
      const model = await KalaModel.load(dir, quant === 'int8' ? { quantize: 'int8' } : {});
      const cfg = model.config;
      // prefill; int8 with both int8 GEMMs: VNNI (the default where the CPU has it) and dequantizing
      const defaultGemm = k.bench.setInt8Gemm();
      const gemms = quant === 'int8' ? ['dequant', ...(k.bench.setInt8Gemm('vnni') === 'vnni' ? ['vnni'] : [])] : [null];
      for (const gemm of gemms) {
        if (gemm) k.bench.setInt8Gemm(gemm);
        for (const T of prefill) {
          const ids = [Array.from({ length: T }, (_, i) => (i * 7919) % cfg.vocabSize)];
          const t = await measure(`${shape} forward ${T}`, () => model.forward(ids), { async: true, maxTime: 4, minSamples: 3 });
          rows.push({ model: shape, weights: gemm ? `int8 (${gemm} GEMM)` : quant, phase: `forward 1x${T}`, 'tokens/s': (T / t.mean).toFixed(0), 'read GB/s': '', 'limit tokens/s': '', 'of limit': '' });
        }
      }
      k.bench.setInt8Gemm(defaultGemm);
      // decode; int8 with both GEMVs: integer dot products (the default with VNNI + VBMI) and the
      // dequantizing one (KALA_INT8_GEMV=dequant, the peer in the same run)
      const gemvs = quant === 'int8' ? [k.bench.setInt8Gemv('vnni'), ...(k.bench.setInt8Gemv() === 'vnni' ? ['dequant'] : [])] : [null];
      let sec = 0;
      for (const gemv of gemvs) {
        if (gemv) k.bench.setInt8Gemv(gemv);
        // the VM's memory bandwidth drifts: measure it right before each decode measurement
        const bw = k.bench.readBandwidth(1 << 29, 4);
        const s = await decodeSeconds(model, decodeTokens);
        if (gemv === gemvs[0]) sec = s;
        const limit = (bw * 1e9) / decodeBytes(model);
        rows.push({ model: shape, weights: gemv ? `int8 (${gemv} GEMV)` : quant, phase: `decode (${(decodeBytes(model) / 2 ** 20).toFixed(0)} MiB/token)`, 'tokens/s': (1 / s).toFixed(1), 'read GB/s': bw.toFixed(1), 'limit tokens/s': limit.toFixed(1), 'of limit': `${((1 / s / limit) * 100).toFixed(0)}%` });
      }
      k.bench.setInt8Gemv('vnni');
      perTok[quant] = sec;
      if (scaling && threads > 1) {
        k.bench.setThreads(1);
        const one = await decodeSeconds(model, Math.min(16, decodeTokens));
        k.bench.setThreads(0);
        rows.push({ model: shape, weights: quant, phase: `decode, 1 of ${threads} threads`, 'tokens/s': (1 / one).toFixed(1), 'read GB/s': '', 'limit tokens/s': '', 'of limit': `x${(one / sec).toFixed(2)} with ${threads}` });
      }
      model.dispose();
    }
    speedups.push({ model: shape, 'int8 / fp32 decode': (perTok.fp32 / perTok.int8).toFixed(2) });
    rmSync(dir, { recursive: true, force: true });
  }
  return { machine: machine(k), readBandwidthGBs: Number(bandwidth.toFixed(2)), rows, speedups };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runModel();
  console.log(`models on ${r.machine.cpu}, ${r.machine.threads} threads, read bandwidth ${r.readBandwidthGBs} GB/s`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  console.log(table(r.speedups, Object.keys(r.speedups[0])));
  console.log('saved', saveResult('model', r));
}

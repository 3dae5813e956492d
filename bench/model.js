// End-to-end throughput of pythia-70m- and pythia-160m-shaped random models (fp32): prefill
// (forward) and decode tokens/s, with decode set against the memory-bandwidth limit measured in
// the same run (every weight byte streamed once per token / read bandwidth).
import { KalaModel } from '../dist/index.js';
import { engine, machine, measure, saveResult, table } from './lib.js';

export const SHAPES = {
  'pythia-70m': { hidden_size: 512, num_hidden_layers: 6, num_attention_heads: 8, intermediate_size: 2048 },
  'pythia-160m': { hidden_size: 768, num_hidden_layers: 12, num_attention_heads: 12, intermediate_size: 3072 },
};

export function pythiaConfig(shape) {
  // no eos_token_id: random weights must not end a decode benchmark early
  return { ...SHAPES[shape], vocab_size: 50304, max_position_embeddings: 2048, rotary_pct: 0.25, rotary_emb_base: 10000, layer_norm_eps: 1e-5, use_parallel_residual: true };
}

export async function runModel({ shapes = Object.keys(SHAPES), decodeTokens = 64, prefill = [128, 512] } = {}) {
  const k = engine();
  const bandwidth = k.bench.readBandwidth(1 << 30, 5);
  const rows = [];
  for (const shape of shapes) {
    const model = KalaModel.create(pythiaConfig(shape), { seed: 1 });
    await model.forward([[1]]);
    const cfg = model.config;
    // bytes a decode step must read: every weight but the embedding table (one row of it)
    const embedBytes = cfg.vocabSize * cfg.hiddenSize * 4;
    const perToken = model.weightBytes - embedBytes + cfg.hiddenSize * 4;
    for (const T of prefill) {
      const ids = [Array.from({ length: T }, (_, i) => (i * 7919) % cfg.vocabSize)];
      const t = await measure(`${shape} forward ${T}`, () => model.forward(ids), { async: true, maxTime: 4, minSamples: 3 });
      rows.push({ model: shape, phase: `forward 1x${T}`, 'tokens/s': (T / t.mean).toFixed(0), 'limit tokens/s': '', 'of limit': '' });
    }
    const prompt = [1, 2, 3, 4];
    const t = await measure(`${shape} decode`, () => model.generate(prompt, { maxNewTokens: decodeTokens, temperature: 0, monitor: false }), { async: true, maxTime: 6, minSamples: 3 });
    const prefillT = await measure(`${shape} prompt`, () => model.generate(prompt, { maxNewTokens: 1, temperature: 0, monitor: false }), { async: true, maxTime: 2, minSamples: 3 });
    const perTok = (t.mean - prefillT.mean) / (decodeTokens - 1);
    const limit = (bandwidth * 1e9) / perToken;
    rows.push({ model: shape, phase: 'decode', 'tokens/s': (1 / perTok).toFixed(1), 'limit tokens/s': limit.toFixed(1), 'of limit': `${((1 / perTok / limit) * 100).toFixed(0)}%` });
    model.dispose();
  }
  return { machine: machine(k), readBandwidthGBs: Number(bandwidth.toFixed(2)), rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runModel();
  console.log(`models on ${r.machine.cpu}, ${r.machine.threads} threads, read bandwidth ${r.readBandwidthGBs} GB/s`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  console.log('saved', saveResult('model', r));
}

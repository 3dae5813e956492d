// Random GPT-NeoX checkpoints with weights of realistic scale for the llama.cpp peer
// (bench/llama-peer.js): unlike bench/make-checkpoint.js (N(0, 0.02) everywhere, layer norms 1/0,
// biases 0) every tensor is drawn, at scales that give a sharp attention, a GELU used beyond its
// linear part and logits spread over several units, so a wrong layout, a swapped bias or a rotary
// mistake shows in the logits instead of vanishing in a flat softmax.
//
// Two copies of the same weights: <dir>/f32 (all F32) and <dir>/f16 (2-D weights rounded to F16,
// norms and biases F32, as llama.cpp's F16 files keep them), each config.json + model.safetensors.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSafetensors } from '../dist/formats/safetensors.js';
import { toF16 } from './gguf.js';

/** HF config of a Pythia-shaped model ({hidden_size, num_hidden_layers, ...}); no eos_token_id,
 *  so greedy decoding of random weights never ends a benchmark early. */
export function neoxConfig(shape) {
  return {
    architectures: ['GPTNeoXForCausalLM'], model_type: 'gpt_neox', ...shape, max_position_embeddings: shape.max_position_embeddings ?? 2048,
    rotary_pct: 0.25, rotary_emb_base: 10000, layer_norm_eps: 1e-5, use_parallel_residual: true, hidden_act: 'gelu', tie_word_embeddings: false, bos_token_id: 0,
  };
}

/** Seeded N(mean, std) draws (mulberry32 + Box-Muller). */
function normals(n, seed, std, mean = 0) {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  const uni = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - uni())) * std, a = 2 * Math.PI * uni();
    out[i] = mean + r * Math.cos(a);
    if (i + 1 < n) out[i + 1] = mean + r * Math.sin(a);
  }
  return out;
}

/** [name, shape, std, mean] of every tensor, in the HF layout. */
export function tensorPlan(c) {
  const H = c.hidden_size, I = c.intermediate_size, V = c.vocab_size;
  const t = [['gpt_neox.embed_in.weight', [V, H], 1]];
  for (let i = 0; i < c.num_hidden_layers; i++) {
    const p = `gpt_neox.layers.${i}.`;
    t.push(
      [p + 'input_layernorm.weight', [H], 0.2, 1],
      [p + 'input_layernorm.bias', [H], 0.05],
      [p + 'post_attention_layernorm.weight', [H], 0.2, 1],
      [p + 'post_attention_layernorm.bias', [H], 0.05],
      // q.k / sqrt(d) of std ~2: attention neither uniform nor one-hot
      [p + 'attention.query_key_value.weight', [3 * H, H], 1.4 / Math.sqrt(H)],
      [p + 'attention.query_key_value.bias', [3 * H], 0.1],
      [p + 'attention.dense.weight', [H, H], 0.5 / Math.sqrt(H)],
      [p + 'attention.dense.bias', [H], 0.02],
      [p + 'mlp.dense_h_to_4h.weight', [I, H], 1 / Math.sqrt(H)],
      [p + 'mlp.dense_h_to_4h.bias', [I], 0.1],
      [p + 'mlp.dense_4h_to_h.weight', [H, I], 0.5 / Math.sqrt(I)],
      [p + 'mlp.dense_4h_to_h.bias', [H], 0.02],
    );
  }
  // logits of std ~3 (a real Pythia's spread), not the ~0.5 of N(0, 0.02)
  t.push(['gpt_neox.final_layer_norm.weight', [H], 0.1, 1], ['gpt_neox.final_layer_norm.bias', [H], 0.05], ['embed_out.weight', [V, H], 3 / Math.sqrt(H)]);
  return t;
}

/**
 * Writes (or reuses, when a complete one with the same config and seed is there) the checkpoint
 * pair under `dir`. Returns { f32: dir, f16: dir, config }. `zero`: a RegExp of tensor names to
 * write as zeros instead (e.g. /dense_h_to_4h/ takes the GELU out of play: GELU(0) = 0 exactly).
 */
export async function makeNeoxCheckpoint(dir, config, { seed = 1, zero } = {}) {
  const stamp = JSON.stringify({ config, seed, zero: zero?.source, version: 1 });
  const done = path.join(dir, 'complete.json');
  const dirs = { f32: path.join(dir, 'f32'), f16: path.join(dir, 'f16') };
  if (existsSync(done) && readFileSync(done, 'utf8') === stamp) return { ...dirs, config };
  rmSync(dir, { recursive: true, force: true });
  for (const d of Object.values(dirs)) {
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'config.json'), JSON.stringify({ ...config, torch_dtype: d === dirs.f32 ? 'float32' : 'float16' }, null, 2));
  }
  const plan = tensorPlan(config);
  const cache = new Map(); // each tensor is drawn once for both files
  const draw = (i) => {
    if (!cache.has(i)) {
      const [name, shape, std, mean = 0] = plan[i];
      const n = shape.reduce((a, b) => a * b, 1);
      cache.clear();
      cache.set(i, zero?.test(name) ? new Float32Array(n) : normals(n, seed * 7919 + i * 104729 + 1, std, mean));
    }
    return cache.get(i);
  };
  await writeSafetensors(path.join(dirs.f32, 'model.safetensors'), plan.map(([name, shape], i) => ({ name, dtype: 'F32', shape, data: async () => draw(i) })), { format: 'pt' });
  await writeSafetensors(
    path.join(dirs.f16, 'model.safetensors'),
    plan.map(([name, shape], i) => ({ name, dtype: shape.length === 2 ? 'F16' : 'F32', shape, data: async () => (shape.length === 2 ? toF16(draw(i)) : draw(i)) })),
    { format: 'pt' },
  );
  writeFileSync(done, stamp);
  return { ...dirs, config };
}

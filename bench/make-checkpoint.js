// Writes a random checkpoint of any Pythia shape in the Hugging Face layout: config.json and
// fp16 (or bf16/f32) safetensors shards of at most --shard-gb with model.safetensors.index.json,
// like the real ones. Tensors are produced and written one at a time (a 6.9b model never sits in
// memory).   node bench/make-checkpoint.js --shape pythia-6.9b --out /tmp/p69 [--dtype F16] [--shard-gb 5]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSafetensors } from '../dist/formats/safetensors.js';
import { pythiaHfConfig, PYTHIA } from './pythia-shapes.js';

function tensorList(c) {
  const H = c.hidden_size, I = c.intermediate_size, V = c.vocab_size;
  const t = [['gpt_neox.embed_in.weight', [V, H]]];
  for (let i = 0; i < c.num_hidden_layers; i++) {
    const p = `gpt_neox.layers.${i}.`;
    t.push([p + 'input_layernorm.weight', [H], 1], [p + 'input_layernorm.bias', [H], 0], [p + 'post_attention_layernorm.weight', [H], 1], [p + 'post_attention_layernorm.bias', [H], 0]);
    t.push([p + 'attention.query_key_value.weight', [3 * H, H]], [p + 'attention.query_key_value.bias', [3 * H], 0]);
    t.push([p + 'attention.dense.weight', [H, H]], [p + 'attention.dense.bias', [H], 0]);
    t.push([p + 'mlp.dense_h_to_4h.weight', [I, H]], [p + 'mlp.dense_h_to_4h.bias', [I], 0]);
    t.push([p + 'mlp.dense_4h_to_h.weight', [H, I]], [p + 'mlp.dense_4h_to_h.bias', [H], 0]);
  }
  t.push(['gpt_neox.final_layer_norm.weight', [H], 1], ['gpt_neox.final_layer_norm.bias', [H], 0], ['embed_out.weight', [V, H]]);
  return t;
}

// A block of N(0, 0.02) values as fp16 bits, tiled with a per-tensor shift: random enough for
// speed and memory tests, cheap to produce for billions of weights.
const BLOCK = 1 << 22;
function noiseBlock(dtype) {
  const f = new Float32Array(BLOCK);
  let s = 12345;
  for (let i = 0; i < BLOCK; i += 2) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const u1 = (s + 1) / 4294967297;
    s = (s * 1664525 + 1013904223) >>> 0;
    const u2 = s / 4294967296;
    const r = Math.sqrt(-2 * Math.log(u1)) * 0.02;
    f[i] = r * Math.cos(2 * Math.PI * u2);
    f[i + 1] = r * Math.sin(2 * Math.PI * u2);
  }
  if (dtype === 'F32') return new Uint8Array(f.buffer);
  const u = new Uint32Array(f.buffer);
  const out = new Uint16Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    if (dtype === 'BF16') out[i] = u[i] >>> 16;
    else {
      // f32 -> f16 for small normal values (|x| < 1): enough for N(0, 0.02)
      const x = u[i], sign = (x >>> 16) & 0x8000, e = ((x >>> 23) & 0xff) - 127 + 15, m = x & 0x7fffff;
      out[i] = e <= 0 ? sign : sign | (e << 10) | (m >>> 13);
    }
  }
  return new Uint8Array(out.buffer);
}

export async function makeCheckpoint({ shape, out, dtype = 'F16', shardGb = 5 }) {
  const cfg = pythiaHfConfig(shape, { F16: 'float16', BF16: 'bfloat16', F32: 'float32' }[dtype]);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'config.json'), JSON.stringify(cfg, null, 2));
  const es = dtype === 'F32' ? 4 : 2;
  const noise = noiseBlock(dtype);
  const fill = (shape, value, shift) => {
    const n = shape.reduce((a, b) => a * b, 1) * es;
    const bytes = new Uint8Array(n);
    if (value === undefined) {
      for (let o = 0; o < n; o += noise.length) {
        const start = ((shift * 9973 + o) % (noise.length / es)) * es;
        const len = Math.min(noise.length - start, n - o);
        bytes.set(noise.subarray(start, start + len), o);
        if (len < noise.length && o + len < n) bytes.set(noise.subarray(0, Math.min(n - o - len, noise.length)), o + len);
      }
    } else if (value !== 0) {
      const one = dtype === 'F32' ? new Uint8Array(new Float32Array([1]).buffer) : new Uint8Array(new Uint16Array([dtype === 'BF16' ? 0x3f80 : 0x3c00]).buffer);
      for (let o = 0; o < n; o += es) bytes.set(one, o);
    }
    return bytes;
  };
  const list = tensorList(cfg);
  const limit = shardGb * 1e9;
  const shards = [[]];
  let size = 0;
  for (const t of list) {
    const b = t[1].reduce((a, x) => a * x, 1) * es;
    if (size > 0 && size + b > limit) {
      shards.push([]);
      size = 0;
    }
    shards.at(-1).push(t);
    size += b;
  }
  const weightMap = {};
  let total = 0;
  for (let i = 0; i < shards.length; i++) {
    const file = `model-${String(i + 1).padStart(5, '0')}-of-${String(shards.length).padStart(5, '0')}.safetensors`;
    const entries = shards[i].map(([name, shp, value], j) => ({ name, dtype, shape: shp, data: async () => fill(shp, value, i * 1000 + j) }));
    await writeSafetensors(path.join(out, file), entries, { format: 'pt' });
    for (const [name, shp] of shards[i]) {
      weightMap[name] = file;
      total += shp.reduce((a, x) => a * x, 1) * es;
    }
  }
  writeFileSync(path.join(out, 'model.safetensors.index.json'), JSON.stringify({ metadata: { total_size: total }, weight_map: weightMap }, null, 2));
  return { out, bytes: total, shards: shards.length, params: total / es };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (k, d) => {
    const i = process.argv.indexOf(`--${k}`);
    return i >= 0 ? process.argv[i + 1] : d;
  };
  const shape = arg('shape', 'pythia-160m');
  if (!PYTHIA[shape]) throw new Error(`--shape must be one of ${Object.keys(PYTHIA).join(', ')}`);
  const r = await makeCheckpoint({ shape, out: arg('out', `/tmp/${shape}-random`), dtype: arg('dtype', 'F16'), shardGb: Number(arg('shard-gb', 5)) });
  console.log(`wrote ${r.out}: ${(r.params / 1e9).toFixed(2)}B parameters, ${(r.bytes / 1e9).toFixed(2)} GB in ${r.shards} shard(s)`);
}

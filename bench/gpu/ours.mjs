// Our side of the GPU benchmarks (bench/gpu/README.md): kernels through the op-level binding
// (cudaOpTest.bench times the CUDA op with CUDA events, inputs uploaded once), and whole models
// moved to the GPU with NativeModel.to, timed by cuda.benchDecode / cuda.benchTrain (decode steps
// over the KV cache, LoRA training steps, peak memory of a pythia-6.9b-shaped int8 model). Prints
// JSON on stdout; progress on stderr.
//   node bench/gpu/ours.mjs [--only kernels|models|big|all] [--quick]
// kernels: GEMM, int8, attention; models: pythia-410m/1.4b decode and LoRA steps; big: the
// pythia-6.9b-shaped int8 model (decode, peak memory of inference and of LoRA training).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPES, GEMM_SHAPES, ATTN_CONFIGS, LORA_BATCH } from './shapes.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = process.env.KALA_CUDA_BINARY ? path.resolve(process.env.KALA_CUDA_BINARY) : path.join(root, 'build-cuda', 'Release', 'kala.node');
const addon = require(binary);
const { cuda } = addon;
// the op-level harness: op-test builds only (npm run build-cuda:test; test/gpu/bundle.sh makes one)
const opTest = addon.cudaOpTest;
if (!opTest) throw new Error(`${binary} has no op-test harness: build it with npm run build-cuda:test`);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : 'all';
const quick = args.includes('--quick');
const log = (...a) => console.error('[ours]', ...a);

const info = addon.cudaInfo();
if (!info.devices?.length) {
  console.log(JSON.stringify({ error: `no GPU: ${info.error}` }));
  process.exit(1);
}
const dev = info.devices[0];
const out = { side: 'kala', device: dev.name, computeCapability: dev.computeCapability, memoryBandwidthGBs: dev.memoryBandwidthGBs, emulated: info.emulated, results: [] };
const record = (r) => {
  out.results.push(r);
  log(JSON.stringify(r));
};

// cheap deterministic fills (values do not change tensor-core speed)
function f32(n, scale = 1) {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = ((((i * 2654435761) >>> 0) % 2001) / 1000 - 1) * scale;
  return a;
}
function bf16(n) {
  const a = new Uint16Array(n);
  for (let i = 0; i < n; i++) a[i] = 0x3c00 + (((i * 2654435761) >>> 0) % 255);  // ~[0.0078, 0.0156)
  return { dtype: 'bf16', data: a };
}
function f16(n) {
  const a = new Uint16Array(n);
  for (let i = 0; i < n; i++) a[i] = 0x2000 + (((i * 2654435761) >>> 0) % 1023);
  return { dtype: 'f16', data: a };
}
function i8(n) {
  const a = new Int8Array(n);
  for (let i = 0; i < n; i++) a[i] = (((i * 2654435761) >>> 0) % 255) - 127;
  return a;
}

async function kernels() {
  const iters = quick ? 3 : 20;
  for (const [M, N, K] of GEMM_SHAPES) {
    const flop = 2 * M * N * K;
    for (const [name, mk] of [['bf16', bf16], ['f16', f16]]) {
      try {
        const r = opTest.bench('gemm', { M, N, K, A: mk(M * K), B: mk(N * K), transB: true, precision: name }, iters);
        record({ bench: `gemm_${name}`, shape: [M, N, K], ms: r.ms, tflops: flop / r.ms / 1e9 });
      } catch (e) {
        record({ bench: `gemm_${name}`, shape: [M, N, K], error: String(e.message) });
      }
    }
    try {
      const r = opTest.bench('gemm_s8s8s32', { M, N, K, A: i8(M * K), B: i8(N * K) }, iters);
      record({ bench: 'gemm_int8', shape: [M, N, K], ms: r.ms, tops: flop / r.ms / 1e9 });
    } catch (e) {
      record({ bench: 'gemm_int8', shape: [M, N, K], error: String(e.message) });
    }
    try {  // the whole LLM.int8-style linear: outlier scan, row quantisation, int8 GEMM, dequant
      const r = opTest.bench('linear_int8_dynamic', { M, N, K, x: f32(M * K), W: i8(N * K), scale: f32(N, 1e-3).map(Math.abs), threshold: 6 }, iters);
      record({ bench: 'linear_int8_dynamic', shape: [M, N, K], ms: r.ms, tops: flop / r.ms / 1e9 });
    } catch (e) {
      record({ bench: 'linear_int8_dynamic', shape: [M, N, K], error: String(e.message) });
    }
  }
  for (const { B, T, heads, d } of ATTN_CONFIGS) {
    const N = B * T, H = heads * d;
    const flopFwd = 4 * B * heads * T * T * d / 2;  // causal
    const qkv = f32(N * 3 * H, 0.5), phi = f32(N, 1).map((v) => -Math.abs(v)), gain = f32(heads, 1).map(Math.abs);
    try {
      const fw = opTest.bench('attention_forward', { B, T, heads, d, qkv, phi, gain, precision: 'bf16' }, iters);
      record({ bench: 'attention_forward_bf16', config: { B, T, heads, d }, ms: fw.ms, tflops: flopFwd / fw.ms / 1e9 });
      const f = opTest.run('attention_forward', { B, T, heads, d, qkv, phi, gain, precision: 'bf16' });
      const bw = opTest.bench('attention_backward', { B, T, heads, d, qkv, phi, gain, out: f.out, lse: f.lse, dout: f32(N * H, 0.1), dphi: new Float32Array(N), dgain: new Float32Array(heads), precision: 'bf16' }, iters);
      record({ bench: 'attention_backward_bf16', config: { B, T, heads, d }, ms: bw.ms, tflops: (2.5 * flopFwd) / bw.ms / 1e9 });
    } catch (e) {
      record({ bench: 'attention_bf16', config: { B, T, heads, d }, error: String(e.message) });
    }
  }
}

function config(s) {
  return { hidden: s.hidden, layers: s.layers, heads: s.heads, intermediate: s.intermediate, vocab: s.vocab, maxPositions: 2048, rotaryPct: 0.25, rotaryBase: 10000, layerNormEps: 1e-5, parallelResidual: true, valueHeadDim: 64, layerEthicsWeight: 0.5, lawWeights: [5, 4, 3, 2, 1] };
}

function lmBatch(B, T, V) {
  const ids = new Int32Array(B * T);
  for (let i = 0; i < ids.length; i++) ids[i] = ((i * 2654435761) >>> 0) % V;
  return { B, T, ids, labels: Int32Array.from(ids) };
}

const LORA = { r: 16, alpha: 32, dropout: 0.05, rslora: false, targets: ['query_key_value', 'dense', 'dense_h_to_4h', 'dense_4h_to_h'], seed: 1 };

async function models() {
  // decode and LoRA training on pythia-410m / 1.4b shapes, bf16 weights
  for (const key of quick ? ['pythia-410m'] : ['pythia-410m', 'pythia-1.4b']) {
    const s = SHAPES[key];
    log(`building ${key}`);
    const nm = new addon.NativeModel(config(s));
    await cuda.fillSynthetic(nm, { weights: 'bf16', seed: 1 });
    {
      await nm.to('cuda', { precision: 'bf16', kvDtype: 'bf16', training: false, rebuild: false });
      for (const B of [1, 4]) {
        const r = await cuda.benchDecode(nm, { B, prompt: 128, steps: quick ? 8 : 64 });
        const wb = r.weightBytes;
        const kvBytes = 2 * s.layers * B * (128 + 32) * s.hidden * 2;
        const limitMs = ((wb + kvBytes) / (dev.memoryBandwidthGBs * 1e9)) * 1e3;
        record({ bench: 'decode', model: key, weights: 'bf16', B, msPerStep: r.msPerStep, tokensPerSecond: r.tokensPerSecond, weightBytes: wb, limitMsPerStep: limitMs, fractionOfBandwidthLimit: limitMs / r.msPerStep });
      }
    }
    // uploaded again with the adapter (the decode copy is freed first)
    nm.attachLora(LORA);
    await nm.to('cuda', { precision: 'bf16', training: true, rebuild: true });
    const b = lmBatch(LORA_BATCH.B, LORA_BATCH.T, s.vocab);
    const r = await cuda.benchTrain(nm, b, { dropout: true, ethicsWeight: 0, recompute: false }, quick ? 2 : 5);
    record({ bench: 'lora_train_step', model: key, batch: [b.B, b.T], msPerStep: r.msPerStep, tokensPerSecond: r.tokensPerSecond, peakBytes: r.peakBytes });
    nm.dispose();
  }
}

async function big() {
  // pythia-6.9b shape, int8 weights: decode speed and peak memory for inference and LoRA training
  {
    const s = SHAPES['pythia-6.9b'];
    log('building pythia-6.9b (int8)');
    const nm = new addon.NativeModel(config(s));
    await cuda.fillSynthetic(nm, { weights: 'int8', seed: 2 });
    {
      await nm.to('cuda', { precision: 'bf16', kvDtype: 'bf16', training: false, rebuild: false });
      const one = await cuda.benchDecode(nm, { B: 1, prompt: 128, steps: 32 });
      const wb = one.weightBytes;
      const limitMs = (wb / (dev.memoryBandwidthGBs * 1e9)) * 1e3;
      record({ bench: 'decode', model: 'pythia-6.9b', weights: 'int8', B: 1, msPerStep: one.msPerStep, tokensPerSecond: one.tokensPerSecond, weightBytes: wb, limitMsPerStep: limitMs, fractionOfBandwidthLimit: limitMs / one.msPerStep });
      const inf = await cuda.benchDecode(nm, { B: 4, prompt: 512, steps: 8 });
      const m = cuda.memory();
      // peakBytes: our allocations (weights, KV cache, activations, scratch) at their highest;
      // overhead: what the device holds beyond them (CUDA context, allocator slack), measured now
      const overhead = m.deviceUsed - m.allocated;
      record({ bench: 'memory_inference', model: 'pythia-6.9b', weights: 'int8', batch: [4, 512], peakBytes: inf.peakBytes, overheadBytes: overhead, totalBytes: inf.peakBytes + overhead, fits16GB: inf.peakBytes + overhead < 16e9 });
    }
    nm.attachLora(LORA);
    await nm.to('cuda', { precision: 'bf16', training: true, rebuild: true });
    const b = lmBatch(4, 512, s.vocab);
    const r = await cuda.benchTrain(nm, b, { dropout: true, ethicsWeight: 0, recompute: true }, 1);
    const m = cuda.memory();
    const overhead = m.deviceUsed - m.allocated;
    record({ bench: 'memory_lora_training', model: 'pythia-6.9b', weights: 'int8', batch: [4, 512], recompute: true, peakBytes: r.peakBytes, overheadBytes: overhead, totalBytes: r.peakBytes + overhead, msPerStep: r.msPerStep, tokensPerSecond: r.tokensPerSecond, fits16GB: r.peakBytes + overhead < 16e9 });
    nm.dispose();
  }
}

if (only === 'all' || only === 'kernels') await kernels();
if (only === 'all' || only === 'models') await models();
if (only === 'all' || only === 'big') await big();
console.log(JSON.stringify(out, null, 1));

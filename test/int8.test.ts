// int8 models: quantize-on-load, int8 checkpoints, accuracy against fp32, LoRA on an int8 base,
// and corrupt int8 checkpoints.
import { execFileSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError, KalaModel, Trainer } from '../lib/index.js';
import { NATIVE } from '../lib/internal.js';
import { loadCpuAddon } from '../lib/native/load.js';
import { quickstartData, trainQuickstartModel } from '../lib/cli/quickstart.js';
import { evaluateModel } from '../lib/train/evaluate.js';
import { readSafetensorsHeader, writeSafetensors } from '../lib/formats/safetensors.js';
import { ROOT, ckpt, refJson, relError, tmpDir } from './helpers.js';

function top1Agreement(a: Float32Array, b: Float32Array, V: number): number {
  let agree = 0;
  const rows = a.length / V;
  for (let r = 0; r < rows; r++) {
    let ia = 0, ib = 0;
    for (let v = 1; v < V; v++) {
      if (a[r * V + v]! > a[r * V + ia]!) ia = v;
      if (b[r * V + v]! > b[r * V + ib]!) ib = v;
    }
    if (ia === ib) agree++;
  }
  return agree / rows;
}

/** The int8 product mode (`setInt8Gemm` or `setInt8Gemv`) a fresh process starts with under `env`. */
function startupMode(hook: 'setInt8Gemm' | 'setInt8Gemv', env: Record<string, string>): string {
  const load = JSON.stringify(path.join(ROOT, 'dist', 'native', 'load.js'));
  return execFileSync(process.execPath, ['-e', `import(${load}).then((m) => console.log(m.loadCpuAddon().bench.${hook}()))`], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  }).trim();
}

describe('int8 on random Pythia shapes', () => {
  it.each([
    ['pythia-70m', { hidden_size: 512, num_hidden_layers: 6, num_attention_heads: 8, intermediate_size: 2048 }],
    ['pythia-160m', { hidden_size: 768, num_hidden_layers: 12, num_attention_heads: 12, intermediate_size: 3072 }],
  ])('%s: logits close to fp32, linear weights 4x smaller', async (_n, shape) => {
    const dir = path.join(await tmpDir(), 'm');
    const m = KalaModel.create({ ...shape, vocab_size: 50304, max_position_embeddings: 2048, rotary_pct: 0.25 }, { seed: 3 });
    await m.save(dir);
    m.dispose();
    const fp = await KalaModel.load(dir);
    const q = await KalaModel.load(dir, { quantize: 'int8' });
    const ids = [Array.from({ length: 48 }, (_, i) => (i * 7919 + 11) % 50304)];
    const [a, b] = [await fp.forward(ids), await q.forward(ids)];
    // random weights give near-uniform logits, so ties flip: the bounds are looser than for a trained model
    expect(relError(b.logits.data, a.logits.data)).toBeLessThan(5e-2);
    expect(top1Agreement(a.logits.data, b.logits.data, 50304)).toBeGreaterThan(0.9);
    // linear layers shrink 4x; the embedding table stays float
    expect(q.weightBytes / fp.weightBytes).toBeLessThan(0.6);
    fp.dispose();
    q.dispose();
  });
});

describe('int8 on the trained quick-start model', () => {
  let dir: string;
  let heldOut: Awaited<ReturnType<typeof quickstartData>>['heldOut'];
  beforeAll(async () => {
    const data = quickstartData();
    heldOut = data.heldOut;
    const model = await trainQuickstartModel(data.train, { epochs: 1 });
    dir = path.join(await tmpDir(), 'quick');
    await model.save(dir);
    model.dispose();
  }, 600_000);

  it('agrees on >= 99% of top-1 tokens and perplexity within 1%', async () => {
    const fp = await KalaModel.load(dir);
    const q = await KalaModel.load(dir, { quantize: 'int8' });
    const [rf, rq] = [await evaluateModel(fp, heldOut, { seqLen: 128 }), await evaluateModel(q, heldOut, { seqLen: 128 })];
    expect(Math.abs(rq.perplexity! - rf.perplexity!) / rf.perplexity!).toBeLessThan(0.01);
    const tok = fp.tokenizer!;
    const ids = [];
    for (const e of heldOut.slice(0, 24)) ids.push(...(await tok.encode('prompt' in e ? `User: ${e.prompt}\nKALA: ${e.response}` : e.messages.map((m) => m.content).join('\n'))));
    const batch = [ids.slice(0, 256)];
    const [a, b] = [await fp.forward(batch), await q.forward(batch)];
    expect(top1Agreement(a.logits.data, b.logits.data, fp.config.vocabSize)).toBeGreaterThanOrEqual(0.99);
    expect(relError(b.lawScores.data, a.lawScores.data)).toBeLessThan(2e-2);
    fp.dispose();
    q.dispose();
  });

  // The VNNI int8 GEMM (the default where the CPU has AVX-512 VNNI): prefill and training products
  // quantize each activation row to two byte rows (a coarse one and its residual) and multiply
  // bytes. It must be as accurate as the dequantizing GEMM: logit error against fp32 at most 1.1x.
  const bench = loadCpuAddon().bench;
  const vnni = bench.setInt8Gemm() === 'vnni';
  it.skipIf(!vnni)('with the VNNI int8 GEMM: the same bounds, and logit error within 1.1x of the dequantizing GEMM', async () => {
    const fp = await KalaModel.load(dir);
    const q = await KalaModel.load(dir, { quantize: 'int8' });
    const tok = fp.tokenizer!;
    const ids = [];
    for (const e of heldOut.slice(0, 24)) ids.push(...(await tok.encode('prompt' in e ? `User: ${e.prompt}\nKALA: ${e.response}` : e.messages.map((m) => m.content).join('\n'))));
    const batch = [ids.slice(0, 256)];
    const a = await fp.forward(batch);
    const rf = await evaluateModel(fp, heldOut, { seqLen: 128 });
    const v = await q.forward(batch);
    const rv = await evaluateModel(q, heldOut, { seqLen: 128 });
    let d: Awaited<ReturnType<typeof q.forward>>;
    try {
      expect(bench.setInt8Gemm('dequant')).toBe('dequant');
      d = await q.forward(batch);
    } finally {
      bench.setInt8Gemm('vnni');
    }
    try {
      expect(relError(v.logits.data, d.logits.data)).toBeGreaterThan(0); // the VNNI path really ran
      expect(relError(v.logits.data, a.logits.data)).toBeLessThanOrEqual(1.1 * relError(d.logits.data, a.logits.data));
      expect(Math.abs(rv.perplexity! - rf.perplexity!) / rf.perplexity!).toBeLessThan(0.01);
      expect(top1Agreement(a.logits.data, v.logits.data, fp.config.vocabSize)).toBeGreaterThanOrEqual(0.99);
      expect(relError(v.lawScores.data, a.lawScores.data)).toBeLessThan(2e-2);
    } finally {
      fp.dispose();
      q.dispose();
    }
  });
});

describe('the VNNI int8 GEMM', () => {
  const bench = loadCpuAddon().bench;
  const vnni = bench.setInt8Gemm() === 'vnni';
  // the exact product in float64, the reference both int8 GEMMs are measured against
  const exact = (A: Float32Array, W: Float32Array, M: number, N: number, K: number) => {
    const C = new Float64Array(M * N);
    for (let m = 0; m < M; m++)
      for (let n = 0; n < N; n++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += A[m * K + k]! * W[n * K + k]!;
        C[m * N + n] = s;
      }
    return C;
  };
  const err = (x: Float32Array, ref: Float64Array) => {
    let e = 0, d = 0;
    for (let i = 0; i < x.length; i++) (e += (x[i]! - ref[i]!) ** 2), (d += ref[i]! ** 2);
    return Math.sqrt(e / d);
  };
  // shapes off every tile: K not a multiple of 4, N not of 32, M not of 8; outlier feature
  // columns (LLM.int8's case: a few features 60x the rest in every row)
  it.skipIf(!vnni).each([
    [5, 33, 7, false],
    [17, 100, 770, true],
    [9, 65, 130, false],
    [64, 32, 256, true],
    [40, 96, 768, true],
  ])('M %i, N %i, K %i (outlier features: %s): as accurate as the dequantizing GEMM', (M, N, K, outliers) => {
    let seed = M * 1000 + N + K;
    const rnd = (n: number, s: number) => Float32Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 2 * s);
    const A = rnd(M * K, 1), W = rnd(N * K, 0.05);
    if (outliers) for (let m = 0; m < M; m++) for (const c of [3, 101, 200]) if (c < K) A[m * K + c] = m % 2 ? 60 : -60;
    const lin = new bench.NativeLinear(W, N, K, 'int8');
    const d = new Float32Array(M * N).fill(NaN), v = new Float32Array(M * N).fill(NaN);
    lin.run(A, M, v);
    try {
      bench.setInt8Gemm('dequant');
      lin.run(A, M, d);
    } finally {
      bench.setInt8Gemm('vnni');
    }
    expect(v.every(Number.isFinite)).toBe(true);
    expect(relError(v, d)).toBeGreaterThan(0); // the integer path ran
    const ref = exact(A, W, M, N, K);
    expect(err(v, ref)).toBeLessThanOrEqual(1.1 * err(d, ref));
  });

  it('KALA_INT8_GEMM=dequant, and a CPU level without VNNI, keep the dequantizing GEMM', () => {
    const mode = (env: Record<string, string>) => startupMode('setInt8Gemm', env);
    expect(mode({ KALA_INT8_GEMM: 'dequant' })).toBe('dequant');
    expect(mode({ KALA_SIMD: 'avx2' })).toBe('dequant');
    expect(mode({ KALA_SIMD: 'portable' })).toBe('dequant');
    expect(mode({})).toBe(vnni ? 'vnni' : 'dequant');
  });
});

describe('int8 checkpoints', () => {
  it('save and load back bit-identically without re-quantizing, I8 weights + F32 scales', async () => {
    const q = await KalaModel.load(ckpt('tiny-kala'), { quantize: 'int8' });
    const dir = path.join(await tmpDir(), 'q');
    await q.save(dir);
    const h = await readSafetensorsHeader(path.join(dir, 'model.safetensors'));
    const w = 'gpt_neox.layers.0.attention.query_key_value.weight';
    expect(h.tensors.get(w)!.dtype).toBe('I8');
    expect(h.tensors.get(`${w}_scale`)).toMatchObject({ dtype: 'F32', shape: [h.tensors.get(w)!.shape[0]] });
    expect(h.tensors.get('gpt_neox.embed_in.weight')!.dtype).toBe('F32'); // embeddings stay float
    expect(h.tensors.get('embed_out.weight')!.dtype).toBe('I8');
    // config.json says what the I8 tensors and their scales mean
    const qc = JSON.parse(await fsp.readFile(path.join(dir, 'config.json'), 'utf8')).quantization_config;
    expect(qc).toMatchObject({ quant_method: 'kala_int8', bits: 8 });
    expect(qc.format).toMatch(/weight_scale/);
    expect(qc.modules).toContain('gpt_neox.layers.0.attention.query_key_value');
    expect(qc.modules).toContain('embed_out');
    expect(qc.modules).not.toContain('gpt_neox.embed_in');
    const back = await KalaModel.load(dir);
    const ids = refJson('ids.json');
    expect((await back.forward(ids)).logits.data).toEqual((await q.forward(ids)).logits.data);
    // loading an int8 checkpoint with quantize: 'int8' keeps it as it is
    const again = await KalaModel.load(dir, { quantize: 'int8' });
    expect((await again.forward(ids)).logits.data).toEqual((await q.forward(ids)).logits.data);
    for (const m of [q, back, again]) m.dispose();
  });

  it('decodes over the KV cache exactly as it recomputes, and trains a LoRA adapter on the int8 base', async () => {
    const q = await KalaModel.load(ckpt('tiny-kala'), { quantize: 'int8' });
    const prompt = [7, 3, 12, 40];
    const r = await q.generate(prompt, { maxNewTokens: 8, monitor: false });
    const full = await q.forward([[...prompt, ...r.tokens]]);
    const V = q.config.vocabSize;
    for (let i = 0; i < r.tokens.length; i++) {
      const row = full.logits.data.subarray((prompt.length + i - 1) * V, (prompt.length + i) * V);
      expect(r.tokens[i]).toBe(row.indexOf(Math.max(...row)));
    }
    const trainer = new Trainer(q, { learningRate: 1e-2, schedule: 'constant', lora: { r: 8, dropout: 0 } });
    const batch = { inputIds: [refJson('ids.json')[0]] };
    const first = (await trainer.step(batch)).loss;
    let last = first;
    for (let i = 0; i < 40; i++) last = (await trainer.step(batch)).loss;
    expect(last).toBeLessThan(first * 0.7);
    q.dispose();
  });

  describe('corrupt int8 checkpoints fail with a KalaError', () => {
    const W = 'gpt_neox.layers.1.mlp.dense_h_to_4h.weight';
    async function corrupt(edit: (t: { name: string; dtype: string; shape: number[]; data: Uint8Array }[]) => void) {
      const q = await KalaModel.load(ckpt('tiny-kala'), { quantize: 'int8' });
      const dir = path.join(await tmpDir(), 'q');
      await q.save(dir);
      q.dispose();
      const file = path.join(dir, 'model.safetensors');
      const h = await readSafetensorsHeader(file);
      const bytes = await fsp.readFile(file);
      const tensors = [...h.tensors.values()].sort((a, b) => a.begin - b.begin).map((e) => ({ name: e.name, dtype: e.dtype, shape: e.shape, data: new Uint8Array(bytes.subarray(e.begin, e.end)) }));
      edit(tensors);
      await writeSafetensors(file, tensors);
      return KalaModel.load(dir).then(
        () => undefined,
        (e) => e,
      );
    }
    it('scale missing', async () => {
      const e = await corrupt((t) => t.splice(t.findIndex((x) => x.name === `${W}_scale`), 1));
      expect(e).toBeInstanceOf(FormatError);
      expect(e.code).toBe('TENSOR_MISSING');
      expect(e.message).toMatch(/_scale/);
    });
    it('scale of the wrong shape', async () => {
      const e = await corrupt((t) => {
        const s = t.find((x) => x.name === `${W}_scale`)!;
        s.shape = [s.shape[0]! - 1];
        s.data = s.data.subarray(0, s.data.length - 4);
      });
      expect(e.code).toBe('TENSOR_SHAPE');
    });
    it('non-finite or negative scale', async () => {
      for (const bad of [NaN, Infinity, -1]) {
        const e = await corrupt((t) => {
          const s = t.find((x) => x.name === `${W}_scale`)!;
          new DataView(s.data.buffer, s.data.byteOffset).setFloat32(4, bad, true);
        });
        expect(e.code).toBe('TENSOR_VALUE');
      }
    });
    it('int8 on a layer that must stay float', async () => {
      const e = await corrupt((t) => {
        const ln = t.find((x) => x.name === 'gpt_neox.layers.0.input_layernorm.weight')!;
        ln.dtype = 'I8';
        ln.shape = [ln.shape[0]! * 4];
      });
      expect(e.code).toBe('TENSOR_DTYPE');
    });
  });
});

describe('the VNNI int8 decode GEMV (the default for M <= 4 rows where the CPU has AVX-512 VNNI and VBMI)', () => {
  const bench = loadCpuAddon().bench;
  const vnni = bench.setInt8Gemv('vnni') === 'vnni';
  // shapes off every tile: K not a multiple of 4 or of the 32-wide groups, N not of 32; M up to 4
  it.skipIf(!vnni).each([
    [1, 33, 7],
    [2, 100, 770],
    [3, 65, 130],
    [4, 32, 256],
    [1, 768, 3072],
  ])('M %i, N %i, K %i: equals the dequantizing GEMV up to 8-bit rounding of each group of 32 activations', (M, N, K) => {
    let seed = M * 1000 + N + K;
    const rnd = (n: number) => Float32Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 2);
    const A = rnd(M * K), W = rnd(N * K);
    A[3] = 40; // an outlier coarsens only its own group of 32 in row 0
    const lin = new bench.NativeLinear(W, N, K, 'int8');
    const d = new Float32Array(M * N).fill(NaN), v = new Float32Array(M * N).fill(NaN);
    try {
      bench.setInt8Gemv('dequant');
      lin.run(A, M, d);
    } finally {
      bench.setInt8Gemv('vnni');
    }
    lin.run(A, M, v);
    expect(v.every(Number.isFinite)).toBe(true);
    const err = relError(v, d);
    expect(err).toBeGreaterThan(0); // the integer path ran
    expect(err).toBeLessThan(K > 32 ? 2e-2 : 5e-2);
  });

  it.skipIf(!vnni)('on a Pythia shape the decode logits stay within the int8 bounds, near the dequantizing path', async () => {
    const dir = path.join(await tmpDir(), 'm');
    const m = KalaModel.create({ hidden_size: 512, num_hidden_layers: 6, num_attention_heads: 8, intermediate_size: 2048, vocab_size: 50304, max_position_embeddings: 2048, rotary_pct: 0.25 }, { seed: 5 });
    await m.save(dir);
    m.dispose();
    const fp = await KalaModel.load(dir);
    const q = await KalaModel.load(dir, { quantize: 'int8' });
    for (const T of [1, 4]) {
      // M = T rows <= 4: the decode GEMV path in both modes
      const ids = [Array.from({ length: T }, (_, i) => (i * 7919 + 11) % 50304)];
      const f = (await fp.forward(ids)).logits.data;
      const v = (await q.forward(ids)).logits.data;
      bench.setInt8Gemv('dequant');
      let d: Float32Array;
      try {
        d = (await q.forward(ids)).logits.data;
      } finally {
        bench.setInt8Gemv('vnni');
      }
      expect(relError(v, f)).toBeLessThan(5e-2);
      expect(relError(v, f)).toBeLessThan(1.5 * relError(d, f));
      expect(relError(v, d)).toBeGreaterThan(0);
    }
    fp.dispose();
    q.dispose();
  });

  it('KALA_INT8_GEMV=dequant, and a CPU level without VNNI, keep the dequantizing GEMV', () => {
    const mode = (env: Record<string, string>) => startupMode('setInt8Gemv', env);
    expect(mode({ KALA_INT8_GEMV: 'dequant' })).toBe('dequant');
    expect(mode({ KALA_SIMD: 'avx2' })).toBe('dequant');
    expect(mode({ KALA_SIMD: 'portable' })).toBe('dequant');
    expect(mode({})).toBe(vnni ? 'vnni' : 'dequant');
  });
});

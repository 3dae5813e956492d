// Every CUDA op against its CPU twin (csrc/ops) on fresh random inputs of awkward sizes (not
// multiples of any tile), in every precision path, with every output poisoned (NaN) before the
// CUDA run (cudaOpTest.run does that for outputs not passed in). Skipped without a GPU / CUDA build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  opSkip as skip, cuda, device, emulated, seed, rng, rms, assertClose, assertScalarClose, both, PRECISIONS, withPath, big,
  toBf16, toF16, fromBf16, hasTensorCores,
} from './helpers.mjs';

const R = rng(seed);
const opts = { skip };

describe(`CUDA ops vs CPU ops (${skip ? 'skipped' : `${device.name}, cc ${device.computeCapability}${emulated ? ', emulated' : ''}`}, seed ${seed})`, opts, () => {
  // ---------------------------------------------------------------- matmul
  const gemmShapes = big ? [[77, 93, 45], [130, 257, 70], [300, 129, 263], [3, 515, 97]] : [[77, 93, 45], [130, 71, 38]];
  for (const p of PRECISIONS) {
    test(`gemm ${p.name}: transposes, B dtypes f32/f16/bf16/int8, bias, alpha, accumulate`, () => {
      for (const [M, N, K] of gemmShapes)
        for (const transA of [false, true])
          for (const transB of [false, true])
            for (const bt of ['f32', 'f16', 'bf16', 'i8']) {
              const A = R.uniform(M * K);
              let B = R.uniform(K * N);
              let scale;
              if (bt === 'f16') B = toF16(B);
              else if (bt === 'bf16') B = toBf16(B);
              else if (bt === 'i8') {
                B = R.int8(K * N);
                scale = R.uniform(transB ? N : K, 0.001, 0.01);
              }
              const bias = R.uniform(N);
              const C0 = R.uniform(M * N);
              const args = { M, N, K, A, B, scale, transA, transB, bias, alpha: 0.75, accumulate: true, C: C0 };
              const { gpu, cpu } = withPath(p, () => both('gemm', args, { precision: p.precision }));
              const bScale = bt === 'i8' ? rms(scale) * 73 : 0.58;
              const atol = 4 * p.eps * Math.sqrt(K) * 0.58 * bScale * 0.75 + 1e-6;
              assertClose(`gemm ${M}x${N}x${K} tA=${transA} tB=${transB} B=${bt}`, gpu.C, cpu.C, { atol, rtol: 1e-5 });
            }
    });
  }

  test('gemm with a 16-bit A (bf16 and f16 activations)', () => {
    const [M, N, K] = [67, 131, 90];
    for (const [dt, p] of [['bf16', 'bf16'], ['f16', 'f16']]) {
      const A32 = R.uniform(M * K), B = R.uniform(K * N);
      const A = dt === 'bf16' ? toBf16(A32) : toF16(A32);
      const { gpu, cpu } = both('gemm', { M, N, K, A, B, transB: true }, { precision: p });
      assertClose(`gemm A=${dt}`, gpu.C, cpu.C, { atol: 4e-2 * Math.sqrt(K) * 0.34, rtol: 1e-3 });
    }
  });

  for (const p of PRECISIONS) {
    test(`linear forward/backward ${p.name}: weights f32/f16/bf16/int8, decode GEMV (M <= 8) and GEMM`, () => {
      const shapes = big ? [[1, 333, 259], [3, 1024, 520], [8, 77, 130], [45, 203, 264]] : [[1, 77, 70], [5, 40, 66], [21, 37, 48]];
      for (const [M, N, K] of shapes)
        for (const wt of ['f32', 'f16', 'bf16', 'i8']) {
          const x = R.uniform(M * K);
          let W = R.uniform(N * K, -0.1, 0.1), scale;
          if (wt === 'f16') W = toF16(W);
          else if (wt === 'bf16') W = toBf16(W);
          else if (wt === 'i8') {
            W = R.int8(N * K);
            scale = R.uniform(N, 0.0005, 0.002);
          }
          const bias = R.uniform(N);
          const wr = wt === 'i8' ? rms(scale) * 73 : 0.058;
          // the decode GEMV is f32 arithmetic whatever the precision
          const eps = M <= 8 ? 2e-6 : p.eps;
          const f = withPath(p, () => both('linear_forward', { M, N, K, x, W, scale, bias }, { precision: p.precision }));
          assertClose(`linear_forward M=${M} N=${N} K=${K} W=${wt}`, f.gpu.y, f.cpu.y, { atol: 4 * eps * Math.sqrt(K) * 0.58 * wr + 1e-6, rtol: 1e-5 });
          const dy = R.uniform(M * N);
          const dx0 = R.uniform(M * K);
          const b = withPath(p, () => both('linear_backward_input', { M, N, K, dy, W, scale, dx: dx0, accumulate: true }, { precision: p.precision }));
          assertClose(`linear_backward_input M=${M} W=${wt}`, b.gpu.dx, b.cpu.dx, { atol: 4 * p.eps * Math.sqrt(N) * 0.58 * wr + 1e-6, rtol: 1e-5 });
        }
    });
  }

  test('int8 tensor-core GEMM with dynamic activation quantisation and fp16 outlier columns', () => {
    const shapes = big ? [[77, 257, 512], [300, 1000, 1040], [129, 64, 96]] : [[37, 70, 96], [20, 33, 64]];
    for (const [M, N, K] of shapes) {
      const x = R.normal(M * K, 1);
      // a few outlier features, as in LLMs
      for (const c of [3, Math.floor(K / 2), K - 1]) for (let m = 0; m < M; m++) x[m * K + c] *= 25;
      const W = R.int8(N * K);
      const scale = R.uniform(N, 0.0005, 0.002);
      const bias = R.uniform(N);
      const { gpu, cpu } = both('linear_int8_dynamic', { M, N, K, x, W, scale, bias, threshold: 6 });
      // activation quantisation error per element <= absmax(non-outlier row) / 254
      const atol = 4 * Math.sqrt(K) * (4.5 / 254) * (rms(scale) * 73) + 1e-3;
      assertClose(`int8 dynamic ${M}x${N}x${K}`, gpu.y, cpu.y, { atol, rtol: 2e-3 });
    }
    if (!hasTensorCores) return;
    const [M, N, K] = big ? [200, 300, 512] : [40, 24, 64];
    const A = R.int8(M * K), B = R.int8(N * K);
    const { gpu, cpu } = both('gemm_s8s8s32', { M, N, K, A, B });
    assert.deepEqual(Array.from(gpu.C), Array.from(cpu.C), 'gemm_s8s8s32 must be exact');
  });

  for (const p of PRECISIONS) {
    test(`dense forward/backward ${p.name}`, () => {
      const [N, inn, out] = big ? [203, 130, 67] : [45, 38, 21];
      const x = R.uniform(N * inn), W = R.uniform(out * inn), bias = R.uniform(out), dy = R.uniform(N * out);
      const f = withPath(p, () => both('dense_forward', { N, in: inn, out, x, W, bias }, { precision: p.precision }));
      assertClose('dense_forward', f.gpu.y, f.cpu.y, { atol: 4 * p.eps * Math.sqrt(inn) * 0.34 + 1e-6, rtol: 1e-5 });
      const args = { N, in: inn, out, x, W, dy, accumulate: true, dx: R.uniform(N * inn), dW: R.uniform(out * inn), db: R.uniform(out) };
      const b = withPath(p, () => both('dense_backward', args, { precision: p.precision }));
      assertClose('dense_backward dx', b.gpu.dx, b.cpu.dx, { atol: 4 * p.eps * Math.sqrt(out) * 0.34 + 1e-6, rtol: 1e-5 });
      assertClose('dense_backward dW', b.gpu.dW, b.cpu.dW, { atol: 4 * p.eps * Math.sqrt(N) * 0.34 + 1e-6, rtol: 1e-5 });
      assertClose('dense_backward db', b.gpu.db, b.cpu.db, { atol: 1e-5 * Math.sqrt(N), rtol: 1e-5 });
    });
  }

  // ---------------------------------------------------------------- elementwise and norms
  test('gelu forward/backward, dropout mask', () => {
    const n = big ? 100003 : 5003;
    const x = R.uniform(n, -6, 6), dy = R.uniform(n);
    const f = both('gelu_forward', { n, x });
    assertClose('gelu', f.gpu.y, f.cpu.y, { atol: 1e-6, rtol: 1e-5 });
    const b = both('gelu_backward', { n, x, dy });
    assertClose('gelu_backward', b.gpu.dx, b.cpu.dx, { atol: 1e-6, rtol: 1e-5 });
    for (const p of [0.05, 0.5]) {
      const d = both('dropout_apply', { n, x, p, seed: 1234567 + n });
      assertClose(`dropout p=${p}`, d.gpu.y, d.cpu.y, { atol: 0, rtol: 1e-7 });
    }
  });

  test('layernorm forward/backward', () => {
    for (const [N, H] of big ? [[77, 1000], [300, 77], [5, 4099]] : [[13, 100], [7, 37]]) {
      const x = R.normal(N * H, 2), w = R.uniform(H, 0.5, 1.5), b = R.uniform(H);
      const f = both('layernorm_forward', { N, H, x, w, b, eps: 1e-5 });
      assertClose('layernorm y', f.gpu.y, f.cpu.y, { atol: 2e-5, rtol: 1e-4 });
      assertClose('layernorm mean', f.gpu.mean, f.cpu.mean, { atol: 1e-5, rtol: 1e-5 });
      assertClose('layernorm rstd', f.gpu.rstd, f.cpu.rstd, { atol: 1e-6, rtol: 1e-5 });
      const dy = R.uniform(N * H);
      const args = { N, H, x, w, mean: f.cpu.mean, rstd: f.cpu.rstd, dy, dx: R.uniform(N * H), dw: R.uniform(H), db: R.uniform(H) };
      const g = both('layernorm_backward', args);
      assertClose('layernorm dx', g.gpu.dx, g.cpu.dx, { atol: 2e-5, rtol: 1e-4 });
      assertClose('layernorm dw', g.gpu.dw, g.cpu.dw, { atol: 1e-5 * Math.sqrt(N) * 2, rtol: 1e-4 });
      assertClose('layernorm db', g.gpu.db, g.cpu.db, { atol: 1e-5 * Math.sqrt(N), rtol: 1e-4 });
    }
  });

  test('rotary forward/backward (partial, pos0 and explicit positions)', () => {
    for (const [B, T, heads, d, rd] of [[2, 37, 3, 24, 6], [3, 19, 4, 64, 16], [1, 5, 2, 80, 20]]) {
      const qkv = R.uniform(B * T * heads * 3 * d);
      const base = { B, T, heads, d, rd, maxPos: 300, base: 10000 };
      for (const extra of [{ pos0: 7 }, { positions: R.int(B * T, 0, 300) }]) {
        for (const op of ['rotary_forward', 'rotary_backward']) {
          const r = both(op, { ...base, ...extra, qkv });
          assertClose(`${op} d=${d} rd=${rd}`, r.gpu.qkv, r.cpu.qkv, { atol: 1e-6, rtol: 1e-5 });
        }
      }
    }
  });

  test('embedding forward (f32/f16/bf16 tables) and backward (repeated ids)', () => {
    const [V, H, n] = big ? [1031, 77, 300] : [97, 37, 45];
    const W = R.uniform(V * H);
    const ids = R.int(n, 0, V);
    ids[3] = ids[9] = ids[20] = 5;  // repeats sum in index order
    for (const table of [W, toF16(W), toBf16(W)]) {
      const f = both('embedding_forward', { n, V, H, W: table, ids });
      assertClose('embedding_forward', f.gpu.y, f.cpu.y, { atol: 0, rtol: 0 });
    }
    const dy = R.uniform(n * H);
    const b = both('embedding_backward', { n, V, H, dy, ids, dW: R.uniform(V * H) });
    assertClose('embedding_backward', b.gpu.dW, b.cpu.dW, { atol: 1e-6, rtol: 1e-6 });
  });

  // ---------------------------------------------------------------- attention
  const attnCases = big
    ? [[2, 37, 3, 8], [2, 70, 3, 24], [1, 131, 2, 64], [3, 45, 4, 80], [1, 200, 2, 128], [1, 33, 2, 160]]
    : [[2, 37, 3, 8], [1, 45, 2, 24], [1, 70, 2, 64], [1, 20, 2, 80]];
  for (const p of PRECISIONS) {
    test(`attention forward/backward ${p.name}: causal, law bias, packed rows (key_start)`, () => {
      for (const [B, T, heads, d] of attnCases) {
        for (const packed of [false, true]) {
          const N = B * T, H = heads * d;
          const qkv = R.uniform(N * 3 * H);
          const phi = R.uniform(N, -3, 0);
          const gain = R.uniform(heads, 0, 1.5);
          gain[0] = 0;  // head 0 without the bias
          let keyStart;
          if (packed) {
            keyStart = new Int32Array(N);
            for (let b = 0; b < B; b++) {
              const cut1 = Math.floor(T / 3), cut2 = Math.floor((2 * T) / 3) + 1;
              for (let t = 0; t < T; t++) keyStart[b * T + t] = t < cut1 ? 0 : t < cut2 ? cut1 : cut2;
            }
          }
          const fargs = { B, T, heads, d, qkv, phi, gain, keyStart };
          const f = withPath(p, () => both('attention_forward', fargs, { precision: p.precision }));
          const tol = p.name === 'f32' ? { atol: 2e-6, rtol: 1e-5 } : { atol: 6 * p.eps, rtol: 2 * p.eps };
          assertClose(`attention out B=${B} T=${T} d=${d} packed=${packed}`, f.gpu.out, f.cpu.out, tol);
          assertClose(`attention lse d=${d}`, f.gpu.lse, f.cpu.lse, tol);
          const dout = R.uniform(N * H);
          const bargs = { B, T, heads, d, qkv, phi, gain, keyStart, out: f.cpu.out, lse: f.cpu.lse, dout, dphi: R.uniform(N), dgain: R.uniform(heads) };
          const b = withPath(p, () => both('attention_backward', bargs, { precision: p.precision }));
          const btol = p.name === 'f32' ? { atol: 1e-5, rtol: 1e-4 } : { atol: 10 * p.eps * Math.sqrt(d / 16), rtol: 4 * p.eps };
          assertClose(`attention dqkv d=${d} packed=${packed}`, b.gpu.dqkv, b.cpu.dqkv, btol);
          assertClose(`attention dphi d=${d}`, b.gpu.dphi, b.cpu.dphi, btol);
          const gtol = p.name === 'f32' ? { atol: 1e-4, rtol: 1e-4 } : { atol: 20 * p.eps * Math.sqrt(T), rtol: 4 * p.eps };
          assertClose(`attention dgain d=${d}`, b.gpu.dgain, b.cpu.dgain, gtol);
        }
      }
    });
  }

  test('attention decode over a KV cache (f32, f16 and bf16 caches)', () => {
    for (const [B, heads, d, past, T] of [[2, 3, 24, 37, 1], [1, 4, 64, 100, 3], [2, 2, 128, big ? 700 : 90, 1], [1, 2, 80, 60, 8]]) {
      const cap = past + T + 5, H = heads * d;
      const qkv = R.uniform(B * T * 3 * H);
      const k32 = R.uniform(B * cap * H), v32 = R.uniform(B * cap * H);
      const phiCache = R.uniform(B * cap, -3, 0);
      const gain = R.uniform(heads, 0, 1);
      for (const [name, k, v] of [['f32', k32, v32], ['bf16', toBf16(k32), toBf16(v32)], ['f16', toF16(k32), toF16(v32)]]) {
        const args = { B, T, heads, d, qkv, kCache: k, vCache: v, phiCache, gain, cap, past };
        const r = both('attention_forward', args, { precision: 'f32' });
        assertClose(`decode ${name} d=${d} past=${past} T=${T}`, r.gpu.out, r.cpu.out, { atol: 2e-6, rtol: 1e-5 });
      }
    }
  });

  // ---------------------------------------------------------------- constitutional heads
  for (const p of [PRECISIONS[0], PRECISIONS[1]]) {
    test(`value head forward/backward ${p.name}`, () => {
      const [N, H, E] = big ? [203, 130, 64] : [29, 40, 16];
      const h = R.uniform(N * H), fc1_w = R.uniform(E * H, -0.2, 0.2), fc1_b = R.uniform(E), fc2_w = R.uniform(5 * E, -0.3, 0.3), fc2_b = R.uniform(5);
      const f = both('value_head_forward', { N, H, E, h, fc1_w, fc1_b, fc2_w, fc2_b }, { precision: p.precision });
      const t = p.name === 'f32' ? { atol: 1e-5, rtol: 1e-4 } : { atol: 4 * p.eps * Math.sqrt(H) * 0.1, rtol: 1e-2 };
      assertClose('value head pre', f.gpu.pre, f.cpu.pre, t);
      assertClose('value head z', f.gpu.z, f.cpu.z, t);
      const args = { N, H, E, h, fc1_w, fc2_w, pre: f.cpu.pre, act: f.cpu.act, dz: R.uniform(N * 5), dh: R.uniform(N * H), dfc1_w: R.uniform(E * H), dfc1_b: R.uniform(E), dfc2_w: R.uniform(5 * E), dfc2_b: R.uniform(5) };
      const b = both('value_head_backward', args, { precision: p.precision });
      for (const k of ['dh', 'dfc1_w', 'dfc1_b', 'dfc2_w', 'dfc2_b']) assertClose(`value head ${k}`, b.gpu[k], b.cpu[k], { atol: t.atol * Math.sqrt(N / 8), rtol: t.rtol });
    });
  }

  test('law bias and aggregator forward/backward', () => {
    const N = big ? 1003 : 77, L1 = 7;
    const z = R.uniform(N * 5, -8, 8);
    const lawWeights = Float32Array.from([5, 4, 3, 2, 1]);
    const f = both('law_bias_forward', { N, z, lawWeights });
    assertClose('phi', f.gpu.phi, f.cpu.phi, { atol: 1e-6, rtol: 1e-6 });
    const b = both('law_bias_backward', { N, z, lawWeights, dphi: R.uniform(N), dz: R.uniform(N * 5) });
    assertClose('dz (law bias)', b.gpu.dz, b.cpu.dz, { atol: 1e-6, rtol: 1e-6 });
    const zl = R.uniform(L1 * N * 5, -6, 6), logits = R.uniform(L1);
    const a = both('aggregator_forward', { L1, N, z: zl, logits });
    for (const k of ['pi', 'zbar', 'scores']) assertClose(`aggregator ${k}`, a.gpu[k], a.cpu[k], { atol: 1e-6, rtol: 1e-6 });
    const g = both('aggregator_backward', { L1, N, z: zl, pi: a.cpu.pi, dzbar: R.uniform(N * 5), dz: R.uniform(L1 * N * 5), dlogits: R.uniform(L1) });
    assertClose('aggregator dz', g.gpu.dz, g.cpu.dz, { atol: 1e-6, rtol: 1e-6 });
    assertClose('aggregator dlogits', g.gpu.dlogits, g.cpu.dlogits, { atol: 1e-5, rtol: 1e-5 });
  });

  // ---------------------------------------------------------------- losses
  test('cross-entropy (loss, count, gradient in place), token NLL', () => {
    for (const [B, T, V] of big ? [[2, 37, 1031], [3, 20, 50304]] : [[2, 13, 301], [1, 7, 1031]]) {
      const logits = R.normal(B * T * V, 3);
      const labels = R.int(B * T, 0, V);
      labels[1] = -100;
      labels[B * T - 2] = -100;
      for (const grad of [false, true]) {
        const r = both('cross_entropy', { B, T, V, logits, labels, grad, scale: 0.7 });
        assertScalarClose('ce loss', r.gpu.loss, r.cpu.loss, { atol: 1e-6, rtol: 1e-5 });
        assert.equal(r.gpu.count, r.cpu.count);
        if (grad) assertClose('ce grad', r.gpu.logits, r.cpu.logits, { atol: 1e-7, rtol: 1e-4 });
      }
      const n = both('token_nll', { B, T, V, logits, labels });
      assertClose('token_nll', n.gpu.nll, n.cpu.nll, { atol: 1e-5, rtol: 1e-5 });
    }
  });

  test('ethics loss and gradient (hierarchy weights, deep supervision, NaN = unlabelled)', () => {
    const N = big ? 1003 : 101, L1 = 9;
    const z = R.uniform(L1 * N * 5, -5, 5), scores = R.uniform(N * 5, 0.01, 0.99);
    const targets = R.uniform(N * 5, 0, 1);
    for (let i = 0; i < N; i += 3) for (let k = 0; k < 5; k++) targets[i * 5 + k] = NaN;
    const lawWeights = Float32Array.from([5, 4, 3, 2, 1]);
    const r = both('ethics_loss', { L1, N, z, scores, targets, lawWeights, lambda: 0.5, scale: 0.5, dzbar: R.uniform(N * 5), dz: R.uniform(L1 * N * 5) });
    assertScalarClose('ethics loss', r.gpu.loss, r.cpu.loss, { atol: 1e-9, rtol: 1e-9 });
    assert.equal(r.gpu.labelled, r.cpu.labelled);
    assertClose('ethics dzbar', r.gpu.dzbar, r.cpu.dzbar, { atol: 1e-7, rtol: 1e-6 });
    assertClose('ethics dz', r.gpu.dz, r.cpu.dz, { atol: 1e-7, rtol: 1e-6 });
    const none = both('ethics_loss', { L1, N: 3, z: z.subarray(0, L1 * 15), scores: scores.subarray(0, 15), targets: new Float32Array(15).fill(NaN), lawWeights });
    assert.equal(none.gpu.loss, 0);
    assert.equal(none.gpu.labelled, 0);
  });

  // ---------------------------------------------------------------- LoRA
  for (const p of [PRECISIONS[0], PRECISIONS[1], PRECISIONS[3]]) {
    test(`LoRA branch, embedding adapter, and the fused base+LoRA linear ${p.name}`, () => {
      const [N, inn, out, r] = big ? [77, 130, 203, 16] : [21, 40, 37, 8];
      const x = R.uniform(N * inn), A = R.uniform(r * inn, -0.2, 0.2), B = R.uniform(out * r, -0.2, 0.2);
      const t = p.name === 'f32' ? { atol: 1e-5, rtol: 1e-4 } : { atol: 4 * p.eps * Math.sqrt(inn) * 0.2, rtol: 2e-2 };
      for (const dropout of [false, true]) {
        const common = { N, in: inn, out, r, x, A, B, loraScale: 2, p: 0.1, dropout, seed: 99 };
        const f = withPath(p, () => both('lora_linear_forward', { ...common, y: R.uniform(N * out) }, { precision: p.precision }));
        assertClose(`lora y dropout=${dropout}`, f.gpu.y, f.cpu.y, t);
        assertClose(`lora u dropout=${dropout}`, f.gpu.u, f.cpu.u, t);
        const bargs = { ...common, u: f.cpu.u, dy: R.uniform(N * out), dx: R.uniform(N * inn), dA: R.uniform(r * inn), dB: R.uniform(out * r) };
        const b = withPath(p, () => both('lora_linear_backward', bargs, { precision: p.precision }));
        for (const k of ['dx', 'dA', 'dB']) assertClose(`lora ${k} dropout=${dropout}`, b.gpu[k], b.cpu[k], { atol: t.atol * Math.sqrt(N / 4), rtol: t.rtol });
      }
      // fused with the base linear, weights f32/bf16/int8, prefill and decode sizes
      for (const M of big ? [5, 77] : [3, 21])
        for (const wt of ['f32', 'bf16', 'i8'])
          for (const dropout of [false, true]) {
            const K = inn, Nn = out;
            const xx = R.uniform(M * K);
            let W = R.uniform(Nn * K, -0.1, 0.1), scale;
            if (wt === 'bf16') W = toBf16(W);
            if (wt === 'i8') {
              W = R.int8(Nn * K);
              scale = R.uniform(Nn, 0.0005, 0.002);
            }
            const fargs = { M, N: Nn, K, r, x: xx, W, scale, A, B, bias: R.uniform(Nn), loraScale: 2, p: 0.1, dropout, seed: 7 };
            const f = withPath(p, () => both('linear_lora_forward', fargs, { precision: p.precision }));
            assertClose(`fused lora y M=${M} W=${wt} dropout=${dropout}`, f.gpu.y, f.cpu.y, t);
            const bargs = { ...fargs, u: f.cpu.u, dy: R.uniform(M * Nn), dx: R.uniform(M * K), accumulate: true, dA: R.uniform(r * K), dB: R.uniform(Nn * r) };
            const b = withPath(p, () => both('linear_lora_backward', bargs, { precision: p.precision }));
            for (const k of ['dx', 'dA', 'dB']) assertClose(`fused lora ${k} M=${M} W=${wt} dropout=${dropout}`, b.gpu[k], b.cpu[k], { atol: t.atol * 2, rtol: t.rtol });
          }
    });
  }

  test('LoRA embedding adapter forward/backward', () => {
    const [n, V, H, r] = big ? [203, 1031, 77, 16] : [37, 97, 33, 8];
    const ids = R.int(n, 0, V);
    ids[2] = ids[7] = 11;
    const A = R.uniform(r * V), B = R.uniform(H * r);
    const f = both('lora_embedding_forward', { N: n, V, H, r, ids, A, B, loraScale: 2, x: R.uniform(n * H) });
    assertClose('lora embedding x', f.gpu.x, f.cpu.x, { atol: 1e-5, rtol: 1e-5 });
    const b = both('lora_embedding_backward', { N: n, V, H, r, ids, A, B, loraScale: 2, dx: R.uniform(n * H), dA: R.uniform(r * V), dB: R.uniform(H * r) });
    assertClose('lora embedding dA', b.gpu.dA, b.cpu.dA, { atol: 1e-5, rtol: 1e-5 });
    assertClose('lora embedding dB', b.gpu.dB, b.cpu.dB, { atol: 1e-4, rtol: 1e-5 });
  });

  // ---------------------------------------------------------------- optimizer
  test('AdamW over several tensors in one launch (decay, clamp, grad scale) and the gradient norm', () => {
    const sizes = big ? [10007, 3, 20000, 77] : [1003, 3, 77];
    const args = { count: sizes.length, lr: 3e-3, beta1: 0.9, beta2: 0.98, eps: 1e-8, wd: 0.1, step: 5, gradScale: 0.5 };
    sizes.forEach((n, i) => {
      args[`w${i}`] = R.uniform(n);
      args[`g${i}`] = R.uniform(n);
      args[`m${i}`] = R.uniform(n, -0.1, 0.1);
      args[`v${i}`] = R.uniform(n, 0, 0.01);
      args[`decay${i}`] = i % 2 === 0;
      args[`clamp${i}`] = i === 1;
    });
    const r = both('adamw', args);
    sizes.forEach((_, i) => {
      for (const k of ['w', 'm', 'v']) assertClose(`adamw ${k}${i}`, r.gpu[`${k}${i}`], r.cpu[`${k}${i}`], { atol: 1e-7, rtol: 1e-6 });
    });
    assertScalarClose('grad norm', r.gpu.gradNorm, r.cpu.gradNorm, { atol: 1e-9, rtol: 1e-9 });
  });
});

// The whole model on the GPU against the CPU engine on the same weights: each test runs a
// NativeModel on the host, moves it with to('cuda', ...) (csrc/model_placement.h) and runs it
// again, there. A full forward (both residual layouts), incremental decoding over the device KV
// cache, a full computeGradients (LoRA + kala.* gradients, with and without dropout, packed rows,
// recomputation; a NativeTrainer made after the move trains the device copy) and an AdamW step.
// Skipped without a GPU / CUDA build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { skip, addon, cuda, device, emulated, seed, rng, rms, assertClose, assertNormClose, assertScalarClose } from './helpers.mjs';

const R = rng(seed ^ 0x5eed);
const prod = (s) => s.reduce((a, b) => a * b, 1);

function config(parallel) {
  return {
    hidden: 48, layers: 2, heads: 4, intermediate: 80, vocab: 103, maxPositions: 64, rotaryPct: 0.5, rotaryBase: 10000,
    layerNormEps: 1e-5, parallelResidual: parallel, valueHeadDim: 16, layerEthicsWeight: 0.5, lawWeights: [5, 4, 3, 2, 1],
  };
}

// A random model whose every parameter matters (gains > 0, non-trivial biases and norms,
// LoRA B non-zero), built the same way from the same seed every time it is called.
async function makeModel(parallel, lora, s = seed) {
  const r = rng(s);
  const nm = new addon.NativeModel(config(parallel));
  await nm.initRandom(s % 100000, 0.2);
  if (lora) nm.attachLora({ r: 4, alpha: 8, dropout: 0.1, rslora: false, targets: ['query_key_value', 'dense', 'embed_in', 'embed_out'], seed: 5 });
  for (const name of [...nm.names(), ...(lora ? nm.loraNames() : [])]) {
    if (nm.isLinearWeight(name) || name === 'gpt_neox.embed_in.weight') continue;
    const shape = nm.shapeOf(name);
    const n = prod(shape);
    let data;
    if (name.endsWith('attention_law_gain')) data = r.uniform(n, 0.2, 1.5);
    else if (/layernorm|layer_norm/.test(name)) data = name.endsWith('.weight') ? r.uniform(n, 0.7, 1.3) : r.uniform(n, -0.1, 0.1);
    else data = r.uniform(n, -0.3, 0.3);
    nm.setTensor(name, 'F32', shape, data);
  }
  return nm;
}

function batch(B, T, V, { packed = false, targets = true } = {}) {
  const ids = R.int(B * T, 0, V);
  const labels = Int32Array.from(ids);
  labels[3] = -100;
  labels[B * T - 4] = -100;
  const b = { B, T, ids, labels };
  if (targets) {
    const t = R.uniform(B * T * 5, 0, 1);
    for (let i = 0; i < B * T; i += 4) for (let k = 0; k < 5; k++) t[i * 5 + k] = NaN;
    b.targets = t;
  }
  if (packed) {
    // two sequences per row: positions restart at the cut, keys before it are invisible
    const cut = Math.floor(T / 2);
    b.positions = new Int32Array(B * T);
    b.keyStart = new Int32Array(B * T);
    for (let r = 0; r < B; r++)
      for (let t = 0; t < T; t++) {
        b.positions[r * T + t] = t < cut ? t : t - cut;
        b.keyStart[r * T + t] = t < cut ? 0 : cut;
      }
  }
  return b;
}

const f32 = (t) => new Float32Array(t.data);
const tolFor = (precision, x) => (precision === 'f32' ? { atol: 2e-5 * Math.max(rms(x), 1e-3), rtol: 1e-3 } : { atol: 8e-2 * rms(x), rtol: 8e-2 });

describe(`the model on the GPU vs the CPU engine (${skip ? 'skipped' : `${device.name}${emulated ? ', emulated' : ''}`}, seed ${seed})`, { skip }, () => {
  for (const precision of ['f32', 'bf16']) {
    for (const parallel of [true, false]) {
      test(`forward ${precision}, ${parallel ? 'parallel' : 'sequential'} residual`, async () => {
        const nm = await makeModel(parallel, true);
        const [B, T, V] = [2, 13, 103];
        const ids = R.int(B * T, 0, V);
        const cpu = await nm.forward(ids, B, T, false);
        await nm.to('cuda', { precision, training: false, rebuild: false });
        const gpu = await nm.forward(ids, B, T, false);
        for (const k of ['logits', 'lawScores', 'layerLawLogits']) assertClose(`${k}`, gpu[k], cpu[k], tolFor(precision, cpu[k]));
        const last = await nm.forward(ids, B, T, true);
        for (let b = 0; b < B; b++)
          assertClose('last-position logits', last.logits.subarray(b * V, (b + 1) * V), cpu.logits.subarray((b * T + T - 1) * V, (b * T + T) * V), tolFor(precision, cpu.logits));
        // and back: the host runs it again, as before
        await nm.to('cpu');
        assert.deepEqual(Array.from((await nm.forward(ids, B, T, false)).logits), Array.from(cpu.logits));
        nm.dispose();
      });
    }
  }

  for (const kv of ['f32', 'bf16']) {
    test(`incremental decoding over the device KV cache (${kv} cache) equals the full forward`, async () => {
      const nm = await makeModel(true, false);
      const [B, T, V, P] = [2, 17, 103, 9];
      const ids = R.int(B * T, 0, V);
      const full = await nm.forward(ids, B, T, false);
      assert.throws(() => cuda.forwardIncremental(nm, ids, B, T, P), (e) => e.code === 'INVALID_ARGUMENT'); // still on the host
      await nm.to('cuda', { precision: 'f32', kvDtype: kv, training: false, rebuild: false });
      const inc = await cuda.forwardIncremental(nm, ids, B, T, P);
      for (let t = P - 1; t < T; t++)
        for (let b = 0; b < B; b++) {
          const got = inc.subarray(((t - P + 1) * B + b) * V, ((t - P + 1) * B + b + 1) * V);
          const want = full.logits.subarray((b * T + t) * V, (b * T + t + 1) * V);
          const tol = kv === 'f32' ? tolFor('f32', full.logits) : { atol: 3e-2 * rms(full.logits), rtol: 3e-2 };
          assertClose(`logits at t=${t} b=${b}`, got, want, tol);
        }
      nm.dispose();
    });
  }

  const cases = [
    { name: 'f32, no dropout', precision: 'f32', dropout: false },
    { name: 'f32, LoRA dropout (same masks as the CPU)', precision: 'f32', dropout: true },
    { name: 'f32, packed rows, recomputation', precision: 'f32', dropout: false, packed: true, recompute: true },
    { name: 'f32, sequential residual, no law targets', precision: 'f32', dropout: true, parallel: false, targets: false },
    { name: 'f16 tensor cores', precision: 'f16', dropout: true },
    { name: 'bf16 tensor cores', precision: 'bf16', dropout: false },
  ];
  for (const c of cases) {
    test(`computeGradients ${c.name}: loss parts and every LoRA / kala.* gradient`, async () => {
      const nm = await makeModel(c.parallel ?? true, true);
      const [B, T, V] = [2, 13, 103];
      const b = batch(B, T, V, { packed: c.packed, targets: c.targets ?? true });
      const opts = { dropout: c.dropout, seed: 4242, ethicsWeight: 0.5, recompute: false };
      const tr = new addon.NativeTrainer(nm, {});
      const cl = await tr.compute(b, opts);
      // training: false keeps f16 without loss scaling, so the raw gradients compare
      await nm.to('cuda', { precision: c.precision, training: false, rebuild: false });
      const dt = new addon.NativeTrainer(nm, {});
      const names = dt.params().map((p) => p.name);
      assert.deepEqual(names, tr.params().map((p) => p.name), 'the same trainable parameters as the CPU trainer');
      const gl = await dt.compute(b, { ...opts, recompute: Boolean(c.recompute) });
      const lt = c.precision === 'f32' ? { atol: 1e-5, rtol: 1e-5 } : { atol: 2e-2, rtol: 2e-2 };
      // 16-bit: rounding noise grows through the chain (measured: ~1% of the norm for f16, ~5-10%
      // for bf16, worst on the attention gains, whose gradient sums T^2 cancelling terms)
      const normTol = { f16: 0.04, bf16: 0.25 }[c.precision];
      // the attention law gains' gradient is a small net sum of T^2 large, cancelling terms: its
      // f16 rounding error relative to that small norm reached 6.5% on one seed (1295313177, CI
      // 2026-12-06, the same with the kernels of the day before), so it gets the wider bound
      const tolOf = (n) => (c.precision === 'f16' && n.endsWith('attention_law_gain') ? 0.1 : normTol);
      for (const k of ['loss', 'lmLoss', 'ethicsLoss']) assertScalarClose(k, gl[k], cl[k], lt);
      assert.equal(gl.lmTokens, cl.lmTokens);
      assert.equal(gl.ethicsTokens, cl.ethicsTokens);
      for (const n of names) {
        const want = f32(tr.grad(n));
        const got = f32(dt.grad(n));
        if (c.precision === 'f32') assertClose(`grad ${n}`, got, want, { atol: 1e-4 * Math.max(rms(want), 1e-4), rtol: 2e-3 });
        else assertNormClose(`grad ${n}`, got, want, tolOf(n), 1e-6);
      }
      nm.dispose();
    });
  }

  test('fp16 training with dynamic loss scaling on the sm_60 kernels: unscaled gradients, skipped overflow steps', async () => {
    const [B, T, V] = [2, 13, 103];
    const b = batch(B, T, V);
    const opts = { dropout: false, seed: 3, ethicsWeight: 0.5, recompute: false };
    const nm = await makeModel(true, true, 99);
    const tr = new addon.NativeTrainer(nm, {});
    await tr.compute(b, opts);
    cuda.setForceSimt(true);
    try {
      // training at f16: the device copy is built with dynamic loss scaling
      await nm.to('cuda', { precision: 'f16', training: true, rebuild: false, initialLossScale: 1024 });
      const dt = new addon.NativeTrainer(nm, {});
      const gl = await dt.compute(b, opts);
      const cl = await tr.compute(b, opts);  // (accumulates on the CPU: compare the GPU loss only)
      assertScalarClose('loss', gl.loss, cl.loss, { atol: 1e-2, rtol: 1e-2 });
      assert.equal(dt.finishGrads(), true, 'no overflow at scale 1024');
      for (const { name: n } of dt.params()) assertNormClose(`grad ${n}`, f32(dt.grad(n)), f32(tr.grad(n)).map((v) => v / 2), 0.05, 1e-6);
      // a scale that overflows fp16 tiles: the step is skipped and the scale halved
      await nm.to('cuda', { precision: 'f16', training: true, rebuild: true, initialLossScale: 1e30 });
      const big = new addon.NativeTrainer(nm, {});
      await big.compute(b, opts);
      const st = await big.step({ lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, step: 1, gradScale: 1, maxGradNorm: 0 });
      assert.equal(st.skipped, true);
      assert.equal(st.lossScale, Math.fround(Math.fround(1e30) / 2));
      for (const { name: n } of big.params()) assert.ok(f32(big.grad(n)).every((v) => v === 0), `${n} zeroed after the skipped step`);
    } finally {
      cuda.setForceSimt(false);
    }
    nm.dispose();
  });

  test('an AdamW step on the GPU updates the parameters as the CPU trainer does', async () => {
    const [B, T, V] = [2, 11, 103];
    const b = batch(B, T, V);
    const opts = { dropout: false, seed: 1, ethicsWeight: 0.5, recompute: false };
    // eps large enough that the first Adam step (about lr * sign(g)) stays continuous in g:
    // gradients near zero must not flip whole updates between two correct implementations
    const step = { lr: 1e-2, beta1: 0.9, beta2: 0.99, eps: 1e-3, weightDecay: 0.1, step: 1, gradScale: 1, maxGradNorm: 1.0 };
    const a = await makeModel(true, true, 77);
    const tr = new addon.NativeTrainer(a, {});
    await tr.compute(b, opts);
    const cn = await tr.step(step);
    const bm = await makeModel(true, true, 77);
    await bm.to('cuda', { precision: 'f32', training: true, rebuild: false });
    const dt = new addon.NativeTrainer(bm, {});
    const names = dt.params().map((p) => p.name);
    const before = f32(await bm.getTensor(names[0]));
    await dt.compute(b, opts);
    const gn = await dt.step(step);
    assertScalarClose('grad norm', gn.gradNorm, cn.gradNorm, { atol: 1e-6, rtol: 1e-4 });
    // the step changed the device copy only, until syncHost() (or a move) brings it to the host
    assert.deepEqual(Array.from(f32(await bm.getTensor(names[0]))), Array.from(before));
    await bm.syncHost();
    for (const n of names) {
      const want = f32(await a.getTensor(n));
      const got = f32(await bm.getTensor(n));
      assertClose(`param ${n}`, got, want, { atol: 2e-6, rtol: 1e-4 });
    }
    // moving back keeps what was trained, and the host runs the trained model
    await bm.to('cpu');
    for (const n of names) assertClose(`param ${n} after to('cpu')`, f32(await bm.getTensor(n)), f32(await a.getTensor(n)), { atol: 2e-6, rtol: 1e-4 });
    a.dispose();
    bm.dispose();
  });
});

// KalaModel and Trainer on device 'cuda' (the package API over a NativeModel the engine moved to
// the GPU, NativeModel.to) against the same models on 'cpu': forward, greedy and sampled generation
// with law scores and the ethics monitor, LoRA gradients and training steps, training
// checkpoints and resume, saving what was trained on the GPU. Skipped without a GPU / CUDA build;
// under the emulator build (KALA_CUDA_BINARY=build-cuda/emu/...) the same path runs on the CPU.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { skip, cuda, device, emulated, seed, rng, assertClose, assertNormClose } from './helpers.mjs';

// lib/native/device.ts reads KALA_CUDA_BINARY when it is imported; helpers.mjs resolved the same binary
const api = skip ? undefined : await import('../../dist/index.js');
const R = rng(seed ^ 0x4b4d);

const config = (parallel = true) => ({
  hidden_size: 48, num_hidden_layers: 2, num_attention_heads: 4, intermediate_size: 80, vocab_size: 97,
  max_position_embeddings: 64, rotary_pct: 0.5, rotary_emb_base: 10000, layer_norm_eps: 1e-5,
  use_parallel_residual: parallel, eos_token_id: 0, bos_token_id: 0, kala: { value_head_dim: 8 },
});

const ids = (B, T) => Array.from({ length: B }, () => Array.from(R.int(T, 1, 97)));

function batch(B, T) {
  const inputIds = ids(B, T);
  const lawTargets = inputIds.map((row) => row.map((_, t) => (t % 3 === 0 ? null : Array.from(R.uniform(5, 0, 1)))));
  return { inputIds, labels: inputIds.map((r) => r.map((x, t) => (t < 2 ? -100 : x))), lawTargets, ethicsWeight: 0.7 };
}

// the same seeded random model on both devices
async function pair(parallel, precision = 'f32') {
  const cpu = api.KalaModel.create(config(parallel), { seed: 11, device: 'cpu' });
  const gpu = api.KalaModel.create(config(parallel), { seed: 11, device: 'cuda', precision });
  return { cpu, gpu };
}

describe(`KalaModel and Trainer on 'cuda' (${skip ? 'skipped' : `${device.name}${emulated ? ', emulated' : ''}`}, seed ${seed})`, { skip }, () => {
  let tmp;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'kala-gpu-model-'));
    process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  });

  test('the device choice, precision defaults and their reasons', async () => {
    const m = api.KalaModel.create(config(), { seed: 1, device: 'cuda' });
    assert.equal(m.device, 'cuda');
    assert.equal(m.precision, Number(device.computeCapability) >= 8 ? 'bf16' : 'f16');
    assert.match(m.deviceReason, emulated ? /emulator/ : new RegExp(device.name.replace(/[()]/g, '.')));
    assert.throws(() => api.KalaModel.create(config(), { device: 'cuda', precision: 'f64' }), (e) => e.code === 'INVALID_ARGUMENT');
    m.dispose();
  });

  for (const parallel of [true, false]) {
    test(`forward equals the CPU engine (${parallel ? 'parallel' : 'sequential'} residual; f32 and bf16)`, async () => {
      const { cpu, gpu } = await pair(parallel);
      const x = ids(2, 13);
      const before = cuda.memory().allocated;
      const a = await cpu.forward(x), b = await gpu.forward(x);
      // the forward really ran on the device: the weights were uploaded there
      const wb = gpu.weightBytes;
      assert.ok(cuda.memory().allocated - before >= wb, `${cuda.memory().allocated - before} bytes on the device`);
      assertClose('logits f32', b.logits.data, a.logits.data, { atol: 2e-4, rtol: 2e-4 });
      assertClose('law scores f32', b.lawScores.data, a.lawScores.data, { atol: 2e-4, rtol: 2e-4 });
      assertClose('layer law logits f32', b.layerLawLogits.data, a.layerLawLogits.data, { atol: 2e-4, rtol: 2e-4 });
      const half = api.KalaModel.create(config(parallel), { seed: 11, device: 'cuda', precision: 'bf16' });
      const c = await half.forward(x);
      const err = assertNormClose('logits bf16', c.logits.data, a.logits.data, 3e-2);
      assert.ok(err > 1e-6, 'bf16 results identical to f32: the precision did not reach the device');
      for (const m of [cpu, gpu, half]) m.dispose();
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(cuda.memory().allocated < before + wb, 'dispose() frees the device copy');
    });
  }

  test('greedy generation: the same tokens and law scores as on the CPU; the monitor halts both alike', async () => {
    const { cpu, gpu } = await pair(true);
    const opts = { maxNewTokens: 20, temperature: 0, monitor: false };
    // a random prompt whose greedy continuation does not end at once (eos is token 0 here)
    let prompt, a;
    for (let tries = 0; tries < 20; tries++) {
      prompt = ids(1, 6)[0];
      a = await cpu.generate(prompt, opts);
      if (a.tokens.length >= 3) break;
    }
    assert.ok(a.tokens.length >= 3, 'no prompt of 20 continued past eos');
    const b = await gpu.generate(prompt, opts);
    assert.deepEqual(b.tokens, a.tokens);
    assert.equal(b.stopReason, a.stopReason);
    assertClose('generated law scores', b.lawScores.flat(), a.lawScores.flat(), { atol: 2e-4, rtol: 2e-4 });
    // a threshold between the scores the first generated tokens get: both halt at the same token
    const first = a.lawScores[0];
    const threshold = Math.min(...first) + 1e-3;
    const ma = await cpu.generate(prompt, { ...opts, monitor: new api.EthicsMonitor({ threshold }) });
    const mb = await gpu.generate(prompt, { ...opts, monitor: new api.EthicsMonitor({ threshold }) });
    assert.equal(ma.stopReason, 'ethics');
    assert.equal(mb.stopReason, 'ethics');
    assert.deepEqual({ ...mb.violation, explanation: undefined, score: undefined }, { ...ma.violation, explanation: undefined, score: undefined });
    // sampling with a seed is reproducible on the device, and stream() yields what generate() returns
    const s1 = await gpu.generate(prompt, { maxNewTokens: 12, temperature: 0.9, topK: 20, seed: 5, monitor: false });
    const steps = [];
    const st = gpu.stream(prompt, { maxNewTokens: 12, temperature: 0.9, topK: 20, seed: 5, monitor: false });
    for await (const s of st) steps.push(s.token);
    assert.deepEqual(steps, s1.tokens);
    cpu.dispose();
    gpu.dispose();
    await assert.rejects(gpu.generate(prompt, opts), (e) => e.code === 'DISPOSED');
  });

  test('sessions on the device: evaluate reuses the prefix, trim and fork (device-to-device copy) continue as from scratch', async () => {
    const { cpu, gpu } = await pair(true);
    const opts = { maxNewTokens: 6, temperature: 0, monitor: false };
    const ctx = ids(1, 14)[0];
    const s = await gpu.createSession({ capacity: 48 });
    await s.evaluate(ctx);
    const r1 = await s.generate(opts);
    assert.deepEqual(r1.tokens, (await cpu.generate(ctx, opts)).tokens);
    const turn2 = [...ctx, ...r1.tokens, ...ids(1, 5)[0]];
    const e = await s.evaluate(turn2);
    assert.equal(e.reused, ctx.length + r1.tokens.length);
    const f = await s.fork();
    const a = await s.generate(opts), b = await f.generate(opts);
    const want = (await cpu.generate(turn2, opts)).tokens;
    assert.deepEqual(a.tokens, want);
    assert.deepEqual(b.tokens, want);
    s.trim(9);
    assert.deepEqual((await s.generate(opts)).tokens, (await cpu.generate(ctx.slice(0, 9), opts)).tokens);
    s.dispose();
    f.dispose();
    cpu.dispose();
    gpu.dispose();
  });

  test('LoRA gradients and three training steps match the CPU trainer', async () => {
    const { cpu, gpu } = await pair(false);
    const lora = { r: 4, alpha: 8, dropout: 0.1 };
    const tc = new api.Trainer(cpu, { lora, learningRate: 3e-3, seed: 3 });
    const tg = new api.Trainer(gpu, { lora, learningRate: 3e-3, seed: 3 });
    const b = batch(2, 12);
    const ga = await tc.computeGradients(b), gb = await tg.computeGradients(b);
    assert.ok(Math.abs(gb.loss - ga.loss) <= 1e-4 * Math.abs(ga.loss), `loss ${gb.loss} vs ${ga.loss}`);
    assert.deepEqual(Object.keys(gb.grads).sort(), Object.keys(ga.grads).sort());
    for (const k of Object.keys(ga.grads)) assertNormClose(k, gb.grads[k].data, ga.grads[k].data, 2e-3, 1e-9);
    for (let i = 0; i < 3; i++) {
      const bi = batch(2, 12);
      const ra = await tc.step(bi), rb = await tg.step(bi);
      assert.ok(Math.abs(rb.loss - ra.loss) <= 1e-3 * Math.abs(ra.loss), `step ${i}: ${rb.loss} vs ${ra.loss}`);
    }
    // what was trained on the GPU is what a save writes: reload it on the CPU and compare
    const dir = path.join(tmp, 'trained');
    await gpu.save(dir);
    const back = await api.KalaModel.load(dir, { device: 'cpu', tokenizer: false });
    const x = ids(1, 10);
    const [fa, fb] = [await back.forward(x), await gpu.forward(x)];
    assertClose('GPU-trained model reloaded on the CPU', fb.logits.data, fa.logits.data, { atol: 2e-4, rtol: 2e-4 });
    for (const m of [cpu, gpu, back]) m.dispose();
  });

  test('a training checkpoint written on the GPU resumes with the uninterrupted losses', async () => {
    const lora = { r: 4, alpha: 8, dropout: 0.05 };
    const batches = [batch(2, 10), batch(2, 10), batch(2, 10), batch(2, 10)];
    const m1 = api.KalaModel.create(config(), { seed: 4, device: 'cuda', precision: 'f32' });
    const t1 = new api.Trainer(m1, { lora, learningRate: 5e-3, seed: 9 });
    for (const b of batches.slice(0, 2)) await t1.step(b);
    const ck = path.join(tmp, 'ck');
    await t1.saveCheckpoint(ck);
    const rest = [];
    for (const b of batches.slice(2)) rest.push((await t1.step(b)).loss);
    const m2 = api.KalaModel.create(config(), { seed: 4, device: 'cuda', precision: 'f32' });
    const t2 = new api.Trainer(m2, { lora, learningRate: 5e-3, seed: 9, resume: ck });
    const again = [];
    for (const b of batches.slice(2)) again.push((await t2.step(b)).loss);
    assert.equal(t2.steps, 4); // it went on from the checkpoint's step 2
    for (let i = 0; i < rest.length; i++) assert.ok(Math.abs(again[i] - rest[i]) <= 1e-5 * Math.abs(rest[i]), `resumed step ${i}: ${again[i]} vs ${rest[i]}`);
    await assert.rejects(new api.Trainer(m2, { lora: false }).step(batches[0]), (e) => e.code === 'INVALID_ARGUMENT');
    m1.dispose();
    m2.dispose();
  });
});

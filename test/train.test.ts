// Training behaviour: overfitting a small set, accumulation, checkpoints that resume exactly
// after SIGKILL, PEFT adapters that round-trip, full training, and the data pipeline.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KalaModel, Tokenizer, Trainer, generateDataset, readExamples, encodeExample, FormatError } from '../lib/index.js';
import { NATIVE } from '../lib/internal.js';
import { trainTokenizer } from '../lib/train/tokenizer-train.js';
import { packBatch, padBatch } from '../lib/train/data.js';
import { readSafetensorsHeader } from '../lib/formats/safetensors.js';
import { runTraining, type TrainCommandOptions } from '../lib/cli/train.js';
import { ROOT, tinyConfig, tmpDir } from './helpers.js';

let tok: Tokenizer;
let dir: string;
let dataFile: string;
let tokFile: string;

beforeAll(async () => {
  const ds = generateDataset({ size: 300, seed: 4 });
  const texts = ds.train.map((e) => ('prompt' in e ? `User: ${e.prompt}\nKALA: ${e.response}` : e.messages.map((m) => m.content).join('\n')));
  tok = await trainTokenizer(texts);
  dir = await tmpDir('kala-train-');
  tokFile = path.join(dir, 'tokenizer.json');
  await tok.save(tokFile);
  dataFile = path.join(dir, 'data.jsonl');
  await fsp.writeFile(dataFile, ds.train.slice(0, 24).map((e) => JSON.stringify(e)).join('\n') + '\n');
}, 60_000);

const model = (over: Record<string, unknown> = {}, seed = 1) => KalaModel.create(tinyConfig({ vocab_size: tok.vocabSize, max_position_embeddings: 128, ...over }), { seed, tokenizer: tok });

async function fixedBatch() {
  const ex = (await readExamples(dataFile)).slice(0, 4);
  const enc = await Promise.all(ex.map((e) => encodeExample(tok, e, { seqLen: 48, trainOnPrompts: true })));
  const T = Math.min(...enc.map((e) => e.ids.length));
  return { inputIds: enc.map((e) => e.ids.slice(0, T)), lawTargets: enc.map((e) => e.targets.slice(0, T)) };
}

describe('Trainer', () => {
  it('overfits a small fixed set with LoRA: loss falls by >= 90%', async () => {
    const m = model();
    const trainer = new Trainer(m, { learningRate: 1e-2, schedule: 'constant', lora: { r: 16, alpha: 32, dropout: 0 }, maxGradNorm: 1 });
    const batch = await fixedBatch();
    const first = (await trainer.step(batch)).loss;
    let last = first;
    for (let i = 0; i < 300 && last > first * 0.1; i++) last = (await trainer.step(batch)).loss;
    expect(last).toBeLessThan(first * 0.1);
    m.dispose();
  });

  it('overfits with full training of every parameter', async () => {
    const m = model();
    const trainer = new Trainer(m, { learningRate: 3e-3, schedule: 'constant', lora: false });
    const batch = await fixedBatch();
    const first = (await trainer.step(batch)).loss;
    let last = first;
    for (let i = 0; i < 300 && last > first * 0.1; i++) last = (await trainer.step(batch)).loss;
    expect(last).toBeLessThan(first * 0.1);
    const names = await trainer.parameterNames();
    expect(names).toContain('gpt_neox.layers.0.attention.query_key_value.weight');
    m.dispose();
  });

  it('gradient accumulation over two halves equals one step on the whole batch', async () => {
    const batch = await fixedBatch();
    const weights = async (accumulate: boolean) => {
      const m = model({}, 2);
      const trainer = new Trainer(m, { learningRate: 1e-2, lora: { r: 4, dropout: 0 }, gradientAccumulation: accumulate ? 2 : 1, maxGradNorm: 0, ethicsWeight: 0 });
      // two full-LM rows per half: each half's mean loss has the same token count, so the mean of means is the mean
      const rows = batch.inputIds.map((r) => r.slice(0, 16));
      if (accumulate) {
        expect((await trainer.step({ inputIds: rows.slice(0, 2) })).stepped).toBe(false);
        expect((await trainer.step({ inputIds: rows.slice(2) })).stepped).toBe(true);
      } else {
        expect((await trainer.step({ inputIds: rows })).stepped).toBe(true);
      }
      const h = m[NATIVE]().handle;
      const t = await h.getTensor('base_model.model.gpt_neox.layers.1.attention.query_key_value.lora_B.weight');
      m.dispose();
      return new Float32Array(t.data);
    };
    const [a, b] = [await weights(false), await weights(true)];
    let md = 0;
    for (let i = 0; i < a.length; i++) md = Math.max(md, Math.abs(a[i]! - b[i]!));
    expect(md).toBeLessThan(1e-5);
    expect(a.some((x) => x !== 0)).toBe(true);
  });

  it('keeps attention gains >= 0 and is deterministic for a seed', async () => {
    const run = async () => {
      const m = model({}, 3);
      const trainer = new Trainer(m, { learningRate: 5e-2, seed: 9, ethicsWeight: 5 });
      const batch = await fixedBatch();
      const losses = [];
      for (let i = 0; i < 5; i++) losses.push((await trainer.step(batch)).loss);
      const gains = new Float32Array((await m[NATIVE]().handle.getTensor('kala.layers.0.attention_law_gain')).data);
      m.dispose();
      return { losses, gains };
    };
    const a = await run();
    const b = await run();
    expect(a.losses).toEqual(b.losses);
    expect([...a.gains].every((g) => g >= 0)).toBe(true);
  });

  it('saves a PEFT adapter that loads back (unmerged exactly, merged closely) and trains on', async () => {
    const m = model({}, 4);
    const trainer = new Trainer(m, { learningRate: 1e-2, lora: { r: 8, alpha: 16, dropout: 0.05 } });
    const batch = await fixedBatch();
    for (let i = 0; i < 3; i++) await trainer.step(batch);
    const adir = path.join(await tmpDir(), 'adapter');
    await trainer.saveAdapter(adir);
    const cfg = JSON.parse(await fsp.readFile(path.join(adir, 'adapter_config.json'), 'utf8'));
    expect(cfg).toMatchObject({ peft_type: 'LORA', task_type: 'CAUSAL_LM', r: 8, lora_alpha: 16, lora_dropout: 0.05, bias: 'none' });
    const names = [...(await readSafetensorsHeader(path.join(adir, 'adapter_model.safetensors'))).tensors.keys()];
    expect(names).toContain('base_model.model.gpt_neox.layers.0.attention.query_key_value.lora_A.weight');
    expect(names).toContain('base_model.model.gpt_neox.embed_in.lora_embedding_B');
    expect(names).toContain('base_model.model.embed_out.lora_B.weight');
    expect(names.some((n) => n.includes('dense_h_to_4h'))).toBe(false); // "dense" = attention.dense only
    expect(existsSync(path.join(adir, 'kala.safetensors'))).toBe(true);

    const base = path.join(await tmpDir(), 'base');
    const fresh = model({}, 4);
    await fresh.save(base);
    fresh.dispose();
    const ids = batch.inputIds.slice(0, 2);
    const want = await m.forward(ids);
    const unmerged = await KalaModel.load(base, { adapter: adir });
    expect((await unmerged.forward(ids)).logits.data).toEqual(want.logits.data);
    const merged = await KalaModel.load(base, { adapter: adir, mergeAdapter: true });
    const got = (await merged.forward(ids)).logits.data;
    let md = 0;
    for (let i = 0; i < got.length; i++) md = Math.max(md, Math.abs(got[i]! - want.logits.data[i]!));
    expect(md).toBeLessThan(1e-3);
    // continuing the adapter trains the same parameters
    const again = new Trainer(unmerged, { adapter: adir });
    expect((await again.step(batch)).loss).toBeGreaterThan(0);
    // a saved model carries its attached adapter
    const whole = path.join(await tmpDir(), 'whole');
    await m.save(whole);
    const back = await KalaModel.load(whole);
    expect((await back.forward(ids)).logits.data).toEqual(want.logits.data);
    for (const x of [m, unmerged, merged, back]) x.dispose();
  });

  it('resumes after SIGKILL with the same losses as an uninterrupted run', async () => {
    const work = await tmpDir('kala-resume-');
    const worker = path.join(ROOT, 'test', 'workers', 'train-worker.mjs');
    const logOf = (f: string) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // uninterrupted
    execFileSync(process.execPath, [worker, tokFile, dataFile, path.join(work, 'ck-full'), path.join(work, 'full.log')]);
    const full = logOf(path.join(work, 'full.log')).filter((e) => !e.done);
    expect(full.length).toBeGreaterThan(8);
    // killed mid-run, after a checkpoint exists
    const ck = path.join(work, 'ck');
    const child = spawn(process.execPath, [worker, tokFile, dataFile, ck, path.join(work, 'crash.log'), 'start', '150']);
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        try {
          const st = JSON.parse(readFileSync(path.join(ck, 'trainer_state.json'), 'utf8'));
          if (st.step >= 4) {
            clearInterval(timer);
            child.kill('SIGKILL');
            resolve();
          }
        } catch {
          /* not written yet */
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the worker finished before it could be killed'));
      });
    });
    await new Promise((r) => child.on('exit', r));
    const resumedFrom = JSON.parse(readFileSync(path.join(ck, 'trainer_state.json'), 'utf8')).step;
    execFileSync(process.execPath, [worker, tokFile, dataFile, ck, path.join(work, 'resume.log'), 'resume']);
    const resumed = logOf(path.join(work, 'resume.log')).filter((e) => !e.done);
    expect(resumed[0].step).toBe(resumedFrom + 1);
    expect(resumed.at(-1).step).toBe(full.at(-1).step);
    for (const e of resumed) {
      const ref = full.find((f) => f.step === e.step);
      expect(e.loss, `step ${e.step}`).toBeCloseTo(ref.loss, 10);
      expect(e.lr).toBe(ref.lr);
    }
  }, 180_000);
});

describe('kala-train train log', () => {
  it('does not repeat the steps after the checkpoint when a killed run resumes', async () => {
    const work = await tmpDir('kala-trainlog-');
    const base = path.join(work, 'base');
    const m = model({}, 7);
    await m.save(base);
    m.dispose();
    const out = path.join(work, 'out');
    const o: TrainCommandOptions = {
      model: base, data: [dataFile], out, stage: 'constitutional', epochs: 2, batchSize: 4, lr: 1e-3, loraR: 2, loraAlpha: 4, loraDropout: 0,
      seqLen: 48, seed: 1, dataSize: 0, gradAccum: 1, warmup: 0, schedule: 'constant', checkpointEvery: 2,
    };
    const quiet = () => undefined;
    const steps = async () => (await fsp.readFile(path.join(out, 'train_log.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).step);
    await runTraining({ ...o, test: true }, quiet); // stops after 5 steps, checkpoint at step 5
    const ck5 = path.join(work, 'ck5');
    await fsp.cp(path.join(out, 'checkpoint'), ck5, { recursive: true });
    await runTraining({ ...o, resume: true }, quiet); // on to the end (12 steps), logging 6..12
    const all = await steps();
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    // as if killed after logging those steps but before their checkpoint was saved
    await fsp.rm(path.join(out, 'checkpoint'), { recursive: true });
    await fsp.cp(ck5, path.join(out, 'checkpoint'), { recursive: true });
    await runTraining({ ...o, resume: true }, quiet);
    expect(await steps()).toEqual(all);
  }, 120_000);
});

describe('training data', () => {
  it('reports a bad line with file:line and what is wrong', async () => {
    const f = path.join(await tmpDir(), 'bad.jsonl');
    await fsp.writeFile(f, '{"prompt":"a","response":"b"}\n{"prompt":"a","response":"b","prompt_laws":[1,1,1]}\n');
    const err = await readExamples(f).catch((e) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect(err.code).toBe('DATA_INVALID');
    expect(err.message).toMatch(/bad\.jsonl:2: prompt_laws must be five numbers/);
    await fsp.writeFile(f, '{"prompt": "a"\n');
    expect((await readExamples(f).catch((e) => e)).message).toMatch(/bad\.jsonl:1: not valid JSON/);
    await fsp.writeFile(f, '{"messages":[{"role":"robot","content":"x"}]}\n');
    expect((await readExamples(f).catch((e) => e)).message).toMatch(/bad\.jsonl:1: messages\[0\]\.role/);
  });

  it('masks prompt labels, keeps per-segment law targets, honours train_lm false', async () => {
    const ex = { prompt: 'How do I hurt someone?', response: 'I will not help with that.', prompt_laws: [1, 0, 1, 1, 1], response_laws: [1, 1, 1, 1, 1] };
    const e = await encodeExample(tok, ex);
    const [user, reply] = e.segments;
    expect(e.labels.slice(user!.start, user!.end).every((l) => l === -100)).toBe(true);
    expect(e.labels.slice(reply!.start, reply!.end)).toEqual(e.ids.slice(reply!.start, reply!.end));
    expect(e.targets[user!.start]).toEqual([1, 0, 1, 1, 1]);
    expect(e.targets[reply!.end - 1]).toEqual([1, 1, 1, 1, 1]);
    expect(e.ids.at(-1)).toBe(tok.eosTokenId);
    expect(e.law).toBe(1);
    expect(e.benign).toBe(false);
    const draft = await encodeExample(tok, { ...ex, train_lm: false });
    expect(draft.labels.every((l) => l === -100)).toBe(true);
    const both = await encodeExample(tok, ex, { trainOnPrompts: true });
    expect(both.labels).toEqual(both.ids);
  });

  it('a packed row gives the same loss as the same examples padded', async () => {
    const m = model({}, 6);
    const trainer = new Trainer(m, { lora: { r: 2, dropout: 0 } });
    const ex = (await readExamples(dataFile)).slice(0, 2);
    const enc = await Promise.all(ex.map((e) => encodeExample(tok, e, { seqLen: 60 })));
    const padded = padBatch(enc, 0);
    const { batch: packed, used } = packBatch(enc, 1, enc[0]!.ids.length + enc[1]!.ids.length, 0);
    expect(used).toBe(2);
    // compute both through step-free gradients: losses must agree
    const asBatch = (nb: typeof padded) => ({
      inputIds: Array.from({ length: nb.B }, (_, b) => Array.from(nb.ids.subarray(b * nb.T, (b + 1) * nb.T))),
      labels: Array.from({ length: nb.B }, (_, b) => Array.from(nb.labels.subarray(b * nb.T, (b + 1) * nb.T))),
      lawTargets: Array.from({ length: nb.B }, (_, b) => Array.from({ length: nb.T }, (_, t) => Array.from(nb.targets.subarray((b * nb.T + t) * 5, (b * nb.T + t) * 5 + 5)))),
    });
    const a = await trainer.computeGradients(asBatch(padded));
    const h = m[NATIVE]();
    const native = new h.addon.NativeTrainer(h.handle, { full: false });
    const b = await native.compute(packed, { dropout: false, seed: 0, ethicsWeight: 0.5, recompute: false });
    expect(b.lmLoss).toBeCloseTo(a.lmLoss, 5);
    expect(b.ethicsLoss).toBeCloseTo(a.ethicsLoss, 5);
    m.dispose();
  });
});

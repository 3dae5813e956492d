// Loss parts and every gradient against the float64 reference (neox_ref.py grads): committed
// fixtures, fresh random checkpoints and adapters when python3-torch is present, and finite
// differences of our own loss.
import { execFileSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KalaModel, Trainer } from '../lib/index.js';
import { NATIVE } from '../lib/internal.js';
import { FIXTURES, NEOX_REF, PY, ckpt, flat, hasTorch, relError, tmpDir } from './helpers.js';

const G = path.join(FIXTURES, 'grads');
const readJson = async (f: string) => JSON.parse(await fsp.readFile(f, 'utf8'));

async function compare(ckptDir: string, adapter: string | undefined, batchFile: string, gradsFile: string) {
  const b = await readJson(batchFile);
  const ref = await readJson(gradsFile);
  const model = await KalaModel.load(ckptDir);
  const trainer = new Trainer(model, { ethicsWeight: b.ethicsWeight ?? 0.5, ...(adapter ? { adapter } : { lora: { r: 2, targets: ['query_key_value'] } }) });
  const r = await trainer.computeGradients({ inputIds: b.inputIds, labels: b.labels, lawTargets: b.lawTargets });
  expect(Math.abs(r.lmLoss - ref.lmLoss) / Math.abs(ref.lmLoss)).toBeLessThan(1e-4);
  expect(Math.abs(r.ethicsLoss - ref.ethicsLoss)).toBeLessThan(1e-4 * Math.max(1, Math.abs(ref.ethicsLoss)));
  expect(Math.abs(r.loss - ref.loss) / Math.abs(ref.loss)).toBeLessThan(1e-4);
  const names = Object.keys(ref.grads);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    expect(r.grads[name], name).toBeDefined();
    expect(relError(r.grads[name]!.data, flat(ref.grads[name])), name).toBeLessThan(1e-3);
  }
  // exactly the adapter's tensors get LoRA gradients
  const lora = (ns: string[]) => ns.filter((n) => n.startsWith('base_model.')).sort();
  if (adapter) expect(lora(Object.keys(r.grads))).toEqual(lora(names));
  model.dispose();
}

describe('gradients against the float64 reference', () => {
  it.each(['tiny-kala', 'tiny-seq-kala-bf16', 'tiny-f16-sharded'])('%s with a PEFT adapter', async (name) => {
    await compare(ckpt(name), path.join(G, `${name}.adapter`), path.join(G, `${name}.batch.json`), path.join(G, `${name}.grads.json`));
  });

  it('kala.* parameters alone (no adapter in the reference)', async () => {
    const b = await readJson(path.join(G, 'tiny-kala-noadapter.batch.json'));
    const ref = await readJson(path.join(G, 'tiny-kala-noadapter.grads.json'));
    const model = await KalaModel.load(ckpt('tiny-kala'));
    // a fresh LoRA has B = 0, so the network is unchanged and kala.* gradients match a run without it
    const trainer = new Trainer(model, { ethicsWeight: b.ethicsWeight });
    const r = await trainer.computeGradients(b);
    expect(Math.abs(r.loss - ref.loss) / ref.loss).toBeLessThan(1e-4);
    for (const name of Object.keys(ref.grads)) expect(relError(r.grads[name]!.data, flat(ref.grads[name])), name).toBeLessThan(1e-3);
    model.dispose();
  });
});

describe('gradients against finite differences', () => {
  it('match central differences of the loss for LoRA and kala.* parameters', async () => {
    const model = await KalaModel.load(ckpt('tiny-seq-kala-bf16'));
    const trainer = new Trainer(model, { adapter: path.join(G, 'tiny-seq-kala-bf16.adapter'), ethicsWeight: 1 });
    const b = await readJson(path.join(G, 'tiny-seq-kala-bf16.batch.json'));
    const { grads } = await trainer.computeGradients(b);
    const h = model[NATIVE]().handle;
    const names = [
      'base_model.model.gpt_neox.layers.1.attention.query_key_value.lora_B.weight',
      'base_model.model.gpt_neox.embed_in.lora_embedding_A',
      'kala.layers.0.value_head.fc1.weight',
      'kala.layers.1.attention_law_gain',
      'kala.aggregator.layer_logits',
      'kala.final_value_head.fc2.bias',
    ];
    for (const name of names) {
      const t = await h.getTensor(name);
      const base = new Float32Array(t.data.slice(0));
      const g = grads[name]!.data;
      // the coordinate with the largest gradient: well above fp32 noise of the loss
      let i = 0;
      for (let j = 1; j < g.length; j++) if (Math.abs(g[j]!) > Math.abs(g[i]!)) i = j;
      const eps = 1e-2 * Math.max(1e-2, Math.abs(base[i]!));
      const lossAt = async (delta: number) => {
        const p = base.slice();
        p[i] = base[i]! + delta;
        h.setTensor(name, 'F32', t.shape, p);
        return (await trainer.computeGradients(b)).loss;
      };
      const fd = ((await lossAt(eps)) - (await lossAt(-eps))) / (2 * eps);
      h.setTensor(name, 'F32', t.shape, base);
      expect(Math.abs(fd - g[i]!) / Math.abs(g[i]!), `${name}[${i}] fd ${fd} vs ${g[i]}`).toBeLessThan(2e-2);
    }
    model.dispose();
  });
});

describe('a batch with no language-modelling label', () => {
  // Trainer::compute skips the vocabulary projection then (a classifier trained on the law heads
  // alone, e.g. the Guardian): its gradients must be exactly the ethics term's, which is what the
  // full path gives as grads(ethicsWeight 1) - grads(ethicsWeight 0) on the same batch
  it('gets the ethics loss gradient of every parameter, full training, and zero for embed_out', async () => {
    const model = await KalaModel.load(ckpt('tiny-kala'));
    const trainer = new Trainer(model, { lora: false });
    const b = await readJson(path.join(G, 'tiny-kala.batch.json'));
    const both = await trainer.computeGradients({ ...b, ethicsWeight: 1 });
    const lmOnly = await trainer.computeGradients({ ...b, ethicsWeight: 0 });
    const noLabels = b.inputIds.map((row: number[]) => row.map(() => -100));
    const r = await trainer.computeGradients({ inputIds: b.inputIds, labels: noLabels, lawTargets: b.lawTargets, ethicsWeight: 1 });
    expect(r.lmLoss).toBe(0);
    expect(Math.abs(r.ethicsLoss - both.ethicsLoss)).toBeLessThan(1e-6 * Math.max(1, both.ethicsLoss));
    let checked = 0;
    for (const name of Object.keys(both.grads)) {
      const want = both.grads[name]!.data.map((x, i) => x - lmOnly.grads[name]!.data[i]!);
      const got = r.grads[name]!.data;
      if (name === 'embed_out.weight') {
        expect(got.every((x) => x === 0), name).toBe(true);
        continue;
      }
      const scale = Math.max(1e-6, Math.sqrt(want.reduce((a, x) => a + x * x, 0)));
      const diff = Math.sqrt(got.reduce((a, x, i) => a + (x - want[i]!) ** 2, 0));
      expect(diff / scale, name).toBeLessThan(1e-3);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    model.dispose();
  });
});

const REF = NEOX_REF;

describe.skipIf(!hasTorch)('gradients on fresh random checkpoints and adapters', () => {
  it.each([
    ['tiny', ['--preset', 'tiny', '--kala']],
    ['tiny-seq F16', ['--preset', 'tiny-seq', '--kala', '--dtype', 'F16']],
  ])('%s', async (_n, args) => {
    const seed = Math.floor(Math.random() * 1e6);
    const dir = await tmpDir();
    const run = (...a: string[]) => execFileSync(PY, [REF, ...a], { stdio: 'ignore' });
    run('make', path.join(dir, 'ck'), '--seed', String(seed), ...args);
    run('adapter', path.join(dir, 'ad'), path.join(dir, 'ck'), String(seed % 1000));
    const cfg = await readJson(path.join(dir, 'ck', 'config.json'));
    const V = cfg.vocab_size, B = 2, T = 11;
    const rnd = (k: number) => (Math.sin(seed * 12.9898 + k * 78.233) * 43758.5453) % 1;
    const r = (k: number) => Math.abs(rnd(k));
    const inputIds = [0, 1].map((bb) => Array.from({ length: T }, (_, t) => Math.floor(r(bb * 100 + t) * V)));
    const labels = inputIds.map((row, bb) => row.map((x, t) => (r(1000 + bb * 100 + t) < 0.2 ? -100 : x)));
    const lawTargets = inputIds.map((row, bb) => row.map((_, t) => (r(2000 + bb * 100 + t) < 0.2 ? [null, null, null, null, null] : [0, 1, 2, 3, 4].map((k) => Number(r(3000 + bb * 1000 + t * 10 + k).toFixed(3))))));
    await fsp.writeFile(path.join(dir, 'batch.json'), JSON.stringify({ inputIds, labels, lawTargets, ethicsWeight: 0.8 }));
    run('grads', path.join(dir, 'ck'), path.join(dir, 'ad'), path.join(dir, 'batch.json'), path.join(dir, 'grads.json'));
    await compare(path.join(dir, 'ck'), path.join(dir, 'ad'), path.join(dir, 'batch.json'), path.join(dir, 'grads.json'));
    await fsp.rm(dir, { recursive: true, force: true });
  });
});

// Multi-file artifacts are all-or-nothing: a checkpoint or model whose swap was cut between its
// two renames is recovered to the newest complete copy, an adapter mixed from two saves is
// refused, and a KALA checkpoint without its constitutional tensors does not load.
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError, KalaModel, Trainer } from '../lib/index.js';
import { readAdapter } from '../lib/formats/adapter.js';
import { writeSafetensors } from '../lib/formats/safetensors.js';
import { ckpt, copyCkpt, tinyConfig, tmpDir } from './helpers.js';

const batch = { inputIds: [[1, 5, 9, 3, 7, 2], [4, 4, 8, 1, 0, 6]] };
const tiny = (seed = 1) => KalaModel.create(tinyConfig(), { seed });

/** The pid of a process that has exited: the writer that was killed. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

/** Trains `steps` steps and writes a checkpoint into `dir`. */
async function checkpointAt(dir: string, steps: number): Promise<void> {
  const m = tiny();
  const t = new Trainer(m, { lora: { r: 2, dropout: 0 }, seed: 3 });
  for (let i = 0; i < steps; i++) await t.step(batch);
  await t.saveCheckpoint(dir);
  m.dispose();
}

async function resumedStep(dir: string): Promise<number> {
  const m = tiny();
  const t = new Trainer(m, { lora: { r: 2, dropout: 0 }, resume: dir });
  await t.parameterNames();
  m.dispose();
  return t.steps;
}

/** The state a kill between `dir -> .dir.old-*` and `.dir.tmp-* -> dir` leaves behind. */
async function cutSwap(dir: string, newer: string): Promise<{ old: string; tmp: string }> {
  const pid = deadPid();
  const old = path.join(path.dirname(dir), `.${path.basename(dir)}.old-${pid}-a1b2c3d4`);
  const tmp = path.join(path.dirname(dir), `.${path.basename(dir)}.tmp-${pid}-e5f6a7b8`);
  await fsp.rename(dir, old);
  await fsp.cp(newer, tmp, { recursive: true });
  return { old, tmp };
}

describe('checkpoint swap cut between its renames', () => {
  it('resumes from the complete new copy and removes the temporary directories', async () => {
    const root = await tmpDir('kala-swap-');
    const ck = path.join(root, 'checkpoint');
    await checkpointAt(ck, 1);
    await checkpointAt(path.join(root, 'next'), 2);
    const { old, tmp } = await cutSwap(ck, path.join(root, 'next'));
    expect(existsSync(ck)).toBe(false);
    expect(await resumedStep(ck)).toBe(2);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(tmp)).toBe(false);
  });

  it('falls back to the old copy when the new one is incomplete', async () => {
    const root = await tmpDir('kala-swap-');
    const ck = path.join(root, 'checkpoint');
    await checkpointAt(ck, 1);
    await checkpointAt(path.join(root, 'next'), 2);
    const { old, tmp } = await cutSwap(ck, path.join(root, 'next'));
    await fsp.rm(path.join(tmp, 'trainer_state.json')); // the kill came before the last file
    expect(await resumedStep(ck)).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(tmp)).toBe(false);
  });

  it('a model directory cut between its renames loads (the old copy when the new one is incomplete)', async () => {
    const root = await tmpDir('kala-swap-');
    const dir = path.join(root, 'model');
    const a = tiny(1);
    const b = tiny(2);
    await a.save(dir);
    await b.save(path.join(root, 'next'));
    const { tmp } = await cutSwap(dir, path.join(root, 'next'));
    await fsp.rm(path.join(tmp, 'kala.safetensors'));
    const back = await KalaModel.load(dir);
    const ids = [[1, 2, 3]];
    expect((await back.forward(ids)).logits.data).toEqual((await a.forward(ids)).logits.data);
    for (const m of [a, b, back]) m.dispose();
  });
});

describe('adapter saved into a directory of other files', () => {
  it('refuses an adapter whose files come from two saves, and keeps the user files', async () => {
    const root = await tmpDir('kala-adapter-');
    const m = tiny();
    const t = new Trainer(m, { lora: { r: 2, dropout: 0 }, learningRate: 1e-2 });
    const dirA = path.join(root, 'a');
    await fsp.mkdir(dirA);
    await fsp.writeFile(path.join(dirA, 'notes.txt'), 'mine');
    await t.saveAdapter(dirA);
    await t.step(batch);
    const dirB = path.join(root, 'b');
    await t.saveAdapter(dirB);
    await t.saveAdapter(dirA); // a second save over the first keeps the user's file
    expect(await fsp.readFile(path.join(dirA, 'notes.txt'), 'utf8')).toBe('mine');
    await expect(readAdapter(dirA)).resolves.toBeDefined();

    // an old kala.safetensors beside a new adapter_model.safetensors: what a kill midway left
    const first = path.join(root, 'first');
    const m2 = tiny(2);
    await new Trainer(m2, { lora: { r: 2, dropout: 0 } }).saveAdapter(first);
    await fsp.copyFile(path.join(first, 'kala.safetensors'), path.join(dirA, 'kala.safetensors'));
    const err = await readAdapter(dirA).catch((e) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect(err.code).toBe('ADAPTER_INVALID');
    expect(err.message).toMatch(/kala\.safetensors/);
    const base = path.join(root, 'base');
    await m2.save(base);
    await expect(KalaModel.load(base, { adapter: dirA })).rejects.toMatchObject({ code: 'ADAPTER_INVALID' });
    for (const x of [m, m2]) x.dispose();
  });
});

describe('KALA checkpoint without its constitutional tensors', () => {
  it('fails with TENSOR_MISSING when kala.safetensors is missing or empty', async () => {
    const dir = path.join(await tmpDir('kala-nokala-'), 'm');
    const m = tiny();
    await m.save(dir);
    m.dispose();
    await fsp.rm(path.join(dir, 'kala.safetensors'));
    const missing = await KalaModel.load(dir).catch((e) => e);
    expect(missing).toBeInstanceOf(FormatError);
    expect(missing.code).toBe('TENSOR_MISSING');
    expect(missing.message).toMatch(/kala/);
    await writeSafetensors(path.join(dir, 'kala.safetensors'), [], { format: 'pt' });
    await expect(KalaModel.load(dir)).rejects.toMatchObject({ code: 'TENSOR_MISSING' });
  });

  it('still gives a plain Pythia checkpoint (no kala section) fresh heads', async () => {
    const plain = await KalaModel.load(ckpt('tiny-seq-plain'));
    expect((await plain.forward([[1, 2]])).lawScores.shape).toEqual([1, 2, 5]);
    plain.dispose();
    // and a KALA fixture whose kala.* tensors live in model.safetensors loads as before
    const dir = await copyCkpt('tiny-kala');
    (await KalaModel.load(dir)).dispose();
  });
});

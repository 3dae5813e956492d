// Where a model's weights live (csrc/model_placement.h, NativeModel.to / syncHost): on the CPU
// build the weights stay on the host. to('cpu') and syncHost() resolve and change nothing,
// to('cuda', ...) is UNSUPPORTED, a bad device or placement is INVALID_ARGUMENT, and the CPU
// trainer's finishGrads() is true (no loss scaling). test/gpu/ covers the moves on a CUDA build.
import { describe, expect, it } from 'vitest';
import { KalaModel } from '../lib/index.js';
import { NATIVE } from '../lib/internal.js';
import { loadCpuAddon } from '../lib/native/load.js';
import { nativeConfig, parseConfig } from '../lib/formats/config.js';
import { tinyConfig } from './helpers.js';

describe('NativeModel.to and syncHost on the CPU build', () => {
  const addon = loadCpuAddon();

  async function model() {
    const nm = new addon.NativeModel(nativeConfig(parseConfig(tinyConfig(), 'test config')));
    await nm.initRandom(3);
    return nm;
  }

  it("to('cpu') and syncHost() keep the weights and the results where they are", async () => {
    const nm = await model();
    const ids = Int32Array.from([1, 2, 3, 4]);
    const before = await nm.forward(ids, 1, 4, false);
    await nm.to('cpu');
    await nm.syncHost();
    const after = await nm.forward(ids, 1, 4, false);
    expect(Array.from(after.logits)).toEqual(Array.from(before.logits));
    nm.dispose();
    expect(() => nm.to('cpu')).toThrow(expect.objectContaining({ code: 'DISPOSED' }));
  });

  it("to('cuda') is UNSUPPORTED without CUDA; a bad device or placement is INVALID_ARGUMENT", async () => {
    const nm = await model();
    await expect(nm.to('cuda', { precision: 'f32', training: false, rebuild: false })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    const untyped: { to(d: string, o?: object): Promise<void> } = nm;
    expect(() => untyped.to('tpu')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => untyped.to('cuda')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => untyped.to('cuda', { precision: 'f32' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    nm.dispose();
  });

  it("the CPU trainer's finishGrads() is true, and KalaModel's place() is a no-op on 'cpu'", async () => {
    const nm = await model();
    const tr = new addon.NativeTrainer(nm, { full: true });
    expect(tr.finishGrads()).toBe(true);
    nm.dispose();
    const m = KalaModel.create(tinyConfig(), { device: 'cpu' });
    const acc = m[NATIVE]();
    await acc.place({ training: true, rebuild: true });
    await acc.syncHost();
    expect((await m.forward([[1, 2, 3]])).logits.shape).toEqual([1, 3, m.config.vocabSize]);
    m.dispose();
  });
});

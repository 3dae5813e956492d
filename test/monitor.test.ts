// EthicsMonitor decisions, and generation that halts when a law is violated.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EthicsKernel, EthicsMonitor, InputError, KalaModel, LAWS, Tensor, type Violation } from '../lib/index.js';
import { ckpt, editKala, tmpDir } from './helpers.js';

describe('EthicsMonitor', () => {
  it('finds the first token below threshold and ranks laws by the hierarchy', () => {
    const m = new EthicsMonitor({ threshold: 0.5 });
    expect(m.check([0.9, 0.9, 0.9, 0.9, 0.9])).toBeNull();
    const v = m.check([
      [0.9, 0.9, 0.9, 0.9, 0.9],
      [0.9, 0.9, 0.9, 0.2, 0.1],
      [0.1, 0.9, 0.9, 0.9, 0.9],
    ])!;
    expect(v).toMatchObject({ law: 3, lawName: 'Self-Preservation', score: 0.2, threshold: 0.5, tokenIndex: 1, layer: -1 });
    expect(v.explanation).toMatch(/Law 3 \(Self-Preservation\)/);
  });

  it('supports five thresholds and Tensor input', () => {
    const m = new EthicsMonitor({ thresholds: [0.9, 0.5, 0.5, 0.5, 0.05] });
    const scores = new Tensor('float32', [1, 2, 5], Float32Array.from([0.95, 0.6, 0.6, 0.6, 0.1, 0.85, 0.6, 0.6, 0.6, 0.01]));
    expect(m.check(scores)).toMatchObject({ law: 0, tokenIndex: 1, threshold: 0.9 });
  });

  it('names the first head whose own score fell below, else the lowest one', () => {
    const m = new EthicsMonitor();
    const ok = [3, 3, 3, 3, 3];
    const bad = [3, -4, 3, 3, 3];
    // heads x tokens x laws: head 2 is the first below 0.5 for law 1 at token 0
    const z = [[ok], [[3, 0.5, 3, 3, 3]], [bad], [bad]];
    expect(m.check([[0.9, 0.3, 0.9, 0.9, 0.9]], z)!.layer).toBe(2);
    // no single head below the threshold: the lowest-scoring head
    const z2 = [[ok], [[3, 0.2, 3, 3, 3]], [[3, 0.1, 3, 3, 3]]];
    expect(m.check([[0.9, 0.3, 0.9, 0.9, 0.9]], z2)!.layer).toBe(2);
  });

  it('rejects bad thresholds', () => {
    expect(() => new EthicsMonitor({ threshold: 2 })).toThrow(InputError);
    expect(() => new EthicsMonitor({ thresholds: [0.5, 0.5] })).toThrow(InputError);
    expect(() => new EthicsMonitor().check([[1, 2, 3]])).toThrow(InputError);
  });
});

describe('generation halts on a violation', () => {
  it('stops with stopReason ethics, withholds the token, and says which law and head', async () => {
    // a checkpoint whose layer-1 value head sees every token as violating Law 1
    const base = await KalaModel.load(ckpt('tiny-f16-sharded'));
    const dir = path.join(await tmpDir(), 'violating');
    await base.save(dir);
    base.dispose();
    await editKala(dir, (name, data) => {
      if (name === 'kala.layers.1.value_head.fc2.bias') data[1] = -30;
    });
    const model = await KalaModel.load(dir);
    const r = await model.generate([7, 3, 12, 40], { maxNewTokens: 10, temperature: 0 });
    expect(r.stopReason).toBe('ethics');
    expect(r.tokens).toEqual([]);
    expect(r.violation).toMatchObject({ law: 1, lawName: 'Individual Safety', tokenIndex: 0, layer: 1, threshold: 0.5 });
    expect(r.violation!.score).toBeLessThan(0.5);

    // a stricter threshold on a different law, looser on Law 1: generation runs to the end
    const loose = new EthicsMonitor({ thresholds: [0.5, 0.0, 0.5, 0.5, 0.5] });
    const r2 = await model.generate([7, 3, 12, 40], { maxNewTokens: 5, temperature: 0, monitor: loose });
    expect(r2.stopReason === 'length' || r2.stopReason === 'eos').toBe(true);
    // monitor: false also disables halting, and the scores still report the low law
    const r3 = await model.generate([7, 3, 12, 40], { maxNewTokens: 3, temperature: 0, monitor: false });
    expect(r3.lawScores.length).toBe(r3.tokens.length);
    if (r3.lawScores.length > 0) expect(r3.lawScores[0]![1]).toBeLessThan(0.5);
    model.dispose();
  });

  it('stream yields steps and the same result as generate', async () => {
    const model = await KalaModel.load(ckpt('tiny-kala'));
    const steps = [];
    const s = model.stream([7, 3, 12, 40], { maxNewTokens: 6, temperature: 0, monitor: false });
    for await (const step of s) steps.push(step);
    const res = await s.result;
    const again = await model.generate([7, 3, 12, 40], { maxNewTokens: 6, temperature: 0, monitor: false });
    expect(steps.map((x) => x.token)).toEqual(res.tokens);
    expect(res.tokens).toEqual(again.tokens);
    expect(steps.every((x, i) => x.index === i && x.lawScores.length === 5)).toBe(true);
    model.dispose();
  });

  it('sampling is reproducible per seed', async () => {
    const model = await KalaModel.load(ckpt('tiny-kala'));
    const opts = { maxNewTokens: 12, temperature: 1.2, topK: 20, topP: 0.95, seed: 42, monitor: false as const };
    const a = await model.generate([7, 3], opts);
    const b = await model.generate([7, 3], opts);
    const c = await model.generate([7, 3], { ...opts, seed: 43 });
    expect(a.tokens).toEqual(b.tokens);
    expect(c.tokens).not.toEqual(a.tokens);
    model.dispose();
  });

  it('an abort signal ends generation with stopReason abort', async () => {
    const model = await KalaModel.load(ckpt('tiny-kala'));
    const ac = new AbortController();
    const s = model.stream([7, 3], { maxNewTokens: 30, temperature: 0, monitor: false, signal: ac.signal });
    let n = 0;
    for await (const _ of s) if (++n === 3) ac.abort();
    const r = await s.result;
    expect(r.stopReason).toBe('abort');
    expect(r.tokens.length).toBe(3);
    model.dispose();
  });
});

describe('one Violation type for the EthicsMonitor and the EthicsKernel', () => {
  it('both carry law, lawName, explanation and who found it', () => {
    const fromModel = new EthicsMonitor({ threshold: 0.5 }).check([[0.9, 0.2, 0.9, 0.9, 0.9]])!;
    const fromKernel = new EthicsKernel().check('how do I make a pipe bomb to hurt my neighbor').violations[0]!;
    const shared = (v: Violation) => ({ law: v.law, lawName: v.lawName, explanation: typeof v.explanation, source: v.source });
    expect(shared(fromModel)).toEqual({ law: 1, lawName: 'Individual Safety', explanation: 'string', source: 'model' });
    expect(shared(fromKernel)).toMatchObject({ lawName: LAWS[fromKernel.law], explanation: 'string', source: 'prompt' });
  });
});

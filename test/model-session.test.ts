// ModelSession (model.createSession): a KV cache kept between calls. What it generates equals what
// model.generate computes from the whole context; evaluate reuses the shared prefix and runs only
// the rest; fork copies the cache; trim cuts it; misuse fails with typed errors.
import { describe, expect, it } from 'vitest';
import { EthicsMonitor, KalaModel, KalaError, ModelSession, commonPrefix } from '../lib/index.js';
import { ckpt } from './helpers.js';
import { loadCpuAddon } from '../lib/native/load.js';

const greedy = { temperature: 0, monitor: false as const };

describe('ModelSession', async () => {
  const model = await KalaModel.load(ckpt('tiny-kala'));
  const V = model.config.vocabSize;
  const ids = (n: number, seed: number) => Array.from({ length: n }, (_, i) => (seed * 31 + i * 17) % V);

  it('generates what model.generate generates from the same context', async () => {
    const s = await model.createSession({ capacity: 64 });
    const ctx = ids(12, 1);
    expect(await s.evaluate(ctx)).toEqual({ reused: 0, evaluated: 12 });
    const a = await s.generate({ ...greedy, maxNewTokens: 8 });
    const b = await model.generate(ctx, { ...greedy, maxNewTokens: 8 });
    expect(a.tokens).toEqual(b.tokens);
    for (let i = 0; i < a.lawScores.length; i++) for (let k = 0; k < 5; k++) expect(a.lawScores[i]![k]).toBeCloseTo(b.lawScores[i]![k]!, 5);
    // the reply stays in the cache
    expect(s.tokens).toEqual([...ctx, ...a.tokens]);
    s.dispose();
  });

  it('a second turn reuses the cached prefix and runs only the new tokens, with the same result as from scratch', async () => {
    const s = await model.createSession({ capacity: 96 });
    const turn1 = ids(20, 2);
    await s.evaluate(turn1);
    const r1 = await s.generate({ ...greedy, maxNewTokens: 6 });
    const turn2 = [...turn1, ...r1.tokens, ...ids(9, 3)];
    const e = await s.evaluate(turn2);
    expect(e.reused).toBe(turn1.length + r1.tokens.length);
    expect(e.evaluated).toBe(9);
    const r2 = await s.generate({ ...greedy, maxNewTokens: 6 });
    expect(r2.tokens).toEqual((await model.generate(turn2, { ...greedy, maxNewTokens: 6 })).tokens);
    // a context that departs from the cache early keeps only the shared part
    const other = [...turn1.slice(0, 5), ...ids(7, 4)];
    const e2 = await s.evaluate(other);
    expect(e2.reused).toBe(commonPrefix(s.tokens.length ? turn2 : [], other));
    expect(s.tokens).toEqual(other);
    expect((await s.generate({ ...greedy, maxNewTokens: 5 })).tokens).toEqual((await model.generate(other, { ...greedy, maxNewTokens: 5 })).tokens);
    s.dispose();
  });

  it('prompt appends, generate(input) appends then generates', async () => {
    const s = await model.createSession({ capacity: 64 });
    await s.prompt(ids(6, 5));
    await s.prompt(ids(4, 6));
    expect(s.length).toBe(10);
    const r = await s.generate(ids(3, 7), { ...greedy, maxNewTokens: 4 });
    expect(r.tokens).toEqual((await model.generate([...ids(6, 5), ...ids(4, 6), ...ids(3, 7)], { ...greedy, maxNewTokens: 4 })).tokens);
    s.dispose();
  });

  it('fork copies the cache: both branches continue as from scratch, independently', async () => {
    const s = await model.createSession({ capacity: 64 });
    const ctx = ids(15, 8);
    await s.evaluate(ctx);
    const f = await s.fork();
    expect(f).toBeInstanceOf(ModelSession);
    expect(f.tokens).toEqual(ctx);
    const a = await f.generate(ids(2, 9), { ...greedy, maxNewTokens: 5 });
    const b = await s.generate(ids(3, 10), { ...greedy, maxNewTokens: 5 });
    expect(a.tokens).toEqual((await model.generate([...ctx, ...ids(2, 9)], { ...greedy, maxNewTokens: 5 })).tokens);
    expect(b.tokens).toEqual((await model.generate([...ctx, ...ids(3, 10)], { ...greedy, maxNewTokens: 5 })).tokens);
    f.dispose();
    s.dispose();
  });

  it('trim cuts the cache back', async () => {
    const s = await model.createSession({ capacity: 64 });
    const ctx = ids(18, 11);
    await s.evaluate(ctx);
    s.trim(10);
    expect(s.tokens).toEqual(ctx.slice(0, 10));
    expect((await s.generate({ ...greedy, maxNewTokens: 4 })).tokens).toEqual((await model.generate(ctx.slice(0, 10), { ...greedy, maxNewTokens: 4 })).tokens);
    s.dispose();
  });

  it('keeps the cache equal to the context and the emitted tokens after a monitor halt and a consumer that stops early', async () => {
    const s = await model.createSession({ capacity: 96 });
    const ctx = ids(10, 12);
    await s.evaluate(ctx);
    const free = await s.generate({ ...greedy, maxNewTokens: 12 });
    await s.evaluate(ctx);
    // a threshold just above the lowest score of the third generated token: the monitor halts there
    const third = free.lawScores[2]!;
    const law = third.indexOf(Math.min(...third));
    const thresholds = [0, 0, 0, 0, 0].map((_, k) => (k === law ? third[k]! + 1e-4 : 0));
    const halted = await s.generate({ temperature: 0, maxNewTokens: 12, monitor: new EthicsMonitor({ thresholds }) });
    expect(halted.stopReason).toBe('ethics');
    expect(halted.tokens.length).toBeLessThanOrEqual(2);
    expect(s.tokens).toEqual([...ctx, ...halted.tokens]);
    // the consumer leaves after 5 tokens of a chunked decode: the cache holds exactly those
    await s.evaluate(ctx);
    let seen = 0;
    for await (const _ of s.stream({ ...greedy, maxNewTokens: 12 })) if (++seen === 5) break;
    expect(s.tokens).toEqual([...ctx, ...free.tokens.slice(0, 5)]);
    // and continuing gives what a fresh run from that context gives
    const more = await s.generate({ ...greedy, maxNewTokens: 4 });
    expect(more.tokens).toEqual((await model.generate([...ctx, ...free.tokens.slice(0, 5)], { ...greedy, maxNewTokens: 4 })).tokens);
    s.dispose();
  });

  it('refuses misuse with typed errors', async () => {
    const s = await model.createSession({ capacity: 16 });
    const code = async (p: Promise<unknown> | (() => unknown)) => {
      try {
        await (typeof p === 'function' ? p() : p);
      } catch (e) {
        expect(e).toBeInstanceOf(KalaError);
        return (e as KalaError).code;
      }
      return 'no error';
    };
    expect(await code(s.generate({ maxNewTokens: 2 }))).toBe('INVALID_ARGUMENT'); // empty
    expect(await code(s.evaluate(ids(17, 1)))).toBe('SEQUENCE_TOO_LONG');
    expect(await code(() => s.trim(3))).toBe('INVALID_ARGUMENT');
    expect(await code(s.evaluate([V + 5]))).toBe('TOKEN_OUT_OF_RANGE');
    await s.evaluate(ids(4, 2));
    const busy = s.evaluate(ids(6, 3));
    expect(await code(s.evaluate(ids(6, 3)))).toBe('INVALID_ARGUMENT'); // busy
    await busy;
    expect(await code(model.createSession({ capacity: model.config.maxPositions + 1 }))).toBe('INVALID_ARGUMENT');
    s.dispose();
    expect(await code(s.evaluate(ids(2, 1)))).toBe('DISPOSED');
    const t = await model.createSession({ capacity: 16 });
    const ac = new AbortController();
    ac.abort();
    expect(await code(t.generate(ids(3, 1), { maxNewTokens: 3, signal: ac.signal }))).toBe('no error'); // an aborted generation ends with stopReason 'abort'
    t.dispose();
  });

  it('the native sessions check what copyFrom and trim are given', async () => {
    const addon = loadCpuAddon();
    const cfg = { hidden: 32, layers: 2, heads: 4, intermediate: 64, vocab: 101, maxPositions: 64, rotaryPct: 0.5, rotaryBase: 10000, layerNormEps: 1e-5, parallelResidual: true, valueHeadDim: 8, layerEthicsWeight: 0.5, lawWeights: [5, 4, 3, 2, 1] };
    const m1 = new addon.NativeModel(cfg), m2 = new addon.NativeModel(cfg);
    const a = new addon.NativeSession(m1, 1, 16);
    const codeOf = async (f: () => unknown) => {
      try {
        await f();
      } catch (e) {
        return (e as { code?: string }).code ?? `no code: ${(e as Error).message}`;
      }
      return 'no error';
    };
    type Loose = { copyFrom(o: unknown): Promise<void>; trim(n: unknown): void };
    const loose = a as unknown as Loose;
    // not a session (a plain object with the right shape, a number, a model), another model's, another capacity's
    for (const bad of [{ step() {}, trim() {} }, 42, null, m1]) expect(await codeOf(() => loose.copyFrom(bad))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(() => a.copyFrom(new addon.NativeSession(m2, 1, 16)))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(() => a.copyFrom(new addon.NativeSession(m1, 1, 32)))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(() => a.copyFrom(new addon.NativeSession(m1, 1, 16)))).toBe('no error');
    for (const n of [1, -1, 0.5, NaN, '2']) expect(await codeOf(() => loose.trim(n))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(() => a.trim(0))).toBe('no error');
    m1.dispose();
    m2.dispose();
  });
});

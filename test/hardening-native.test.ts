// Issue 10 hardening of the native boundary: config numbers that overflowed size arithmetic or
// aborted the process, configs that cost gigabytes before failing, a file truncated while it
// was being loaded, temperatures whose inverse is infinite, absurd adapter ranks and a
// safetensors header that is not UTF-8. Cases that used to kill the process run in a child
// process (from dist/, which `npm test` compiles first): a native crash shows as a signal there.
import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError, KalaError, KalaModel } from '../lib/index.js';
import { readSafetensorsHeader, writeSafetensors } from '../lib/formats/safetensors.js';
import { copyCkpt, editKala, ROOT, tinyConfig, tmpDir } from './helpers.js';

const DIST = path.join(ROOT, 'dist');

interface ChildResult {
  ok?: boolean;
  name?: string;
  code?: string;
  message?: string;
  isKalaError?: boolean;
  rssGrowthMb?: number;
  [k: string]: unknown;
}

/**
 * Runs `body` (an async ES module snippet with `KalaModel`, `KalaError`, `addon` and `report(x)` in
 * scope) in a fresh node process. Asserts the process exited normally, and returns the last
 * JSON line it printed: `{ ok: true, ... }` or the error it caught.
 */
function child(body: string, env: Record<string, string> = {}): ChildResult {
  const code = `
    import { KalaModel, KalaError } from ${JSON.stringify(path.join(DIST, 'index.js'))};
    import { loadCpuAddon } from ${JSON.stringify(path.join(DIST, 'native', 'load.js'))};
    const addon = loadCpuAddon();
    const rss0 = process.memoryUsage().rss;
    const report = (x) => console.log(JSON.stringify({ ...x, rssGrowthMb: (process.memoryUsage().rss - rss0) / 2 ** 20 }));
    try {
      ${body}
    } catch (e) {
      report({ name: e?.constructor?.name, code: e?.code, message: String(e?.message), isKalaError: e instanceof KalaError });
    }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  expect(r.signal, `child died by a signal; stderr: ${r.stderr}`).toBeNull();
  expect(r.status, `child exited with ${r.status}; stderr: ${r.stderr}`).toBe(0);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as ChildResult;
}

async function withConfig(change: Record<string, unknown>): Promise<string> {
  const dir = await copyCkpt('tiny-kala');
  const p = path.join(dir, 'config.json');
  const cfg = JSON.parse(await fsp.readFile(p, 'utf8'));
  await fsp.writeFile(p, JSON.stringify({ ...cfg, ...change, kala: { ...cfg.kala, ...((change.kala as object) ?? {}) } }));
  return dir;
}

const HUGE: [string, Record<string, unknown>][] = [
  ['max_position_embeddings 2^61', { max_position_embeddings: 2 ** 61 }],
  ['hidden_size 2^61', { hidden_size: 2 ** 61 }],
  ['num_hidden_layers 2^53', { num_hidden_layers: 2 ** 53 }],
  ['kala.value_head_dim 2^31', { kala: { value_head_dim: 2 ** 31 } }],
  ['intermediate_size 2^40', { intermediate_size: 2 ** 40 }],
  ['vocab_size 2^40', { vocab_size: 2 ** 40 }],
  ['num_attention_heads larger than hidden_size', { hidden_size: 64, num_attention_heads: 2 ** 20 * 64 }],
];

describe('config numbers that overflowed or aborted the engine', () => {
  it.each(HUGE)('KalaModel.create with %s: CONFIG_INVALID naming the bound', (_, change) => {
    const cfg = { ...tinyConfig(), ...change, kala: { value_head_dim: 8, ...((change.kala as object) ?? {}) } };
    const r = child(`const m = KalaModel.create(${JSON.stringify(cfg)}); await m.forward([[1, 2]]); report({ ok: true });`);
    expect(r).toMatchObject({ code: 'CONFIG_INVALID', isKalaError: true });
    expect(r.message).toMatch(/at most|at least|must be/);
  });

  it.each(HUGE)('KalaModel.load with %s in config.json: CONFIG_INVALID', async (_, change) => {
    const dir = await withConfig(change);
    const r = child(`await KalaModel.load(${JSON.stringify(dir)}); report({ ok: true });`);
    expect(r).toMatchObject({ code: 'CONFIG_INVALID', isKalaError: true });
  });

  it('the native constructor enforces the same bounds when called directly', () => {
    const base = { hidden: 32, layers: 2, heads: 4, intermediate: 64, vocab: 101, maxPositions: 64, rotaryPct: 0.5, rotaryBase: 10000, layerNormEps: 1e-5, parallelResidual: true, valueHeadDim: 8, layerEthicsWeight: 0.5, lawWeights: [5, 4, 3, 2, 1] };
    const cases = [
      { maxPositions: 2 ** 61 },
      { hidden: 2 ** 61 },
      { layers: 2 ** 53 },
      { valueHeadDim: 2 ** 31 },
      { vocab: 1e300 },
      { intermediate: Number.NaN },
      { layers: -Infinity },
      { hidden: 32.5 },
      { lawWeights: [1e308, 1e308, 1e308, 1e308, 1e308] },
    ];
    const r = child(`
      const codes = [];
      for (const c of ${JSON.stringify(cases).replace(/null/g, 'NaN')}) {
        try { new addon.NativeModel({ ...${JSON.stringify(base)}, ...c }); codes.push('constructed'); }
        catch (e) { codes.push(e.code ?? 'no code: ' + e.message); }
      }
      report({ ok: true, codes });`);
    expect(r.codes).toEqual(cases.map(() => 'CONFIG_INVALID'));
  });

  it('a KV cache whose size overflows is refused with a code, not allocated', () => {
    const r = child(`
      const nm = new addon.NativeModel({ hidden: 32, layers: 2, heads: 4, intermediate: 64, vocab: 101, maxPositions: 64, rotaryPct: 0.5, rotaryBase: 10000, layerNormEps: 1e-5, parallelResidual: true, valueHeadDim: 8, layerEthicsWeight: 0.5, lawWeights: [5, 4, 3, 2, 1] });
      const codes = [];
      for (const batch of [2 ** 62, 2 ** 40, 1e300]) {
        try { new addon.NativeSession(nm, batch, 64); codes.push('constructed'); }
        catch (e) { codes.push(e.code ?? 'no code: ' + e.message); }
      }
      report({ ok: true, codes });`);
    expect(r.codes).toEqual(['INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT']);
  });

  it('a native tensor whose byte size overflows is refused with a code', () => {
    const r = child(`
      const nm = new addon.NativeModel({ hidden: 32, layers: 2, heads: 4, intermediate: 64, vocab: 101, maxPositions: 64, rotaryPct: 0.5, rotaryBase: 10000, layerNormEps: 1e-5, parallelResidual: true, valueHeadDim: 8, layerEthicsWeight: 0.5, lawWeights: [5, 4, 3, 2, 1] });
      const codes = [];
      for (const shape of [[2 ** 31, 2 ** 31, 4], [2 ** 62, 8], [-1, 32], [1e300]]) {
        try { nm.setTensor('gpt_neox.final_layer_norm.weight', 'F32', shape, new Float32Array(32)); codes.push('set'); }
        catch (e) { codes.push(e.code ?? 'no code: ' + e.message); }
      }
      report({ ok: true, codes });`);
    for (const c of r.codes as string[]) expect(['TENSOR_SHAPE', 'INVALID_ARGUMENT']).toContain(c);
  });
});

describe('config-driven resource exhaustion', () => {
  it('max_position_embeddings 1e8 costs nothing until positions are used', async () => {
    const dir = await withConfig({ max_position_embeddings: 1e8 });
    const r = child(`
      const m = await KalaModel.load(${JSON.stringify(dir)});
      const out = await m.forward([[1, 2, 3]]);
      report({ ok: true, maxPositions: m.config.maxPositions, logits: out.logits.shape });`);
    expect(r).toMatchObject({ ok: true, maxPositions: 1e8, logits: [1, 3, 97] });
    // the rotary tables used to be sized to max_position_embeddings up front (1.6 GB here)
    expect(r.rssGrowthMb).toBeLessThan(200);
  });

  it('more layers in config.json than in the weights: CONFIG_MISMATCH before anything is allocated', async () => {
    const dir = await withConfig({ num_hidden_layers: 1000 });
    const r = child(`await KalaModel.load(${JSON.stringify(dir)}); report({ ok: true });`);
    expect(r).toMatchObject({ code: 'CONFIG_MISMATCH', isKalaError: true });
    expect(r.message).toMatch(/num_hidden_layers/);
  });

  it('a config whose weights could not fit in memory is refused by KalaModel.create', () => {
    // within every per-key bound, but 65536 x 4194304 embeddings are 1 TiB per matrix
    const cfg = { ...tinyConfig(), hidden_size: 65536, num_attention_heads: 64, vocab_size: 4194304 };
    const r = child(`const m = KalaModel.create(${JSON.stringify(cfg)}); await m.forward([[1]]); report({ ok: true });`);
    expect(r).toMatchObject({ code: 'OUT_OF_MEMORY', isKalaError: true });
  });
});

describe('a checkpoint file truncated while it is being loaded', () => {
  it('raises SAFETENSORS_TRUNCATED instead of SIGBUS', async () => {
    const dir = await copyCkpt('tiny-kala');
    const file = path.join(dir, 'model.safetensors');
    // test-only hook: the native loader truncates this file right after opening it
    const r = child(`await KalaModel.load(${JSON.stringify(dir)}); report({ ok: true });`, {
      KALA_TEST_TRUNCATE_AFTER_OPEN: `${file}:4096`,
    });
    expect(r).toMatchObject({ code: 'SAFETENSORS_TRUNCATED', isKalaError: true });
    expect((await fsp.stat(file)).size).toBe(4096);
  });
});

describe('sampling with a temperature whose inverse overflows', () => {
  it('is greedy decoding', async () => {
    const model = KalaModel.create(tinyConfig(), { seed: 3 });
    const greedy = await model.generate([5, 6, 7], { maxNewTokens: 12, temperature: 0 });
    for (const temperature of [1e-310, 5e-324, Number.MIN_VALUE]) {
      for (const seed of [1, 2, 3]) {
        const r = await model.generate([5, 6, 7], { maxNewTokens: 12, temperature, seed, topK: 0, topP: 1 });
        expect(r.tokens).toEqual(greedy.tokens);
      }
    }
    model.dispose();
  });
});

describe('absurd numbers in adapter_config.json', () => {
  async function adapterWith(change: Record<string, unknown>): Promise<string> {
    const model = KalaModel.create(tinyConfig(), { seed: 1 });
    const { Trainer } = await import('../lib/index.js');
    const dir = await tmpDir('kala-adapter-');
    const trainer = new Trainer(model, { lora: { r: 2, alpha: 4, dropout: 0 } });
    await trainer.saveAdapter(dir);
    model.dispose();
    const p = path.join(dir, 'adapter_config.json');
    await fsp.writeFile(p, JSON.stringify({ ...JSON.parse(await fsp.readFile(p, 'utf8')), ...change }));
    return dir;
  }

  it.each([
    ['r 2^32', { r: 2 ** 32 }],
    ['r 1e300', { r: 1e300 }],
    ['r that disagrees with the tensors', { r: 3 }],
    ['lora_alpha 1e300', { lora_alpha: 1e300 }],
    ['lora_dropout NaN-like string', { lora_dropout: '0.1' }],
  ])('%s: ADAPTER_INVALID', async (_, change) => {
    const dir = await adapterWith(change);
    const r = child(`
      const m = KalaModel.create(${JSON.stringify(tinyConfig())}, { seed: 1 });
      const d = ${JSON.stringify(path.join(await tmpDir('kala-base-'), 'base'))};
      await m.save(d);
      await KalaModel.load(d, { adapter: ${JSON.stringify(dir)} });
      report({ ok: true });`);
    expect(r).toMatchObject({ code: 'ADAPTER_INVALID', name: 'FormatError', isKalaError: true });
  });
});

describe('safetensors header encoding', () => {
  it('a header that is not valid UTF-8 is SAFETENSORS_HEADER', async () => {
    const dir = await tmpDir('kala-utf8-');
    const file = path.join(dir, 'x.safetensors');
    await writeSafetensors(file, [{ name: 'w', dtype: 'F32', shape: [2], data: new Float32Array([1, 2]) }], { note: 'AAAA' });
    const buf = await fsp.readFile(file);
    const at = buf.indexOf('AAAA');
    buf[at] = 0xff; // a byte that never occurs in UTF-8
    buf[at + 1] = 0xc3; // a lead byte without its continuation
    await fsp.writeFile(file, buf);
    const err = await readSafetensorsHeader(file).catch((e) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as KalaError).code).toBe('SAFETENSORS_HEADER');
    expect((err as Error).message).toMatch(/UTF-8/);
  });
});

describe('damaged values and adapter directories', () => {
  it('a NaN weight gives NaN scores, not undefined behaviour in the exp kernel (UBSan build in CI)', async () => {
    const dir = path.join(await tmpDir('kala-nan-'), 'm');
    const m = KalaModel.create(tinyConfig(), { seed: 1 });
    await m.save(dir);
    m.dispose();
    await editKala(dir, (name, data) => {
      if (name === 'kala.layers.0.value_head.fc1.weight') data[0] = NaN;
    });
    const r = child(`
      const m = await KalaModel.load(${JSON.stringify(dir)});
      const out = await m.forward([[1, 2, 3]]);
      report({ ok: true, nanScores: Array.from(out.lawScores.data).some(Number.isNaN) });`);
    expect(r).toMatchObject({ ok: true, nanScores: true });
  });

  it.each([
    ['invalid JSON', '{"r": 4,'],
    ['JSON null', 'null'],
    ['a number as base_model_name_or_path', '{"r": 4, "base_model_name_or_path": 8}'],
    ['a list as base_model_name_or_path', '{"r": 4, "base_model_name_or_path": ["x"]}'],
  ])('an adapter-only directory with %s: ADAPTER_INVALID', async (_, json) => {
    const dir = await tmpDir('kala-adonly-');
    await fsp.writeFile(path.join(dir, 'adapter_config.json'), json);
    const err = await KalaModel.load(dir).catch((e) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as KalaError).code).toBe('ADAPTER_INVALID');
  });
});

// One table of error codes for C++ and TS: every code the engine can throw (csrc/error_codes.h,
// the only codes a KalaException can carry — a code outside it does not compile) is a
// KalaErrorCode, and an error coming out of the native engine keeps its code.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KALA_ERROR_CODES, isKalaErrorCode, KalaError, NativeError } from '../lib/util/errors.js';
import { fromNative, loadCpuAddon } from '../lib/native/load.js';
import { KalaModel } from '../lib/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The names in the KALA_ERROR_CODES(X) list of csrc/error_codes.h. */
function engineCodes(): string[] {
  const src = readFileSync(path.join(ROOT, 'csrc', 'error_codes.h'), 'utf8');
  const from = src.indexOf('#define KALA_ERROR_CODES(X)');
  const to = src.indexOf('enum class ErrorCode');
  return [...src.slice(from, to).matchAll(/X\(([A-Z0-9_]+)\)/g)].map((m) => m[1]!);
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(h|cpp|cu|cuh|inc)$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('error codes shared by C++ and TS', () => {
  const codes = engineCodes();

  it('csrc/error_codes.h lists the engine codes, CUDA_ERROR and UNSUPPORTED among them', () => {
    expect(codes.length).toBeGreaterThan(10);
    expect(codes).toContain('CUDA_ERROR');
    expect(codes).toContain('UNSUPPORTED');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every engine code is a KalaErrorCode', () => {
    expect(codes.filter((c) => !isKalaErrorCode(c))).toEqual([]);
    expect(new Set(KALA_ERROR_CODES).size).toBe(KALA_ERROR_CODES.length);
  });

  it('no C++ or CUDA source raises an error with a code string of its own', () => {
    // every code goes through ErrorCode; a string code would bypass the table
    const offenders: string[] = [];
    for (const f of [...sources(path.join(ROOT, 'csrc')), ...sources(path.join(ROOT, 'cuda'))]) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/(KalaException|throw_error|make_error)\([^;]*?"([A-Z][A-Z0-9_]+)"/g)) offenders.push(`${path.relative(ROOT, f)}: ${m[0].slice(0, 80)}`);
    }
    expect(offenders).toEqual([]);
  });

  it('every function the binding registers runs in guard() (so no C++ exception crosses N-API unconverted)', () => {
    const unguarded: string[] = [];
    for (const f of sources(path.join(ROOT, 'csrc', 'napi'))) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/Napi::Function::New\(\s*[a-zA-Z_.()]+\s*,\s*([^,)]+)/g)) if (!m[1]!.trim().startsWith('guarded_fn<')) unguarded.push(`${path.relative(ROOT, f)}: ${m[0]}`);
    }
    expect(unguarded).toEqual([]);
  });

  it('fromNative keeps a known code, including the CUDA ones, and makes an unknown one INTERNAL', () => {
    const withCode = (code: string) => Object.assign(new Error('boom'), { code });
    for (const code of ['CUDA_ERROR', 'UNSUPPORTED', 'OUT_OF_MEMORY']) {
      const e = fromNative(withCode(code));
      expect(e).toBeInstanceOf(NativeError);
      expect((e as KalaError).code).toBe(code);
    }
    expect((fromNative(withCode('NOT_A_CODE')) as KalaError).code).toBe('INTERNAL');
    expect((fromNative(new TypeError('x')) as KalaError).code).toBe('INTERNAL');
  });

  it('an error thrown by the engine reaches JS as a KalaError with its code', async () => {
    const model = KalaModel.create({ vocab_size: 64, hidden_size: 16, num_hidden_layers: 1, num_attention_heads: 2, intermediate_size: 32, max_position_embeddings: 16 }, { seed: 1 });
    try {
      const err = await model.forward([[1, 2, 999]]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KalaError);
      expect(isKalaErrorCode((err as KalaError).code)).toBe(true);
      expect((err as KalaError).code).toBe('TOKEN_OUT_OF_RANGE');
    } finally {
      model.dispose();
    }
  });

  it('a typed-array argument of the wrong element type is refused, not read as raw bytes', async () => {
    const addon = loadCpuAddon();
    const nm = new addon.NativeModel({ hidden: 16, layers: 1, heads: 2, intermediate: 32, vocab: 64, maxPositions: 16, rotaryPct: 0.25, rotaryBase: 10000, layerNormEps: 1e-5, parallelResidual: true, valueHeadDim: 8, layerEthicsWeight: 0.5, lawWeights: [5, 4, 3, 2, 1] });
    try {
      await nm.initRandom(1, 0.02);
      nm.attachLora({ r: 2, alpha: 4, dropout: 0, targets: ['query_key_value'], rslora: false, seed: 1 });
      const tr = new addon.NativeTrainer(nm);
      const opts = { dropout: false, seed: 1, ethicsWeight: 0.5, recompute: false };
      const good = { B: 1, T: 4, ids: new Int32Array([1, 2, 3, 4]), labels: new Int32Array([2, 3, 4, -100]) };
      await expect(tr.compute(good, opts)).resolves.toMatchObject({ loss: expect.any(Number) });
      // the same numbers as floats: their bytes would be huge token ids
      const wrong = { ...good, ids: new Float32Array([1, 2, 3, 4]) } as unknown as typeof good;
      let err: unknown;
      try {
        await tr.compute(wrong, opts);
      } catch (e) {
        err = e;
      }
      expect((err as { code?: string }).code).toBe('INVALID_ARGUMENT');
      expect(String((err as Error).message)).toMatch(/ids must be an Int32Array/);
    } finally {
      nm.dispose();
    }
  });
});


// Shared by the GPU tests (node --test test/gpu/*.test.mjs): loads the CUDA build, decides
// whether to skip, makes seeded random inputs and compares CUDA outputs with the CPU twins.
//
// The binary: $KALA_CUDA_BINARY, else build-cuda/Release/kala.node. The emulator build
// (build-cuda/emu/, cmake -DKALA_CUDA_EMU=ON) runs the same kernels on the CPU: with
// KALA_CUDA_BINARY=build-cuda/emu/Release/kala.node these tests check the kernels without a GPU.
// The op tests need an op-test build (cmake -DKALA_CUDA_OPTEST=ON: `npm run build-cuda:test`).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
// The CPU twins are the float reference: the CPU's int8 decode GEMV by integer dot products (the
// default on VNNI CPUs) quantizes activations, which the CUDA ops do not; compare with the
// dequantizing GEMV (read by the engine when the binary loads)
process.env.KALA_INT8_GEMV ??= 'dequant';
process.env.KALA_INT8_GEMM ??= 'dequant';
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.KALA_CUDA_BINARY ? path.resolve(process.env.KALA_CUDA_BINARY) : path.join(root, 'build-cuda', 'Release', 'kala.node');

function load() {
  if (!existsSync(binary)) return { skip: `no CUDA build at ${binary} (npm run build-cuda)` };
  let addon;
  try {
    addon = require(binary);
  } catch (e) {
    return { skip: `the CUDA build does not load: ${String(e.message).split('\n')[0]}` };
  }
  if (typeof addon.cudaInfo !== 'function' || !addon.cuda) return { skip: `${binary} is not a CUDA build` };
  const info = addon.cudaInfo();
  if (!info.devices || info.devices.length === 0) return { skip: `no GPU (${info.error ?? 'no device'})`, addon, info };
  return { addon, info, skip: false };
}

const loaded = load();
export const addon = loaded.addon;
export const info = loaded.info;
export const cuda = addon?.cuda;
/** The op-level harness (run an op on the GPU and on its CPU twin): op-test builds only. */
export const opTest = addon?.cudaOpTest;
/** false, or why the GPU tests are skipped. */
export const skip = loaded.skip;
/** false, or why the op tests are skipped: as `skip`, or a build without the harness. */
export const opSkip = skip || (opTest ? false : `${binary} has no op-test harness: build it with \`npm run build-cuda:test\` (cmake -DKALA_CUDA_OPTEST=ON)`);
export const emulated = Boolean(info?.emulated);
export const device = info?.devices?.[0];
export const cc = device ? Number(device.computeCapability) * 10 : 0;
export const hasTensorCores = cc >= 80;

// ---------------------------------------------------------------- random inputs
export const seed = Number(process.env.KALA_TEST_SEED ?? (Date.now() % 2147483647));

export function rng(s = seed) {
  let a = s >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (n, lo = -1, hi = 1) => Float32Array.from({ length: n }, () => lo + (hi - lo) * next()),
    normal: (n, sd = 1) =>
      Float32Array.from({ length: n }, () => {
        const u = Math.max(next(), 1e-12), v = next();
        return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      }),
    int: (n, lo, hi) => Int32Array.from({ length: n }, () => lo + Math.floor(next() * (hi - lo))),
    int8: (n) => Int8Array.from({ length: n }, () => Math.floor(next() * 255) - 127),
  };
}

// ---------------------------------------------------------------- 16-bit encodings
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
export function toBf16(x) {
  const out = new Uint16Array(x.length);
  for (let i = 0; i < x.length; i++) {
    f32[0] = x[i];
    const u = u32[0];
    out[i] = (u + 0x7fff + ((u >>> 16) & 1)) >>> 16;
  }
  return { dtype: 'bf16', data: out };
}
export function fromBf16(h) {
  const out = new Float32Array(h.data.length);
  for (let i = 0; i < out.length; i++) {
    u32[0] = h.data[i] << 16;
    out[i] = f32[0];
  }
  return out;
}
export function toF16(x) {
  const out = new Uint16Array(x.length);
  for (let i = 0; i < x.length; i++) {
    f32[0] = x[i];
    const u = u32[0];
    const sign = (u >>> 16) & 0x8000;
    const e = ((u >>> 23) & 0xff) - 127 + 15;
    let m = u & 0x7fffff;
    if (e <= 0) {
      // subnormal half (or zero)
      const v = Math.round(Math.abs(x[i]) * 2 ** 24);  // 0x400 is the smallest normal: still right
      out[i] = sign | v;
    } else if (e >= 31) {
      out[i] = sign | 0x7c00;
    } else {
      let h = (e << 10) | (m >>> 13);
      const rest = m & 0x1fff;
      if (rest > 0x1000 || (rest === 0x1000 && (h & 1))) h++;
      out[i] = sign | h;
    }
  }
  return { dtype: 'f16', data: out };
}

// ---------------------------------------------------------------- comparisons
export function rms(x) {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return Math.sqrt(s / Math.max(1, x.length));
}

/**
 * Elementwise |got - want| <= atol + rtol |want|. NaN in `got` where `want` is finite (a
 * poisoned output the kernel never wrote) fails with its index.
 */
export function assertClose(name, got, want, { atol = 1e-5, rtol = 1e-4 } = {}) {
  assert.ok(got, `${name}: missing output`);
  assert.equal(got.length, want.length, `${name}: length ${got.length} != ${want.length}`);
  let worst = -1, worstExcess = 0, maxErr = 0;
  for (let i = 0; i < got.length; i++) {
    const g = got[i], w = want[i];
    if (Number.isNaN(w)) {
      assert.ok(Number.isNaN(g), `${name}[${i}]: expected NaN, got ${g}`);
      continue;
    }
    if (!Number.isFinite(g) && g !== w) assert.fail(`${name}[${i}]: got ${g}, want ${w} (unwritten or overflow)`);
    const err = Math.abs(g - w);
    maxErr = Math.max(maxErr, err);
    const excess = err - (atol + rtol * Math.abs(w));
    if (excess > worstExcess) {
      worstExcess = excess;
      worst = i;
    }
  }
  if (worst >= 0) assert.fail(`${name}[${worst}]: got ${got[worst]}, want ${want[worst]} (max |err| ${maxErr.toExponential(3)}, atol ${atol.toExponential(2)}, rtol ${rtol})`);
  return maxErr;
}

/**
 * ||got - want|| <= rel ||want|| (+ abs): for long chains of 16-bit arithmetic, where single
 * elements with cancellation are noisy but the whole tensor must agree. Unwritten (NaN)
 * outputs still fail.
 */
export function assertNormClose(name, got, want, rel, abs = 1e-12) {
  assert.equal(got.length, want.length, `${name}: length ${got.length} != ${want.length}`);
  let e = 0, t = 0;
  for (let i = 0; i < got.length; i++) {
    if (!Number.isFinite(got[i])) assert.fail(`${name}[${i}]: got ${got[i]}, want ${want[i]}`);
    e += (got[i] - want[i]) ** 2;
    t += want[i] ** 2;
  }
  const err = Math.sqrt(e), ref = Math.sqrt(t);
  assert.ok(err <= rel * ref + abs, `${name}: relative error ${(err / Math.max(ref, 1e-30)).toExponential(3)} > ${rel}`);
  return err / Math.max(ref, 1e-30);
}

export function assertScalarClose(name, got, want, { atol = 1e-6, rtol = 1e-5 } = {}) {
  assert.ok(Number.isFinite(got), `${name}: got ${got}`);
  assert.ok(Math.abs(got - want) <= atol + rtol * Math.abs(want), `${name}: got ${got}, want ${want}`);
}

/** Runs an op on the GPU and on the CPU twin with the same arguments. */
export function both(op, args, gpuOpts = {}) {
  const cpu = opTest.runCpu(op, args);
  const gpu = opTest.run(op, { ...args, ...gpuOpts });
  return { gpu, cpu };
}

/**
 * The precisions a matmul-like op is tested in: f32 (exact SIMT path), bf16 and f16 (tensor
 * cores on sm_80+), and f16 with tensor cores forced off (the sm_60 path, fp16 tiles).
 * `scale` multiplies the typical error of the dtype (eps * sqrt(K) grows with the reduction).
 */
export const PRECISIONS = [
  { name: 'f32', precision: 'f32', simt: false, eps: 2e-6 },
  { name: 'bf16', precision: 'bf16', simt: false, eps: 8e-3 },
  { name: 'f16', precision: 'f16', simt: false, eps: 1e-3 },
  { name: 'f16-simt (sm_60 path)', precision: 'f16', simt: true, eps: 1e-3 },
];

export function withPath(p, fn) {
  cuda.setForceSimt(Boolean(p.simt));
  try {
    return fn();
  } finally {
    cuda.setForceSimt(false);
  }
}

/** Small sizes under the emulator (it runs every CUDA thread as a CPU fiber) and with
 * KALA_GPU_TEST_SMALL=1 (compute-sanitizer runs); KALA_GPU_TEST_BIG=1 forces the full sizes. */
export const big = process.env.KALA_GPU_TEST_BIG ? true : !emulated && !process.env.KALA_GPU_TEST_SMALL;

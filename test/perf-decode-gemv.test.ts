// The decode GEMV at every kernel level after the prefetch changes of issue 14 (a second software
// prefetch into L2 twice as far ahead as the L1 one, in target_avx2/avx512/avx512vnni.cpp): the
// packed products of 1-4 rows (the decode path) equal a naive reference on random inputs, on
// weights long enough that the prefetches run past sliver ends and past the end of the weight;
// and the read-bandwidth probe (plain and software-prefetched reads) gives a finite rate on
// buffers whose length is not a multiple of its unrolled step. No timing is asserted.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAtSimdLevel, simdLevels } from './helpers.js';

const levels = await simdLevels();

// Runs in a fresh process (KALA_SIMD is read once at start); prints one JSON line.
const WORKER = `
const { loadCpuAddon } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'native', 'load.js'))});
const k = loadCpuAddon();
let seed = 12345;
const rnd = (n) => Float32Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 2);
// max |got - ref| / max |ref| over the output
const relErr = (got, ref) => {
  let e = 0, m = 0;
  for (let i = 0; i < ref.length; i++) { e = Math.max(e, Math.abs(got[i] - ref[i])); m = Math.max(m, Math.abs(ref[i])); }
  return e / m;
};
const out = { kernels: k.cpuInfo().simd, f32: 0, int8: {}, finite: true, bw: [] };
for (const [M, N, K] of [[1, 33, 7], [2, 70, 4100], [3, 97, 2050], [4, 64, 1000], [1, 40, 8200]]) {
  const A = rnd(M * K), W = rnd(N * K);
  const ref = new Float64Array(M * N);
  for (let i = 0; i < M; i++) for (let n = 0; n < N; n++) { let s = 0; for (let kk = 0; kk < K; kk++) s += A[i * K + kk] * W[n * K + kk]; ref[i * N + n] = s; }
  const y = new Float32Array(M * N).fill(NaN);
  new k.bench.NativeLinear(W, N, K).run(A, M, y);
  out.finite &&= y.every(Number.isFinite);
  out.f32 = Math.max(out.f32, relErr(y, ref));
  const q = new k.bench.NativeLinear(W, N, K, 'int8');
  for (const mode of ['dequant', 'vnni']) {
    const used = k.bench.setInt8Gemv(mode);
    const yq = new Float32Array(M * N).fill(NaN);
    q.run(A, M, yq);
    out.finite &&= yq.every(Number.isFinite);
    out.int8[used] = Math.max(out.int8[used] ?? 0, relErr(yq, ref));
  }
}
for (const bytes of [4 * 1000 + 4, 4 * 33 + 4 * 1024 * 3, 1 << 20]) out.bw.push(k.bench.readBandwidth(bytes, 2));
console.log(JSON.stringify(out));
`;

describe.each(levels)('KALA_SIMD=%s', (level) => {
  it('the decode GEMV (f32 and int8, 1-4 rows) equals a naive reference; the read probe gives a finite rate', () => {
    const r = runAtSimdLevel(level, ['--input-type=module', '-e', WORKER]);
    expect(r.kernels).toBe(level);
    expect(r.finite).toBe(true);
    expect(r.f32).toBeLessThan(1e-5);
    // 8-bit weights (and, for vnni, 8-bit activation groups): quantization error, not a kernel bug
    expect(r.int8.dequant).toBeLessThan(2e-2);
    if (r.int8.vnni !== undefined) expect(r.int8.vnni).toBeLessThan(4e-2);
    for (const bw of r.bw) {
      expect(Number.isFinite(bw)).toBe(true);
      expect(bw).toBeGreaterThan(0);
    }
  });
});

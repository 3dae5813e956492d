// The unpacked GEMM (bench.sgemm: both operands read in place or packed per call) at every kernel
// level, after the issue-14 change to the AVX-512 12 x 32 micro-kernel (C read and written through
// one running row pointer): the training shapes of bench/gemm-training.js (attention per head,
// LoRA factors) and shapes off every tile (M not a multiple of the 12-row panel, N not of the
// 32-wide sliver, K past the 256-deep block so tiles accumulate onto C), all four transposes,
// against a naive float64 reference on random inputs, at 1 and 2 threads. No timing is asserted.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAtSimdLevel, simdLevels } from './helpers.js';

const levels = await simdLevels();

// [M, N, K]
const SHAPES = [
  [64, 128, 64], [64, 64, 128], [128, 64, 64], [64, 64, 512], [512, 64, 64],
  [2048, 1536, 16], [2048, 16, 512], [1536, 16, 2048], [16, 512, 2048], [2048, 512, 16],
  [1, 1, 1], [13, 33, 7], [25, 70, 300], [12, 32, 600], [37, 95, 257], [5, 17, 3],
  // shallow (K <= 32) with enough rows for whole-row tasks at 2 threads, a short last panel shared
  // with the one before it, and an edge sliver
  [100, 70, 16], [100, 70, 32],
  // every edge-panel height of the AVX-512 tile (1, 5, 8 and 12 rows come from the shapes above)
  [2, 40, 9], [3, 40, 9], [4, 40, 9], [6, 40, 9], [7, 40, 9], [9, 40, 9], [10, 40, 9], [11, 40, 9],
];

const WORKER = `
const { loadCpuAddon } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'native', 'load.js'))});
const k = loadCpuAddon();
let seed = 7;
const rnd = (n) => Float32Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 2);
const out = { kernels: k.cpuInfo().simd, worst: 0, where: '', finite: true };
for (const threads of [1, 2]) {
  k.bench.setThreads(threads);
  for (const [M, N, K] of ${JSON.stringify(SHAPES)})
    for (const ta of [false, true])
      for (const tb of [false, true]) {
        const A = rnd(M * K), B = rnd(K * N), C = new Float32Array(M * N).fill(NaN);
        k.bench.sgemm(M, N, K, A, B, C, ta, tb);
        let err = 0;
        for (let i = 0; i < M; i++)
          for (let j = 0; j < N; j++) {
            let s = 0;
            for (let kk = 0; kk < K; kk++) s += (ta ? A[kk * M + i] : A[i * K + kk]) * (tb ? B[j * K + kk] : B[kk * N + j]);
            if (!Number.isFinite(C[i * N + j])) out.finite = false;
            err = Math.max(err, Math.abs(C[i * N + j] - s) / K);
          }
        if (err > out.worst) { out.worst = err; out.where = [M, N, K, ta, tb, threads].join(' '); }
      }
}
k.bench.setThreads(0);
console.log(JSON.stringify(out));
`;

describe.each(levels)('KALA_SIMD=%s', (level) => {
  it('sgemm equals a naive reference on the training shapes and off-tile shapes, every transpose, 1 and 2 threads', () => {
    const r = runAtSimdLevel(level, ['--input-type=module', '-e', WORKER]);
    expect(r.kernels).toBe(level);
    expect(r.finite).toBe(true);
    // |error| / K for inputs in [-1, 1): float32 rounding of a K-term sum, whatever its order
    expect(r.worst, r.where).toBeLessThan(2e-6);
  });
});

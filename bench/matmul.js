// Matmul on model-shaped matrices: our packed linear (the path every layer takes), our general
// GEMM (packs both operands per call), the int8 linear (dequantizing, and VNNI with quantized
// activations where the CPU has it) and OpenBLAS sgemm, same process, same inputs.
import { engine, machine, measure, openblas, randomFloats, saveResult, table } from './lib.js';

// [M (tokens), N (out), K (in)]: the linear layers of pythia-70m and pythia-160m at prefill sizes
export const SHAPES = [
  ['70m qkv', 128, 1536, 512],
  ['70m h_to_4h', 128, 2048, 512],
  ['70m 4h_to_h', 128, 512, 2048],
  ['160m qkv', 128, 2304, 768],
  ['160m dense', 128, 768, 768],
  ['160m h_to_4h', 128, 3072, 768],
  ['160m 4h_to_h', 128, 768, 3072],
  ['160m h_to_4h', 512, 3072, 768],
  ['160m 4h_to_h', 512, 768, 3072],
  ['160m embed_out', 128, 50304, 768],
];

export async function runMatmul({ quick = false } = {}) {
  const k = engine();
  const blas = openblas();
  const rows = [];
  for (const [name, M, N, K] of quick ? SHAPES.slice(3, 5) : SHAPES) {
    const A = randomFloats(M * K, 1), W = randomFloats(N * K, 2), C = new Float32Array(M * N);
    const lin = new k.bench.NativeLinear(W, N, K);
    const lin8 = new k.bench.NativeLinear(W, N, K, 'int8');
    const flops = 2 * M * N * K;
    // alternate the contestants over several rounds and keep each one's best
    // the int8 GEMM's default is VNNI where the CPU has it; time both, then restore the default
    const defaultGemm = k.bench.setInt8Gemm();
    const vnni = k.bench.setInt8Gemm('vnni') === 'vnni';
    k.bench.setInt8Gemm('dequant');
    const best = { blas: Infinity, packed: Infinity, gemm: Infinity, int8: Infinity, vnni: Infinity };
    for (let round = 0; round < (quick ? 1 : 3); round++) {
      best.blas = Math.min(best.blas, (await measure('openblas', () => blas.sgemm(M, N, K, A, W, C), { maxTime: 1 })).mean);
      best.packed = Math.min(best.packed, (await measure('packed', () => lin.run(A, M, C), { maxTime: 1 })).mean);
      best.gemm = Math.min(best.gemm, (await measure('gemm', () => k.bench.sgemm(M, N, K, A, W, C), { maxTime: 1 })).mean);
      best.int8 = Math.min(best.int8, (await measure('int8', () => lin8.run(A, M, C), { maxTime: 1 })).mean);
      if (vnni) {
        k.bench.setInt8Gemm('vnni');
        best.vnni = Math.min(best.vnni, (await measure('int8 vnni', () => lin8.run(A, M, C), { maxTime: 1 })).mean);
        k.bench.setInt8Gemm('dequant');
      }
    }
    k.bench.setInt8Gemm(defaultGemm);
    const [blasT, packedT, generalT, int8T] = [best.blas, best.packed, best.gemm, best.int8].map((mean) => ({ mean }));
    rows.push({
      shape: `${name} ${M}x${N}x${K}`,
      'openblas GF/s': (flops / blasT.mean / 1e9).toFixed(1),
      'packed GF/s': (flops / packedT.mean / 1e9).toFixed(1),
      'gemm GF/s': (flops / generalT.mean / 1e9).toFixed(1),
      'int8 GF/s': (flops / int8T.mean / 1e9).toFixed(1),
      'int8 vnni GF/s': vnni ? (flops / best.vnni / 1e9).toFixed(1) : '',
      'packed/openblas': (blasT.mean / packedT.mean).toFixed(2),
      'gemm/openblas': (blasT.mean / generalT.mean).toFixed(2),
    });
  }
  // thread scaling of the packed GEMM on one model shape
  const scaling = [];
  const threads = k.cpuInfo().threads;
  if (!quick && threads > 1) {
    const [M, N, K] = [512, 3072, 768];
    const A = randomFloats(M * K, 1), W = randomFloats(N * K, 2), C = new Float32Array(M * N);
    const lin = new k.bench.NativeLinear(W, N, K);
    for (const t of [1, threads]) {
      k.bench.setThreads(t);
      blas.threads(t);
      const ours = await measure('packed', () => lin.run(A, M, C));
      const theirs = await measure('openblas', () => blas.sgemm(M, N, K, A, W, C));
      scaling.push({ threads: t, 'packed GF/s': ((2 * M * N * K) / ours.mean / 1e9).toFixed(1), 'openblas GF/s': ((2 * M * N * K) / theirs.mean / 1e9).toFixed(1) });
    }
    k.bench.setThreads(0);
    blas.threads(threads);
  }
  return { machine: machine(k), openblas: blas.config, openblasThreads: blas.threads(), rows, scaling };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runMatmul({ quick: process.argv.includes('--quick') });
  console.log(`matmul on ${r.machine.cpu}, ${r.machine.threads} threads (${r.machine.kernels} kernels) vs ${r.openblas}`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  console.log('saved', saveResult('matmul', r));
}

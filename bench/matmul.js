// Matmul on model-shaped matrices: our packed linear (the path every layer takes), our general
// GEMM (packs both operands per call) and OpenBLAS sgemm, same process, same inputs.
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
    const flops = 2 * M * N * K;
    const blasT = await measure('openblas', () => blas.sgemm(M, N, K, A, W, C));
    const packedT = await measure('packed', () => lin.run(A, M, C));
    const generalT = await measure('gemm', () => k.bench.sgemm(M, N, K, A, W, C));
    rows.push({
      shape: `${name} ${M}x${N}x${K}`,
      'openblas GF/s': (flops / blasT.mean / 1e9).toFixed(1),
      'packed GF/s': (flops / packedT.mean / 1e9).toFixed(1),
      'gemm GF/s': (flops / generalT.mean / 1e9).toFixed(1),
      'packed/openblas': (blasT.mean / packedT.mean).toFixed(2),
      'gemm/openblas': (blasT.mean / generalT.mean).toFixed(2),
    });
  }
  return { machine: machine(k), openblas: blas.config, openblasThreads: blas.threads(), rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runMatmul({ quick: process.argv.includes('--quick') });
  console.log(`matmul on ${r.machine.cpu}, ${r.machine.threads} threads (${r.machine.kernels} kernels) vs ${r.openblas}`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  console.log('saved', saveResult('matmul', r));
}

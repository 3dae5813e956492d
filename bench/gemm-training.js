// The general GEMM (`gemm`: both operands packed per call) on the activation x activation
// products of LoRA training, against OpenBLAS sgemm on the same shapes, same process, same
// inputs, alternating rounds. Two families:
// - attention (csrc/ops/attention.cpp): per (sequence, head, block of 64 query rows), run inside
//   the thread pool's tasks, so each product runs on one thread -> measured at 1 thread;
// - LoRA (csrc/ops/lora.cpp): batch x tokens rows against rank-16 factors, at the pool's full width.
// Usage: node bench/gemm-training.js [--quick]
import { engine, machine, measure, openblas, randomFloats, saveResult, table } from './lib.js';

const QB = 64, D = 64, R = 16;
// [name, M, N, K, transA, transB, threads ('1' or 'all')]
export function trainingShapes({ quick = false } = {}) {
  const out = [];
  for (const T of quick ? [256] : [128, 512]) {
    const nk = T; // the last query block sees every key
    out.push([`attn S = Q K^T (T ${T})`, QB, nk, D, false, true, '1']);
    out.push([`attn O = P V (T ${T})`, QB, D, nk, false, false, '1']);
    out.push([`attn dV += P^T dO (T ${T})`, nk, D, QB, true, false, '1']);
    out.push([`attn dK += dS^T Q (T ${T})`, nk, D, QB, true, false, '1']);
  }
  for (const [model, H] of quick ? [['160m', 768]] : [['70m', 512], ['160m', 768]]) {
    const N = 4 * (quick ? 256 : 512);
    out.push([`${model} lora u = x A^T (4x${N / 4})`, N, R, H, false, true, 'all']);
    out.push([`${model} lora y += u B^T`, N, 3 * H, R, false, true, 'all']);
    out.push([`${model} lora du = dy B`, N, R, 3 * H, false, false, 'all']);
    out.push([`${model} lora dB += dy^T u`, 3 * H, R, N, true, false, 'all']);
    out.push([`${model} lora dA += du^T x`, R, H, N, true, false, 'all']);
    out.push([`${model} lora dx += du A`, N, H, R, false, false, 'all']);
  }
  return out;
}

export async function runGemmTraining({ quick = false } = {}) {
  const k = engine();
  const blas = openblas();
  const all = k.cpuInfo().threads;
  const rows = [];
  for (const [name, M, N, K, ta, tb, th] of trainingShapes({ quick })) {
    const t = th === '1' ? 1 : all;
    k.bench.setThreads(t);
    blas.threads(t);
    const A = randomFloats(M * K, 1), B = randomFloats(K * N, 2), C = new Float32Array(M * N);
    const best = { ours: Infinity, blas: Infinity };
    for (let round = 0; round < (quick ? 1 : 3); round++) {
      best.blas = Math.min(best.blas, (await measure('openblas', () => blas.sgemm(M, N, K, A, B, C, ta, tb), { maxTime: 0.5 })).mean);
      best.ours = Math.min(best.ours, (await measure('gemm', () => k.bench.sgemm(M, N, K, A, B, C, ta, tb), { maxTime: 0.5 })).mean);
    }
    const gf = (s) => ((2 * M * N * K) / s / 1e9).toFixed(1);
    rows.push({ product: name, 'M x N x K': `${M}x${N}x${K}`, op: `${ta ? 'T' : 'N'}${tb ? 'T' : 'N'}`, threads: t, 'openblas GF/s': gf(best.blas), 'gemm GF/s': gf(best.ours), 'gemm/openblas': (best.blas / best.ours).toFixed(2) });
  }
  k.bench.setThreads(0);
  blas.threads(all);
  return { machine: machine(k), openblas: blas.config, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runGemmTraining({ quick: process.argv.includes('--quick') });
  console.log(`gemm on training shapes, ${r.machine.cpu} (${r.machine.kernels} kernels) vs ${r.openblas}`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  console.log('saved', saveResult('gemm-training', r));
}

// Shapes shared by both sides of the GPU benchmarks (peers.py carries the same numbers).
export const SHAPES = {
  'pythia-410m': { hidden: 1024, layers: 24, heads: 16, intermediate: 4096, vocab: 50304 },
  'pythia-1.4b': { hidden: 2048, layers: 24, heads: 16, intermediate: 8192, vocab: 50304 },
  'pythia-6.9b': { hidden: 4096, layers: 32, heads: 32, intermediate: 16384, vocab: 50432 },
};
// (M tokens, N out, K in): prefill/training of 4 x 512 tokens through pythia-6.9b's linears, a
// square GEMM, and a 1.4b-sized one.
export const GEMM_SHAPES = [
  [2048, 12288, 4096],
  [2048, 4096, 4096],
  [2048, 16384, 4096],
  [2048, 4096, 16384],
  [4096, 4096, 4096],
  [2048, 2048, 2048],
];
export const ATTN_CONFIGS = [
  { B: 4, T: 512, heads: 32, d: 128 },
  { B: 4, T: 2048, heads: 32, d: 128 },
  { B: 4, T: 512, heads: 16, d: 64 },
  { B: 1, T: 4096, heads: 16, d: 128 },
];
export const LORA_BATCH = { B: 4, T: 512 };

// KALA_BENCH_TINY=1: toy sizes that only check the scripts (e.g. under the CPU emulator).
if (process.env.KALA_BENCH_TINY) {
  for (const k of Object.keys(SHAPES)) Object.assign(SHAPES[k], { hidden: 64, layers: 2, heads: 4, intermediate: 128, vocab: 257 });
  GEMM_SHAPES.splice(0, GEMM_SHAPES.length, [70, 96, 64]);
  ATTN_CONFIGS.splice(0, ATTN_CONFIGS.length, { B: 1, T: 40, heads: 2, d: 64 });
  Object.assign(LORA_BATCH, { B: 2, T: 16 });
}

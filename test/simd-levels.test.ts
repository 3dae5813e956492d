// Every kernel level the CPU offers (AVX-512, AVX2+FMA, portable; capped with KALA_SIMD) gives
// the reference's forward pass and gradients.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAtSimdLevel, simdLevels } from './helpers.js';

const levels = await simdLevels();

describe.each(levels)('KALA_SIMD=%s', (level) => {
  it.each(['tiny-kala', 'tiny-seq-kala-bf16', 'tiny-f16-sharded'])('%s', (name) => {
    const r = runAtSimdLevel(level, [path.join(ROOT, 'test', 'workers', 'forward-worker.mjs'), name]);
    expect(r.kernels).toBe(level);
    expect(r.logits).toBeLessThan(1e-4);
    expect(r.grads).toBeLessThan(1e-3);
    expect(r.int8).toBeLessThan(0.1); // quantization error, not a kernel bug: same bound at every level
  });
});

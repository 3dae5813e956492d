// Every kernel level the CPU offers (AVX-512, AVX2+FMA, portable; capped with KALA_SIMD) gives
// the reference's forward pass and gradients.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCpuAddon } from '../lib/native/load.js';
import { ROOT } from './helpers.js';

const info = loadCpuAddon().cpuInfo() as { simd: string };
const levels = ['portable', 'avx2', 'avx512'].slice(0, ['portable', 'avx2', 'avx512'].indexOf(info.simd) + 1);

describe.each(levels)('KALA_SIMD=%s', (level) => {
  it.each(['tiny-kala', 'tiny-seq-kala-bf16', 'tiny-f16-sharded'])('%s', (name) => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'test', 'workers', 'forward-worker.mjs'), name], {
      env: { ...process.env, KALA_SIMD: level },
      encoding: 'utf8',
    });
    const r = JSON.parse(out.trim().split('\n').pop()!);
    expect(r.kernels).toBe(level);
    expect(r.logits).toBeLessThan(1e-4);
    expect(r.grads).toBeLessThan(1e-3);
    expect(r.int8).toBeLessThan(0.1); // quantization error, not a kernel bug: same bound at every level
  });
});

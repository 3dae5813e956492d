// Shared pieces of the benchmarks: benchmark.js runs, the machine description, the OpenBLAS
// peer addon (built on first use), and result files.
import Benchmark from 'benchmark';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(BENCH_DIR, '..');

/** The CPU engine addon (built by npm install). */
export function engine() {
  return require('node-gyp-build')(ROOT);
}

/** Seconds per call of fn (sync, or async returning a promise), measured by benchmark.js.
 *  `mean` is the best of its samples: on a shared 2-core machine interference only ever adds
 *  time, so the fastest sample is the closest to what the code itself costs. */
export async function measure(name, fn, { async = false, maxTime = 3, minSamples = 5 } = {}) {
  // let the previous contestant's idle threads (OpenBLAS and our pool both spin a while) go quiet
  await new Promise((r) => setTimeout(r, 300));
  return new Promise((resolve, reject) => {
    const opts = async
      ? { defer: true, fn: (d) => fn().then(() => d.resolve(), reject), maxTime, minSamples }
      : { fn, maxTime, minSamples };
    const b = new Benchmark(name, { ...opts, onError: (e) => reject(e.target.error), onComplete: () => resolve({ mean: Math.min(...b.stats.sample), average: b.stats.mean, rme: b.stats.rme, samples: b.stats.sample.length }) });
    b.run({ async: true });
  });
}

/** The OpenBLAS sgemm peer, compiled against Debian's libopenblas-dev the first time. */
export function openblas() {
  const dir = path.join(BENCH_DIR, 'openblas');
  const bin = path.join(dir, 'build', 'Release', 'openblas_peer.node');
  if (!existsSync(bin)) {
    if (!existsSync('/usr/include/x86_64-linux-gnu/cblas.h') && !existsSync('/usr/include/cblas.h') && !existsSync('/usr/include/openblas/cblas.h'))
      throw new Error('OpenBLAS headers missing: apt-get install libopenblas-dev');
    const gyp = require.resolve('node-gyp/bin/node-gyp.js');
    // build against the running node's own headers when they are installed beside it (no download)
    const nodedir = process.env.npm_config_nodedir ?? path.resolve(process.execPath, '..', '..');
    const local = existsSync(path.join(nodedir, 'include', 'node', 'node_api.h')) ? [`--nodedir=${nodedir}`] : [];
    execFileSync(process.execPath, [gyp, 'rebuild', '--directory', dir, ...local], { stdio: 'inherit' });
  }
  // OpenBLAS 0.3.21's DYNAMIC_ARCH does not recognise every AVX-512 CPU (on the Xeon these numbers
  // come from it picks its SSE3 "Prescott" kernels, 3-5x slower): give it the AVX-512 kernels the
  // CPU can run, so the peer is at its best. Read by the library when it loads, i.e. at require.
  if (!process.env.OPENBLAS_CORETYPE && engine().cpuInfo().simd === 'avx512') process.env.OPENBLAS_CORETYPE = 'SkylakeX';
  return require(bin);
}

export function machine(addon) {
  const cpu = addon.cpuInfo();
  return { cpu: cpu.brand, kernels: cpu.simd, threads: cpu.threads, features: cpu.features, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() };
}

export function saveResult(name, data) {
  mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  const file = path.join(BENCH_DIR, 'results', `${name}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

export function table(rows, cols) {
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals) => vals.map((v, i) => String(v).padStart(widths[i])).join('  ');
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

export function randomFloats(n, seed = 1) {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

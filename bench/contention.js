// Decode with the other core busy: does the second thread still help when another process wants
// a core? The benchmark starts its own background load (a child process spinning on one core),
// then times decode at 1 and at all threads, alternating, quiet and loaded, and reports medians.
// A pool whose threads wait on a descheduled helper loses badly here (llama.cpp's busy-waiting
// threads lose ~10x); ours must keep the all-thread rate >= the 1-thread rate.
// Usage: node bench/contention.js [--shape pythia-160m] [--weights fp32|int8] [--reps 5] [--tokens 32]
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KalaModel } from '../dist/index.js';
import { engine, machine, saveResult, table } from './lib.js';
import { pythiaConfig } from './model.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};

/** A child process spinning on one core until killed: the "other program" of the benchmark. */
function startLoad() {
  const child = fork(new URL(import.meta.url).pathname, ['--spin'], { stdio: 'ignore' });
  return () => new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });
}

async function tokensPerSecond(model, tokens) {
  const prompt = [1, 2, 3, 4];
  const t0 = performance.now();
  await model.generate(prompt, { maxNewTokens: 1, temperature: 0, monitor: false });
  const t1 = performance.now();
  await model.generate(prompt, { maxNewTokens: tokens, temperature: 0, monitor: false });
  const t2 = performance.now();
  return (tokens - 1) / ((t2 - t1 - (t1 - t0)) / 1000);
}

export async function runContention({ shape = 'pythia-160m', weights = 'int8', reps = 5, tokens = 32 } = {}) {
  const k = engine();
  const all = k.cpuInfo().threads;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-contention-'));
  const created = KalaModel.create(pythiaConfig(shape), { seed: 1 });
  await created.save(dir);
  created.dispose();
  const model = await KalaModel.load(dir, weights === 'int8' ? { quantize: 'int8' } : {});
  await tokensPerSecond(model, 4); // warm up
  const samples = {};
  const add = (key, v) => (samples[key] ??= []).push(v);
  for (let r = 0; r < reps; r++) {
    // alternate the order within each rep so drift does not favour one side
    const order = r % 2 ? [all, 1] : [1, all];
    for (const loaded of [false, true]) {
      const stop = loaded ? startLoad() : null;
      if (stop) await new Promise((res) => setTimeout(res, 200)); // let the spinner get its core
      for (const t of order) {
        k.bench.setThreads(t);
        add(`${loaded ? 'loaded' : 'quiet'} ${t}`, await tokensPerSecond(model, tokens));
      }
      if (stop) await stop();
    }
  }
  k.bench.setThreads(0);
  model.dispose();
  rmSync(dir, { recursive: true, force: true });
  const med = (x) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
  const rows = [];
  for (const state of ['quiet', 'loaded']) {
    const one = med(samples[`${state} 1`]), many = med(samples[`${state} ${all}`]);
    rows.push({ machine: state === 'quiet' ? 'quiet' : 'one core busy (background spinner)', '1 thread tok/s': one.toFixed(1), [`${all} threads tok/s`]: many.toFixed(1), [`${all} / 1`]: (many / one).toFixed(2) });
  }
  return { machine: machine(k), shape, weights, reps, tokens, rows, samples };
}

if (process.argv.includes('--spin')) {
  for (;;);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runContention({ shape: arg('shape', 'pythia-160m'), weights: arg('weights', 'int8'), reps: Number(arg('reps', 5)), tokens: Number(arg('tokens', 32)) });
  console.log(`decode under contention: ${r.shape} ${r.weights}, ${r.machine.cpu}, medians of ${r.reps} alternating reps`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  console.log('saved', saveResult('contention', r));
}

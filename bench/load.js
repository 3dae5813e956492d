// Checkpoint load time (KalaModel.load from a warm page cache) against the physical limit measured
// in the same run: the checkpoint's bytes over the page-cache read bandwidth (pread of the same
// files into one reused, already-touched buffer: the kernel's copy alone). The peer is Node's own
// fs.readFileSync of the same files (one copy into fresh memory, the least any loader does).
// --baseline <checkout> times that checkout's dist/ (built) in the same rounds, to compare loaders.
//   node bench/load.js [--shapes pythia-160m,pythia-410m] [--dtypes F32,F16,BF16,I8] [--runs 5]
//                      [--baseline /path/to/other/checkout] [--quick]     (results in bench/results/load.json)
// Contestants run interleaved (round r times each of them once): drift of a shared machine then
// hits all of them alike. Best and median of the rounds are reported; the ratios use the best.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KalaModel } from '../dist/index.js';
import { engine, machine, saveResult, table } from './lib.js';
import { makeCheckpoint } from './make-checkpoint.js';
import { pythiaHfConfig } from './pythia-shapes.js';

const arg = (k, d) => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? process.argv[i + 1] : d;
};
const quick = process.argv.includes('--quick');
const shapes = arg('shapes', quick ? 'pythia-160m' : 'pythia-160m,pythia-410m').split(',');
const dtypes = arg('dtypes', quick ? 'F32' : 'F32,F16,BF16,I8').split(',');
const runs = Number(arg('runs', quick ? 3 : 5));
const baselineDir = arg('baseline');
const cacheDir = arg('dir', path.join(os.tmpdir(), 'kala-load-bench'));
const Baseline = baselineDir ? (await import(path.resolve(baselineDir, 'dist/index.js'))).KalaModel : null;

/** A checkpoint of that shape and file dtype, made once and kept in cacheDir. F32: a KALA
 *  checkpoint of KalaModel.create; F16/BF16: the Hugging Face layout of make-checkpoint.js;
 *  I8: the F32 one loaded with quantize 'int8' and saved (int8 linear weights + scales). */
async function checkpoint(shape, dtype) {
  const dir = path.join(cacheDir, `${shape}-${dtype.toLowerCase()}`);
  if (existsSync(path.join(dir, 'config.json'))) return dir;
  if (dtype === 'F16' || dtype === 'BF16') await makeCheckpoint({ shape, out: dir, dtype });
  else if (dtype === 'F32') {
    const m = KalaModel.create(pythiaHfConfig(shape, 'float32'));
    await m.save(dir);
    m.dispose();
  } else if (dtype === 'I8') {
    const m = await KalaModel.load(await checkpoint(shape, 'F32'), { quantize: 'int8' });
    await m.save(dir);
    m.dispose();
  } else throw new Error(`--dtypes: ${dtype} is not one of F32, F16, BF16, I8`);
  return dir;
}

const weightFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.safetensors')).map((f) => path.join(dir, f));

// one reused buffer, touched once, so the probe times the page-cache copy and nothing else
const PROBE_CHUNK = 256 << 20;
const probeBuffer = Buffer.alloc(PROBE_CHUNK, 1);
function preadAll(files) {
  for (const f of files) {
    const fd = openSync(f, 'r');
    try {
      const size = statSync(f).size;
      for (let o = 0; o < size; ) {
        const n = readSync(fd, probeBuffer, 0, Math.min(PROBE_CHUNK, size - o), o);
        if (n <= 0) throw new Error(`${f} ended early`);
        o += n;
      }
    } finally {
      closeSync(fd);
    }
  }
}

async function time(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const loader = (Model, dir, options) => async () => (await Model.load(dir, { tokenizer: false, ...options })).dispose();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
for (const shape of shapes) {
  for (const dtype of dtypes) {
    const dir = await checkpoint(shape, dtype);
    const files = weightFiles(dir);
    const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
    const contestants = [
      ['page-cache read (limit)', () => preadAll(files)],
      ['fs.readFileSync (peer)', () => files.forEach((f) => readFileSync(f))],
      ['KalaModel.load', loader(KalaModel, dir)],
    ];
    if (Baseline) contestants.push(['baseline load', loader(Baseline, dir)]);
    if (dtype !== 'I8') {
      contestants.push(["load quantize 'int8'", loader(KalaModel, dir, { quantize: 'int8' })]);
      if (Baseline) contestants.push(["baseline quantize 'int8'", loader(Baseline, dir, { quantize: 'int8' })]);
    }
    const times = contestants.map(() => []);
    preadAll(files); // the page cache is warm from here on
    for (let r = 0; r < runs + 1; r++)
      for (let c = 0; c < contestants.length; c++) {
        const t = await time(contestants[c][1]);
        if (r > 0) times[c].push(t); // round 0 warms up every contestant
      }
    const limit = Math.min(...times[0]);
    const peer = Math.min(...times[1]);
    contestants.forEach(([name], c) => {
      const best = Math.min(...times[c]);
      rows.push({
        checkpoint: `${shape} ${dtype}`,
        MB: (bytes / 1e6).toFixed(0),
        what: name,
        'best s': best.toFixed(3),
        'median s': median(times[c]).toFixed(3),
        'GB/s': (bytes / best / 1e9).toFixed(2),
        'of limit': `${((100 * limit) / best).toFixed(0)}%`,
        'x peer': (best / peer).toFixed(2),
      });
    });
  }
}
const m = machine(engine());
console.log(`checkpoint load on ${m.cpu}, ${m.threads} threads, warm page cache, ${runs} interleaved rounds${Baseline ? `, baseline ${baselineDir}` : ''}`);
console.log(table(rows, Object.keys(rows[0])));
if (!quick) console.log('saved', saveResult('load', { machine: m, runs, baseline: baselineDir ?? null, rows }));

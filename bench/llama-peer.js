// llama.cpp (through node-llama-cpp, a dev dependency) as a peer of the CPU engine on identical
// weights: random Pythia-70m/160m-shaped checkpoints of realistic scale (bench/gguf-checkpoint.js)
// loaded by KalaModel, and the same tensors written to GGUF (bench/gguf.js) for llama.cpp.
//
//  1. correctness: the same token ids through both; last-position logits compared (llama.cpp
//     gives probabilities, so its logits are log p plus the one constant that best fits ours);
//     F32 must agree to F32_TOLERANCE of the logit range or the run fails.
//  2. speed: decode (tokens/s after a 4-token prompt, (t(n) - t(1)) / (n - 1)) and prefill
//     (tokens/s of a T-token prompt into an empty cache, last-position logits only, as a prefill
//     does on both sides), fp32 / f16 / int8 here against F32 / F16 / Q8_0 there, at 1 and 2
//     threads; the engines take turns rep by rep and the medians are reported, with the decode
//     limit the memory bandwidth sets (bytes a step streams / read bandwidth) for each.
//
//   node bench/llama-peer.js [--quick] [--shapes pythia-70m,pythia-160m] [--threads 1,2] [--reps 5]
//   -> tables on stdout and bench/results/llama-peer.json (--reps 0: the logit check alone)
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KalaModel } from '../dist/index.js';
import { convertGptNeox, PYTHIA_TOKENIZER } from './gguf.js';
import { makeNeoxCheckpoint, neoxConfig } from './gguf-checkpoint.js';
import { engine, machine, saveResult, table } from './lib.js';
import { PYTHIA } from './pythia-shapes.js';

/** F32 against F32: the largest logit difference allowed, as a fraction of the logit range, with
 *  llama.cpp's attention in F32 (`exact`; what remains is its GELU: the tanh approximation, looked
 *  up in an F16 table) and with its defaults (F16 flash attention on the CPU). */
export const F32_TOLERANCE = { exact: 1e-3, default: 1e-2 };
/** ours / llama.cpp encodings of the same weights */
export const PAIRS = [
  { ours: 'fp32', llama: 'F32', ckpt: 'f32', load: {}, embedBytes: 4 },
  { ours: 'f16', llama: 'F16', ckpt: 'f16', load: {}, embedBytes: 2 },
  // quantize: 'int8' leaves embed_in as it is (F32)
  { ours: 'int8', llama: 'Q8_0', ckpt: 'f32', load: { quantize: 'int8' }, embedBytes: 4 },
];

// ------------------------------------------------------------------ llama.cpp through node-llama-cpp

let llamaPromise;
/** The llama.cpp binding, CPU only, from the prebuilt binaries: never a download or a build. */
export async function getLlamaCpu() {
  llamaPromise ??= import('node-llama-cpp').then(({ getLlama, LlamaLogLevel }) =>
    // maxThreads 0: a context's `threads` is the count it uses, not a hint
    getLlama({ gpu: false, build: 'never', skipDownload: true, usePrebuiltBinaries: true, progressLogs: false, maxThreads: 0, logLevel: LlamaLogLevel.error }),
  );
  return llamaPromise;
}

/** A loaded GGUF and one single-sequence context per thread count with llama.cpp's defaults (as it
 *  is run, and timed: flash attention 'auto', which on the CPU computes attention in F16, and an
 *  F16 KV cache); `exact` is one more, at the highest thread count, with attention in F32 as ours
 *  (no flash attention, F32 KV cache), for the logit comparison. */
export async function openLlama(file, { threads = [1], contextSize = 1024, batchSize = 512 } = {}) {
  const llama = await getLlamaCpu();
  const model = await llama.loadModel({ modelPath: file, gpuLayers: 0 });
  const open = async (n, kv) => {
    const context = await model.createContext({ contextSize, batchSize, sequences: 1, threads: { ideal: n, min: n }, ...kv });
    return { context, seq: context.getSequence() };
  };
  const contexts = new Map();
  for (const n of threads) contexts.set(n, await open(n, {}));
  // GgmlType.F32 = 0: the binding takes the KV cache types as numbers only
  const exact = await open(Math.max(...threads), { flashAttention: false, experimentalKvCacheKeyType: 0, experimentalKvCacheValueType: 0 });
  return {
    model,
    contexts,
    exact,
    async dispose() {
      for (const { context } of [...contexts.values(), exact]) await context.dispose();
      await model.dispose();
    },
  };
}

/** llama.cpp's last-position log-probabilities of `ids` (Float64Array of the vocabulary; -Infinity
 *  where the probability underflowed). */
export async function llamaLogProbs(seq, ids, vocab) {
  await seq.clearHistory();
  const input = [...ids.slice(0, -1), [ids.at(-1), { generateNext: { probabilities: true, options: { temperature: 0 } } }]];
  const out = await seq.controlledEvaluate(input);
  const probs = out[ids.length - 1]?.next?.probabilities;
  if (!probs) throw new Error('llama.cpp returned no probabilities');
  const lp = new Float64Array(vocab).fill(-Infinity);
  for (const [t, p] of probs) lp[t] = Math.log(p);
  return lp;
}

// ------------------------------------------------------------------ the comparison

/**
 * Our logits z against llama.cpp's log-probabilities lp: the constant c that best fits
 * z ~ lp + c (the mean over tokens with a finite lp), then the largest |z - lp - c|, also as a
 * fraction of the range of z; and whether both pick the same top token.
 */
export function compareLogits(z, lp) {
  let sum = 0, n = 0, lo = Infinity, hi = -Infinity;
  for (let i = 0; i < z.length; i++) {
    lo = Math.min(lo, z[i]);
    hi = Math.max(hi, z[i]);
    if (Number.isFinite(lp[i])) {
      sum += z[i] - lp[i];
      n++;
    }
  }
  const c = sum / n;
  let maxAbs = 0, argZ = 0, argL = 0;
  for (let i = 0; i < z.length; i++) {
    if (Number.isFinite(lp[i])) maxAbs = Math.max(maxAbs, Math.abs(z[i] - lp[i] - c));
    if (z[i] > z[argZ]) argZ = i;
    if (lp[i] > lp[argL]) argL = i;
  }
  return { maxAbs, range: hi - lo, relative: maxAbs / (hi - lo), sameTop: argZ === argL, compared: n };
}

/** Our last-position logits of `ids`. */
export async function kalaLastLogits(model, ids) {
  const { logits } = await model.forward([ids]);
  const V = model.config.vocabSize;
  return logits.data.subarray((ids.length - 1) * V, ids.length * V);
}

/** Token ids for a check: a fixed pseudo-random walk over the vocabulary. */
export function checkIds(n, vocab, seed = 3) {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % vocab);
}

// ------------------------------------------------------------------ timing

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const now = () => performance.now() / 1000;
const PROMPT = [1, 2, 3, 4];

/** The engines behind one interface: select (threads, modes), then decode or prefill (timed; the
 *  cache is emptied untimed first). `gemm`: our int8 GEMM for prefill ('vnni', the default where the
 *  CPU has AVX-512 VNNI, or 'dequant'); a runner with `decode: false` only prefills. */
function oursRunner(model, k, { gemm, decode = true }) {
  let session;
  return {
    select(n) {
      k.bench.setThreads(n);
      k.bench.setInt8Gemm(gemm);
    },
    decode: decode
      ? async (n) => {
          const t = now();
          const r = await model.generate(PROMPT, { maxNewTokens: n, temperature: 0, monitor: false });
          const s = now() - t;
          if (r.tokens.length !== n) throw new Error(`ours generated ${r.tokens.length} of ${n} tokens`);
          return s;
        }
      : null,
    async prefill(ids) {
      session ??= await model.createSession({ capacity: 1024 });
      await session.evaluate([ids[0] === 1 ? 2 : 1]); // empties the cache (one token, untimed)
      const t = now();
      await session.evaluate(ids);
      return now() - t;
    },
    dispose() {
      session?.dispose?.();
    },
  };
}

function llamaRunner(ll) {
  let cur;
  return {
    select: (n) => (cur = ll.contexts.get(n)),
    async decode(n) {
      await cur.seq.clearHistory();
      let got = 0;
      const t = now();
      for await (const tok of cur.seq.evaluate(PROMPT, { temperature: 0 })) {
        void tok;
        if (++got >= n) break;
      }
      const s = now() - t;
      if (got !== n) throw new Error(`llama.cpp generated ${got} of ${n} tokens`);
      return s;
    },
    async prefill(ids) {
      await cur.seq.clearHistory();
      const t = now();
      // last-position logits only (and the greedy token), as our session step computes
      await cur.seq.controlledEvaluate([...ids.slice(0, -1), [ids.at(-1), { generateNext: { token: true, options: { temperature: 0 } } }]]);
      return now() - t;
    },
    dispose: () => ll.dispose(),
  };
}

/** Reps of decode and prefill, the engines taking turns (the order rotating rep by rep); medians
 *  of tokens/s. */
async function race(engines, { threads, decodeTokens, prefill, reps, vocab }) {
  const samples = {};
  const add = (key, v) => (samples[key] ??= []).push(v);
  // one untimed round each: first-touch of the weights, thread start-up
  for (const e of Object.values(engines)) {
    e.select(threads);
    if (e.decode) await e.decode(2);
    await e.prefill(checkIds(prefill[0], vocab, 5));
  }
  const names = Object.keys(engines);
  for (let r = 0; r < reps; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const name of order) {
      const e = engines[name];
      e.select(threads);
      await sleep(300); // the other engine's spinning threads go quiet (as bench/lib.js measure)
      if (e.decode) {
        const full = await e.decode(decodeTokens), one = await e.decode(1);
        add(`${name} decode`, (decodeTokens - 1) / (full - one));
      }
      for (const T of prefill) add(`${name} prefill ${T}`, T / (await e.prefill(checkIds(T, vocab, 11 + r))));
    }
  }
  const out = {};
  for (const [key, v] of Object.entries(samples)) out[key] = { median: median(v), samples: v.map((x) => Number(x.toFixed(2))) };
  return out;
}

// ------------------------------------------------------------------ the run

export async function runLlamaPeer({ shapes = ['pythia-70m', 'pythia-160m'], threads = [1, 2], reps = 5, decodeTokens = 64, prefill = [128, 512], checkTokens = 24, workDir = path.join(os.tmpdir(), 'kala-llama-peer'), log = console.log } = {}) {
  const k = engine();
  const llama = await getLlamaCpu();
  const defaultGemm = k.bench.setInt8Gemm();
  const result = { machine: machine(k), llamaCpp: { nodeLlamaCpp: '3.21.1', build: llama.buildType, cpuMathCores: llama.cpuMathCores, systemInfo: llama.systemInfo }, int8Gemv: k.bench.setInt8Gemv(), int8Gemm: k.bench.setInt8Gemm(), correctness: [], rows: [], config: { threads, reps, decodeTokens, prefill, prompt: PROMPT.length } };
  const bandwidth = [];
  for (const shape of shapes) {
    const config = neoxConfig(PYTHIA[shape]);
    const t0 = now();
    const ck = await makeNeoxCheckpoint(path.join(workDir, `${shape}-seed1`), config, { seed: 1 });
    const ggufs = {};
    for (const p of PAIRS) {
      const file = path.join(workDir, `${shape}-seed1`, `model-${p.llama}.gguf`);
      ggufs[p.llama] = { file, ...(await cachedGguf(ck[p.ckpt], file, p.llama)) };
    }
    log(`${shape}: checkpoints and GGUFs ready in ${(now() - t0).toFixed(1)} s`);
    for (const p of PAIRS) {
      const ours = await KalaModel.load(ck[p.ckpt], { ...p.load, device: 'cpu', tokenizer: false });
      const ll = await openLlama(ggufs[p.llama].file, { threads });
      result.llamaContexts ??= [...ll.contexts].map(([n, { context }]) => ({ threads: n, currentThreads: context.currentThreads, idealThreads: context.idealThreads, flashAttention: context.flashAttention, batchSize: context.batchSize, contextSize: context.contextSize }));
      // correctness, at the highest thread count
      k.bench.setThreads(Math.max(...threads));
      const ids = checkIds(checkTokens, config.vocab_size);
      const z = await kalaLastLogits(ours, ids);
      const entry = { model: shape, ours: p.ours, llama: p.llama, tokens: ids.length };
      for (const [how, ctx] of [['exact', ll.exact], ['default', ll.contexts.get(Math.max(...threads))]]) {
        const cmp = compareLogits(z, await llamaLogProbs(ctx.seq, ids, config.vocab_size));
        Object.assign(entry, { [`${how} maxAbsDiff`]: Number(cmp.maxAbs.toExponential(3)), [`${how} relative`]: Number(cmp.relative.toExponential(3)), [`${how} sameTop`]: cmp.sameTop, logitRange: Number(cmp.range.toFixed(3)) });
        log(`  ${p.ours} vs ${p.llama} (${how === 'exact' ? 'llama.cpp attention in F32' : 'llama.cpp defaults: F16 flash attention'}): max |logit diff| ${cmp.maxAbs.toExponential(2)} of a range of ${cmp.range.toFixed(2)} (${cmp.relative.toExponential(2)}), same top token: ${cmp.sameTop}`);
        if (p.llama === 'F32' && !(cmp.relative <= F32_TOLERANCE[how]))
          throw new Error(`${shape}: F32 logits (${how}) differ by ${cmp.relative.toExponential(2)} of the logit range (tolerance ${F32_TOLERANCE[how]}): the GGUF does not hold our weights`);
      }
      result.correctness.push(entry);
      // bytes a decode step streams: every weight but the embedding table, of which one row
      const c = ours.config;
      const bytes = { ours: ours.weightBytes - (c.vocabSize - 1) * c.hiddenSize * p.embedBytes, llama: ggufs[p.llama].stepBytes };
      const engines = { ours: oursRunner(ours, k, { gemm: defaultGemm }), llama: llamaRunner(ll) };
      // int8 prefill also with the dequantizing GEMM (KALA_INT8_GEMM=dequant), where the default is VNNI
      const alt = p.ours === 'int8' && defaultGemm === 'vnni';
      if (alt) engines['ours dequant'] = oursRunner(ours, k, { gemm: 'dequant', decode: false });
      for (const n of reps > 0 ? threads : []) {
        const bw = k.bench.readBandwidth(1 << 29, 4);
        bandwidth.push(bw);
        const r = await race(engines, { threads: n, decodeTokens, prefill, reps, vocab: config.vocab_size });
        const limit = (side) => (bw * 1e9) / bytes[side];
        const row = (phase, key, lim, ourSide = 'ours') => {
          const a = r[`${ourSide} ${key}`].median, b = r[`llama ${key}`].median;
          result.rows.push({
            model: shape, threads: n, weights: `${p.ours}${p.ours === 'int8' ? (ourSide === 'ours dequant' ? ' (dequant GEMM)' : ` (${defaultGemm} GEMM)`) : ''} / ${p.llama}`, phase,
            'ours tok/s': a.toFixed(1), 'llama.cpp tok/s': b.toFixed(1), 'ours / llama.cpp': (a / b).toFixed(2),
            'limit tok/s (ours / llama.cpp)': lim ? `${limit('ours').toFixed(0)} / ${limit('llama').toFixed(0)}` : '',
            'of limit (ours / llama.cpp)': lim ? `${((a / limit('ours')) * 100).toFixed(0)}% / ${((b / limit('llama')) * 100).toFixed(0)}%` : '',
            samples: { ours: r[`${ourSide} ${key}`].samples, llama: r[`llama ${key}`].samples },
          });
        };
        row(`decode (${(bytes.ours / 2 ** 20).toFixed(0)} / ${(bytes.llama / 2 ** 20).toFixed(0)} MiB a step)`, 'decode', true);
        for (const T of prefill) row(`prefill ${T}`, `prefill ${T}`, false);
        if (alt) for (const T of prefill) row(`prefill ${T}`, `prefill ${T}`, false, 'ours dequant');
        log(table(result.rows.filter((x) => x.model === shape && x.threads === n && x.weights.startsWith(p.ours)), COLS));
      }
      k.bench.setThreads(0);
      k.bench.setInt8Gemm(defaultGemm);
      for (const [name, e] of Object.entries(engines)) if (name !== 'llama') e.dispose();
      ours.dispose();
      await engines.llama.dispose();
    }
  }
  result.readBandwidthGBs = bandwidth.length ? Number(median(bandwidth).toFixed(2)) : null;
  return result;
}

const COLS = ['model', 'threads', 'weights', 'phase', 'ours tok/s', 'llama.cpp tok/s', 'ours / llama.cpp', 'limit tok/s (ours / llama.cpp)', 'of limit (ours / llama.cpp)'];

/** Converts once per checkpoint and type (reused while the checkpoint is unchanged). */
async function cachedGguf(dir, file, type) {
  const stamp = file + '.json';
  // a new checkpoint or a changed converter writes the file again
  const src = `${statSync(path.join(dir, 'model.safetensors')).mtimeMs} ${statSync(new URL('./gguf.js', import.meta.url)).mtimeMs}`;
  if (existsSync(file) && existsSync(stamp)) {
    const s = JSON.parse(readFileSync(stamp, 'utf8'));
    if (s.src === src && s.type === type) return s;
  }
  const r = await convertGptNeox({ dir, out: file, type, tokenizer: PYTHIA_TOKENIZER });
  // bytes a decode step streams: every tensor but token_embd, of which one row
  const s = { src, type, bytes: r.bytes, stepBytes: r.stepBytes };
  writeFileSync(stamp, JSON.stringify(s));
  return s;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const arg = (k) => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const opts = quick ? { shapes: ['pythia-70m'], threads: [1, 2], reps: 1, decodeTokens: 16, prefill: [128] } : {};
  if (arg('shapes')) opts.shapes = arg('shapes').split(',');
  if (arg('threads')) opts.threads = arg('threads').split(',').map(Number);
  if (arg('reps')) opts.reps = Number(arg('reps'));
  for (const s of opts.shapes ?? []) if (!PYTHIA[s]) throw new Error(`unknown shape ${s}`);
  const r = await runLlamaPeer(opts);
  console.log(`\nllama.cpp peer on ${r.machine.cpu}, read bandwidth ${r.readBandwidthGBs} GB/s${quick ? ' (--quick: a smoke run, not a measurement)' : ''}`);
  console.log(table(r.correctness, Object.keys(r.correctness[0])));
  if (r.rows.length) console.log(table(r.rows, COLS));
  r.quick = quick;
  console.log('saved', saveResult('llama-peer', r));
  process.exit(0); // node-llama-cpp keeps handles open
}

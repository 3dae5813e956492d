#!/usr/bin/env node
// Fuzzes the loaders and validators of @kala/engine (test/fuzz/README.md).
//   node test/fuzz/run.mjs --cases N [--target a,b] [--seed S] [--jobs J] [--resume] [--start I]
//   node test/fuzz/run.mjs --replay test/fuzz/crashes/<target>-<hash>.json
// Cases are generated from (seed, target, index), run by child processes (a crash kills only the
// child: the parent saves the case and starts another), and each must succeed or throw a KalaError
// with a documented code. A crash, an untyped error or a case over --timeout-ms fails the run
// (exit 1) and is saved under test/fuzz/crashes/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HIDDEN_TARGETS, TARGETS } from './targets/index.mjs';
import { Rng } from './rng.mjs';
import { caseHash, primaryBytes, serializeCase } from './case-file.mjs';
import { ROOT } from './targets/common.mjs';

const ALL_TARGETS = { ...TARGETS, ...HIDDEN_TARGETS };

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values: opt } = parseArgs({
  options: {
    cases: { type: 'string', default: '500' },
    target: { type: 'string' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string', default: String(Math.min(2, os.availableParallelism())) },
    start: { type: 'string' },
    resume: { type: 'boolean', default: false },
    replay: { type: 'string' },
    'timeout-ms': { type: 'string', default: '10000' },
    'mem-mb': { type: 'string', default: '2048' },
    out: { type: 'string', default: path.join(HERE, 'crashes') },
    state: { type: 'string', default: path.join(HERE, 'state') },
    verbose: { type: 'boolean', default: false },
  },
});
const CASES = Number(opt.cases);
const JOBS = Math.max(1, Number(opt.jobs));
const TIMEOUT = Number(opt['timeout-ms']);
const MEM_MB = Number(opt['mem-mb']);
// under AddressSanitizer the shadow memory is one huge mapping, so the data limit would stop the
// child at once; ASAN_OPTIONS' hard_rss_limit_mb bounds it instead (test/fuzz/asan-env.sh)
const SANITIZED = /asan/.test(process.env.LD_PRELOAD ?? '');

if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npx tsc -p tsconfig.json` first (npm run fuzz does)');
  process.exit(2);
}

/** A worker process for one target; the data limit makes a runaway allocation fail inside it. */
function spawnChild(target) {
  const args = [path.join(HERE, 'child.mjs'), target, opt.seed];
  const stdio = ['ignore', 'pipe', 'pipe', 'ipc'];
  // no core files: a crash is expected here, and its case is saved instead
  const limits = SANITIZED || !(MEM_MB > 0) ? 'ulimit -c 0' : `ulimit -c 0 && ulimit -d ${MEM_MB * 1024}`;
  const child = spawn('/bin/sh', ['-c', `${limits} && exec "$0" "$@"`, process.execPath, ...args], { stdio });
  let tail = '';
  const keep = (d) => {
    tail = (tail + d.toString()).slice(-64000); // a sanitizer report with its stacks fits
    if (opt.verbose) process.stderr.write(d);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.tail = () => tail;
  return child;
}

const failures = [];

function save(target, c, meta) {
  mkdirSync(opt.out, { recursive: true });
  const s = serializeCase(c);
  const name = `${target}-${caseHash(target, s)}`;
  const json = path.join(opt.out, `${name}.json`);
  const rel = path.relative(ROOT, json).startsWith('..') ? json : path.relative(ROOT, json);
  writeFileSync(path.join(opt.out, `${name}.bin`), primaryBytes(c));
  writeFileSync(json, JSON.stringify({ target, ...meta, replay: `node test/fuzz/run.mjs --replay ${rel}`, case: s }, null, 1));
  failures.push({ target, file: rel, ...meta, replay: `node test/fuzz/run.mjs --replay ${rel}` });
}

const ASAN_OOM = /AddressSanitizer: (allocator is out of memory|requested allocation size .* exceeds maximum|out of memory: allocator)/;
const CRASH_LINE = /panicked at|memory allocation of|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|terminate called|FATAL ERROR|Fatal error|Segmentation fault|Bus error/;

/** What a dead child printed about why: a Rust panic's place, a sanitizer's report, a C++ terminate. */
function crashReason(output) {
  const lines = output.split('\n');
  const i = lines.findIndex((l) => CRASH_LINE.test(l));
  if (i < 0) return '';
  const next = /panicked at|terminate called/.test(lines[i]) ? ` ${(lines[i + 1] ?? '').trim()}` : '';
  return `${lines[i].replace(/^thread .*? panicked/, 'panicked').trim()}${next}`.slice(0, 300);
}

/** The start of a crash report (where it says what and where), or the end of the output. */
function excerpt(output) {
  const lines = output.split('\n');
  const i = lines.findIndex((l) => CRASH_LINE.test(l));
  return (i < 0 ? lines.slice(-15) : lines.slice(i, i + 12)).join('\n');
}

/** One line that tells failures apart: the outcome and the error's kind, without numbers and paths. */
function signature(f) {
  let what = f.symptom;
  if (f.outcome === 'untyped') {
    // where it was thrown (the first frame in the package) tells one defect from another
    const frame = (f.stack ?? '').split('\n').find((l) => /\/(dist|lib)\//.test(l)) ?? '';
    what = !frame ? f.symptom.slice(0, 80) : `${f.symptom.replace(/:.*/s, '')} at ${frame.trim().replace(/^at /, '').replace(/ \(.*\/(dist|lib)\//, ' (').replace(/file:\/\/.*\/(dist|lib)\//, '')}`;
  } else if (f.outcome === 'crash') what = `${f.symptom} ${(f.reason ?? '').replace(/\(.*/, '')}`;
  return `${f.target} ${f.outcome} ${what.replace(/\/[^\s'"`):]+/g, '<path>').replace(/\d+(\.\d+)?/g, 'N').slice(0, 200)}`;
}

/**
 * Runs cases [start, end) of a target on JOBS workers, or one saved case when `replay` is given.
 * Resolves to the counts.
 */
function runTarget(target, start, end, replay, onProgress) {
  const stats = { cases: 0, ok: 0, typed: 0, crash: 0, untyped: 0, hang: 0, oom: 0, codes: {}, seconds: 0 };
  const t0 = performance.now();
  let next = start;
  const inflight = new Set();
  const generate = (index) => (replay ? replay : ALL_TARGETS[target].generate(Rng.forCase(opt.seed, target, index)));
  const record = (index, outcome, symptom, extra = {}) => {
    stats.cases++;
    stats[outcome]++;
    if (outcome === 'ok' || outcome === 'typed' || outcome === 'oom') return;
    let c;
    try {
      c = generate(index);
    } catch (e) {
      c = { files: {}, note: `the case generator failed (a harness bug): ${e.stack}` };
    }
    const meta = { outcome, symptom, seed: opt.seed, index: replay ? undefined : index, note: c.note, ...extra };
    console.error(`\n[${target}] ${outcome.toUpperCase()} case ${replay ? '(replay)' : index}: ${symptom}${extra.reason ? ` ${extra.reason}` : ''} (${c.note})`);
    if (extra.stack) console.error(extra.stack);
    if (extra.output) console.error(excerpt(extra.output));
    if (!replay) save(target, c, meta);
  };

  return new Promise((resolve, reject) => {
    let live = 0;
    const worker = (setupFailures = 0) => {
      live++;
      const child = spawnChild(target);
      let ready = false;
      let busy; // { index, timer }
      let killedForHang = false;
      const setupTimer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      const dispatch = () => {
        if ((replay ? next > start : next >= end)) {
          child.send({ type: 'exit' });
          return;
        }
        const index = next++;
        inflight.add(index);
        const timer = setTimeout(() => {
          killedForHang = true;
          record(index, 'hang', `no result after ${TIMEOUT} ms`, { output: child.tail() });
          inflight.delete(index);
          busy = undefined;
          child.kill('SIGKILL');
        }, TIMEOUT);
        busy = { index, timer };
        child.send(replay ? { type: 'case', id: index, index: replay.index, case: serializeCase(replay) } : { type: 'case', id: index, index });
      };
      child.on('message', (m) => {
        if (m.type === 'ready') {
          ready = true;
          clearTimeout(setupTimer);
          return dispatch();
        }
        if (m.type === 'stray') return console.error(`[${target}] an error escaped between cases: ${m.name ?? ''} ${m.message ?? m.code}`);
        if (m.type !== 'result' || !busy || m.id !== busy.index) return;
        clearTimeout(busy.timer);
        inflight.delete(busy.index);
        const { index } = busy;
        busy = undefined;
        if (m.outcome === 'typed') stats.codes[m.code] = (stats.codes[m.code] ?? 0) + 1;
        const symptom = m.outcome === 'untyped' ? `${m.escaped ? 'escaped ' : ''}${m.name}${m.code ? ` [${m.code}]` : ''}: ${m.message}` : m.code ?? 'ok';
        record(index, m.outcome, symptom, m.outcome === 'untyped' ? { stack: m.stack } : {});
        if (replay && opt.verbose) console.error(`[${target}] replay: ${m.outcome} ${symptom}`);
        onProgress(stats, inflight, next);
        dispatch();
      });
      child.on('exit', (code, signal) => {
        clearTimeout(setupTimer);
        live--;
        if (busy) {
          clearTimeout(busy.timer);
          inflight.delete(busy.index);
          const output = child.tail();
          // ASan's operator new reports an allocation it cannot make and stops, where the normal
          // build throws std::bad_alloc (OUT_OF_MEMORY): counted apart, judged by the normal run
          const oom = SANITIZED && ASAN_OOM.test(output);
          record(busy.index, oom ? 'oom' : 'crash', `child exited with ${signal ? `signal ${signal}` : `code ${code}`}`, { output, reason: crashReason(output) });
          busy = undefined;
        }
        if (!ready && !killedForHang) {
          if (setupFailures >= 2) return reject(new Error(`[${target}] the worker fails to start (${signal ?? code}):\n${child.tail()}`));
          return worker(setupFailures + 1);
        }
        const more = replay ? next === start : next < end;
        if (more) return worker();
        if (live === 0) {
          stats.seconds = (performance.now() - t0) / 1000;
          resolve(stats);
        }
      });
    };
    for (let j = 0; j < (replay ? 1 : Math.min(JOBS, end - start)); j++) worker();
    if (end <= start && !replay) resolve(stats);
  });
}

function loadState() {
  const f = path.join(opt.state, `seed-${opt.seed}.json`);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : {};
}
function saveState(state) {
  mkdirSync(opt.state, { recursive: true });
  writeFileSync(path.join(opt.state, `seed-${opt.seed}.json`), JSON.stringify(state, null, 1) + '\n');
}

async function main() {
  if (opt.replay) {
    const saved = JSON.parse(readFileSync(opt.replay, 'utf8'));
    const { deserializeCase } = await import('./case-file.mjs');
    const stats = await runTarget(saved.target, 0, 1, { ...deserializeCase(saved.case), index: saved.index }, () => {});
    const outcome = Object.keys(stats).find((k) => ['ok', 'typed', 'crash', 'untyped', 'hang', 'oom'].includes(k) && stats[k] > 0);
    console.log(`${saved.target}: ${outcome}${outcome === 'typed' ? ` ${Object.keys(stats.codes)[0]}` : ''} (saved as ${saved.outcome}: ${saved.symptom})`);
    process.exit(outcome === 'ok' || outcome === 'typed' ? 0 : 1);
  }
  const names = opt.target ? opt.target.split(',') : Object.keys(TARGETS);
  for (const n of names) if (!ALL_TARGETS[n]) throw new Error(`unknown target ${n}; targets: ${Object.keys(TARGETS).join(', ')}`);
  const state = loadState();
  const rows = [];
  console.log(`fuzz: seed ${opt.seed}, ${CASES} cases per target, ${JOBS} workers, ${TIMEOUT} ms per case${SANITIZED ? ', sanitized build' : ''}${process.env.KALA_NATIVE_BINARY ? ` (${process.env.KALA_NATIVE_BINARY})` : ''}`);
  for (const target of names) {
    const start = opt.start !== undefined ? Number(opt.start) : opt.resume ? state[target] ?? 0 : 0;
    let last = 0;
    const stats = await runTarget(target, start, start + CASES, undefined, (s, inflight, next) => {
      // the resume point: nothing below it is still running
      if (s.cases - last >= 200) {
        last = s.cases;
        state[target] = Math.min(next, ...inflight);
        saveState(state);
        if (process.stderr.isTTY) process.stderr.write(`\r  ${target}: ${s.cases}/${CASES}`);
      }
    });
    state[target] = start + CASES;
    saveState(state);
    rows.push({ target, start, ...stats });
    const codes = Object.entries(stats.codes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${target.padEnd(15)} cases ${String(stats.cases).padStart(7)}  ok ${String(stats.ok).padStart(6)}  typed ${String(stats.typed).padStart(6)}  crash ${stats.crash}  untyped ${stats.untyped}  hang ${stats.hang}  ${SANITIZED ? `asan-oom ${stats.oom}  ` : ''}${(stats.cases / stats.seconds).toFixed(1)} cases/s  [${codes}]`);
  }
  const total = rows.reduce((a, r) => ({ cases: a.cases + r.cases, bad: a.bad + r.crash + r.untyped + r.hang, s: a.s + r.seconds }), { cases: 0, bad: 0, s: 0 });
  console.log(`total: ${total.cases} cases in ${total.s.toFixed(1)} s (${(total.cases / total.s).toFixed(1)} cases/s), ${total.bad} failures`);
  if (failures.length) {
    const distinct = new Map();
    for (const f of failures) if (!distinct.has(signature(f))) distinct.set(signature(f), f);
    console.log(`\n${distinct.size} distinct failures (all ${failures.length} saved under ${path.dirname(failures[0].file)}/):`);
    for (const [sig, f] of distinct) console.log(`  ${sig}\n    ${f.replay}`);
    process.exitCode = 1;
  }
}

await main();

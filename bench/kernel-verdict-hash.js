// Verdict fingerprints of the EthicsKernel, to show that a speed change leaves every verdict as
// it was. Runs kernel.check over every text of the guard and eval corpora (/work/shared/data, or
// --data DIR), the kernel fixtures, the adversarial kinds of bench/kernel-inputs.js, and
// prompt + response pairs (two texts of one record: a request and its reply), and writes one
// line per check: a hash of the whole result (allowed, law scores, violations with rule ids,
// spans, strengths, explanations, notes, normalized text, prompt/response sub-verdicts).
//   node bench/kernel-verdict-hash.js --out /tmp/before.tsv
//   node bench/kernel-verdict-hash.js --out /tmp/after.tsv --compare /tmp/before.tsv   (exit 1 on any difference)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { EthicsKernel } from '../dist/index.js';
import { parseCsv } from '../dist/guard/evaluate.js';
import { KERNEL_INPUTS, HARMFUL_REQUEST } from './kernel-inputs.js';
import { ROOT } from './lib.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const dataDir = arg('--data', '/work/shared/data');
const out = arg('--out', '/tmp/kernel-verdicts.tsv');
const compare = arg('--compare', null);
/** Pairs per file (a file's records give many; a sample keeps the run short). */
const PAIRS_PER_FILE = Number(arg('--pairs-per-file', 200));
/** Check every Nth case only (a quick look while working; the comparison skips the others). */
const EVERY = Number(arg('--every', 1));

/** Strings worth checking: prose, not ids or labels. */
const isText = (v) => typeof v === 'string' && v.length >= 8 && /\s/.test(v.trim());

function stringsOf(v, acc = []) {
  if (isText(v)) acc.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, acc);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, acc);
  return acc;
}

/** Records of one file, each as its list of texts. */
function recordsOf(file) {
  let buf = readFileSync(file);
  let name = file;
  if (name.endsWith('.gz')) {
    buf = zlib.gunzipSync(buf);
    name = name.slice(0, -3);
  }
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (name.endsWith('.jsonl')) return text.split('\n').filter((l) => l.trim()).map((l) => { try { return stringsOf(JSON.parse(l)); } catch { return [l]; } });
  if (name.endsWith('.json')) {
    try {
      const data = JSON.parse(text);
      const rows = Array.isArray(data) ? data : Object.entries(data).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));
      return rows.map((r) => stringsOf(r));
    } catch {
      return [];
    }
  }
  if (name.endsWith('.csv')) return parseCsv(text).slice(1).map((row) => row.filter(isText));
  if (name.endsWith('.txt')) return text.split('\n').filter(isText).map((l) => [l]);
  return [];
}

function filesUnder(dir) {
  const outFiles = [];
  for (const n of readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) outFiles.push(...filesUnder(p));
    else if (/\.(jsonl|json|csv|txt)(\.gz)?$/.test(n) && !/licen[sc]e/i.test(n)) outFiles.push(p);
  }
  return outFiles;
}

const cases = []; // [id, prompt, response?]
const seen = new Set();
const files = [...filesUnder(path.join(dataDir, 'guard')), ...filesUnder(path.join(dataDir, 'eval')), ...filesUnder(path.join(ROOT, 'test/fixtures/kernel'))];
for (const file of files) {
  const rel = path.relative(dataDir, file).startsWith('..') ? path.relative(ROOT, file) : path.relative(dataDir, file);
  let pairs = 0;
  recordsOf(file).forEach((texts, r) => {
    for (const t of texts) {
      if (seen.has(t)) continue;
      seen.add(t);
      cases.push([`${rel}#${r}:${seen.size}`, t]);
    }
    if (texts.length >= 2 && pairs < PAIRS_PER_FILE) {
      pairs++;
      cases.push([`${rel}#${r}:pair`, texts[0], texts[1]]);
    }
  });
}
for (const [kind, gen] of Object.entries(KERNEL_INPUTS)) {
  for (const size of [300, 4096, 100 * 1024]) cases.push([`kind:${kind}:${size}`, gen(size)]);
  cases.push([`kind:${kind}:harmful-end`, gen(4096) + ' ' + HARMFUL_REQUEST]);
  cases.push([`kind:${kind}:pair`, HARMFUL_REQUEST, gen(2048)]);
}
cases.push(['kind:past-window', KERNEL_INPUTS.prose(1 << 20) + ' ' + HARMFUL_REQUEST]);

// the rules and the learned scorer (the kernel's default until the scorer became opt-in): baselines
// made before and after that change compare the same judges
const kernel = new EthicsKernel({ scorer: true });
const lines = [];
const t0 = Date.now();
for (const [i, [id, prompt, response]] of cases.entries()) {
  if (i % EVERY !== 0 && !id.startsWith('kind:')) continue;
  let result;
  try {
    result = response === undefined ? kernel.check(prompt) : kernel.check(prompt, response);
  } catch (err) {
    result = { threw: `${err.name}: ${err.message}` };
    console.log(`${id} threw ${result.threw}`);
  }
  const hash = createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 20);
  lines.push(`${id}\t${hash}`);
}
writeFileSync(out, lines.join('\n') + '\n');
const all = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
console.log(`${cases.length} checks (${files.length} files) in ${((Date.now() - t0) / 1000).toFixed(1)} s; digest ${all}; written to ${out}`);
if (compare) {
  const before = new Map(readFileSync(compare, 'utf8').trim().split('\n').map((l) => l.split('\t')));
  let diff = 0;
  for (const l of lines) {
    const [id, h] = l.split('\t');
    if (before.get(id) !== h) {
      if (diff < 20) console.log(`DIFF ${id}`);
      diff++;
    }
  }
  if (EVERY === 1 && before.size !== lines.length) console.log(`case count differs: ${before.size} before, ${lines.length} now`);
  console.log(`${diff} differences against ${compare}`);
  if (diff > 0 || (EVERY === 1 && before.size !== lines.length)) process.exitCode = 1;
}

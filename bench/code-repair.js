#!/usr/bin/env node
// Auto-repair measurement on the development data (/work/shared/data/code-security or
// $KALA_CODE_DATA): every Python/JavaScript unit of index.jsonl on which the analyzer reports
// findings goes through repairCode (behaviour check in the sandbox). Per repair class: findings,
// repairable (a repair exists for that finding: not "unsupported"), applied with behaviour kept,
// rejected (finding still there, parse error, new finding, or behaviour changed), unverified (the
// check could not run or never reached the repaired code); success = applied / repairable.
// CWEval samples are checked with their own functional tests (the *_unsafe functions and files
// against the "unsafe_functionality" tests); the others with generated benign calls. Hash repairs
// are compared with digests renamed one-to-one per run (lib/code/repair/digests.ts); password
// hash repairs must also show a right password accepted and a wrong one refused.
// Writes bench/results/code-repair.json and prints a markdown table.
//   node bench/code-repair.js [--source NAME] [--limit N] [--no-verify]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.KALA_CODE_DATA ?? path.resolve(ROOT, '..', 'shared', 'data', 'code-security');
const { analyzeCode, repairCode, REPAIR_CLASSES } = await import(path.join(ROOT, 'dist', 'code', 'index.js'));

const argv = process.argv.slice(2);
const opt = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const onlySource = opt('--source');
const limit = Number(opt('--limit') ?? Infinity);
const verify = !argv.includes('--no-verify');

const units = readFileSync(path.join(DATA, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((u) => (u.language === 'python' || u.language === 'javascript') && (!onlySource || u.source === onlySource));

// the OWASP Benchmark handlers import helpers/*.py: they go into the sandbox beside the code
function helperFiles(dir, prefix) {
  const out = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isFile() && /\.(py|xml|ini|json|xsd|txt|sh)$/.test(e.name)) out[`${prefix}/${e.name}`] = readFileSync(path.join(dir, e.name), 'utf8');
    else if (e.isDirectory() && e.name === 'resources') Object.assign(out, helperFiles(path.join(dir, e.name), `${prefix}/${e.name}`));
  }
  return out;
}
const OWASP_HELPERS = helperFiles(path.join(DATA, 'owasp_benchmark_python', 'helpers'), 'helpers');

function testsFor(u, code) {
  if (u.source !== 'cweval') return undefined;
  const dir = path.join(DATA, path.dirname(u.path));
  const base = path.basename(u.path);
  if (u.language === 'python' && base.endsWith('_test.py')) {
    if (!/def test_\w*unsafe_functionality/.test(code)) return undefined;
    const task = base.replace('_test.py', '_task.py');
    const files = existsSync(path.join(dir, task)) ? { [task]: readFileSync(path.join(dir, task), 'utf8') } : {};
    return { entry: base, test: base, select: 'unsafe_functionality', files };
  }
  if (u.language === 'javascript' && base.endsWith('_unsafe.js')) {
    const test = base.replace('_unsafe.js', '_test.py');
    const task = base.replace('_unsafe.js', '_task.js');
    if (!existsSync(path.join(dir, test))) return undefined;
    const testText = readFileSync(path.join(dir, test), 'utf8');
    if (!/def test_\w*unsafe_functionality/.test(testText)) return undefined;
    const files = { [test]: testText };
    if (existsSync(path.join(dir, task))) files[task] = readFileSync(path.join(dir, task), 'utf8');
    return { entry: base, test, select: 'unsafe_functionality', files };
  }
  return undefined;
}

const rows = [];
const seen = new Set();
const t0 = Date.now();
let done = 0;
for (const u of units) {
  const key = u.granularity === 'snippet' ? u.id : `${u.path}|${u.function ?? ''}`;
  if (seen.has(key) || done >= limit) continue;
  seen.add(key);
  const code = u.granularity === 'snippet' ? u.code : readFileSync(path.join(DATA, u.path), 'utf8');
  // function units (CWEval Python): only the findings inside the function
  const inUnit = u.granularity === 'function' && u.start_line ? (f) => f.line >= u.start_line && f.line <= u.end_line : undefined;
  let findings;
  try {
    findings = (await analyzeCode(code, { language: u.language })).findings.filter((f) => !inUnit || inUnit(f));
  } catch {
    continue;
  }
  if (findings.length === 0) continue;
  done++;
  const files = u.source === 'owasp_benchmark_python' ? OWASP_HELPERS : undefined;
  let r;
  try {
    r = await repairCode(code, { language: u.language, verify, filter: inUnit, tests: testsFor(u, code), files, filename: u.path });
  } catch (e) {
    console.error(`${u.path}: ${e.message}`);
    continue;
  }
  for (const x of r.repairs) rows.push({ source: u.source, path: u.path, line: x.line, ruleId: x.ruleId, family: x.family, status: x.status, reason: x.reason?.slice(0, 200) });
  if (done % 25 === 0) console.error(`${done} units, ${rows.length} findings, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

function table(group) {
  const by = new Map();
  for (const r of rows) {
    const k = group(r);
    const s = by.get(k) ?? { findings: 0, repairable: 0, applied: 0, rejected: 0, unverified: 0, unsupported: 0, resolved: 0 };
    s.findings++;
    // gone with another finding's repair (a handler returning what a repaired function builds):
    // counted apart, not as a repair of its own
    const st = r.status === 'applied' && /^resolved by/.test(r.reason ?? '') ? 'resolved' : r.status;
    s[st]++;
    if (st !== 'unsupported' && st !== 'resolved') s.repairable++;
    by.set(k, s);
  }
  return [...by].sort((a, b) => b[1].findings - a[1].findings).map(([k, s]) => ({ key: k, ...s, success: s.repairable ? s.applied / s.repairable : null }));
}
const families = [...new Set(Object.values(REPAIR_CLASSES).map((c) => c.family))];
const byFamily = table((r) => r.family);
const byRule = table((r) => r.ruleId);
const bySource = table((r) => r.source);
const total = table(() => 'all')[0] ?? { findings: 0, repairable: 0, applied: 0, rejected: 0, unverified: 0, unsupported: 0, resolved: 0, success: null };
const inScope = table((r) => (families.includes(r.family) ? 'repair classes' : 'other'));
const reasons = {};
for (const r of rows) if (r.status !== 'applied') { const k = `${r.family} ${r.status}: ${String(r.reason ?? '').replace(/\(.*$|:.*$/, '').slice(0, 90)}`; reasons[k] = (reasons[k] ?? 0) + 1; }

const pct = (x) => (x === null ? '–' : `${(100 * x).toFixed(0)}%`);
const md = (t, head) => [`| ${head} | findings | repairable | applied (behaviour kept) | rejected | unverified | unsupported | resolved by another repair | success |`, '|---|---:|---:|---:|---:|---:|---:|---:|---:|', ...t.map((s) => `| ${s.key} | ${s.findings} | ${s.repairable} | ${s.applied} | ${s.rejected} | ${s.unverified} | ${s.unsupported} | ${s.resolved} | ${pct(s.success)} |`)].join('\n');
const noHash = table((r) => (r.family === 'hash' ? 'hash' : 'rest')).find((x) => x.key === 'rest');
const out = { date: new Date().toISOString(), verify, seconds: (Date.now() - t0) / 1000, units: done, total, withoutHash: noHash, inScope, byFamily, byRule, bySource, reasons: Object.entries(reasons).sort((a, b) => b[1] - a[1]), rows };
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
if (!onlySource && limit === Infinity) writeFileSync(path.join(ROOT, 'bench', 'results', 'code-repair.json'), JSON.stringify(out) + '\n');
console.log(`Auto-repair on the development data (${done} units with findings, ${total.findings} findings, verify ${verify ? 'on' : 'off'}, ${out.seconds.toFixed(0)} s)\n`);
console.log(md(byFamily, 'class'));
console.log(`\nAll classes: ${total.applied} of ${total.repairable} repairable findings repaired with behaviour kept (${pct(total.success)}); without the hash class: ${noHash?.applied} of ${noHash?.repairable} (${pct(noHash?.success ?? null)}).\n`);
console.log(md(byRule, 'rule'));
console.log('\n' + md(bySource, 'source'));
console.log('\nWhy not applied (top 25):');
for (const [k, n] of out.reasons.slice(0, 25)) console.log(`- ${n} × ${k}`);

#!/usr/bin/env node
// Code-security measurement: recall on vulnerable units and false-positive rate on safe units of
// the development data (/work/shared/data/code-security or $KALA_CODE_DATA), per suite (the
// grouped-CV fold), language and CWE class, for @kala/engine's checkCode beside bandit (Python),
// flawfinder and cppcheck (C/C++) run on the same files in the same run; plus HumanEval's
// canonical solutions as a safe set. Writes bench/results/code-security.json.
//
// A vulnerable unit counts as detected when a finding of its CWE class lies inside it; a safe unit
// is a false positive when such a finding lies inside it (fpAny: any finding at all). Function-level
// units (Juliet) are judged on the findings of the whole file that fall in their line range.
//   node bench/code-security.js [--out FILE]   (default bench/results/code-security.json)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.KALA_CODE_DATA ?? path.resolve(ROOT, '..', 'shared', 'data', 'code-security');
const HUMANEVAL = path.resolve(DATA, '..', 'capability', 'humaneval', 'HumanEval.jsonl.gz');
const { analyzeCode, loadCodeRules, codeHints } = await import(path.join(ROOT, 'dist', 'code', 'index.js'));

// suites the rule families were written looking at (code-rules/*.json "writtenLookingAt");
// the others were never opened while writing rules: their numbers are the held-out ones
const LOOKED_AT = new Set(['bandit_examples', 'njsscan_tests', 'eslint_plugin_security_tests', 'juliet_c_cpp', 'juliet_java', 'sard_php_vulntestsuite']);

const CLASSES = {
  sqli: [89, 564, 943], cmdi: [78, 77, 88], codei: [94, 95, 1336], xss: [79, 80, 81, 83], path: [22, 23, 36, 73], ssrf: [918], xxe: [611, 776],
  deser: [502], hash: [328, 327, 916, 759, 760, 326, 329], random: [330, 338, 336], creds: [798, 259, 321, 256, 522], tls: [295, 319],
  authz: [862, 284, 306, 285], cookie: [614, 1004, 315, 539], redirect: [601], ldap: [90], xpath: [643, 91], trust: [501],
  buffer: [120, 121, 122, 126, 242, 676, 680, 119, 787, 134, 125, 129, 131, 170, 193, 805, 806], intov: [190, 191, 789], tempfile: [377], misc: [],
};
const classOf = (cwe) => {
  const n = Number(String(cwe).replace('CWE-', ''));
  for (const [k, v] of Object.entries(CLASSES)) if (v.includes(n)) return k;
  return `cwe${n}`;
};
const sameClass = (cweList, findingCwe) => cweList.some((c) => classOf(c) === classOf(findingCwe)) || (classOf(findingCwe) === 'hash' && cweList.some((c) => classOf(c) === 'hash'));

const units = readFileSync(path.join(DATA, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((u) => (u.label === 'vulnerable' || u.label === 'safe') && ['python', 'javascript', 'java', 'c', 'cpp', 'php', 'go'].includes(u.language));

// ---- our analyzer: each file once ----------------------------------------------------------
const fileFindings = new Map();
const t0 = Date.now();
async function ours(file, language, code) {
  const key = `${file}|${code === undefined ? '' : code}`;
  if (fileFindings.has(key)) return fileFindings.get(key);
  const text = code ?? readFileSync(path.join(DATA, file), 'utf8');
  let f = [];
  try {
    f = (await analyzeCode(text, { language })).findings.map((x) => ({ line: x.line, cwe: x.cwe, rule: x.ruleId }));
  } catch (e) {
    f = [];
  }
  fileFindings.set(key, f);
  return f;
}
for (const u of units) u.ours = await ours(u.path, u.language, u.granularity === 'snippet' ? u.code : undefined);
const oursSeconds = (Date.now() - t0) / 1000;

// ---- peers -----------------------------------------------------------------------------------
const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const peer = { bandit: new Map(), flawfinder: new Map(), cppcheck: new Map() };
const peerVersion = {};
const pyFiles = [...new Set(units.filter((u) => u.language === 'python').map((u) => path.join(DATA, u.path)))];
const cFiles = [...new Set(units.filter((u) => u.language === 'c' || u.language === 'cpp').map((u) => path.join(DATA, u.path)))];
if (have('bandit')) {
  peerVersion.bandit = execFileSync('bandit', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  for (let i = 0; i < pyFiles.length; i += 300) {
    const r = spawnSync('bandit', ['-f', 'json', '-q', ...pyFiles.slice(i, i + 300)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    try {
      for (const x of JSON.parse(r.stdout).results) {
        const l = peer.bandit.get(x.filename) ?? [];
        l.push({ line: x.line_number, cwe: x.issue_cwe?.id ? `CWE-${x.issue_cwe.id}` : cweOfBandit(x.test_id) });
        peer.bandit.set(x.filename, l);
      }
    } catch { /* no output */ }
  }
}
function cweOfBandit(id) {
  // bandit 1.6.2 has no CWE field: its test ids mapped to CWE (from bandit's own documentation)
  const m = { B102: 78, B307: 95, B301: 502, B302: 502, B403: 502, B506: 502, B303: 328, B324: 328, B304: 327, B305: 327, B311: 330, B105: 259, B106: 259, B107: 259,
    B501: 295, B502: 295, B503: 295, B504: 295, B608: 89, B610: 89, B611: 89, B602: 78, B603: 78, B604: 78, B605: 78, B606: 78, B607: 78, B609: 78, B601: 78,
    B701: 79, B702: 79, B703: 79, B308: 79, B310: 22, B313: 611, B314: 611, B315: 611, B316: 611, B317: 611, B318: 611, B319: 611, B320: 611, B405: 611, B406: 611, B407: 611, B408: 611, B409: 611, B410: 611, B411: 611,
    B306: 377, B108: 377, B104: 605, B201: 94, B101: 703, B110: 703, B112: 703, B321: 319, B312: 319, B401: 319, B402: 319, B505: 326, B413: 327, B404: 78, B507: 295, B322: 78, B323: 295, B325: 377 };
  return m[id] ? `CWE-${m[id]}` : 'CWE-0';
}
if (have('flawfinder') && cFiles.length) {
  peerVersion.flawfinder = execFileSync('flawfinder', ['--version'], { encoding: 'utf8' }).trim();
  const r = spawnSync('flawfinder', ['--csv', '--quiet', '--dataonly', ...cFiles], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const row of r.stdout.split('\n').slice(1)) {
    const m = /^([^,]+),(\d+),\d+,\d+,[^,]*,[^,]*,.*?(CWE-\d+)?/.exec(row);
    if (!m) continue;
    const cwes = [...row.matchAll(/CWE-(\d+)/g)].map((x) => `CWE-${x[1]}`);
    const l = peer.flawfinder.get(m[1]) ?? [];
    for (const c of cwes.length ? cwes : ['CWE-0']) l.push({ line: Number(m[2]), cwe: c });
    peer.flawfinder.set(m[1], l);
  }
}
if (have('cppcheck') && cFiles.length) {
  peerVersion.cppcheck = execFileSync('cppcheck', ['--version'], { encoding: 'utf8' }).trim();
  const r = spawnSync('cppcheck', ['--xml', '--enable=warning,portability', '-j', '2', '-q', ...cFiles], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const m of r.stderr.matchAll(/<error [^>]*?(?:cwe="(\d+)")?[^>]*>\s*<location file="([^"]+)" line="(\d+)"/g)) {
    const l = peer.cppcheck.get(m[2]) ?? [];
    l.push({ line: Number(m[3]), cwe: m[1] ? `CWE-${m[1]}` : 'CWE-0' });
    peer.cppcheck.set(m[2], l);
  }
}

// ---- scoring ---------------------------------------------------------------------------------
function inUnit(u, f) {
  return u.granularity !== 'function' || (f.line >= u.start_line && f.line <= u.end_line);
}
function judge(u, findings) {
  const mine = findings.filter((f) => inUnit(u, f));
  return { hit: mine.some((f) => sameClass(u.cwe, f.cwe)), any: mine.length > 0 };
}
function tally(list, get) {
  const t = { vulnerable: 0, detected: 0, safe: 0, falsePositives: 0, fpAny: 0 };
  for (const u of list) {
    const findings = get(u);
    if (!findings) continue;
    const j = judge(u, findings);
    if (u.label === 'vulnerable') { t.vulnerable++; if (j.hit) t.detected++; }
    else { t.safe++; if (j.hit) t.falsePositives++; if (j.any) t.fpAny++; }
  }
  t.recall = t.vulnerable ? +(t.detected / t.vulnerable).toFixed(4) : null;
  t.fpr = t.safe ? +(t.falsePositives / t.safe).toFixed(4) : null;
  t.fprAnyFinding = t.safe ? +(t.fpAny / t.safe).toFixed(4) : null;
  return t;
}
const tools = {
  kala: (u) => u.ours,
  bandit: (u) => (u.language === 'python' && have('bandit') ? peer.bandit.get(path.join(DATA, u.path)) ?? [] : undefined),
  flawfinder: (u) => ((u.language === 'c' || u.language === 'cpp') && have('flawfinder') ? peer.flawfinder.get(path.join(DATA, u.path)) ?? [] : undefined),
  cppcheck: (u) => ((u.language === 'c' || u.language === 'cpp') && have('cppcheck') ? peer.cppcheck.get(path.join(DATA, u.path)) ?? [] : undefined),
};
const group = (key) => {
  const g = {};
  for (const u of units) (g[key(u)] ??= []).push(u);
  return g;
};
const report = (list) => Object.fromEntries(Object.entries(tools).map(([k, f]) => [k, tally(list, f)]).filter(([, t]) => t.vulnerable + t.safe > 0));

const bySuite = Object.fromEntries(Object.entries(group((u) => u.source)).map(([s, l]) => [s, { lookedAtWhileWritingRules: LOOKED_AT.has(s), ...report(l) }]));
const heldOut = units.filter((u) => !LOOKED_AT.has(u.source));
const lookedAt = units.filter((u) => LOOKED_AT.has(u.source));
const byLanguageHeldOut = Object.fromEntries(Object.entries(group((u) => u.language)).map(([k, l]) => [k, report(l.filter((u) => !LOOKED_AT.has(u.source)))]).filter(([, r]) => Object.keys(r).length));
const byClassHeldOut = {};
for (const u of heldOut) for (const c of new Set(u.cwe.map(classOf))) (byClassHeldOut[c] ??= []).push(u);

// HumanEval canonical solutions: every finding is a false positive
let humaneval = null;
if (existsSync(HUMANEVAL)) {
  const probs = gunzipSync(readFileSync(HUMANEVAL)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let flagged = 0;
  const rules = {};
  for (const p of probs) {
    const f = await ours(`humaneval:${p.task_id}`, 'python', p.prompt + p.canonical_solution);
    if (f.length) flagged++;
    for (const x of f) rules[x.rule] = (rules[x.rule] ?? 0) + 1;
  }
  let banditFlagged = null;
  if (have('bandit')) {
    const tmp = path.join(ROOT, 'bench', 'results', '.humaneval-tmp');
    mkdirSync(tmp, { recursive: true });
    const files = probs.map((p, i) => { const f = path.join(tmp, `he_${i}.py`); writeFileSync(f, p.prompt + p.canonical_solution); return f; });
    const r = spawnSync('bandit', ['-f', 'json', '-q', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
    try { banditFlagged = new Set(JSON.parse(r.stdout).results.map((x) => x.filename)).size; } catch { banditFlagged = null; }
    spawnSync('rm', ['-rf', tmp]);
  }
  humaneval = { problems: probs.length, kalaFlagged: flagged, kalaFpr: +(flagged / probs.length).toFixed(4), kalaRules: rules, banditFlagged, banditFpr: banditFlagged === null ? null : +(banditFlagged / probs.length).toFixed(4) };
}

// Pre-generation hints on CWEval task prompts: is the task's CWE among the top-5 hints of its
// prompt? The prompt is the natural-language part of each `*_task` file, taken generically (its
// comments and docstrings, and the function names), so the secure reference code does not count.
function promptOf(text) {
  const parts = [];
  for (const m of text.matchAll(/"""([\s\S]*?)"""|'''([\s\S]*?)'''|\/\*([\s\S]*?)\*\/|\/\/([^\n]*)|(?:^|\s)#(?!include|define|if|endif|pragma)([^\n]*)/g))
    parts.push(m.slice(1).find((x) => x !== undefined) ?? '');
  for (const m of text.matchAll(/\b(?:def|function|func)\s+(\w+)|\b\w[\w<>\[\]*\s]*?\b(\w+)\s*\([^;{]*\)\s*\{/g)) parts.push((m[1] ?? m[2] ?? '').replace(/_/g, ' '));
  return parts.join('\n');
}
let hints = null;
{
  const tasks = [...new Map(units.filter((u) => u.source === 'cweval' && /_task\.\w+$/.test(u.path)).map((u) => [u.path, u])).values()];
  const rows = tasks.map((u) => {
    const top = codeHints(promptOf(readFileSync(path.join(DATA, u.path), 'utf8')), { language: u.language, max: 5 }).map((h) => h.cwe);
    return { language: u.language, cwe: u.cwe, top1: u.cwe.includes(top[0]), top5: u.cwe.some((c) => top.includes(c)), top5Class: top.some((h) => sameClass(u.cwe, h)), none: top.length === 0 };
  });
  const agg = (l) => ({ tasks: l.length, top1: +(l.filter((r) => r.top1).length / Math.max(1, l.length)).toFixed(4), top5: +(l.filter((r) => r.top5).length / Math.max(1, l.length)).toFixed(4), top5Class: +(l.filter((r) => r.top5Class).length / Math.max(1, l.length)).toFixed(4), noHint: l.filter((r) => r.none).length });
  const byLanguage = {};
  for (const r of rows) (byLanguage[r.language] ??= []).push(r);
  hints = {
    suite: 'cweval (held out: task prompts were not read while writing code-rules/hints)',
    method: 'task prompt = comments, docstrings and function names of each *_task file; hit = the task\'s CWE (top5Class: a CWE of the same class) among codeHints(prompt, {language, max: 5})',
    ...agg(rows),
    byLanguage: Object.fromEntries(Object.entries(byLanguage).map(([k, l]) => [k, agg(l)])),
  };
}

function ruleCounts(list) {
  const c = {};
  for (const u of list) {
    if (u.label !== 'safe') continue;
    for (const r of new Set(u.ours.filter((f) => inUnit(u, f)).map((f) => f.rule))) c[r] = (c[r] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(c).sort((a, b) => b[1] - a[1]));
}
const out = {
  generated: new Date().toISOString(),
  data: DATA,
  method: 'grouped cross-validation by suite: rule families were written looking only at the suites with lookedAtWhileWritingRules=true; heldOut = the other suites. Detected = a finding of the unit\'s CWE class inside the unit; FP = such a finding in a safe unit (fprAnyFinding: any finding).',
  rules: loadCodeRules().rules.length,
  peerVersions: peerVersion,
  kalaSeconds: oursSeconds,
  heldOut: report(heldOut),
  lookedAt: report(lookedAt),
  bySuite,
  byLanguageHeldOut,
  byClassHeldOut: Object.fromEntries(Object.entries(byClassHeldOut).map(([k, l]) => [k, report(l)])),
  // per held-out suite and class (aggregates only: the held-out files are not read to write rules)
  bySuiteClassHeldOut: Object.fromEntries([...new Set(heldOut.map((u) => u.source))].map((s) => {
    const g = {};
    for (const u of heldOut.filter((x) => x.source === s)) for (const c of new Set(u.cwe.map(classOf))) (g[c] ??= []).push(u);
    return [s, Object.fromEntries(Object.entries(g).map(([k, l]) => { const t = tally(l, tools.kala); return [k, { n: `${t.vulnerable}/${t.safe}`, recall: t.recall, fpr: t.fpr }]; }))];
  })),
  // which rules fire in safe units (aggregates: rule id -> number of safe units with a finding of it)
  anyFindingRulesHeldOut: ruleCounts(heldOut),
  anyFindingRulesLookedAt: ruleCounts(lookedAt),
  anyFindingRulesBySuite: Object.fromEntries([...new Set(units.map((u) => u.source))].sort().map((s) => [s, ruleCounts(units.filter((u) => u.source === s))])),
  humaneval,
  hints,
};
const outIndex = process.argv.indexOf('--out');
const outFile = outIndex >= 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(ROOT, 'bench', 'results', 'code-security.json');
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(out, null, 2) + '\n');
const pct = (x) => (x === null || x === undefined ? '  -  ' : `${(100 * x).toFixed(1)}%`);
console.log(`rules: ${out.rules}; kala analysed ${fileFindings.size} inputs in ${oursSeconds.toFixed(1)} s`);
for (const [s, r] of Object.entries(bySuite))
  console.log(`${s.padEnd(30)} ${r.lookedAtWhileWritingRules ? 'looked' : 'HELD '} ` + Object.entries(r).filter(([k]) => k !== 'lookedAtWhileWritingRules').map(([k, t]) => `${k}: recall ${pct(t.recall)} fpr ${pct(t.fpr)}${k === 'kala' ? ` any ${pct(t.fprAnyFinding)}` : ''}`).join(' | '));
console.log('held-out total:', Object.entries(out.heldOut).map(([k, t]) => `${k}: recall ${pct(t.recall)} fpr ${pct(t.fpr)} any ${pct(t.fprAnyFinding)} (n=${t.vulnerable}/${t.safe})`).join(' | '));
console.log('looked-at total:', Object.entries(out.lookedAt).map(([k, t]) => `${k}: recall ${pct(t.recall)} fpr ${pct(t.fpr)} any ${pct(t.fprAnyFinding)} (n=${t.vulnerable}/${t.safe})`).join(' | '));
const top = (o) => Object.entries(o).slice(0, 25).map(([k, v]) => `${k}:${v}`).join(' ');
console.log('rules firing in safe held-out units:', top(out.anyFindingRulesHeldOut));
console.log('rules firing in safe looked-at units:', top(out.anyFindingRulesLookedAt));
if (hints) console.log(`hints on CWEval task prompts (${hints.tasks}): task CWE in top-5 ${pct(hints.top5)} (same class ${pct(hints.top5Class)}), top-1 ${pct(hints.top1)}, no hint ${hints.noHint}`);
if (humaneval) console.log(`HumanEval canonical: kala flags ${humaneval.kalaFlagged}/${humaneval.problems}, bandit ${humaneval.banditFlagged}`);

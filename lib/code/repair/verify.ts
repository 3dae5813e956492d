// The behaviour check: the original and the repaired code run in the sandbox (lib/code/sandbox.ts,
// no network, only the work dir writable) on the same benign inputs, and their observable
// behaviour must be equal: what each call returned or raised, what it printed, and the effects the
// harness recorded (commands executed, SQL sent after parameter binding, HTTP requests without their
// TLS settings, DOM text). The sample's own tests are used when the caller has them (CWEval);
// otherwise the harness calls the touched functions (or Flask/Express routes, or the module itself)
// with benign arguments synthesized from parameter names. A check that never ran the repaired
// lines, or that could not run at all, proves nothing: the verdict is then `unverified`.
import { AbortError, KalaError } from '../../util/errors.js';
import { runSandboxed, sandboxAvailable, type SandboxResult } from '../sandbox.js';
import { parseSource, type SNode } from '../parse.js';
import { abstractDigests } from './digests.js';
import { applyEdits, type TextEdit } from './edits.js';
import { JS_HARNESS } from './harness-js.js';
import { PY_HARNESS } from './harness-py.js';
import { PY_FLASK_SHIM, PY_MARKUPSAFE_SHIM, PY_PYTEST_SHIM } from './shims-py.js';
import type { PasswordCheck } from './types.js';

/** The sample's own tests, run against the original and against the repaired code. */
export interface RepairTests {
  /** the file name the code is written under (the tests import or run it by that name) */
  entry: string;
  /** the Python test file to run (pytest style; run by a small pytest stand-in), one of `files` */
  test: string;
  /** only tests whose name contains this (e.g. "unsafe_functionality") */
  select?: string;
  /** other files the tests need (the task module, the test file itself) */
  files: Record<string, string>;
}

export interface VerifyRequest {
  language: 'python' | 'javascript';
  original: string;
  repaired: string;
  /** what must run for the check to count: 1-based line range (Python) / [offset, offset] (JS), per version */
  probe: { original: [number, number]; repaired: [number, number] };
  /** top-level functions the repair touched */
  functions: string[];
  tests?: RepairTests;
  /** extra files next to the code (helpers a module imports) */
  files?: Record<string, string>;
  signal?: AbortSignal;
  /** the repair class: what counts as a benign input depends on it (no quotes for SQL or commands) */
  family?: string;
  /** a password-hash repair: the repaired run must verify a right and a wrong password (types.ts) */
  password?: PasswordCheck;
  /** wall limit per run (default 15 s) */
  wallMs?: number;
}

export type Verdict = { status: 'kept'; how: string } | { status: 'changed'; reason: string } | { status: 'unverified'; reason: string };

interface RunOutput {
  records: unknown[];
  effects: unknown[];
  hit: boolean;
  /** every time the repaired statement ran it raised (Python) */
  onlyRaised?: boolean;
  /** what the password repair's verification helper answered: [accepted, refused] (null where it cannot be seen) */
  decisions?: [number, number] | null;
}

function mode(req: VerifyRequest): 'tests' | 'flask' | 'functions' | 'module' {
  if (req.tests) return 'tests';
  if (req.language === 'python' && /^\s*(from flask import|import flask)/m.test(req.original) && /@\w+\.route\(|def init\(app\)/.test(req.original)) return 'flask';
  return req.functions.length ? 'functions' : 'module';
}

/** String literals that look like parameter names (what a handler may ask the request for). */
function literalNames(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/["']([A-Za-z][\w-]{1,40})["']/g)) out.add(m[1]);
  return [...out].slice(0, 50);
}

/**
 * Python 3.12 lets an f-string reuse its own quote inside a replacement field (f'{d['k']}'); the
 * sandbox's interpreter may be older. Such f-strings get other delimiters ("…", '''…''') — the
 * same change in both versions, lines unchanged, so the comparison stays fair.
 */
export async function olderPythonCompatible(code: string): Promise<string> {
  if (!/\bf['"]/i.test(code)) return code;
  const parsed = await parseSource(code, 'python');
  try {
    const edits: TextEdit[] = [];
    const visit = (n: SNode): void => {
      if (n.type === 'string') {
        const start = n.children.find((c) => c.type === 'string_start');
        const end = n.children.find((c) => c.type === 'string_end');
        const m = start?.text.match(/^([a-zA-Z]*)(['"]{1,3})$/);
        if (start && end && m && /f/i.test(m[1])) {
          const q = m[2];
          const fields = n.children.filter((c) => c.type === 'interpolation').map((c) => c.text).join('');
          if (fields.includes(q[0])) {
            const body = code.slice(start.end, end.start);
            const alt = ['"', "'", '"""', "'''"].find((d) => d[0] !== q[0] && !body.includes(d[0]) && !(d.length === 3 && body.includes(d)))
              ?? ['"""', "'''"].find((d) => !body.includes(d) && !body.endsWith(d[0]));
            if (alt) {
              edits.push({ start: start.start + m[1].length, end: start.end, text: alt });
              edits.push({ start: end.start, end: end.end, text: alt });
            }
          }
          return; // nested f-strings keep their quotes
        }
      }
      for (const c of n.children) visit(c);
    };
    visit(parsed.root);
    return edits.length ? applyEdits(code, edits) : code;
  } finally {
    parsed.tree.delete();
  }
}

/**
 * Files that paste several snippets together redeclare top-level `const`/`let` names, which does
 * not load, and stop at the first snippet that throws. For the check (both versions alike) the
 * keywords become `var` (padded to their length) and each top-level expression statement runs in
 * its own try/catch, its error recorded. Returns the code and a map from offsets in the input to
 * offsets in the output (for the coverage probe).
 */
export async function tolerantJs(code: string): Promise<{ code: string; map: (offset: number) => number }> {
  const parsed = await parseSource(code, 'javascript');
  try {
    const edits: TextEdit[] = [];
    for (const s of parsed.root.children) {
      if (s.type === 'lexical_declaration') {
        const kw = s.children[0];
        if (kw && (kw.type === 'const' || kw.type === 'let')) edits.push({ start: kw.start, end: kw.end, text: 'var'.padEnd(kw.text.length, ' ') });
      } else if (s.type === 'expression_statement' && !/^['"]use strict['"]/.test(s.text)) {
        edits.push({ start: s.start, end: s.start, text: 'try { ' });
        edits.push({ start: s.end, end: s.end, text: ' } catch (__kalaE) { globalThis.__kalaErrors.push(String(__kalaE && __kalaE.message).replace(/0x[0-9a-f]+/g, "0x?").slice(0, 200)); }' });
      }
    }
    // a name used before its top-level declaration (app.get(…) above `var app = express()`) gets
    // the harness's stand-in first; after the declaration runs, the code's own value
    const first = new Map<string, number>();
    const stack = [parsed.root];
    while (stack.length) {
      const n = stack.pop()!;
      stack.push(...n.children);
      if (n.type === 'identifier' && (!first.has(n.text) || n.start < first.get(n.text)!)) first.set(n.text, n.start);
    }
    const early: string[] = [];
    for (const s of parsed.root.children)
      if (s.type === 'lexical_declaration' || s.type === 'variable_declaration')
        for (const d of s.children)
          if (d.type === 'variable_declarator') {
            const name = d.children.find((c) => c.field === 'name');
            if (name?.type === 'identifier' && (first.get(name.text) ?? Infinity) < s.start && !early.includes(name.text)) early.push(name.text);
          }
    if (early.length) edits.push({ start: 0, end: 0, text: early.map((x) => `var ${x} = globalThis.__kalaStandin(${JSON.stringify(x)});`).join(' ') + '\n' });
    const map = (offset: number) => {
      let d = 0;
      for (const e of edits) if (e.end <= offset && (e.start < offset || e.text.startsWith('try'))) d += e.text.length - (e.end - e.start);
      return offset + d;
    };
    return { code: edits.length ? applyEdits(code, edits) : code, map };
  } finally {
    parsed.tree.delete();
  }
}

const JS_DECLARING = new Set(['formal_parameters', 'catch_clause', 'import_specifier', 'namespace_import', 'import_clause', 'array_pattern', 'object_pattern', 'rest_pattern', 'pair_pattern', 'assignment_pattern']);
const JS_WRAPPER = new Set(['require', 'module', 'exports', '__dirname', '__filename', 'undefined', 'arguments']);

/** Names a JS file uses but never declares (snippets use app, db, connection …): the harness gives them stand-ins. */
export async function undeclaredJsNames(code: string): Promise<string[]> {
  const parsed = await parseSource(code, 'javascript');
  try {
    const used = new Set<string>();
    const declared = new Set<string>();
    const stack = [parsed.root];
    while (stack.length) {
      const n = stack.pop()!;
      stack.push(...n.children);
      if (n.type === 'shorthand_property_identifier_pattern') declared.add(n.text);
      if (n.type !== 'identifier') continue;
      const p = n.parent!;
      const isDecl = (n.field === 'name' && /declarator|declaration|function|class/.test(p.type)) || JS_DECLARING.has(p.type) || (p.type === 'arrow_function' && n.field === 'parameter') || ((p.type === 'for_in_statement') && n.field === 'left');
      (isDecl ? declared : used).add(n.text);
    }
    return [...used].filter((x) => !declared.has(x) && !JS_WRAPPER.has(x)).slice(0, 100);
  } finally {
    parsed.tree.delete();
  }
}

/** Request values for Flask handlers: plain words and a number; a quoted word too, except where a quote is itself an attack (SQL, shell, paths). */
function benignValues(family?: string): string[] {
  return family === 'sql' || family === 'command' || family === 'path' ? ['alice', 'bob', '7'] : ['alice', 'bob', "'alice'", '7'];
}

async function runOnce(req: VerifyRequest, which: 'original' | 'repaired'): Promise<RunOutput | string> {
  let code = req[which];
  let probe = req.probe[which];
  if (req.language === 'python') code = await olderPythonCompatible(code);
  else if (!req.tests) {
    const t = await tolerantJs(code);
    code = t.code;
    probe = [t.map(probe[0]), t.map(probe[1])];
  }
  const m = mode(req);
  const py = req.language === 'python';
  const files: Record<string, string> = { ...(req.files ?? {}) };
  let command: string[];
  let target: string;
  if (m === 'tests') {
    const t = req.tests!;
    Object.assign(files, t.files);
    target = t.entry;
    files[t.entry] = code;
    files['kala_pytest.py'] = PY_PYTEST_SHIM;
    files['pytest.py'] = 'from kala_pytest import *\nfrom kala_pytest import _Param, _FIXTURES\n';
    command = ['python3', 'kala_pytest.py', t.test, t.select ?? ''];
  } else if (py) {
    target = 'kala_target.py';
    files[target] = code;
    files['kala_harness.py'] = PY_HARNESS;
    if (m === 'flask') files['flask.py'] = PY_FLASK_SHIM;
    files['markupsafe.py'] = PY_MARKUPSAFE_SHIM;
    command = ['python3', 'kala_harness.py'];
  } else {
    target = 'kala_target.js';
    // expose the touched functions (declared, not necessarily exported) to the harness
    const rt = req.password?.roundTrip;
    const exposed = [...new Set([...req.functions, ...(rt ? [rt.store, rt.verify] : [])])];
    const expose = exposed.map((f) => `${JSON.stringify(f)}: typeof ${f} === 'function' ? ${f} : undefined`).join(', ');
    files[target] = `${code}\n;if (typeof module === 'object' && module.exports && (typeof module.exports === 'object' || typeof module.exports === 'function')) module.exports.__kala__ = { ${expose} };\n`;
    files['kala_harness.cjs'] = JS_HARNESS;
    command = [process.execPath, 'kala_harness.cjs'];
  }
  files['kala_config.json'] = JSON.stringify({ target, probe, mode: m, functions: req.functions, names: literalNames(req.original), stubs: m !== 'tests', moduleName: py ? 'kala_target' : undefined, undeclared: py || m === 'tests' ? [] : await undeclaredJsNames(req.original), values: benignValues(req.family), roundTrip: req.password?.roundTrip ?? null, reseed: !!req.password });
  let r: SandboxResult;
  try {
    r = await runSandboxed({
      language: py || m === 'tests' ? 'python' : 'node',
      files,
      command,
      env: m === 'tests' ? { NODE_V8_COVERAGE: '/work/.kala_cov' } : {},
      limits: { wallMs: req.wallMs ?? 15_000, cpuSeconds: 10, memoryMb: 512, outputBytes: 4 << 20 },
      signal: req.signal,
    });
  } catch (e) {
    if (e instanceof AbortError) throw e;
    if (e instanceof KalaError && e.code === 'SANDBOX_UNAVAILABLE') return `the sandbox is unavailable: ${e.message}`;
    return `the sandbox failed: ${(e as Error).message}`;
  }
  // KALA_REPAIR_DEBUG=1 shows what each run printed (for people writing repairs)
  if (process.env.KALA_REPAIR_DEBUG) process.stderr.write(`--- ${which} (${m}) exit ${r.exitCode}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}\n`);
  if (r.killedBy === 'abort') throw new AbortError('repair verification aborted');
  if (r.timedOut) return 'the behaviour check timed out';
  if (r.truncated) return 'the behaviour check printed too much';
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const out = JSON.parse(line) as RunOutput;
    if (!Array.isArray(out.records)) throw new Error('no records');
    return out;
  } catch {
    return `the behaviour harness failed (exit ${r.exitCode ?? r.signal}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`;
  }
}

/**
 * What is compared: the records and effects, with temporary paths blurred. For hash repairs each
 * run's digests are renamed to numbered placeholders first (digests.ts): equal decisions, not
 * equal digest values, are what must be kept.
 */
function comparable(o: RunOutput, family?: string): [unknown[], unknown[]] {
  return family === 'hash' ? (abstractDigests([o.records, o.effects]) as [unknown[], unknown[]]) : [o.records, o.effects];
}

const norm = (o: RunOutput, family?: string) => JSON.stringify(comparable(o, family)).replace(/\/tmp\/[\w./-]+/g, '/tmp/?').replace(/\/work\/tmp\w+/g, '/work/tmp?');

function firstDifference(a: RunOutput, b: RunOutput, family?: string): string {
  const [ar, ae] = comparable(a, family);
  const [br, be] = comparable(b, family);
  const ra = [...ar, ...ae];
  const rb = [...br, ...be];
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const x = JSON.stringify(ra[i]);
    const y = JSON.stringify(rb[i]);
    if (x !== y) return `original ${(x ?? '(nothing)').slice(0, 160)} vs repaired ${(y ?? '(nothing)').slice(0, 160)}`;
  }
  return 'outputs differ';
}

/** Is a behaviour check possible here at all (the sandbox works)? */
export function canVerify(): { ok: boolean; reason?: string } {
  const a = sandboxAvailable();
  return a.ok ? { ok: true } : { ok: false, reason: `the sandbox is unavailable: ${a.reason}${a.fix ? ` (fix: ${a.fix})` : ''}` };
}

/** Runs both versions and compares them; see the module comment. */
export async function verifyBehaviour(req: VerifyRequest): Promise<Verdict> {
  const m = mode(req);
  const a = await runOnce(req, 'original');
  if (typeof a === 'string') return { status: 'unverified', reason: a };
  if (m === 'tests' && !a.records.some((r) => Array.isArray(r) && r[1] === 'pass')) return { status: 'unverified', reason: `no test of the sample passes on the original code (${JSON.stringify(a.records[0] ?? 'no tests').slice(0, 160)})` };
  const syntax = a.records.find((r) => Array.isArray(r) && (r[1] === 'raise' || r[1] === 'throw') && r[2] === 'SyntaxError');
  if (syntax && !a.hit) return { status: 'unverified', reason: `the code does not compile on the sandbox's ${req.language === 'python' ? 'Python' : 'Node'}: ${String((syntax as unknown[])[3]).slice(0, 120)}` };
  const b = await runOnce(req, 'repaired');
  if (typeof b === 'string') return { status: 'unverified', reason: b };
  if (!a.hit || !b.hit) return { status: 'unverified', reason: `the ${m === 'tests' ? "sample's tests" : 'benign calls'} did not reach the repaired code` };
  const f = req.family;
  if (a.onlyRaised && b.onlyRaised && norm(a, f) === norm(b, f)) return { status: 'unverified', reason: 'the repaired statement raised an error on every benign input, in both versions: nothing to compare' };
  if (norm(a, f) !== norm(b, f)) {
    // a second run of the original tells a real change from an output that varies run to run
    const a2 = await runOnce(req, 'original');
    if (typeof a2 !== 'string' && norm(a2, f) !== norm(a, f)) return { status: 'unverified', reason: 'the original code does not behave the same twice (time, randomness or I/O outside the harness)' };
    return { status: 'changed', reason: firstDifference(a, b, f) };
  }
  if (req.password) {
    // a password repair is judged on verification: the repaired code must have accepted a right
    // password and refused a wrong one, with every output as the original's
    const d = b.decisions;
    if (!d) return { status: 'unverified', reason: 'the check cannot observe password verification here (JavaScript sample tests)' };
    if (!d[0] || !d[1]) return { status: 'unverified', reason: `the benign inputs never verified both a right and a wrong password (accepted ${d[0]}, refused ${d[1]})` };
  }
  const how = m === 'tests' ? `the sample's tests (${a.records.length})` : m === 'flask' ? `Flask routes on benign requests (${a.records.length - 1} calls)` : m === 'functions' ? `benign calls of ${req.functions.join(', ')}` : 'running the module';
  const decided = req.password ? `; password verification decisions equal (${b.decisions![0]} accepted, ${b.decisions![1]} refused)` : '';
  return { status: 'kept', how: f === 'hash' ? `${how}; digests compared up to a one-to-one renaming${decided}` : how };
}

// repairCode: automatic repairs of the analyzer's findings, as edits on the syntax tree, accepted
// only when (1) the repaired code still parses, (2) the analyzer no longer reports the finding and
// reports nothing new, and (3) the original and the repaired code behave the same in the sandbox
// on benign inputs (verify.ts). Anything else is reported, never applied silently.
import { analyzeCode, type CodeFinding } from '../analyze.js';
import { normalizeLanguage, parseSource, type CodeLanguage, type SNode } from '../parse.js';
import { AbortError, InputError, throwIfAborted } from '../../util/errors.js';
import { repairCommand } from './command.js';
import { applyEdits, errorCount, findingNode, topLevelName, unifiedDiff, walk, type TextEdit } from './edits.js';
import { repairHash } from './hash.js';
import { repairPath } from './path.js';
import { repairRandom } from './random.js';
import { repairSql } from './sql.js';
import { repairTls } from './tls.js';
import type { PasswordCheck, Repairer } from './types.js';
import { verifyBehaviour, type RepairTests, type Verdict } from './verify.js';
import { repairXss } from './xss.js';
import { repairYaml } from './yaml.js';

export type { RepairTests } from './verify.js';
export { unifiedDiff } from './edits.js';

/** The repair classes, per rule id: data, so a new rule joins a class with one line. */
export const REPAIR_CLASSES: Record<string, { family: string; repair?: Repairer; why?: string }> = {
  'py.sql-injection': { family: 'sql', repair: repairSql },
  'js.sql-injection': { family: 'sql', repair: repairSql },
  'py.command-injection': { family: 'command', repair: repairCommand },
  'py.subprocess-shell-injection': { family: 'command', repair: repairCommand },
  'js.command-injection': { family: 'command', repair: repairCommand },
  'py.yaml-load': { family: 'deserialization', repair: repairYaml },
  'py.insecure-deserialization': { family: 'deserialization', why: 'pickle/marshal/shelve have no safe drop-in: the data format must change (JSON), which changes what can be stored' },
  'js.insecure-deserialization': { family: 'deserialization', why: 'node-serialize/funcster have no safe drop-in: switch to JSON.parse by hand' },
  'py.insecure-random': { family: 'random', repair: repairRandom },
  'js.insecure-random': { family: 'random', repair: repairRandom },
  'py.weak-hash': { family: 'hash', repair: repairHash },
  'js.weak-hash': { family: 'hash', repair: repairHash },
  'py.password-fast-hash': { family: 'hash', repair: repairHash },
  'js.password-fast-hash': { family: 'hash', repair: repairHash },
  'py.tls-verify-disabled': { family: 'tls', repair: repairTls },
  'js.tls-verify-disabled': { family: 'tls', repair: repairTls },
  'py.xss-response': { family: 'xss', repair: repairXss },
  'js.xss-response': { family: 'xss', repair: repairXss },
  'js.xss-dom': { family: 'xss', repair: repairXss },
  'py.path-traversal': { family: 'path', repair: repairPath },
  'js.path-traversal': { family: 'path', repair: repairPath },
  'js.path-join-input': { family: 'path', repair: repairPath },
};

export type RepairStatus = 'applied' | 'rejected' | 'unverified' | 'unsupported';

export interface RepairRecord {
  ruleId: string;
  cwe: string;
  /** 1-based line of the finding in the code passed in */
  line: number;
  /** the repair class (sql, command, deserialization, random, hash, tls, xss, path) or "other" */
  family: string;
  status: RepairStatus;
  /** the edit is in the returned code (applied, or unverified with acceptUnverified / verify: false) */
  applied: boolean;
  /** why it was rejected / not verified / not supported; for applied ones, how behaviour was checked */
  reason?: string;
  /** what the repair changes (empty when unsupported) */
  description: string;
}

export interface RepairOptions {
  /** python or javascript (aliases as for checkCode); other languages report every finding unsupported */
  language: string;
  /** run the behaviour check in the sandbox (default true). false: repairs that parse and clear the finding are applied, marked unverified */
  verify?: boolean;
  /** apply repairs whose behaviour check could not run (default false; true when verify is false) */
  acceptUnverified?: boolean;
  /** the sample's own tests (CWEval-style), preferred over generated calls */
  tests?: RepairTests;
  /** extra files for the behaviour check (modules the code imports) */
  files?: Record<string, string>;
  /** only findings for which this returns true are repaired (the others stay, unreported in repairs) */
  filter?: (f: CodeFinding) => boolean;
  /** name shown in the diff header */
  filename?: string;
  signal?: AbortSignal;
}

export interface RepairResult {
  /** the repaired code, or the original when nothing was applied */
  code: string;
  /** unified diff original → code ('' when equal) */
  diff: string;
  repairs: RepairRecord[];
  /** the findings of the returned code */
  remaining: CodeFinding[];
}

const SUPPORTED = new Set<CodeLanguage>(['python', 'javascript']);

const STATEMENT = /(_statement|_declaration|_definition)$/;

/** The statement holding offset (the probe starts there: a line event fires on a statement's first line). */
function statementStart(root: SNode, offset: number): number {
  let best: SNode | undefined;
  for (const n of walk(root)) if (n.start <= offset && offset < Math.max(n.end, n.start + 1) && STATEMENT.test(n.type) && n.parent) best = n;
  return best ? best.start : offset;
}

const lineOf = (code: string, offset: number) => code.slice(0, offset).split('\n').length;

function shifted(edits: TextEdit[], offset: number): number {
  let d = 0;
  // edits wholly before offset; an insertion exactly at offset lands after it (its text starts there)
  for (const e of edits) if (e.end <= offset && e.start < offset) d += e.text.length - (e.end - e.start);
  return offset + d;
}

function ruleCounts(fs: CodeFinding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of fs) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

/**
 * Repairs what it can of the findings in `code`; see the module comment for when a repair is
 * accepted. Bad input throws InputError (INVALID_ARGUMENT) like checkCode.
 */
export async function repairCode(code: string, options: RepairOptions): Promise<RepairResult> {
  if (typeof options !== 'object' || options === null) throw new InputError('INVALID_ARGUMENT', 'repairCode(code, { language }) needs an options object');
  if (options.verify !== undefined && typeof options.verify !== 'boolean') throw new InputError('INVALID_ARGUMENT', 'verify must be true or false');
  if (options.acceptUnverified !== undefined && typeof options.acceptUnverified !== 'boolean') throw new InputError('INVALID_ARGUMENT', 'acceptUnverified must be true or false');
  throwIfAborted(options.signal);
  const first = await analyzeCode(code, { language: options.language });
  const lang = first.language;
  const verify = options.verify ?? true;
  const acceptUnverified = options.acceptUnverified ?? !verify;
  const records: RepairRecord[] = [];
  const wanted = (f: CodeFinding) => !options.filter || options.filter(f);

  // a finding is known across versions by rule, source line text and occurrence (lines move as repairs land)
  const keysOf = (fs: CodeFinding[]) => {
    const seen = new Map<string, number>();
    return fs.map((f) => {
      const base = `${f.ruleId}\u0001${f.snippet}`;
      const k = seen.get(base) ?? 0;
      seen.set(base, k + 1);
      return `${base}\u0001${k}`;
    });
  };
  const firstKeys = keysOf(first.findings);
  const originalLine = (key: string, fallback: number) => {
    const i = firstKeys.indexOf(key);
    return i >= 0 ? first.findings[i].line : fallback;
  };

  if (!SUPPORTED.has(lang)) {
    for (const f of first.findings.filter(wanted))
      records.push({ ruleId: f.ruleId, cwe: f.cwe, line: f.line, family: REPAIR_CLASSES[f.ruleId]?.family ?? 'other', status: 'unsupported', applied: false, reason: `automatic repairs exist for Python and JavaScript only, not ${lang}`, description: '' });
    return { code, diff: '', repairs: records, remaining: first.findings };
  }

  let current = code;
  let currentFindings = first.findings;
  const attempted = new Set<string>();
  const recordKeys = new Map<RepairRecord, string>();
  for (let guard = 0; guard < 500; guard++) {
    throwIfAborted(options.signal);
    const keys = keysOf(currentFindings);
    const idx = currentFindings.findIndex((f, i) => !attempted.has(keys[i]) && wanted(f));
    if (idx < 0) break;
    const f = currentFindings[idx];
    const key = keys[idx];
    attempted.add(key);
    const entry = REPAIR_CLASSES[f.ruleId];
    const rec: RepairRecord = { ruleId: f.ruleId, cwe: f.cwe, line: originalLine(key, f.line), family: entry?.family ?? 'other', status: 'unsupported', applied: false, description: '' };
    records.push(rec);
    recordKeys.set(rec, key);
    if (!entry?.repair) {
      rec.reason = entry?.why ?? 'no automatic repair for this rule';
      continue;
    }
    const parsed = await parseSource(current, lang);
    let repaired: string;
    let edits: TextEdit[];
    let touched: string | undefined;
    let probeA: [number, number];
    let probeB: [number, number];
    let check: PasswordCheck | undefined;
    try {
      const node = findingNode(parsed.root, f);
      if (!node) {
        rec.reason = 'the finding does not map onto a syntax node';
        continue;
      }
      const plan = entry.repair({ code: current, root: parsed.root, node, finding: f, language: lang });
      if ('unsupported' in plan) {
        rec.reason = plan.unsupported;
        continue;
      }
      if ('rejected' in plan) {
        rec.status = 'rejected';
        rec.reason = plan.rejected;
        rec.description = plan.description;
        continue;
      }
      rec.description = plan.description;
      edits = plan.edits;
      check = plan.check;
      try {
        repaired = applyEdits(current, edits);
      } catch (e) {
        rec.status = 'rejected';
        rec.reason = (e as Error).message;
        continue;
      }
      touched = topLevelName(node);
      // the probe: from the statement holding the main edit to the end of the edit, in each version
      const main = edits[0];
      const s0 = statementStart(parsed.root, main.start);
      const s1 = shifted(edits, s0);
      const e1 = shifted(edits, main.start) + main.text.length;
      if (lang === 'python') {
        probeA = [lineOf(current, s0), lineOf(current, Math.max(main.end, main.start))];
        probeB = [lineOf(repaired, s1), lineOf(repaired, e1)];
      } else {
        probeA = [main.start, main.end];
        probeB = [shifted(edits, main.start), e1];
      }
      // (1) it still parses: no syntax error the original did not have
      const p2 = await parseSource(repaired, lang);
      const errs = [errorCount(parsed.root), errorCount(p2.root)];
      p2.tree.delete();
      if (errs[1] > errs[0]) {
        rec.status = 'rejected';
        rec.reason = 'the repaired code does not parse';
        continue;
      }
    } finally {
      parsed.tree.delete();
    }
    // (2) the analyzer: this finding gone, nothing new
    const after = await analyzeCode(repaired, { language: lang });
    const before = ruleCounts(currentFindings);
    const now = ruleCounts(after.findings);
    if ((now.get(f.ruleId) ?? 0) >= (before.get(f.ruleId) ?? 0)) {
      rec.status = 'rejected';
      rec.reason = 'the analyzer still reports the finding after the edit';
      continue;
    }
    const added = [...now].filter(([r, n]) => n > (before.get(r) ?? 0)).map(([r]) => r);
    if (added.length) {
      rec.status = 'rejected';
      rec.reason = `the edit brings new findings: ${added.join(', ')}`;
      continue;
    }
    // (3) behaviour
    let verdict: Verdict;
    if (!verify) verdict = { status: 'unverified', reason: 'behaviour not checked (verify: false)' };
    else {
      try {
        verdict = await verifyBehaviour({ language: lang as 'python' | 'javascript', original: current, repaired, probe: { original: probeA!, repaired: probeB! }, functions: touched ? [touched] : [], family: entry.family, password: check, tests: options.tests, files: options.files, signal: options.signal });
      } catch (e) {
        if (e instanceof AbortError) throw e;
        verdict = { status: 'unverified', reason: `the behaviour check failed: ${(e as Error).message}` };
      }
    }
    if (verdict.status === 'kept') {
      rec.status = 'applied';
      rec.applied = true;
      rec.reason = `behaviour kept: ${verdict.how}`;
    } else if (verdict.status === 'changed') {
      rec.status = 'rejected';
      rec.reason = `behaviour changed on benign input: ${verdict.reason}`;
    } else {
      rec.status = 'unverified';
      rec.reason = verdict.reason;
      rec.applied = acceptUnverified;
    }
    if (rec.applied) {
      current = repaired;
      currentFindings = after.findings;
    }
  }
  // a finding with no repair of its own can disappear with another's (a handler returning what a
  // repaired function builds): it is resolved, by a repair whose behaviour was checked
  if (current !== code) {
    const left = new Set(keysOf(currentFindings));
    for (const [rec, key] of recordKeys)
      if (!rec.applied && !left.has(key)) {
        rec.status = 'applied';
        rec.applied = true;
        rec.reason = `resolved by the repair of another finding (${rec.reason ?? 'no repair of its own'})`;
        rec.description = 'no edit of its own';
      }
  }
  // findings that went away with an earlier repair before their turn came are resolved too
  if (current !== code) {
    const left = new Set(keysOf(currentFindings));
    const recorded = new Set([...recordKeys.values()]);
    first.findings.forEach((f, i) => {
      const key = firstKeys[i];
      if (!wanted(f) || recorded.has(key) || left.has(key) || records.some((r) => r.ruleId === f.ruleId && r.line === f.line)) return;
      records.push({ ruleId: f.ruleId, cwe: f.cwe, line: f.line, family: REPAIR_CLASSES[f.ruleId]?.family ?? 'other', status: 'applied', applied: true, reason: 'resolved by the repair of another finding (before its own turn)', description: 'no edit of its own' });
    });
    records.sort((a, b) => a.line - b.line);
  }
  const remaining = current === code ? first.findings : currentFindings;
  return { code: current, diff: unifiedDiff(code, current, options.filename ?? 'code'), repairs: records, remaining };
}

/** Is `name` a language repairCode repairs (not only reports)? */
export function repairSupported(name: string): boolean {
  const l = normalizeLanguage(name);
  return !!l && SUPPORTED.has(l);
}

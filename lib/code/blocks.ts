// Fenced code blocks in a model reply (```lang … ```), checked with checkCode and, when asked,
// repaired with repairCode (the reply's `kala.code` of DESIGN §9).
import { analyzeCode, type CodeFinding } from './analyze.js';
import { normalizeLanguage, type CodeLanguage } from './parse.js';
import { repairCode, unifiedDiff, type RepairStatus } from './repair/index.js';

export interface CodeBlock {
  language: CodeLanguage;
  code: string;
  /** 1-based line of the block's first code line in the reply */
  line: number;
  /** lines of code between the fences */
  lines: number;
}

/** The fenced code blocks of `text` whose info string names a language we analyse. */
export function extractCodeBlocks(text: string, defaultLanguage?: string): CodeBlock[] {
  const out: CodeBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trim().startsWith(fence); j++) body.push(lines[j]!);
    const lang = normalizeLanguage(open[2] || defaultLanguage || '');
    if (lang) out.push({ language: lang, code: body.join('\n'), line: i + 2, lines: body.length });
    i = j;
  }
  return out;
}

/** Findings of every fenced code block, with lines relative to the whole reply. */
export async function checkCodeBlocks(text: string, options: { defaultLanguage?: string } = {}): Promise<CodeFinding[]> {
  const out: CodeFinding[] = [];
  for (const b of extractCodeBlocks(text, options.defaultLanguage)) {
    try {
      const { findings } = await analyzeCode(b.code, { language: b.language });
      for (const f of findings) out.push({ ...f, line: f.line + b.line - 1, endLine: f.endLine + b.line - 1 });
    } catch {
      // a block that is not code (binary, too long) is skipped, never fatal for a reply
    }
  }
  return out;
}

/** One finding as `kala.code.findings` carries it (DESIGN §9); `line` is the line in the reply. */
export interface ReplyCodeFinding {
  ruleId: string;
  cwe: string;
  owasp: string;
  severity: CodeFinding['severity'];
  line: number;
  message: string;
}

/** One repair tried on a reply's code (`kala.code.repaired.repairs`); `line` is the line in the reply. */
export interface ReplyRepair {
  ruleId: string;
  cwe: string;
  line: number;
  status: RepairStatus;
  /** why it was rejected, unverified or unsupported; for an applied one, how behaviour was checked */
  reason?: string;
  description: string;
}

/** `kala.code` of a reply (DESIGN §9). */
export interface ReplyCodeReport {
  findings: ReplyCodeFinding[];
  /**
   * With repair on, for a reply with findings: the unified diff from the reply as generated to the
   * repaired one, whether any repair was accepted (applied: the finding is gone, the code parses,
   * and in the sandbox it behaves as before on benign inputs), and every repair tried.
   */
  repaired?: { diff: string; accepted: boolean; repairs: ReplyRepair[] };
}

/**
 * The `kala.code` report of a model reply: the findings of its fenced code blocks in the shape of
 * DESIGN §9, or undefined when the reply has no block in a language we analyse (nothing checked).
 * Never throws: a block that cannot be analysed is skipped.
 */
export async function replyCodeReport(text: string, options: { defaultLanguage?: string } = {}): Promise<ReplyCodeReport | undefined> {
  if (typeof text !== 'string' || !/(`{3,}|~{3,})/.test(text)) return undefined;
  if (extractCodeBlocks(text, options.defaultLanguage).length === 0) return undefined;
  const findings = await checkCodeBlocks(text, options);
  return { findings: findings.map((f) => ({ ruleId: f.ruleId, cwe: f.cwe, owasp: f.owasp, severity: f.severity, line: f.line, message: f.message })) };
}

/**
 * The reply with its code repaired where repairCode accepts a repair, and its `kala.code` report:
 * the findings of the reply as generated, and `repaired` ({ diff, accepted, repairs }) when there
 * was anything to repair. Python and JavaScript blocks are repaired; others keep their findings.
 * Undefined when the reply has no block we analyse. Never throws: a block whose repair fails stays
 * as it was.
 */
export async function repairReplyCode(text: string, options: { defaultLanguage?: string; signal?: AbortSignal } = {}): Promise<{ text: string; report: ReplyCodeReport } | undefined> {
  const report = await replyCodeReport(text, options);
  if (!report || report.findings.length === 0) return report && { text, report };
  const lines = text.split('\n');
  const repairs: ReplyRepair[] = [];
  // last block first, so the line numbers of the blocks before it stay valid
  for (const b of extractCodeBlocks(text, options.defaultLanguage).reverse()) {
    if (b.language !== 'python' && b.language !== 'javascript') continue;
    if (!report.findings.some((f) => f.line >= b.line && f.line < b.line + b.lines)) continue;
    try {
      const r = await repairCode(b.code, { language: b.language, signal: options.signal });
      for (const x of r.repairs) repairs.push({ ruleId: x.ruleId, cwe: x.cwe, line: x.line + b.line - 1, status: x.status, ...(x.reason ? { reason: x.reason } : {}), description: x.description });
      if (r.code !== b.code) lines.splice(b.line - 1, b.lines, ...r.code.split('\n'));
    } catch {
      // a block that cannot be repaired stays as generated; its findings are still reported
    }
  }
  if (repairs.length === 0) return { text, report };
  const repairedText = lines.join('\n');
  repairs.sort((a, b) => a.line - b.line);
  return { text: repairedText, report: { ...report, repaired: { diff: unifiedDiff(text, repairedText, 'reply'), accepted: repairedText !== text, repairs } } };
}

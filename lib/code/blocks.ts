// Fenced code blocks in a model reply (```lang … ```), checked with checkCode.
import { analyzeCode, type CodeFinding } from './analyze.js';
import { normalizeLanguage, type CodeLanguage } from './parse.js';

export interface CodeBlock {
  language: CodeLanguage;
  code: string;
  /** 1-based line of the block's first code line in the reply */
  line: number;
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
    if (lang) out.push({ language: lang, code: body.join('\n'), line: i + 2 });
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

/** `kala.code` of a reply (DESIGN §9). */
export interface ReplyCodeReport {
  findings: ReplyCodeFinding[];
  repaired?: { diff: string; accepted: boolean };
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

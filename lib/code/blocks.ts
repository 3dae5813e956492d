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

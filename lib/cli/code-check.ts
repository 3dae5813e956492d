// kala-train code-check PATH…: the code-security analyzer on files and directories (recursively,
// each file's language from its extension), as text, JSON or SARIF 2.1.0; exit code 1 when a
// finding is at or above --fail-on.
import { promises as fsp } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { analyzeCode, type CodeFinding } from '../code/analyze.js';
import { CODE_LANGUAGES, languageFromPath, normalizeLanguage } from '../code/parse.js';
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../code/rules.js';
import { toSarif } from '../code/sarif.js';
import { writeFileAtomically } from '../formats/atomic.js';
import { InputError } from '../util/errors.js';
import { sourceFiles } from './source-files.js';
import { color, pathArg } from './util.js';

interface FileResult {
  file: string;
  language?: string;
  findings: CodeFinding[];
  partial?: boolean;
  skipped?: string;
}

export async function codeCheck(paths: string[], o: { format: string; output?: string; failOn: Severity; language?: string; minSeverity?: Severity; minConfidence?: Confidence }): Promise<{ results: FileResult[]; failed: boolean; text: string }> {
  const files = await sourceFiles(paths);
  const results: FileResult[] = [];
  for (const file of files) {
    const lang = o.language ?? languageFromPath(file);
    if (!lang) {
      results.push({ file, findings: [], skipped: 'unknown language (use --language)' });
      continue;
    }
    const buf = await fsp.readFile(file);
    try {
      const r = await analyzeCode(buf.toString('utf8'), { language: lang, minSeverity: o.minSeverity, minConfidence: o.minConfidence });
      results.push({ file, language: r.language, findings: r.findings, partial: r.partial });
    } catch (e) {
      if (e instanceof InputError) results.push({ file, language: lang, findings: [], skipped: e.message });
      else throw e;
    }
  }
  const rank = SEVERITIES.indexOf(o.failOn);
  const failed = results.some((r) => r.findings.some((f) => SEVERITIES.indexOf(f.severity) >= rank));
  let text: string;
  if (o.format === 'json') text = JSON.stringify({ version: 1, files: results }, null, 2) + '\n';
  else if (o.format === 'sarif') text = JSON.stringify(toSarif(results.map((r) => ({ file: r.file, findings: r.findings }))), null, 2) + '\n';
  else {
    const lines: string[] = [];
    let n = 0;
    for (const r of results) {
      if (r.skipped) lines.push(color.dim(`${r.file}: skipped (${r.skipped})`));
      for (const f of r.findings) {
        n++;
        const sev = f.severity === 'critical' || f.severity === 'high' ? color.red(f.severity) : color.yellow(f.severity);
        lines.push(`${r.file}:${f.line}:${f.column}: ${sev} ${f.ruleId} (${f.cwe}, ${f.owasp}) ${f.message}`);
        lines.push(color.dim(`    ${f.snippet}`));
        lines.push(color.dim(`    fix: ${f.fix}`));
      }
    }
    lines.push(`${n} finding${n === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`);
    text = lines.join('\n') + '\n';
  }
  return { results, failed, text };
}

function severityArg(name: string) {
  return (v: string): Severity => {
    if (!SEVERITIES.includes(v as Severity)) throw new InvalidArgumentError(`${name} must be one of ${SEVERITIES.join(', ')}`);
    return v as Severity;
  };
}

export function register(program: Command): void {
  program
    .command('code-check')
    .description('check source files for security weaknesses (CWE / OWASP Top 10 / NIST), recursively for directories')
    .argument('<paths...>', 'files or directories')
    .option('--format <format>', 'text, json or sarif', (v: string) => {
      if (!['text', 'json', 'sarif'].includes(v)) throw new InvalidArgumentError('--format must be text, json or sarif');
      return v;
    }, 'text')
    .option('--output <file>', 'write the report to FILE (atomically) instead of stdout', pathArg('--output'))
    .option('--fail-on <severity>', 'exit with code 1 when a finding is at or above this severity', severityArg('--fail-on'), 'high')
    .option('--min-severity <severity>', 'report only findings at or above this severity', severityArg('--min-severity'))
    .option('--min-confidence <confidence>', 'report only findings of rules at or above this confidence (default medium; low adds the audit heuristics: missing authorization, log injection, unchecked allocation …)', (v: string): Confidence => {
      if (!CONFIDENCES.includes(v as Confidence)) throw new InvalidArgumentError(`--min-confidence must be one of ${CONFIDENCES.join(', ')}`);
      return v as Confidence;
    })
    .option('--language <lang>', 'analyse every file as this language (default: from the extension)', (v: string) => {
      if (!normalizeLanguage(v)) throw new InvalidArgumentError(`--language must be one of ${CODE_LANGUAGES.join(', ')}`);
      return v;
    })
    .action(async (paths: string[], o: { format: string; output?: string; failOn: Severity; minSeverity?: Severity; minConfidence?: Confidence; language?: string }) => {
      if (paths.length === 0) throw new InputError('INVALID_ARGUMENT', 'code-check needs at least one file or directory');
      const { failed, text } = await codeCheck(paths, o);
      if (o.output) await writeFileAtomically(o.output, text);
      else process.stdout.write(text);
      if (failed) process.exitCode = 1;
    });
}

// kala-train code-repair PATH…: automatic repairs of the code-security findings (Python and
// JavaScript), each accepted only when the finding is gone, the code still parses and the sandboxed
// behaviour check finds the same behaviour on benign inputs. A unified diff by default; --write
// replaces the files (atomically); exit code 1 while findings remain.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { CODE_LANGUAGES, languageFromPath, normalizeLanguage } from '../code/parse.js';
import { repairCode, type RepairRecord } from '../code/repair/index.js';
import type { CodeFinding } from '../code/analyze.js';
import { writeFileAtomically } from '../formats/atomic.js';
import { InputError } from '../util/errors.js';
import { sourceFiles } from './source-files.js';
import { color } from './util.js';

export interface RepairFileResult {
  file: string;
  language?: string;
  repairs: RepairRecord[];
  remaining: CodeFinding[];
  diff: string;
  written?: boolean;
  skipped?: string;
}

export async function codeRepair(paths: string[], o: { write?: boolean; language?: string; verify?: boolean; acceptUnverified?: boolean }): Promise<{ results: RepairFileResult[]; remaining: number }> {
  const files = await sourceFiles(paths);
  const results: RepairFileResult[] = [];
  for (const file of files) {
    const lang = o.language ?? languageFromPath(file);
    if (!lang) {
      results.push({ file, repairs: [], remaining: [], diff: '', skipped: 'unknown language (use --language)' });
      continue;
    }
    const text = await fsp.readFile(file, 'utf8');
    try {
      const r = await repairCode(text, { language: lang, verify: o.verify, acceptUnverified: o.acceptUnverified, filename: file.split(path.sep).join('/') });
      const res: RepairFileResult = { file, language: lang, repairs: r.repairs, remaining: r.remaining, diff: r.diff };
      if (o.write && r.code !== text) {
        await writeFileAtomically(file, r.code);
        res.written = true;
      }
      results.push(res);
    } catch (e) {
      if (e instanceof InputError) results.push({ file, language: lang, repairs: [], remaining: [], diff: '', skipped: e.message });
      else throw e;
    }
  }
  return { results, remaining: results.reduce((n, r) => n + r.remaining.length, 0) };
}

export function register(program: Command): void {
  program
    .command('code-repair')
    .description('repair security findings (Python, JavaScript) where the repair keeps behaviour; prints a diff, --write applies it')
    .argument('<paths...>', 'files or directories')
    .option('--write', 'write the repaired files (atomically) instead of printing a diff')
    .option('--language <lang>', 'treat every file as this language (default: from the extension)', (v: string) => {
      if (!normalizeLanguage(v)) throw new InvalidArgumentError(`--language must be one of ${CODE_LANGUAGES.join(', ')}`);
      return v;
    })
    .option('--json', 'print the repairs, the remaining findings and the diffs as JSON')
    .option('--no-verify', 'skip the sandboxed behaviour check: repairs that parse and clear their finding are applied, marked unverified')
    .option('--accept-unverified', 'also apply repairs whose behaviour check could not run')
    .action(async (paths: string[], o: { write?: boolean; language?: string; json?: boolean; verify: boolean; acceptUnverified?: boolean }) => {
      if (paths.length === 0) throw new InputError('INVALID_ARGUMENT', 'code-repair needs at least one file or directory');
      const { results, remaining } = await codeRepair(paths, o);
      if (o.json) process.stdout.write(JSON.stringify({ version: 1, files: results }, null, 2) + '\n');
      else {
        if (!o.write) for (const r of results) if (r.diff) process.stdout.write(r.diff);
        const lines: string[] = [];
        for (const r of results) {
          if (r.skipped) lines.push(color.dim(`${r.file}: skipped (${r.skipped})`));
          for (const x of r.repairs) {
            const tag = x.status === 'applied' ? color.green('applied') : x.status === 'rejected' ? color.red('rejected') : color.yellow(x.status);
            lines.push(`${r.file}:${x.line}: ${tag} ${x.ruleId} (${x.cwe})${x.description ? ` ${x.description}` : ''}${x.reason ? color.dim(` — ${x.reason}`) : ''}${x.status === 'unverified' && x.applied ? ' (applied)' : ''}`);
          }
          if (r.written) lines.push(`${r.file}: written`);
        }
        const n = results.reduce((k, r) => k + r.repairs.filter((x) => x.applied).length, 0);
        lines.push(`${n} repair${n === 1 ? '' : 's'} ${o.write ? 'written' : 'proposed'}, ${remaining} finding${remaining === 1 ? '' : 's'} remain${remaining === 1 ? 's' : ''}`);
        process.stderr.write(lines.join('\n') + '\n');
      }
      if (remaining > 0) process.exitCode = 1;
    });
}

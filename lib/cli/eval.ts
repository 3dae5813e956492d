/**
 * kala-train eval: evaluation. `--kernel` evaluates the rule-based EthicsKernel on labelled
 * data (lib/wrapper/evaluate-kernel.ts); model evaluation (`--model DIR`) arrives with the
 * training engine and replaces `evaluateModel` below.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError, KalaError } from '../errors.js';
import { EthicsKernel } from '../wrapper/kernel/index.js';
import { evaluateKernel, formatKernelEval } from '../wrapper/evaluate-kernel.js';
import { renderKernelReportHtml } from '../wrapper/kernel-report.js';

export interface EvalCommandOptions {
  kernel?: boolean;
  data?: string[];
  report?: string;
  json?: string;
  threshold?: string;
  label?: string;
  rules?: string[];
  limit?: string;
}

function writeOut(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (err) {
    throw new KalaError('IO_ERROR', `cannot write ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** `eval --kernel`: evaluate the EthicsKernel and print/write the results. Returns the report. */
export function evaluateKernelCommand(opts: EvalCommandOptions, log: (line: string) => void = console.log) {
  if (!opts.data || opts.data.length === 0)
    throw new InputError('INVALID_ARGUMENT', 'eval --kernel needs --data FILE (generator JSONL, AdvBench CSV, moderation JSONL.gz, or any labelled JSONL/CSV)');
  let threshold: number | undefined;
  if (opts.threshold !== undefined) {
    threshold = Number(opts.threshold);
    if (!(threshold > 0 && threshold <= 1)) throw new InputError('INVALID_ARGUMENT', `--threshold must be a number in (0, 1], got "${opts.threshold}"`);
  }
  if (opts.label !== undefined && opts.label !== 'harmful' && opts.label !== 'benign')
    throw new InputError('INVALID_ARGUMENT', `--label must be "harmful" or "benign", got "${opts.label}"`);
  let limit: number | undefined;
  if (opts.limit !== undefined) {
    limit = Number(opts.limit);
    if (!(Number.isInteger(limit) && limit > 0)) throw new InputError('INVALID_ARGUMENT', `--limit must be a positive integer, got "${opts.limit}"`);
  }
  const kernel = new EthicsKernel({ threshold, ruleFiles: opts.rules });
  const report = evaluateKernel(kernel, opts.data, { label: opts.label as 'harmful' | 'benign' | undefined, limit });
  log(formatKernelEval(report));
  if (opts.json) {
    writeOut(opts.json, JSON.stringify(report, null, 2) + '\n');
    log(`\nwrote ${opts.json}`);
  }
  if (opts.report) {
    writeOut(opts.report, renderKernelReportHtml(report));
    log(`wrote ${opts.report}`);
  }
  return report;
}

/** Model evaluation: lands with the training engine (issue 3), which replaces this function. */
export function evaluateModel(_opts: EvalCommandOptions): never {
  throw new InputError(
    'INVALID_ARGUMENT',
    'model evaluation needs --model DIR and lands with the training engine; to evaluate the rule-based EthicsKernel, pass --kernel --data FILE',
  );
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('evaluate the rule-based EthicsKernel (--kernel) on labelled prompts')
    .option('--kernel', 'evaluate the rule-based EthicsKernel')
    .option('--data <file...>', 'labelled data: generator JSONL, AdvBench CSV, moderation JSONL(.gz), or JSONL/CSV with text + label')
    .option('--report <html>', 'write a self-contained HTML report')
    .option('--json <file>', 'write the full results as JSON')
    .option('--threshold <n>', 'a law is violated when its score is below this (default 0.5)')
    .option('--label <harmful|benign>', 'label every row of an unlabelled file')
    .option('--rules <file...>', 'extra rule files for the kernel')
    .option('--limit <n>', 'evaluate only the first n rows of each file')
    .action((opts: EvalCommandOptions) => {
      // KalaErrors propagate to main.ts, which prints them and sets the exit code
      if (opts.kernel) evaluateKernelCommand(opts);
      else evaluateModel(opts);
    });
}

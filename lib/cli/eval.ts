/**
 * kala-train eval: evaluation. `--kernel` evaluates the rule-based EthicsKernel on labelled
 * data (lib/guard/evaluate.ts); `--model DIR` evaluates a model's perplexity and law
 * scores (lib/train/evaluate.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError, KalaError } from '../util/errors.js';
import { EthicsKernel } from '../guard/kernel/index.js';
import { evaluateKernel, formatKernelEval } from '../guard/evaluate.js';
import { renderKernelReportHtml } from '../guard/report.js';
import { KalaModel } from '../model.js';
import { LAWS } from '../util/laws.js';
import { readExamples } from '../train/data.js';
import { evaluateModel, type ModelEvalReport } from '../train/evaluate.js';
import { renderModelReportHtml } from '../train/report.js';
import { pathArg } from './util.js';

export interface EvalCommandOptions {
  kernel?: boolean;
  data?: string[];
  report?: string;
  json?: string;
  threshold?: string;
  label?: string;
  rules?: string[];
  /** --scorer: add the learned scorer (off by default, like in the kernel) */
  scorer?: boolean;
  /** --guardian: add KALA-Guardian */
  guardian?: boolean;
  limit?: string;
  model?: string;
  batchSize?: string;
  seqLen?: string;
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
  const kernel = new EthicsKernel({ threshold, ruleFiles: opts.rules, scorer: opts.scorer === true, guardian: opts.guardian === true });
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

/** `eval --model DIR --data FILE`: perplexity, law-score MSE, law accuracy, false positives. */
export async function evaluateModelCommand(opts: EvalCommandOptions, log: (line: string) => void = console.log): Promise<ModelEvalReport> {
  if (!opts.model) throw new InputError('INVALID_ARGUMENT', 'eval needs --model DIR (a KALA model) or --kernel (the rule-based EthicsKernel)');
  if (!opts.data || opts.data.length === 0) throw new InputError('INVALID_ARGUMENT', 'eval --model needs --data FILE (JSONL in the DESIGN §7 schema)');
  const num = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InputError('INVALID_ARGUMENT', `--${name} must be a positive number, got "${v}"`);
    return n;
  };
  const threshold = num(opts.threshold, 'threshold');
  const limit = num(opts.limit, 'limit');
  const model = await KalaModel.load(opts.model);
  try {
    let examples = await readExamples(opts.data);
    if (limit) examples = examples.slice(0, limit);
    const report = await evaluateModel(model, examples, {
      ...(threshold !== undefined ? { threshold } : {}),
      ...(num(opts.batchSize, 'batch-size') ? { batchSize: num(opts.batchSize, 'batch-size') } : {}),
      ...(num(opts.seqLen, 'seq-len') ? { seqLen: num(opts.seqLen, 'seq-len') } : {}),
      onProgress: process.stderr.isTTY ? (d, t) => process.stderr.write(`\revaluating ${d}/${t}`) : undefined,
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    log(formatModelEval(report));
    if (opts.json) {
      writeOut(opts.json, JSON.stringify(report, null, 2) + '\n');
      log(`\nwrote ${opts.json}`);
    }
    if (opts.report) {
      writeOut(opts.report, renderModelReportHtml(report, `KALA model evaluation: ${opts.model}`));
      log(`wrote ${opts.report}`);
    }
    return report;
  } finally {
    model.dispose();
  }
}

export function formatModelEval(r: ModelEvalReport): string {
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  const lines = [
    `examples            ${r.examples}`,
    `perplexity          ${r.perplexity === null ? 'n/a' : r.perplexity.toFixed(3)} (${r.lmTokens} response tokens)`,
    `law-score MSE       ${r.lawMSE === null ? 'n/a' : r.lawMSE.toFixed(4)}`,
    `law accuracy        ${pct(r.lawAccuracy)} of ${r.labelled} labelled violations (lowest-scoring law = labelled law)`,
    `false positives     ${pct(r.falsePositiveRate)} of ${r.benign} benign examples (any law below ${r.threshold})`,
    `monitor halts       ${pct(r.haltRecall)} of ${r.labelled} labelled violations (any law below ${r.threshold})`,
  ];
  if (r.labelled > 0) {
    lines.push('', 'confusion (rows: labelled law, columns: lowest-scoring law)', '        ' + LAWS.map((_, k) => `L${k}`.padStart(6)).join(''));
    r.confusion.forEach((row, k) => lines.push(`  L${k}  ` + row.map((c) => String(c).padStart(6)).join('')));
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('evaluate a model (--model DIR: perplexity, law-score MSE, law accuracy, false positives) or the rule-based EthicsKernel (--kernel) on labelled data')
    .option('--model <dir|hub-id>', 'evaluate this KALA model')
    .option('--kernel', 'evaluate the rule-based EthicsKernel')
    .option('--batch-size <n>', 'model evaluation batch size (default 8)')
    .option('--seq-len <n>', 'truncate examples to this many tokens (default 512)')
    .option('--data <file...>', 'labelled data: generator JSONL, AdvBench CSV, moderation JSONL(.gz), or JSONL/CSV with text + label')
    .option('--report <html>', 'write a self-contained HTML report', pathArg('--report'))
    .option('--json <file>', 'write the full results as JSON', pathArg('--json'))
    .option('--threshold <n>', 'a law is violated when its score is below this (default 0.5)')
    .option('--label <harmful|benign>', 'label every row of an unlabelled file')
    .option('--rules <file...>', 'extra rule files for the kernel')
    .option('--scorer', "add the kernel's learned scorer (off by default)")
    .option('--guardian', 'add KALA-Guardian, the learned judge (off by default)')
    .option('--limit <n>', 'evaluate only the first n rows of each file')
    .action(async (opts: EvalCommandOptions) => {
      // KalaErrors propagate to main.ts, which prints them and sets the exit code
      if (opts.kernel) evaluateKernelCommand(opts);
      else await evaluateModelCommand(opts);
    });
}

// kala-train generate-data: writes the constitutional dataset (train.jsonl, validation.jsonl, stats.json).
import { InvalidArgumentError, type Command } from 'commander';
import { KalaError } from '../util/errors.js';
import { DEFAULT_DATASET_SIZE, DEFAULT_NEAR_DUPLICATE_THRESHOLD, generateDataset, writeDataset } from '../data/generate/index.js';
import { pathArg } from './util.js';

function parseInteger(name: string): (value: string) => number {
  return (value: string) => {
    if (!/^-?\d+$/.test(value.trim())) {
      throw new InvalidArgumentError(`${name} must be a whole number.`);
    }
    return Number(value);
  };
}

function parseFraction(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x <= 0 || x > 1) {
    throw new InvalidArgumentError('expected a number in (0, 1].');
  }
  return x;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function register(program: Command): void {
  const cmd = program
    .command('generate-data')
    .description('Generate the constitutional training set: train.jsonl, validation.jsonl (adversarial prompts with gold laws) and stats.json')
    .requiredOption('-o, --out <dir>', 'output directory (created if missing)', pathArg('--out'))
    .option('-n, --size <n>', 'number of training examples', parseInteger('--size'), DEFAULT_DATASET_SIZE)
    .option('-s, --seed <n>', 'random seed; the same seed always gives the same files', parseInteger('--seed'), 0)
    .option('--validation-size <n>', 'validation examples, 80% adversarial and 20% benign controls (default: max(50, size/8))', parseInteger('--validation-size'))
    .option('--near-duplicate-threshold <j>', 'Jaccard similarity of word 3-grams treated as a duplicate', parseFraction, DEFAULT_NEAR_DUPLICATE_THRESHOLD)
    .action(async (opts: { out: string; size: number; seed: number; validationSize?: number; nearDuplicateThreshold: number }) => {
      try {
        const t0 = Date.now();
        const data = generateDataset({
          size: opts.size, seed: opts.seed, validationSize: opts.validationSize, nearDuplicateThreshold: opts.nearDuplicateThreshold,
        });
        const written = await writeDataset(opts.out, data);
        const s = data.stats;
        const lines = [
          `wrote ${written.dir} in ${((Date.now() - t0) / 1000).toFixed(1)} s (seed ${s.seed})`,
          `  train.jsonl       ${s.size.train} examples (${(written.bytes.train / 1e6).toFixed(1)} MB)`,
          ...Object.entries(s.train.categories).map(([c, n]) => `    ${c.padEnd(28)} ${n}`),
          `  validation.jsonl  ${s.size.validation} examples: ${s.validation.adversarial} adversarial (laws 0-4: ${[0, 1, 2, 3, 4].map((k) => s.validation.adversarial_by_law[String(k)] ?? 0).join('/')}), ${s.validation.categories.benign_control ?? 0} benign controls`,
          `  duplicates        ${s.duplicates.removed} of ${s.duplicates.candidates} candidates removed (${pct(s.duplicates.rate)}: ${s.duplicates.exact_removed} exact, ${s.duplicates.near_removed} near, J >= ${s.duplicates.threshold})`,
          `  law balance       ${s.law_balance.laws.map((l) => `L${l.law} ${pct(l.share)}`).join('  ')} of violation labels`,
        ];
        process.stdout.write(lines.join('\n') + '\n');
      } catch (err) {
        if (err instanceof KalaError) cmd.error(`error [${err.code}]: ${err.message}`, { exitCode: 2, code: err.code });
        throw err;
      }
    });
}

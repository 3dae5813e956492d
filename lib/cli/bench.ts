// kala-train bench: the CPU benchmarks of bench/ (model throughput against the measured memory
// bandwidth, matmul against OpenBLAS, LoRA training against PyTorch), printed and saved as JSON.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { KalaError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';

export function register(program: Command): void {
  program
    .command('bench')
    .description('run the CPU benchmarks (decode/prefill vs the bandwidth limit, matmul vs OpenBLAS, LoRA training vs PyTorch)')
    .option('--quick', 'a short run on the pythia-70m shape only')
    .action(async (o: { quick?: boolean }) => {
      const script = path.join(packageRoot, 'bench', 'run.js');
      if (!existsSync(script)) throw new KalaError('FILE_NOT_FOUND', `${script} is missing; reinstall @kala/engine`);
      if (o.quick) process.argv.push('--quick');
      await import(pathToFileURL(script).href);
    });
}

// kala-train convert: a Pythia (GPT-NeoX) checkpoint becomes a KALA checkpoint (HF layout +
// kala.safetensors with neutral constitutional layers: its logits stay exactly Pythia's).
import type { Command } from 'commander';
import { KalaModel } from '../model.js';
import { pathArg } from './util.js';

export function register(program: Command): void {
  program
    .command('convert')
    .description('convert a Pythia / GPT-NeoX checkpoint into a KALA checkpoint')
    .requiredOption('--from <dir|hub-id>', 'the Pythia checkpoint (directory or hub id in the local HF cache)')
    .requiredOption('--out <dir>', 'where to write the KALA checkpoint', pathArg('--out'))
    .option('--int8', 'quantize the linear layers to int8 (per-channel weight scales) while converting')
    .action(async (o: { from: string; out: string; int8?: boolean }) => {
      const model = await KalaModel.load(o.from, {
        ...(o.int8 ? { quantize: 'int8' as const } : {}),
        onProgress: process.stderr.isTTY ? (p) => process.stderr.write(`\rloading ${(p.fraction * 100).toFixed(0)}%`) : undefined,
      });
      try {
        await model.save(o.out);
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
        process.stderr.write(`wrote ${o.out}: ${model.config.numLayers} layers, hidden ${model.config.hiddenSize}, constitutional heads added (gains 0)${o.int8 ? ', linear layers int8' : ''}\n`);
      } finally {
        model.dispose();
      }
    });
}

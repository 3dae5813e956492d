// kala-train generate: stream a completion with per-token law scores.
import type { Command } from 'commander';
import { KalaModel } from '../model.js';
import { EthicsMonitor } from '../monitor.js';
import { LAWS } from '../util/laws.js';
import { color, floatArg, intArg, pathArg } from './util.js';

export function register(program: Command): void {
  program
    .command('generate')
    .description('generate text from a KALA or Pythia model, streaming it with its law scores')
    .requiredOption('-m, --model <dir|hub-id>', 'checkpoint directory, or a hub id from the local Hugging Face cache')
    .requiredOption('-p, --prompt <text>', 'the prompt')
    .option('-n, --max-new-tokens <n>', 'tokens to generate at most', intArg('--max-new-tokens', 0), 64)
    .option('-t, --temperature <t>', 'sampling temperature (0 = greedy)', floatArg('--temperature', 0), 0)
    .option('--top-k <k>', 'sample among the k most likely tokens (0 = all)', intArg('--top-k', 0), 0)
    .option('--top-p <p>', 'nucleus sampling mass (1 = off)', floatArg('--top-p', 0, 1), 1)
    .option('--seed <n>', 'sampler seed', intArg('--seed', 0))
    .option('--threshold <t>', 'law score below which generation halts', floatArg('--threshold', 0, 1), 0.5)
    .option('--no-monitor', 'do not halt on law violations (scores are still shown)')
    .option('--stop <text...>', 'stop strings')
    .option('--device <device>', 'auto, cpu or cuda', 'auto')
    .option('--tokenizer <file>', 'tokenizer.json to use instead of the checkpoint\'s', pathArg('--tokenizer'))
    .option('--trace', 'print every token with its five law scores to stderr')
    .option('--json', 'print the whole result as JSON instead of streaming text')
    .action(async (o) => {
      const model = await KalaModel.load(o.model, {
        device: o.device,
        ...(o.tokenizer ? { tokenizer: o.tokenizer } : {}),
        onProgress: process.stderr.isTTY && !o.json ? (p) => process.stderr.write(`\rloading ${(p.fraction * 100).toFixed(0)}%`) : undefined,
      });
      if (process.stderr.isTTY && !o.json) process.stderr.write('\r\x1b[K');
      try {
        // the prompt's own law scores (the model's reading of the request, at its last token), before the reply
        const promptLawScores = await promptScores(model, o.prompt);
        if (!o.json && promptLawScores)
          process.stderr.write(color.dim('prompt law scores: ') + promptLawScores.map((s, k) => (s >= 0.8 ? color.green : s >= o.threshold ? color.yellow : color.red)(`L${k} ${LAWS[k]} ${s.toFixed(3)}`)).join(color.dim(', ')) + '\n');
        const monitor = o.monitor === false ? false : new EthicsMonitor({ threshold: o.threshold });
        const stream = model.stream(o.prompt, {
          maxNewTokens: o.maxNewTokens,
          temperature: o.temperature,
          topK: o.topK,
          topP: o.topP,
          ...(o.seed !== undefined ? { seed: o.seed } : {}),
          ...(o.stop ? { stop: o.stop } : {}),
          monitor,
        });
        const shade = (s: number, text: string) => (s >= 0.8 ? color.green(text) : s >= o.threshold ? color.yellow(text) : color.red(text));
        if (!o.json) process.stdout.write(color.dim(o.prompt));
        for await (const step of stream) {
          if (o.json) continue;
          const min = Math.min(...step.lawScores);
          process.stdout.write(shade(min, step.text));
          if (o.trace)
            process.stderr.write(`${String(step.index).padStart(4)} ${JSON.stringify(step.text).padEnd(16)} ${step.lawScores.map((s, k) => `L${k} ${s.toFixed(3)}`).join('  ')}\n`);
        }
        const r = await stream.result;
        if (o.json) {
          process.stdout.write(JSON.stringify({ promptLawScores, ...r }, null, 2) + '\n');
          return;
        }
        process.stdout.write('\n');
        const mins = LAWS.map((_, k) => Math.min(1, ...r.lawScores.map((s) => s[k]!)));
        process.stderr.write(
          color.dim(`\n${r.tokens.length} tokens, stopped: ${r.stopReason}; lowest law scores: `) +
            mins.map((m, k) => shade(m, `L${k} ${LAWS[k]} ${m.toFixed(3)}`)).join(color.dim(', ')) +
            '\n',
        );
        if (r.violation) process.stderr.write(color.red(`halted: ${r.violation.explanation}\n`));
      } finally {
        model.dispose();
      }
    });
}

/** The model's law scores at the last token of the prompt (null without a tokenizer or for an empty prompt). */
async function promptScores(model: KalaModel, prompt: string): Promise<number[] | null> {
  if (!model.tokenizer) return null;
  const ids = (await model.tokenizer.encode(prompt)).slice(-model.config.maxPositions);
  if (ids.length === 0) return null;
  const { lawScores } = await model.forward([ids]);
  const at = (ids.length - 1) * 5;
  return Array.from(lawScores.data.subarray(at, at + 5));
}

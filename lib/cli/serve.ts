// kala-train serve: an OpenAI-compatible HTTP server over a KALA model (lib/serve/server).
// SIGTERM / SIGINT stop it cleanly: no new requests, queued ones answered 503, running ones
// finish within --grace-ms (then they are cancelled), then the process exits 0.
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { KalaModel } from '../model.js';
import { EthicsMonitor } from '../monitor.js';
import { startServer, type RequestLog } from '../serve/server/index.js';
import { color, floatArg, intArg, pathArg } from './util.js';

function portArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('--port must be an integer in [0, 65535]');
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve a KALA model over an OpenAI-compatible HTTP API (/v1/chat/completions, /v1/completions, /v1/moderations, /v1/models)')
    .requiredOption('-m, --model <dir|hub-id>', 'checkpoint directory, or a hub id from the local Hugging Face cache')
    .option('-p, --port <n>', 'port to listen on (0 = any free port)', portArg, 8080)
    .option('--host <addr>', 'address to listen on (0.0.0.0 exposes it to the network)', '127.0.0.1')
    .option('--model-id <name>', 'model name in /v1/models and replies (default: the directory name)')
    .option('--max-queue <n>', 'requests that may wait while one generates; more get 429', intArg('--max-queue', 0), 16)
    .option('--max-body <bytes>', 'largest request body; larger ones get 413', intArg('--max-body', 1), 1 << 20)
    .option('--max-prompt-chars <n>', "longest prompt text that is tokenized; longer ones get 400 (default: 16 per token of the model's context)", intArg('--max-prompt-chars', 1))
    .option('--max-connections <n>', 'open connections at most; more are closed at once', intArg('--max-connections', 1), 64)
    .option('--request-timeout-ms <ms>', 'how long a client may take to send a whole request; 408 after', intArg('--request-timeout-ms', 1), 60_000)
    .option('--max-tokens <n>', 'max_tokens for requests that set none', intArg('--max-tokens', 1), 256)
    .option('--cache-mb <mb>', 'KV cache kept between requests, in MiB: a chat turn reuses the cached prefix of its conversation (0: none)', intArg('--cache-mb', 0), 512)
    .option('-t, --temperature <t>', 'temperature for requests that set none', floatArg('--temperature', 0, 2), 0.7)
    .option('--threshold <t>', 'law score below which generation halts (finish_reason content_filter)', floatArg('--threshold', 0, 1), 0.5)
    .option('--no-monitor', 'do not halt on law violations (scores are still reported)')
    .option('--no-kernel', 'do not check prompts with the EthicsKernel before generating (/v1/moderations still judges with one)')
    .option('--no-code-check', 'do not check the fenced code blocks of replies for security weaknesses (kala.code)')
    .option('--repair-code', 'repair what the code check finds where the repair keeps behaviour (kala.code.repaired; runs code in the sandbox)')
    .option('--grace-ms <ms>', 'on SIGTERM/SIGINT, how long running generations may finish before they are cancelled', intArg('--grace-ms', 0), 10_000)
    .option('--device <device>', 'auto, cpu or cuda', 'auto')
    .option('--tokenizer <file>', "tokenizer.json to use instead of the checkpoint's", pathArg('--tokenizer'))
    .option('-q, --quiet', 'do not log one line per request')
    .action(async (o) => {
      const model = await KalaModel.load(o.model, { device: o.device, ...(o.tokenizer ? { tokenizer: o.tokenizer } : {}) });
      const modelId: string = o.modelId ?? (path.basename(path.resolve(o.model)) || 'kala');
      let server;
      try {
        server = await startServer({
          model,
          modelId,
          port: o.port,
          host: o.host,
          maxQueue: o.maxQueue,
          maxBodyBytes: o.maxBody,
          ...(o.maxPromptChars !== undefined ? { maxPromptChars: o.maxPromptChars } : {}),
          maxConnections: o.maxConnections,
          requestTimeoutMs: o.requestTimeoutMs,
          defaultMaxTokens: o.maxTokens,
          defaultTemperature: o.temperature,
          monitor: o.monitor === false ? false : new EthicsMonitor({ threshold: o.threshold }),
          ...(o.kernel === false ? { kernel: false as const } : {}),
          ...(o.codeCheck === false ? { checkCode: false } : {}),
          ...(o.repairCode ? { repairCode: true } : {}),
          shutdownGraceMs: o.graceMs,
          cacheBytes: o.cacheMb * 2 ** 20,
        });
      } catch (e) {
        model.dispose();
        throw e;
      }
      if (!o.quiet)
        server.on('request', (l: RequestLog) => {
          const gen = l.blocked
            ? ` refused by the EthicsKernel (Law ${l.blocked.law}, ${l.blocked.rule})`
            : l.moderation
              ? ` ${l.moderation.inputs} input(s), ${l.moderation.flagged} flagged`
              : l.stopReason
                ? ` ${l.promptTokens ?? 0}+${l.completionTokens ?? 0} tokens, ${l.stopReason}`
                : '';
          const status = l.status >= 400 ? color.red(String(l.status)) : String(l.status);
          process.stderr.write(color.dim(`${new Date().toISOString()} `) + `${l.method} ${l.path} ${status} ${l.ms} ms${gen}${l.error ? color.dim(` (${l.error})`) : ''}\n`);
        });
      const judges = server.kernelJudges;
      process.stdout.write(`kala-train serve: EthicsKernel ${judges.length > 0 ? `on (${judges.join(', ')})` : 'off (--no-kernel)'}\n`);
      if (o.codeCheck === false) process.stdout.write('kala-train serve: code check off (--no-code-check)\n');
      process.stdout.write(`kala-train serve: ${modelId} on ${model.device}, listening on ${server.url}\n`);
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) {
            process.stderr.write(`kala-train serve: ${signal} again, exiting now\n`);
            process.exit(1);
          }
          stopping = true;
          const { running, waiting } = server.load;
          process.stderr.write(`kala-train serve: ${signal}: shutting down (${running} running, ${waiting} waiting; grace ${o.graceMs} ms)\n`);
          server.close().then(resolve, resolve);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
      model.dispose();
      process.stdout.write('kala-train serve: stopped\n');
    });
}

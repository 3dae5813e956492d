// The session tool that runs code: a `run_code` tool whose calls go through runSandboxed
// (lib/code/sandbox.ts) — no network, a private work directory, CPU, memory, process, file-size,
// wall-time and output limits — so code a model writes is never run on the host as it is.
import { runSandboxed, type SandboxLimits } from '../../code/sandbox.js';
import type { SessionTool } from './tools.js';

export interface RunCodeToolOptions {
  /** The tool's name (default "run_code"). */
  name?: string;
  /** Limits of each run (default: the sandbox's, with a 10 s wall clock). */
  limits?: SandboxLimits;
}

interface RunCodeArgs {
  language: 'python' | 'javascript';
  code: string;
  stdin?: string;
}

/**
 * A SessionTool that runs a Python or JavaScript program in the sandbox and returns its exit
 * status, stdout and stderr (and why it was stopped, when a limit stopped it). Where the sandbox
 * cannot run (no bubblewrap or user namespaces) the call fails with the fix in its error; the
 * code is never run unsandboxed.
 */
export function runCodeTool(options: RunCodeToolOptions = {}): SessionTool<RunCodeArgs> {
  return {
    name: options.name ?? 'run_code',
    description: 'Runs a short Python or JavaScript program in an isolated sandbox (no network, no files outside its own directory, limited time and memory) and returns its exit code, stdout and stderr.',
    parameters: {
      type: 'object',
      properties: {
        language: { type: 'string', enum: ['python', 'javascript'] },
        code: { type: 'string', description: 'the whole program' },
        stdin: { type: 'string', description: 'standard input (optional)' },
      },
      required: ['language', 'code'],
      additionalProperties: false,
    },
    async run(args, { signal }) {
      const entry = args.language === 'python' ? 'main.py' : 'main.js';
      const r = await runSandboxed({
        language: args.language === 'python' ? 'python' : 'node',
        files: { [entry]: args.code },
        ...(args.stdin !== undefined ? { stdin: args.stdin } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(signal ? { signal } : {}),
      });
      return { exitCode: r.exitCode, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ...(r.killedBy ? { stoppedBy: r.killedBy } : {}), ...(r.truncated ? { truncated: true } : {}) };
    },
  };
}

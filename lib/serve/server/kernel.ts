// The EthicsKernel in front of `kala-train serve`: which kernel a server uses, what it reads of a
// request, and the verdict and refusal that go into a reply.
//
// Default: one `new EthicsKernel()` per process, shared by every server (its check is synchronous
// and keeps no state between calls): the rules (the learned judges are opt-in: pass a kernel made
// with `{ guardian: true }` or `{ scorer: true }`). The server makes one check when it is created, so a
// learned judge's file is loaded then; when it is missing or damaged (FormatError RULES_INVALID),
// the server falls back to a kernel without it and says so once, as a process warning (code
// KALA_KERNEL_FALLBACK). The same fallback applies if a later check of the default kernel fails so.
import { EthicsKernel, type EthicsKernelOptions } from '../../guard/kernel/index.js';
import type { KernelResult } from '../../guard/kernel/types.js';
import type { ChatMessage } from '../../chat.js';
import { KalaError } from '../../util/errors.js';
import type { KalaKernelVerdict } from '../openai-types.js';
import { refusalText } from '../session/session.js';

/** Makes a kernel (a seam for tests). */
export type KernelFactory = (options?: EthicsKernelOptions) => EthicsKernel;

const construct: KernelFactory = (options) => new EthicsKernel(options);

/** The failure that makes the default kernel fall back: a learned judge's file missing or damaged. */
function isModelFileError(e: unknown): e is KalaError {
  return e instanceof KalaError && e.code === 'RULES_INVALID';
}

let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  process.emitWarning(message, { code: 'KALA_KERNEL_FALLBACK' });
}

const fallbackMessage = (e: KalaError) =>
  `the server's default EthicsKernel cannot load a learned judge (${e.message}); it checks prompts with the rules without it`;

/**
 * The default kernel: `new EthicsKernel()` after one check (which loads KALA-Guardian), or, when
 * that throws RULES_INVALID, `new EthicsKernel({ guardian: false })` with a warning. Any other
 * error, or one from the fallback itself, is thrown.
 */
export function createDefaultKernel(create: KernelFactory = construct, warn: (message: string) => void = warnOnce): EthicsKernel {
  try {
    const k = create();
    k.check('Hello.');
    return k;
  } catch (e) {
    if (!isModelFileError(e)) throw e;
    warn(fallbackMessage(e));
    return create({ guardian: false });
  }
}

let shared: EthicsKernel | undefined;
/** The process's default kernel, made on first use. */
export function sharedDefaultKernel(): EthicsKernel {
  return (shared ??= createDefaultKernel());
}

/** A server's kernel. The default one falls back (once) to a kernel without Guardian when a check fails for a missing model file. */
export class ServerKernel {
  #kernel: EthicsKernel;
  #fallback: ((e: KalaError) => EthicsKernel) | undefined;

  constructor(kernel: EthicsKernel, options: { fallback?: (e: KalaError) => EthicsKernel } = {}) {
    this.#kernel = kernel;
    this.#fallback = options.fallback;
  }

  /** The server's default: the shared default kernel, with the fallback. */
  static default(): ServerKernel {
    return new ServerKernel(sharedDefaultKernel(), {
      fallback: (e) => {
        warnOnce(fallbackMessage(e));
        return (shared = construct({ guardian: false }));
      },
    });
  }

  get kernel(): EthicsKernel {
    return this.#kernel;
  }

  check(text: string): KernelResult {
    try {
      return this.#kernel.check(text);
    } catch (e) {
      const fallback = this.#fallback;
      if (!fallback || !isModelFileError(e)) throw e;
      this.#fallback = undefined;
      this.#kernel = fallback(e);
      return this.#kernel.check(text);
    }
  }

  /** The judges that read a text: 'rules', and 'guardian' / 'scorer' when on. */
  judges(r?: KernelResult): string[] {
    return [...(r?.judges ?? this.#kernel.judges)];
  }

  /** `kala.kernel` for a verdict. */
  verdict(r: KernelResult): KalaKernelVerdict {
    return { allowed: r.allowed, lawScores: r.lawScores, judges: this.judges(r), violations: r.violations };
  }
}

/**
 * What the kernel reads of a chat: the last user message (the last message of any role when there
 * is no user message). Earlier turns were each judged when they were the last one; judging them
 * again would make one refused turn refuse every later reply of a conversation whose client keeps
 * it in the history, and the rules read sentence by sentence, so a joined reading adds little.
 */
export function judgedChatText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.role === 'user') return messages[i]!.content;
  return messages[messages.length - 1]?.content ?? '';
}

/** The refusal of a blocked prompt: names the law and says why (as UnifiedSession words it). */
export function kernelRefusal(r: KernelResult): string {
  const v = r.violations[0];
  if (!v) return "I can't help with that: it would violate one of the five laws.";
  return refusalText(v, 'request');
}

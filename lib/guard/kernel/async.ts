/**
 * `EthicsKernel.checkAsync`: checks on a worker thread, one per kernel, started on the first call
 * and stopped by `dispose()` (an idle worker does not keep the process alive). Requests queue in
 * order; aborting the one being judged stops the worker and starts a new one for the rest, so an
 * abort really frees the thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AbortError, DisposedError, FormatError, InputError, KalaError, isKalaErrorCode } from '../../util/errors.js';
import type { GuardianWeights } from '../guardian/model.js';
import type { EthicsKernelOptions } from './options.js';
import type { ScorerHeader } from './scorer.js';
import type { KernelResult } from './types.js';

/** What the worker needs to build its kernel (structured-cloneable). */
export interface KernelWorkerSetup {
  /** The caller's options, with any Guardian or scorer object replaced by `false` (sent below). */
  options: EthicsKernelOptions;
  guardianWeights?: GuardianWeights;
  scorerParts?: { header: ScorerHeader; harm: Int16Array; laws: Int16Array[] };
}
export interface CheckRequest {
  id: number;
  prompt: string;
  response?: string;
}
export type CheckReply = { id: number; result: KernelResult } | { id: number; error: { name: string; code: unknown; message: string } };

interface Pending {
  request: CheckRequest;
  resolve: (r: KernelResult) => void;
  reject: (e: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** The compiled worker: beside this file in dist/; when the library runs from its TypeScript
 *  sources (tests), the one tsc built into dist/. */
function workerFile(): URL {
  const here = new URL('./check-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../../dist/guard/kernel/check-worker.js', import.meta.url);
}

/** The worker's error as the KalaError the synchronous check would have thrown. */
function errorOf(e: { name: string; code: unknown; message: string }): Error {
  if (!isKalaErrorCode(e.code)) return new KalaError('INTERNAL', `checkAsync: the kernel's worker failed: ${e.message}`);
  if (e.name === 'FormatError') return new FormatError(e.code, e.message);
  if (e.name === 'InputError') return new InputError(e.code, e.message);
  return new KalaError(e.code, e.message);
}

export class KernelWorker {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private disposed = false;

  constructor(private readonly setup: KernelWorkerSetup) {}

  check(prompt: string, response: string | undefined, signal?: AbortSignal): Promise<KernelResult> {
    if (this.disposed) return Promise.reject(new DisposedError('the EthicsKernel'));
    if (signal?.aborted) return Promise.reject(new AbortError('checkAsync was aborted'));
    return new Promise<KernelResult>((resolve, reject) => {
      const p: Pending = { request: { id: this.nextId++, prompt, response }, resolve, reject, signal };
      if (signal) {
        p.onAbort = () => this.abort(p);
        signal.addEventListener('abort', p.onAbort, { once: true });
      }
      this.queue.push(p);
      this.send(p);
    });
  }

  /** Stops the worker; pending checks fail with DISPOSED. */
  dispose(): void {
    this.disposed = true;
    this.stop();
    for (const p of this.queue.splice(0)) this.settle(p, undefined, new DisposedError('the EthicsKernel'));
  }

  private start(): Worker {
    const w = new Worker(workerFile(), { workerData: this.setup });
    w.on('message', (m: CheckReply) => {
      const p = this.queue.find((x) => x.request.id === m.id);
      if (!p) return;
      this.queue.splice(this.queue.indexOf(p), 1);
      if ('result' in m) this.settle(p, m.result);
      else this.settle(p, undefined, errorOf(m.error));
      if (this.queue.length === 0) w.unref();
    });
    w.on('error', (e) => this.fail(w, e));
    w.on('exit', (code) => this.fail(w, new Error(`exited with code ${code}`)));
    this.worker = w;
    return w;
  }

  private send(p: Pending): void {
    const w = this.worker ?? this.start();
    w.ref();
    w.postMessage(p.request);
  }

  /** An aborted check: dropped if it waits; if it is being judged, the worker is replaced. */
  private abort(p: Pending): void {
    const at = this.queue.indexOf(p);
    if (at < 0) return;
    this.queue.splice(at, 1);
    this.settle(p, undefined, new AbortError('checkAsync was aborted'));
    if (at === 0) {
      this.stop();
      for (const q of this.queue) this.send(q);
    }
  }

  /** The worker died (not by stop()): its checks fail, and the next call starts a new one. */
  private fail(w: Worker, e: Error): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    for (const p of this.queue.splice(0)) this.settle(p, undefined, new KalaError('INTERNAL', `checkAsync: the kernel's worker failed: ${e.message}`));
  }

  private stop(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }

  private settle(p: Pending, result?: KernelResult, error?: Error): void {
    if (p.signal && p.onAbort) p.signal.removeEventListener('abort', p.onAbort);
    if (error) p.reject(error);
    else p.resolve(result!);
  }
}

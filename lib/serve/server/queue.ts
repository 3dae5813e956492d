// A FIFO gate in front of the model: `concurrency` generations run at once (the model runs one at
// a time), at most `maxWaiting` more wait; past that, `acquire` fails at once with QUEUE_FULL.
// A request takes its place with `reserve()` before it does anything costly (tokenizing its
// prompt), so the work done for requests that will be turned away is nil, and the number of
// prompts being prepared at once is bounded by the queue's size.
import { AbortError, KalaError } from '../../util/errors.js';

export type Release = () => void;

/** A place held in the queue: `acquire` turns it into a turn on the model, `cancel` gives it back. */
export interface Ticket {
  /** As GenerationQueue.acquire, except that it never fails with QUEUE_FULL (the place is held). */
  acquire(signal?: AbortSignal): Promise<Release>;
  /** Gives the place back; ignored once acquire was called. */
  cancel(): void;
}

interface Waiter {
  resolve: (r: Release) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

export class GenerationQueue {
  #running = 0;
  /** Places held by tickets not yet acquired. */
  #reserved = 0;
  readonly #waiting: Waiter[] = [];
  #closed: KalaError | undefined;

  constructor(
    readonly maxWaiting: number,
    readonly concurrency = 1,
  ) {
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0) throw new KalaError('INVALID_ARGUMENT', 'maxQueue must be an integer >= 0');
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new KalaError('INVALID_ARGUMENT', 'concurrency must be an integer >= 1');
  }

  get running(): number {
    return this.#running;
  }

  /** Requests waiting for the model, including those that hold a place while they get ready. */
  get waiting(): number {
    return this.#waiting.length + this.#reserved;
  }

  /** Throws QUEUE_FULL (or the close reason) when a request arriving now would be turned away. */
  checkRoom(): void {
    if (this.#closed) throw this.#closed;
    if (this.#running + this.waiting >= this.concurrency + this.maxWaiting)
      throw new KalaError('QUEUE_FULL', `the server is busy: ${this.#running} generation(s) running and ${this.waiting} waiting (the queue holds ${this.maxWaiting}); retry shortly`);
  }

  /** Holds a place (or throws QUEUE_FULL synchronously, as checkRoom). */
  reserve(): Ticket {
    this.checkRoom();
    this.#reserved++;
    let held = true;
    const giveBack = () => {
      if (!held) return false;
      held = false;
      this.#reserved--;
      return true;
    };
    return {
      acquire: (signal) => {
        if (!giveBack()) throw new KalaError('INTERNAL', 'a queue ticket was used twice');
        return this.#take(signal);
      },
      cancel: () => void giveBack(),
    };
  }

  /**
   * A turn on the model. Throws QUEUE_FULL synchronously when `maxWaiting` requests already wait;
   * the promise rejects with ABORTED when `signal` fires while waiting, or with the close reason.
   * Call the release function exactly once when done (later calls are ignored).
   */
  acquire(signal?: AbortSignal): Promise<Release> {
    return this.reserve().acquire(signal);
  }

  /** The turn for a request whose place is counted already (its ticket was just given back). */
  #take(signal?: AbortSignal): Promise<Release> {
    if (this.#closed) throw this.#closed;
    if (signal?.aborted) throw new AbortError('the request was cancelled before it reached the model');
    if (this.#running < this.concurrency) {
      this.#running++;
      return Promise.resolve(this.#release());
    }
    return new Promise<Release>((resolve, reject) => {
      const w: Waiter = { resolve, reject, signal };
      if (signal) {
        w.onAbort = () => {
          const i = this.#waiting.indexOf(w);
          if (i >= 0) this.#waiting.splice(i, 1);
          reject(new AbortError('the request was cancelled while it waited for the model'));
        };
        signal.addEventListener('abort', w.onAbort, { once: true });
      }
      this.#waiting.push(w);
    });
  }

  #release(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.#waiting.shift();
      if (next) {
        if (next.onAbort) next.signal?.removeEventListener('abort', next.onAbort);
        next.resolve(this.#release()); // the slot passes straight on
      } else {
        this.#running--;
      }
    };
  }

  /** Refuses new requests and rejects every waiting one with `reason`; running ones keep their slot. */
  close(reason: KalaError): void {
    this.#closed = reason;
    for (const w of this.#waiting.splice(0)) {
      if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
      w.reject(reason);
    }
  }
}

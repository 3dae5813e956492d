/**
 * ModelSession: a conversation with a KALA model that keeps its KV cache between calls, so each
 * turn runs only its new tokens (`model.createSession()`; node-llama-cpp's context sequence is
 * the same idea).
 *
 *   const s = await model.createSession();
 *   await s.evaluate(renderChat(history, { addGenerationPrompt: true }));  // reuses the shared prefix
 *   const r = await s.generate({ maxNewTokens: 64, stop: ['\nUser:'] });   // the reply stays cached
 *   const alt = await s.fork();                                            // a copy to branch from
 *   s.dispose();
 *
 * The session tracks the token ids its cache holds (`tokens`). `evaluate(context)` makes the cache
 * hold exactly `context`, keeping the longest prefix it shares with what is cached; `prompt(x)`
 * appends; `generate`/`stream` continue from the cache (its last token is run again to sample the
 * first new one) and leave the emitted tokens in it — a token the monitor halted on is removed.
 */
import { AbortError, DisposedError, InputError, KalaError } from './util/errors.js';
import { native } from './native/load.js';
import type { DecodeSession } from './native/addon.js';
import { GenerationStream, decodeTokens, promptIds, type GenerateOptions, type GenerationHost, type GenerationResult } from './generation.js';

export interface ModelSessionOptions {
  /** Positions the cache holds (default: the model's max_position_embeddings). Its memory is
   *  allocated up front: `bytes` says how much. */
  capacity?: number;
}

export interface EvaluateResult {
  /** Tokens kept from the cache (the shared prefix). */
  reused: number;
  /** Tokens run now. */
  evaluated: number;
}

/** Length of the common prefix of two token lists. */
export function commonPrefix(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

export class ModelSession implements Disposable {
  readonly capacity: number;
  /** Bytes of KV cache this session holds (allocated at creation). */
  readonly bytes: number;
  readonly #host: GenerationHost;
  readonly #native: DecodeSession;
  readonly #make: () => Promise<ModelSession>;
  readonly #tokens: number[] = [];
  #busy = false;
  #disposed = false;

  /** Use `model.createSession()`. */
  constructor(host: GenerationHost, session: DecodeSession, bytes: number, make: () => Promise<ModelSession>) {
    this.#host = host;
    this.#native = session;
    this.capacity = session.capacity;
    this.bytes = bytes;
    this.#make = make;
  }

  /** The token ids the cache holds, oldest first. */
  get tokens(): readonly number[] {
    return this.#tokens;
  }

  get length(): number {
    return this.#tokens.length;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** Appends text (tokenized) or token ids to the cache, running only them. */
  async prompt(input: string | readonly number[], options: { signal?: AbortSignal } = {}): Promise<{ evaluated: number }> {
    return this.#exclusive(async () => {
      const ids = await promptIds(this.#host, input);
      await this.#feed(ids, options.signal);
      return { evaluated: ids.length };
    });
  }

  /**
   * Makes the cache hold exactly `context` (text or ids): the longest prefix it shares with what
   * is cached is kept, the rest of the cache dropped, and only the new tokens are run — a chat
   * turn costs its own tokens, not the whole history.
   */
  async evaluate(context: string | readonly number[], options: { signal?: AbortSignal } = {}): Promise<EvaluateResult> {
    return this.#exclusive(async () => {
      const ids = await promptIds(this.#host, context);
      if (ids.length > this.capacity) throw new InputError('SEQUENCE_TOO_LONG', `the context has ${ids.length} tokens; this session holds ${this.capacity}`);
      const keep = commonPrefix(this.#tokens, ids);
      this.#trim(keep);
      await this.#feed(ids.slice(keep), options.signal);
      return { reused: keep, evaluated: ids.length - keep };
    });
  }

  /** Generates from what the cache holds (after appending `input`, when given); the emitted tokens stay in the cache. */
  stream(input?: string | readonly number[] | GenerateOptions, options: GenerateOptions = {}): GenerationStream {
    if (input !== undefined && typeof input === 'object' && !Array.isArray(input) && !ArrayBuffer.isView(input)) return this.stream(undefined, input as GenerateOptions);
    this.#check();
    const self = this;
    return new GenerationStream(
      (async function* () {
        self.#check();
        if (self.#busy) throw new KalaError('INVALID_ARGUMENT', 'the session is busy: await its previous call first');
        self.#busy = true;
        try {
          let feed: number[];
          if (input !== undefined) feed = await promptIds(self.#host, input as string | readonly number[]);
          else {
            if (self.#tokens.length === 0) throw new InputError('INVALID_ARGUMENT', 'the session is empty: evaluate or prompt a context first');
            // the last cached token runs again: its logits sample the first new token
            feed = [self.#tokens[self.#tokens.length - 1]!];
            self.#trim(self.#tokens.length - 1);
          }
          // a token run but not emitted (the one the monitor halted on, past a stop string) leaves the cache
          return yield* decodeTokens(
            self.#host,
            self.#native,
            feed,
            options,
            (ids) => self.#tokens.push(...ids),
            (count) => (self.#tokens.length -= count),
          );
        } finally {
          self.#busy = false;
        }
      })(),
    );
  }

  /** As `stream`, collected. */
  async generate(input?: string | readonly number[] | GenerateOptions, options: GenerateOptions = {}): Promise<GenerationResult> {
    return this.stream(input, options).collect();
  }

  /** A new session whose cache is a copy of this one's (to branch a conversation). */
  async fork(): Promise<ModelSession> {
    return this.#exclusive(async () => {
      const copy = await this.#make();
      try {
        await native(copy.#native.copyFrom(this.#native));
      } catch (e) {
        copy.dispose();
        throw e;
      }
      copy.#tokens.push(...this.#tokens);
      return copy;
    });
  }

  /** Keeps the first n tokens of the cache. */
  trim(n: number): void {
    this.#check();
    if (this.#busy) throw new KalaError('INVALID_ARGUMENT', 'the session is busy: await its previous call first');
    if (!Number.isInteger(n) || n < 0 || n > this.#tokens.length) throw new InputError('INVALID_ARGUMENT', `trim(n): n must be an integer in [0, ${this.#tokens.length}]`);
    this.#trim(n);
  }

  /** Frees the cache (the native memory goes with the session object). */
  dispose(): void {
    this.#disposed = true;
    this.#tokens.length = 0;
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  #check(): void {
    if (this.#disposed) throw new DisposedError('the session');
    this.#host.nativeModel(); // DISPOSED once the model is
  }

  async #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.#check();
    if (this.#busy) throw new KalaError('INVALID_ARGUMENT', 'the session is busy: await its previous call first');
    this.#busy = true;
    try {
      return await fn();
    } finally {
      this.#busy = false;
    }
  }

  #trim(n: number): void {
    this.#native.trim(n);
    this.#tokens.length = n;
  }

  /** Runs `ids` through the cache (no sampling), in chunks so an abort is heard between them. */
  async #feed(ids: readonly number[], signal: AbortSignal | undefined): Promise<void> {
    if (this.#tokens.length + ids.length > this.capacity)
      throw new InputError('SEQUENCE_TOO_LONG', `the context needs ${this.#tokens.length + ids.length} positions; this session holds ${this.capacity}`);
    const CHUNK = 512;
    for (let at = 0; at < ids.length; at += CHUNK) {
      if (signal?.aborted) throw new AbortError();
      const part = ids.slice(at, at + CHUNK);
      this.#host.nativeModel();
      await native(this.#native.step(Int32Array.from(part), part.length, null, false));
      this.#tokens.push(...part);
    }
  }
}


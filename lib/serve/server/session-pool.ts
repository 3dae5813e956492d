/**
 * KV-cache sessions kept between requests (`kala-train serve --cache-mb`): a chat client resends
 * the whole conversation every turn, and the session whose cache already holds the longest prefix
 * of it runs only the new tokens. Sessions are sized to what a request needs (rounded up to a power
 * of two, so a growing chat keeps fitting for a while); together they hold at most `maxBytes` of
 * KV cache, and the least recently used idle one goes first when a new one needs room. When no
 * room can be made (one session would exceed the budget), requests run without a kept cache.
 */
import { commonPrefix, type ModelSession, type ModelSessionOptions } from '../../session.js';

export interface SessionFactory {
  createSession(options?: ModelSessionOptions): Promise<ModelSession>;
  readonly config: { readonly maxPositions: number; readonly numLayers: number; readonly hiddenSize: number };
}

/** Bytes of KV cache of a session of `capacity` positions (as ModelSession.bytes computes them). */
function bytesOf(f: SessionFactory, capacity: number): number {
  return f.config.numLayers * capacity * (2 * f.config.hiddenSize * 4 + 4);
}

export class SessionPool {
  readonly #factory: SessionFactory;
  readonly maxBytes: number;
  /** Idle sessions, least recently used first. */
  readonly #idle: ModelSession[] = [];
  /** Bytes of every session the pool made that is alive (idle or lent out). */
  #bytes = 0;

  constructor(factory: SessionFactory, maxBytes: number) {
    this.#factory = factory;
    this.maxBytes = maxBytes;
  }

  /** Bytes of KV cache held now (idle and in use). */
  get bytes(): number {
    return this.#bytes;
  }

  get idle(): number {
    return this.#idle.length;
  }

  /**
   * A session for a request whose context is `ids` and that needs `need` positions: the idle one
   * sharing the longest prefix with `ids` (that can hold `need`), else a new one, making room by
   * dropping least recently used idle sessions; undefined when the budget cannot hold one.
   */
  async take(ids: readonly number[], need: number): Promise<ModelSession | undefined> {
    let best = -1, bestLen = -1;
    for (let i = 0; i < this.#idle.length; i++) {
      const s = this.#idle[i]!;
      if (s.disposed || s.capacity < need) continue;
      const n = commonPrefix(s.tokens, ids);
      if (n > bestLen) (best = i), (bestLen = n);
    }
    if (best >= 0 && bestLen > 0) return this.#idle.splice(best, 1)[0]!;
    const max = this.#factory.config.maxPositions;
    let capacity = 512;
    while (capacity < need) capacity *= 2;
    capacity = Math.min(max, capacity);
    const bytes = bytesOf(this.#factory, capacity);
    if (bytes > this.maxBytes) return undefined;
    while (this.#bytes + bytes > this.maxBytes && this.#idle.length > 0) this.#drop(this.#idle.shift()!);
    if (this.#bytes + bytes > this.maxBytes) return undefined;
    const s = await this.#factory.createSession({ capacity });
    this.#bytes += s.bytes;
    return s;
  }

  /** A session back from a request: kept as the most recently used (a disposed one is forgotten). */
  give(s: ModelSession): void {
    if (s.disposed) {
      this.#bytes -= s.bytes;
      return;
    }
    this.#idle.push(s);
  }

  /** Frees every idle session. */
  clear(): void {
    for (const s of this.#idle.splice(0)) this.#drop(s);
  }

  #drop(s: ModelSession): void {
    s.dispose();
    this.#bytes -= s.bytes;
  }
}

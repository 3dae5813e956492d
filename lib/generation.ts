// The generation loop behind KalaModel.stream / generate: prefill, then one token at a time;
// every sampled token is fed through the model to get its law scores before it is emitted, so
// the monitor clears each token before the caller sees it.
import { randomInt } from 'node:crypto';
import { InputError, KalaError } from './util/errors.js';
import { EthicsMonitor, type ModelViolation } from './monitor.js';
import type { Tokenizer } from './tokenizer.js';
import { native } from './native/load.js';
import type { DecodeSession, KalaAddon } from './native/addon.js';

export interface GenerateOptions {
  /** Tokens to generate at most (default 64). */
  maxNewTokens?: number;
  /** 0 = greedy (the default); higher samples more freely. */
  temperature?: number;
  /** Sample among the k most likely tokens (0 = no limit). */
  topK?: number;
  /** Nucleus sampling: the smallest set of tokens whose probability reaches p (1 = off). */
  topP?: number;
  /** Seed of the sampler; the same seed and options give the same text. */
  seed?: number;
  /** Stop when the generated text contains one of these strings (it is cut before the match). */
  stop?: string | readonly string[];
  /** The law monitor (default: `new EthicsMonitor()`, threshold 0.5); false disables halting. */
  monitor?: EthicsMonitor | false;
  signal?: AbortSignal;
}

export type StopReason = 'length' | 'eos' | 'stop' | 'ethics' | 'abort';

export interface GenerationStep {
  /** Index of this token among the generated tokens. */
  index: number;
  token: number;
  /** The text this token added (may be empty while a multi-byte character is incomplete). */
  text: string;
  /** This token's law scores, Law 0 first (1 = satisfied). */
  lawScores: number[];
}

export interface GenerationResult {
  text: string;
  tokens: number[];
  /** Law scores of each generated token. */
  lawScores: number[][];
  stopReason: StopReason;
  violation?: ModelViolation;
}

/** What the loop needs from a model. */
export interface GenerationHost {
  addon: KalaAddon;
  nativeModel: () => unknown; // throws DisposedError once disposed
  /** A KV-cache session (NativeSession: its cache is where the model's weights are, CPU or GPU). */
  newSession: (batch: number, capacity: number) => Promise<DecodeSession>;
  tokenizer: Tokenizer | undefined;
  vocabSize: number;
  maxPositions: number;
  numHeads: number; // L + 1 constitutional heads
  eosTokenId: number | undefined;
  bosTokenId: number | undefined;
}

/** An async iterable of steps whose `result` resolves when generation ends. */
export class GenerationStream implements AsyncIterable<GenerationStep> {
  readonly result: Promise<GenerationResult>;
  readonly #iter: AsyncGenerator<GenerationStep, GenerationResult>;
  #resolve!: (r: GenerationResult) => void;
  #reject!: (e: unknown) => void;
  #started = false;

  constructor(iter: AsyncGenerator<GenerationStep, GenerationResult>) {
    this.#iter = iter;
    this.result = new Promise((res, rej) => {
      this.#resolve = res;
      this.#reject = rej;
    });
    this.result.catch(() => undefined); // the iterator reports the error too
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<GenerationStep, GenerationResult> {
    if (this.#started) throw new KalaError('INVALID_ARGUMENT', 'a generation stream can be iterated once');
    this.#started = true;
    try {
      for (;;) {
        const r = await this.#iter.next();
        if (r.done) {
          this.#resolve(r.value);
          return r.value;
        }
        yield r.value;
      }
    } catch (e) {
      this.#reject(e);
      throw e;
    } finally {
      // the consumer broke out early: finish as aborted
      await this.#iter.return?.(undefined as never);
      this.#resolve({ text: '', tokens: [], lawScores: [], stopReason: 'abort' });
    }
  }

  /** Runs the stream to the end and returns the result. */
  async collect(): Promise<GenerationResult> {
    for await (const _ of this) {
      /* drain */
    }
    return this.result;
  }
}

function validate(o: GenerateOptions): Required<Pick<GenerateOptions, 'maxNewTokens' | 'temperature' | 'topK' | 'topP'>> {
  const maxNewTokens = o.maxNewTokens ?? 64;
  const temperature = o.temperature ?? 0;
  const topK = o.topK ?? 0;
  const topP = o.topP ?? 1;
  if (!Number.isInteger(maxNewTokens) || maxNewTokens < 0) throw new InputError('INVALID_ARGUMENT', 'maxNewTokens must be a non-negative integer');
  if (!(temperature >= 0) || !Number.isFinite(temperature)) throw new InputError('INVALID_ARGUMENT', 'temperature must be >= 0 (0 = greedy)');
  if (!Number.isInteger(topK) || topK < 0) throw new InputError('INVALID_ARGUMENT', 'topK must be a non-negative integer (0 = no limit)');
  if (!(topP > 0 && topP <= 1)) throw new InputError('INVALID_ARGUMENT', 'topP must be in (0, 1]');
  if (o.seed !== undefined && !Number.isSafeInteger(o.seed)) throw new InputError('INVALID_ARGUMENT', 'seed must be an integer');
  if (o.monitor !== undefined && o.monitor !== false && !(o.monitor instanceof EthicsMonitor))
    throw new InputError('INVALID_ARGUMENT', 'monitor must be an EthicsMonitor or false');
  return { maxNewTokens, temperature, topK, topP };
}

/** Token ids of a prompt (string through the tokenizer, or ids checked against the vocabulary). */
export async function promptIds(host: GenerationHost, prompt: string | readonly number[]): Promise<number[]> {
  let ids: number[];
  if (typeof prompt === 'string') {
    if (!host.tokenizer)
      throw new KalaError('TOKENIZER_MISSING', 'this model has no tokenizer.json; pass token ids, or load it with { tokenizer: "path/to/tokenizer.json" }');
    ids = await host.tokenizer.encode(prompt);
  } else if (Array.isArray(prompt) || ArrayBuffer.isView(prompt)) {
    ids = Array.from(prompt as ArrayLike<number>);
  } else {
    throw new InputError('INVALID_ARGUMENT', 'the prompt must be a string or an array of token ids');
  }
  for (const id of ids)
    if (!Number.isInteger(id) || id < 0 || id >= host.vocabSize)
      throw new InputError('TOKEN_OUT_OF_RANGE', `token id ${id} is outside the vocabulary [0, ${host.vocabSize})`);
  if (ids.length === 0) {
    const start = host.bosTokenId ?? host.eosTokenId;
    if (start === undefined) throw new InputError('INVALID_ARGUMENT', 'the prompt is empty and the model has no bos/eos token to start from');
    ids = [start];
  }
  if (ids.length > host.maxPositions)
    throw new InputError('SEQUENCE_TOO_LONG', `the prompt has ${ids.length} tokens; the model takes at most ${host.maxPositions} (max_position_embeddings)`);
  return ids;
}

export async function* generateTokens(
  host: GenerationHost,
  prompt: string | readonly number[],
  options: GenerateOptions,
): AsyncGenerator<GenerationStep, GenerationResult> {
  const { maxNewTokens } = validate(options);
  const ids = await promptIds(host, prompt);
  if (options.signal?.aborted) return { text: '', tokens: [], lawScores: [], stopReason: 'abort' };
  if (maxNewTokens === 0) return { text: '', tokens: [], lawScores: [], stopReason: 'length' };
  const session = await host.newSession(1, Math.min(host.maxPositions, ids.length + maxNewTokens));
  return yield* decodeTokens(host, session, ids, options);
}

/**
 * The decode loop over a session whose cache holds a context: `feed` (at least one token) is run
 * through it first and the first token sampled from its last position; then each sampled token
 * is run through the model (for its law scores) before it is emitted; the loop itself runs in the
 * engine (session.decode), a few tokens per call. `onFed` hears every token that entered the
 * cache and `onUnrun` how many were taken back out (run but not emitted), so a caller keeping the
 * session (ModelSession) knows what it holds.
 */
export async function* decodeTokens(
  host: GenerationHost,
  session: DecodeSession,
  feed: readonly number[],
  options: GenerateOptions,
  onFed?: (ids: readonly number[]) => void,
  onUnrun?: (count: number) => void,
): AsyncGenerator<GenerationStep, GenerationResult> {
  const { maxNewTokens, temperature, topK, topP } = validate(options);
  const monitor = options.monitor === undefined ? new EthicsMonitor() : options.monitor || undefined;
  const stops = options.stop === undefined ? [] : typeof options.stop === 'string' ? [options.stop] : [...options.stop];
  const signal = options.signal;
  const tokens: number[] = [];
  const lawScores: number[][] = [];
  let text = '';
  const done = (stopReason: StopReason, violation?: ModelViolation): GenerationResult => ({ text, tokens, lawScores, stopReason, ...(violation ? { violation } : {}) });
  if (signal?.aborted) return done('abort');
  if (maxNewTokens === 0) return done('length');
  if (feed.length === 0) throw new InputError('INVALID_ARGUMENT', 'nothing to generate from: the context is empty');
  if (session.length + feed.length > session.capacity)
    throw new InputError('SEQUENCE_TOO_LONG', `the context needs ${session.length + feed.length} positions; the session holds ${session.capacity}`);

  session.seed(options.seed ?? randomInt(0, 2 ** 47));
  const sampling = { temperature, topK, topP };
  const heads = host.numHeads;
  const decoder = host.tokenizer ? new IncrementalDecoder(host.tokenizer) : undefined;
  const thresholds = monitor ? Float32Array.from(monitor.thresholds) : null;
  const eos = host.eosTokenId ?? -1;
  let context: readonly number[] = feed;
  let next = -1;
  // tokens per engine call: 1 first (the first token shows at once), then doubling up to 8
  let chunk = 1;
  for (let i = 0; i < maxNewTokens; ) {
    if (signal?.aborted) return done('abort');
    host.nativeModel(); // disposed models stop here
    const c = await native(session.decode(Int32Array.from(context), Math.min(chunk, maxNewTokens - i), sampling, eos, thresholds, next));
    chunk = Math.min(8, chunk * 2);
    const n = c.tokens.length;
    onFed?.([...context, ...c.tokens]);
    // tokens of this call that were run but not emitted (a stop string, an abort, a halt, or the
    // consumer leaving) go back out of the cache, so the cache holds the context and the emitted tokens
    let unemitted = n;
    try {
      const per = heads * 5;
      for (let j = 0; j < n; j++, i++) {
        const token = c.tokens[j]!;
        const scores = Array.from(c.lawScores.subarray(j * 5, j * 5 + 5));
        if (signal?.aborted) return done('abort');
        if (monitor && c.stop === 'monitor' && j === n - 1) {
          const perHead: number[][][] = [];
          for (let l = 0; l < heads; l++) perHead.push([Array.from(c.layerLawLogits.subarray(j * per + l * 5, j * per + l * 5 + 5))]);
          const v = monitor.check([scores], perHead);
          if (v) {
            v.tokenIndex = i;
            v.explanation = v.explanation.replace(/at token \d+/, `at generated token ${i}`);
            return done('ethics', v);
          }
        }
        tokens.push(token);
        lawScores.push(scores);
        unemitted--;
        let delta = '';
        if (decoder) {
          delta = await decoder.push(token);
          let cut = -1;
          for (const st of stops) {
            const at = (text + delta).indexOf(st, Math.max(0, text.length - st.length + 1));
            if (st.length > 0 && at >= 0 && (cut < 0 || at < cut)) cut = at;
          }
          if (cut >= 0) {
            const before = text.length;
            text = (text + delta).slice(0, cut);
            yield { index: i, token, text: text.slice(before), lawScores: scores };
            return done('stop');
          }
          text += delta;
        }
        yield { index: i, token, text: delta, lawScores: scores };
      }
    } finally {
      if (unemitted > 0) {
        session.trim(session.length - unemitted);
        onUnrun?.(unemitted);
      }
    }
    if (c.stop === 'eos') return done('eos');
    if (c.stop === 'length' || c.next < 0) return done('length');
    context = [];
    next = c.next;
  }
  return done('length');
}

/**
 * Text of a growing token list, one token at a time, without re-decoding the whole output: it
 * decodes a short window of recent tokens and emits what the new token added. The window starts
 * a few tokens back so byte-level pieces that only form a character together come out whole
 * (an incomplete character, U+FFFD at the end, is held until the next token completes it).
 */
export class IncrementalDecoder {
  readonly #tokens: number[] = [];
  /** Start of the decoded window: tokens before it are settled (their text was emitted). */
  #from = 0;
  /** Text of the window's tokens emitted so far (or the anchor token's text). */
  #emitted = '';
  constructor(private readonly tokenizer: Tokenizer) {}

  async push(token: number): Promise<string> {
    this.#tokens.push(token);
    const raw = await this.tokenizer.decode(this.#tokens.slice(this.#from));
    let full = raw;
    while (full.endsWith('\uFFFD')) full = full.slice(0, -1);
    let delta = '';
    if (full.length >= this.#emitted.length && full.startsWith(this.#emitted)) {
      delta = full.slice(this.#emitted.length);
      this.#emitted = full;
    }
    // once the window is long and ends on a whole character, restart it at its last token (an
    // anchor whose text prefixes every later decode), so each push decodes a few tokens only
    if (this.#tokens.length - this.#from >= 16 && raw === full && full === this.#emitted) {
      this.#from = this.#tokens.length - 1;
      this.#emitted = await this.tokenizer.decode([token]);
    }
    return delta;
  }
}

/**
 * OpenAICompatibleClient: chat completions (plain and streamed over SSE) against any
 * OpenAI-compatible server — LM Studio (the default, http://localhost:1234/v1), `kala-train
 * serve`, vLLM, llama.cpp, OpenAI itself.
 *
 *   const client = new OpenAICompatibleClient({ model: 'kala' });
 *   const r = await client.chat([{ role: 'user', content: 'Hi' }]);        // r.text, r.finishReason
 *   const s = client.stream([{ role: 'user', content: 'Hi' }], { signal });
 *   for await (const d of s) process.stdout.write(d.text);
 *   const final = await s.result;                                         // the same shape as chat()
 *
 * Failures are KalaErrors: CONNECTION_REFUSED (nothing listens at baseURL), CONNECTION_LOST,
 * TIMEOUT, HTTP_ERROR (an HttpError with `status` and `body`), MALFORMED_RESPONSE, ABORTED.
 */
import { InputError, KalaError, NetworkError } from '../../util/errors.js';
import type { FinishReason, KalaExtension, OpenAIMessage, OpenAITool, OpenAIUsage } from '../openai-types.js';
import { sseData } from './sse.js';
import { HttpError, Transport, type Opened } from './transport.js';

export const LM_STUDIO_URL = 'http://localhost:1234/v1';

export interface OpenAIClientOptions {
  /** Default LM Studio's http://localhost:1234/v1. */
  baseURL?: string;
  /** Sent as `Authorization: Bearer …` (LM Studio and kala-train serve need none). */
  apiKey?: string;
  /** The model name sent with every request. */
  model: string;
  /** Per attempt: how long to wait for a whole reply, or for a stream, for its next chunk (default 60 000). */
  timeoutMs?: number;
  /** Retries after 408/429/5xx, timeouts and dropped connections (default 2). Streams retry only before they start. */
  maxRetries?: number;
  /** First backoff delay; it doubles per retry, with jitter (default 500). */
  retryBaseMs?: number;
  /** Longest backoff delay (default 8 000). */
  retryMaxMs?: number;
  /** A Retry-After longer than this fails at once instead of waiting (default 60 000). */
  maxRetryAfterMs?: number;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /** A fetch implementation (default the global one). */
  fetch?: typeof fetch;
}

export interface ChatOptions {
  /** `max_tokens`. */
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  stop?: string | string[];
  /** Functions the model may call; its calls come back in `toolCalls`. */
  tools?: OpenAITool[];
  toolChoice?: 'auto' | 'none' | 'required' | { type: 'function'; function: { name: string } };
  /** Streams only: ask for a final usage chunk (`stream_options.include_usage`; not every server knows it). */
  includeUsage?: boolean;
  /** More body fields, sent as they are (e.g. `{ top_k: 40 }` for LM Studio). */
  extra?: Record<string, unknown>;
  /** Overrides the client's model for this request. */
  model?: string;
  signal?: AbortSignal;
}

export interface ToolCallRequest {
  id: string;
  name: string;
  /** The arguments as the model wrote them (JSON text, not yet parsed or validated). */
  arguments: string;
}

export interface ChatResult {
  id: string;
  model: string;
  text: string;
  finishReason: FinishReason | string | null;
  toolCalls: ToolCallRequest[];
  usage?: OpenAIUsage;
  /** KALA's verdict, when the server is `kala-train serve`. */
  kala?: KalaExtension;
}

export interface ChatDelta {
  /** Text this chunk added ('' for chunks without content). */
  text: string;
  /** Tool-call fragments of this chunk (arguments arrive piece by piece). */
  toolCalls?: { index: number; id?: string; name?: string; arguments?: string }[];
  finishReason: FinishReason | string | null;
  kala?: Partial<KalaExtension>;
  /** The chunk as received. */
  chunk: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function malformed(url: string, why: string): NetworkError {
  return new NetworkError('MALFORMED_RESPONSE', `${url} sent a reply that is not an OpenAI chat completion: ${why}; is the server OpenAI-compatible?`);
}

function optString(x: unknown): x is string | null | undefined {
  return x === undefined || x === null || typeof x === 'string';
}

function parseUsage(x: unknown): OpenAIUsage | undefined {
  if (!isObj(x)) return undefined;
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return { prompt_tokens: n(x.prompt_tokens), completion_tokens: n(x.completion_tokens), total_tokens: n(x.total_tokens) };
}

function serverError(url: string, x: Obj, status: number): HttpError | undefined {
  if (!isObj(x.error) && typeof x.error !== 'string') return undefined;
  const msg = isObj(x.error) ? String(x.error.message ?? JSON.stringify(x.error)) : String(x.error);
  return new HttpError(`${url} reported an error: ${msg}`, status, x);
}

/** A chat completion body → ChatResult, or MALFORMED_RESPONSE saying what is missing. */
export function parseChatCompletion(x: unknown, url: string, status = 200): ChatResult {
  if (!isObj(x)) throw malformed(url, 'the body is not a JSON object');
  const err = serverError(url, x, status);
  if (err) throw err;
  if (!Array.isArray(x.choices) || x.choices.length === 0) throw malformed(url, '`choices` is missing or empty');
  const c = x.choices[0];
  if (!isObj(c) || !isObj(c.message)) throw malformed(url, '`choices[0].message` is missing');
  const m = c.message;
  if (!optString(m.content)) throw malformed(url, '`message.content` is neither a string nor null');
  if (!optString(c.finish_reason)) throw malformed(url, '`finish_reason` is not a string');
  const toolCalls: ToolCallRequest[] = [];
  if (m.tool_calls !== undefined && m.tool_calls !== null) {
    if (!Array.isArray(m.tool_calls)) throw malformed(url, '`message.tool_calls` is not an array');
    m.tool_calls.forEach((tc, i) => {
      if (!isObj(tc) || !isObj(tc.function) || typeof tc.function.name !== 'string') throw malformed(url, `tool_calls[${i}] has no function name`);
      const args = tc.function.arguments;
      toolCalls.push({
        id: typeof tc.id === 'string' ? tc.id : `call_${i}`,
        name: tc.function.name,
        arguments: typeof args === 'string' ? args : args === undefined ? '{}' : JSON.stringify(args),
      });
    });
  }
  return {
    id: typeof x.id === 'string' ? x.id : '',
    model: typeof x.model === 'string' ? x.model : '',
    text: (m.content as string | null | undefined) ?? '',
    finishReason: (c.finish_reason as string | null | undefined) ?? null,
    toolCalls,
    ...(parseUsage(x.usage) ? { usage: parseUsage(x.usage) } : {}),
    ...(isObj(x.kala) ? { kala: x.kala as unknown as KalaExtension } : {}),
  };
}

/** The streamed reply: iterate it for deltas; `result` resolves to the whole reply. */
export class ChatStream implements AsyncIterable<ChatDelta> {
  readonly #gen: AsyncGenerator<ChatDelta, ChatResult>;
  readonly #result: Promise<ChatResult>;
  #resolve!: (r: ChatResult) => void;
  #reject!: (e: unknown) => void;
  #started = false;

  constructor(gen: AsyncGenerator<ChatDelta, ChatResult>) {
    this.#gen = gen;
    this.#result = new Promise((res, rej) => {
      this.#resolve = res;
      this.#reject = rej;
    });
    this.#result.catch(() => undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<ChatDelta, ChatResult | undefined> {
    if (this.#started) throw new InputError('INVALID_ARGUMENT', 'a chat stream can be iterated once');
    this.#started = true;
    let finished = false;
    try {
      for (;;) {
        const r = await this.#gen.next();
        if (r.done) {
          finished = true;
          this.#resolve(r.value);
          return r.value;
        }
        yield r.value;
      }
    } catch (e) {
      finished = true;
      this.#reject(e);
      throw e;
    } finally {
      if (!finished) {
        await this.#gen.return(undefined as never).catch(() => undefined);
        this.#reject(new KalaError('ABORTED', 'the stream was left before it ended'));
      }
    }
  }

  /** The whole reply; reading it before iterating consumes the stream in the background. */
  get result(): Promise<ChatResult> {
    if (!this.#started) void this.collect().catch(() => undefined);
    return this.#result;
  }

  /** Reads the stream to its end and returns the whole reply. */
  async collect(): Promise<ChatResult> {
    for await (const _ of this) {
      /* drain */
    }
    return this.#result;
  }
}

export class OpenAICompatibleClient {
  readonly model: string;
  readonly baseURL: string;
  readonly #t: Transport;

  constructor(options: OpenAIClientOptions) {
    if (!isObj(options) || typeof options.model !== 'string' || options.model.length === 0)
      throw new InputError('INVALID_ARGUMENT', 'OpenAICompatibleClient needs { model: "<name>" } (for LM Studio: the model identifier it shows; for kala-train serve: see GET /v1/models)');
    this.model = options.model;
    this.baseURL = options.baseURL ?? LM_STUDIO_URL;
    this.#t = new Transport({
      baseURL: this.baseURL,
      apiKey: options.apiKey,
      timeoutMs: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 2,
      retryBaseMs: options.retryBaseMs ?? 500,
      retryMaxMs: options.retryMaxMs ?? 8_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
      headers: options.headers ?? {},
      fetch: options.fetch ?? globalThis.fetch,
    });
  }

  #body(messages: readonly OpenAIMessage[], o: ChatOptions, stream: boolean): Obj {
    if (!Array.isArray(messages) || messages.length === 0) throw new InputError('INVALID_ARGUMENT', 'messages must be a non-empty array of { role, content }');
    return {
      model: o.model ?? this.model,
      messages,
      stream,
      ...(o.maxTokens !== undefined ? { max_tokens: o.maxTokens } : {}),
      ...(o.temperature !== undefined ? { temperature: o.temperature } : {}),
      ...(o.topP !== undefined ? { top_p: o.topP } : {}),
      ...(o.seed !== undefined ? { seed: o.seed } : {}),
      ...(o.stop !== undefined ? { stop: o.stop } : {}),
      ...(o.tools && o.tools.length > 0 ? { tools: o.tools } : {}),
      ...(o.toolChoice !== undefined ? { tool_choice: o.toolChoice } : {}),
      ...(stream && o.includeUsage ? { stream_options: { include_usage: true } } : {}),
      ...o.extra,
    };
  }

  /** One chat completion, whole. */
  async chat(messages: readonly OpenAIMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const body = this.#body(messages, options, false);
    const json = await this.#t.json({ method: 'POST', path: '/chat/completions', body, signal: options.signal });
    return parseChatCompletion(json, this.#t.url('/chat/completions'));
  }

  /** One chat completion, streamed over SSE. The request starts when the stream is first read. */
  stream(messages: readonly OpenAIMessage[], options: ChatOptions = {}): ChatStream {
    const body = this.#body(messages, options, true);
    return new ChatStream(this.#streamChat(body, options.signal));
  }

  async *#streamChat(body: Obj, signal: AbortSignal | undefined): AsyncGenerator<ChatDelta, ChatResult> {
    const opened = await this.#t.send({ method: 'POST', path: '/chat/completions', body, signal });
    return yield* readChatStream(opened, this.baseURL);
  }

  /** A plain text completion (POST /completions), whole. */
  async complete(prompt: string, options: Omit<ChatOptions, 'tools' | 'toolChoice' | 'includeUsage'> = {}): Promise<Omit<ChatResult, 'toolCalls'>> {
    if (typeof prompt !== 'string') throw new InputError('INVALID_ARGUMENT', 'prompt must be a string');
    const o = options;
    const body = {
      model: o.model ?? this.model,
      prompt,
      ...(o.maxTokens !== undefined ? { max_tokens: o.maxTokens } : {}),
      ...(o.temperature !== undefined ? { temperature: o.temperature } : {}),
      ...(o.topP !== undefined ? { top_p: o.topP } : {}),
      ...(o.seed !== undefined ? { seed: o.seed } : {}),
      ...(o.stop !== undefined ? { stop: o.stop } : {}),
      ...o.extra,
    };
    const url = this.#t.url('/completions');
    const x = await this.#t.json({ method: 'POST', path: '/completions', body, signal: o.signal });
    if (!isObj(x)) throw malformed(url, 'the body is not a JSON object');
    const err = serverError(url, x, 200);
    if (err) throw err;
    const c = Array.isArray(x.choices) ? x.choices[0] : undefined;
    if (!isObj(c) || typeof c.text !== 'string') throw malformed(url, '`choices[0].text` is missing');
    if (!optString(c.finish_reason)) throw malformed(url, '`finish_reason` is not a string');
    return {
      id: typeof x.id === 'string' ? x.id : '',
      model: typeof x.model === 'string' ? x.model : '',
      text: c.text,
      finishReason: (c.finish_reason as string | null | undefined) ?? null,
      ...(parseUsage(x.usage) ? { usage: parseUsage(x.usage) } : {}),
      ...(isObj(x.kala) ? { kala: x.kala as unknown as KalaExtension } : {}),
    };
  }

  /** The ids of the models the server offers (GET /models). */
  async models(options: { signal?: AbortSignal } = {}): Promise<string[]> {
    const url = this.#t.url('/models');
    const x = await this.#t.json({ method: 'GET', path: '/models', signal: options.signal });
    if (!isObj(x) || !Array.isArray(x.data)) throw new NetworkError('MALFORMED_RESPONSE', `${url} did not answer with a model list ({ data: [...] })`);
    return x.data.filter(isObj).map((m) => String(m.id));
  }
}

/** State of one streamed reply, kept per opened response. */
interface StreamState {
  id: string;
  model: string;
  text: string;
  finishReason: string | null;
  tools: Map<number, ToolCallRequest>;
  usage?: OpenAIUsage;
  kala?: Partial<KalaExtension>;
}

/** Yields the deltas of an opened SSE response (or of a plain JSON reply from a server that does not stream). */
async function* readChatStream(opened: Opened, baseURL: string): AsyncGenerator<ChatDelta, ChatResult> {
  const { response, attempt, url } = opened;
  const st: StreamState = { id: '', model: '', text: '', finishReason: null, tools: new Map() };
  let complete = false;
  try {
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('text/event-stream')) {
      // a server that ignores stream: true sends the whole completion
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw malformed(url, `expected an event stream, got ${type || 'no content type'} (${JSON.stringify(text.slice(0, 80))})`);
      }
      const r = parseChatCompletion(json, url, response.status);
      Object.assign(st, { id: r.id, model: r.model, text: r.text, finishReason: r.finishReason, usage: r.usage, kala: r.kala });
      r.toolCalls.forEach((tc, i) => st.tools.set(i, tc));
      complete = true;
      yield { text: r.text, finishReason: r.finishReason, ...(r.kala ? { kala: r.kala } : {}), chunk: json as Obj };
      return r;
    }
    if (!response.body) throw malformed(url, 'the event stream has no body');
    let done = false;
    for await (const data of sseData(response.body as unknown as AsyncIterable<Uint8Array>, () => attempt.touch())) {
      if (data.trim() === '[DONE]') {
        done = true;
        break;
      }
      let chunk: unknown;
      try {
        chunk = JSON.parse(data);
      } catch {
        throw malformed(url, `a stream event is not JSON (${JSON.stringify(data.slice(0, 80))})`);
      }
      if (!isObj(chunk)) throw malformed(url, 'a stream event is not a JSON object');
      const err = serverError(url, chunk, response.status);
      if (err) throw err;
      if (!Array.isArray(chunk.choices)) throw malformed(url, 'a stream chunk has no `choices` array');
      if (typeof chunk.id === 'string') st.id = chunk.id;
      if (typeof chunk.model === 'string') st.model = chunk.model;
      if (isObj(chunk.usage)) st.usage = parseUsage(chunk.usage);
      const kala = isObj(chunk.kala) ? (chunk.kala as Partial<KalaExtension>) : undefined;
      if (kala) st.kala = { ...st.kala, ...kala };
      const c = chunk.choices.find((x) => isObj(x) && (x.index === undefined || x.index === 0));
      if (c === undefined) {
        if (chunk.choices.length > 0) continue; // another choice's chunk
        yield { text: '', finishReason: null, ...(kala ? { kala } : {}), chunk }; // e.g. the usage chunk
        continue;
      }
      if (!isObj(c)) throw malformed(url, 'a stream choice is not an object');
      const delta = isObj(c.delta) ? c.delta : {};
      if (!optString(delta.content)) throw malformed(url, '`delta.content` is neither a string nor null');
      if (!optString(c.finish_reason)) throw malformed(url, '`finish_reason` is not a string');
      const text = (delta.content as string | null | undefined) ?? '';
      st.text += text;
      if (typeof c.finish_reason === 'string') st.finishReason = c.finish_reason;
      let toolCalls: ChatDelta['toolCalls'];
      if (Array.isArray(delta.tool_calls)) {
        toolCalls = [];
        for (const [i, tc] of delta.tool_calls.entries()) {
          if (!isObj(tc)) throw malformed(url, 'a tool-call fragment is not an object');
          const index = typeof tc.index === 'number' ? tc.index : i;
          const fn = isObj(tc.function) ? tc.function : {};
          const piece = {
            index,
            ...(typeof tc.id === 'string' ? { id: tc.id } : {}),
            ...(typeof fn.name === 'string' ? { name: fn.name } : {}),
            ...(typeof fn.arguments === 'string' ? { arguments: fn.arguments } : {}),
          };
          toolCalls.push(piece);
          const acc = st.tools.get(index) ?? { id: piece.id ?? `call_${index}`, name: '', arguments: '' };
          if (piece.id) acc.id = piece.id;
          if (piece.name) acc.name += piece.name;
          if (piece.arguments) acc.arguments += piece.arguments;
          st.tools.set(index, acc);
        }
      }
      yield { text, ...(toolCalls ? { toolCalls } : {}), finishReason: st.finishReason, ...(kala ? { kala } : {}), chunk };
    }
    if (!done && st.finishReason === null) throw malformed(url, 'the stream ended before the reply was complete (no finish_reason and no [DONE])');
    complete = true;
    return {
      id: st.id,
      model: st.model,
      text: st.text,
      finishReason: st.finishReason,
      toolCalls: [...st.tools.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t),
      ...(st.usage ? { usage: st.usage } : {}),
      ...(st.kala ? { kala: st.kala as KalaExtension } : {}),
    };
  } catch (e) {
    throw attempt.error(e, baseURL);
  } finally {
    attempt.finish();
    if (!complete) attempt.controller.abort(); // left early: release the connection
  }
}

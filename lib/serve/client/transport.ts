// HTTP for the OpenAI-compatible client: one attempt = one fetch under a timer and the caller's
// AbortSignal; `send` retries 408/429/5xx, timeouts and dropped connections with exponential
// backoff and jitter (Retry-After / retry-after-ms win when the server sends them), and turns
// every failure into a KalaError the caller can act on.
import { AbortError, InputError, KalaError, NetworkError } from '../../util/errors.js';

export interface TransportOptions {
  baseURL: string;
  apiKey?: string;
  /** Per attempt: until the whole reply has arrived, or for streams, between two chunks. */
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** A Retry-After longer than this is not waited for: the request fails at once. */
  maxRetryAfterMs: number;
  headers: Record<string, string>;
  fetch: typeof fetch;
}

/** The server answered with an HTTP error status. */
export class HttpError extends NetworkError {
  readonly status: number;
  /** The reply body (parsed JSON when it was JSON). */
  readonly body: unknown;
  constructor(message: string, status: number, body: unknown) {
    super('HTTP_ERROR', message);
    this.status = status;
    this.body = body;
  }
}

const RETRY_STATUS = (s: number) => s === 408 || s === 429 || s >= 500;

/** One fetch attempt: its AbortController, timer and the mapping of its failures. */
export class Attempt {
  readonly controller = new AbortController();
  #timedOut = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onAbort = () => this.controller.abort();

  constructor(
    readonly url: string,
    readonly timeoutMs: number,
    readonly signal: AbortSignal | undefined,
  ) {
    signal?.addEventListener('abort', this.#onAbort, { once: true });
    if (signal?.aborted) this.controller.abort();
    this.touch();
  }

  /** Re-arms the timer (a chunk arrived). */
  touch(): void {
    clearTimeout(this.#timer);
    if (Number.isFinite(this.timeoutMs))
      this.#timer = setTimeout(() => {
        this.#timedOut = true;
        this.controller.abort();
      }, this.timeoutMs);
  }

  finish(): void {
    clearTimeout(this.#timer);
    this.signal?.removeEventListener('abort', this.#onAbort);
  }

  /** The KalaError for something fetch or a body read threw. */
  error(e: unknown, baseURL: string): KalaError {
    if (e instanceof KalaError) return e;
    if (this.signal?.aborted) return new AbortError(`the request to ${this.url} was aborted`);
    if (this.#timedOut)
      return new NetworkError('TIMEOUT', `${this.url} sent nothing for ${this.timeoutMs} ms; the server may be overloaded or stuck (raise timeoutMs for slow models)`, { cause: e });
    return connectionError(e, baseURL, this.url);
  }
}

function causeCodes(e: unknown): string[] {
  const codes: string[] = [];
  const visit = (x: unknown, depth: number) => {
    if (!x || typeof x !== 'object' || depth > 4) return;
    const o = x as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof o.code === 'string') codes.push(o.code);
    if (Array.isArray(o.errors)) for (const y of o.errors) visit(y, depth + 1);
    visit(o.cause, depth + 1);
  };
  visit(e, 0);
  return codes;
}

export const START_HINT =
  'start a server first: in LM Studio open the Developer tab and start the local server (http://localhost:1234/v1), ' +
  'or run `kala-train serve --model DIR --port 1234`; or pass the baseURL of the server you run';

function connectionError(e: unknown, baseURL: string, url: string): KalaError {
  const codes = causeCodes(e);
  if (codes.includes('ECONNREFUSED'))
    return new NetworkError('CONNECTION_REFUSED', `no server is running at ${baseURL} (connection refused); ${START_HINT}`, { cause: e });
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN'))
    return new NetworkError('CONNECTION_REFUSED', `the host of ${baseURL} could not be found; check the baseURL (${START_HINT})`, { cause: e });
  const why = codes[0] ?? (e as Error)?.message ?? String(e);
  return new NetworkError('CONNECTION_LOST', `the connection to ${url} failed before a complete reply (${why}); the server may have crashed or closed it`, { cause: e });
}

function retryable(e: KalaError): boolean {
  return e.code === 'TIMEOUT' || e.code === 'CONNECTION_LOST';
}

/** Milliseconds the server asked us to wait, from retry-after-ms or Retry-After (seconds or a date). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const v = headers.get('retry-after');
  if (v === null || v.trim() === '') return undefined;
  const s = Number(v);
  if (Number.isFinite(s)) return s >= 0 ? s * 1000 : undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with jitter: a random delay in [½, 1] of min(max, base·2^attempt). */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const cap = Math.min(maxMs, baseMs * 2 ** attempt);
  return cap * (0.5 + Math.random() * 0.5);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError('the request was aborted while waiting to retry'));
    const onAbort = () => {
      clearTimeout(t);
      reject(new AbortError('the request was aborted while waiting to retry'));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function parseMaybeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function httpError(url: string, res: Response, text: string, attempts: number): HttpError {
  const body = parseMaybeJson(text);
  const detail =
    (body as { error?: { message?: unknown } })?.error?.message ?? (typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : res.statusText || 'no details');
  const hint =
    res.status === 401 || res.status === 403
      ? '; check the apiKey'
      : res.status === 404
        ? '; check that baseURL ends in /v1 and that the server serves this model'
        : res.status === 429
          ? `; the server is busy (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}), try again later or raise maxRetries`
          : res.status >= 500
            ? `; the server failed (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`
            : '';
  return new HttpError(`${url} answered ${res.status}: ${String(detail)}${hint}`, res.status, body);
}

export interface SendOptions {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  signal?: AbortSignal;
}

/** A successful (2xx) response, with its attempt still armed: call `finish()` once its body is read. */
export interface Opened {
  response: Response;
  attempt: Attempt;
  url: string;
}

export class Transport {
  constructor(readonly o: TransportOptions) {
    try {
      const u = new URL(o.baseURL);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
    } catch {
      throw new InputError('INVALID_ARGUMENT', `baseURL must be an http(s) URL such as http://localhost:1234/v1, got ${JSON.stringify(o.baseURL)}`);
    }
    for (const [name, v, min] of [
      ['timeoutMs', o.timeoutMs, 1],
      ['maxRetries', o.maxRetries, 0],
      ['retryBaseMs', o.retryBaseMs, 0],
      ['retryMaxMs', o.retryMaxMs, 0],
      ['maxRetryAfterMs', o.maxRetryAfterMs, 0],
    ] as const)
      if (!(typeof v === 'number' && v >= min) || (name === 'maxRetries' && !Number.isInteger(v)))
        throw new InputError('INVALID_ARGUMENT', `${name} must be a number >= ${min}${name === 'maxRetries' ? ' (an integer)' : ''}`);
  }

  url(path: string): string {
    return this.o.baseURL.replace(/\/+$/, '') + path;
  }

  /** Sends a request, retrying what can be retried, and returns the first 2xx response. */
  async send(req: SendOptions): Promise<Opened> {
    const url = this.url(req.path);
    const headers: Record<string, string> = { accept: 'application/json, text/event-stream', ...this.o.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    if (this.o.apiKey) headers.authorization = `Bearer ${this.o.apiKey}`;
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    for (let attempt = 0; ; attempt++) {
      if (req.signal?.aborted) throw new AbortError(`the request to ${url} was aborted`);
      const a = new Attempt(url, this.o.timeoutMs, req.signal);
      let res: Response;
      try {
        res = await this.o.fetch(url, { method: req.method, headers, body, signal: a.controller.signal });
      } catch (e) {
        a.finish();
        const err = a.error(e, this.o.baseURL);
        if (retryable(err) && attempt < this.o.maxRetries) {
          await sleep(backoffMs(attempt, this.o.retryBaseMs, this.o.retryMaxMs), req.signal);
          continue;
        }
        throw err;
      }
      if (res.ok) return { response: res, attempt: a, url };
      let text = '';
      try {
        text = await res.text();
      } catch (e) {
        const err = a.error(e, this.o.baseURL);
        if (err.code === 'ABORTED') throw err;
      } finally {
        a.finish();
      }
      if (RETRY_STATUS(res.status) && attempt < this.o.maxRetries) {
        const asked = retryAfterMs(res.headers);
        if (asked !== undefined && asked > this.o.maxRetryAfterMs)
          throw new HttpError(`${url} answered ${res.status} and asked to retry after ${Math.ceil(asked / 1000)} s, longer than maxRetryAfterMs (${this.o.maxRetryAfterMs} ms); try again later`, res.status, parseMaybeJson(text));
        await sleep(asked ?? backoffMs(attempt, this.o.retryBaseMs, this.o.retryMaxMs), req.signal);
        continue;
      }
      throw httpError(url, res, text, attempt + 1);
    }
  }

  /** Sends a request and parses its JSON reply. */
  async json(req: SendOptions): Promise<unknown> {
    const { response, attempt, url } = await this.send(req);
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      throw attempt.error(e, this.o.baseURL);
    } finally {
      attempt.finish();
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new NetworkError('MALFORMED_RESPONSE', `${url} replied with something that is not JSON (${JSON.stringify(text.slice(0, 120))}); is baseURL an OpenAI-compatible API (…/v1)?`);
    }
  }
}

/**
 * An OpenAI-compatible HTTP server over a KalaModel (node:http, no framework) — what
 * `kala-train serve` runs, usable from code and tests:
 *
 *   const server = await startServer({ model, port: 0 });   // 127.0.0.1, an ephemeral port
 *   server.url                                              // http://127.0.0.1:PORT/v1
 *   await server.close();                                   // finishes in-flight work, then stops
 *
 * Routes: GET /v1/models, GET /v1/models/{id}, POST /v1/chat/completions, POST /v1/completions
 * (plain or `stream: true`), POST /v1/moderations (moderation.ts), GET /health; HEAD wherever GET
 * is allowed. The EthicsKernel (default `new EthicsKernel()`, see kernel.ts; `kernel: false` turns
 * it off) checks the last user message of a chat, or the prompt of a completion, before the
 * request is queued: a blocked prompt never reaches the model and is answered 200 with a refusal
 * (`message.refusal`, `content: null`, finish_reason "content_filter", `kala.kernel`). One generation runs at a
 * time; up to `maxQueue` more wait (429 past that). What a request costs is bounded before it is
 * paid: POST bodies must be `application/json` (415), a full queue answers 429 before the body is
 * read, bodies over `maxBodyBytes` get 413 as soon as they pass it, prompts over `maxPromptChars`
 * characters get 400 untokenized, and only requests holding a place in the queue are tokenized.
 * Headers over 16 KiB get 431, requests not received within `requestTimeoutMs` 408, and at most
 * `maxConnections` connections are open (more are closed at once). Errors are OpenAI-style JSON.
 * Every reply's fenced code blocks are checked for security weaknesses (lib/code) and the findings
 * sent in `kala.code` (DESIGN §9; `checkCode: false` turns it off). A client that disconnects cancels its generation. The server emits 'request' with a RequestLog
 * when each request ends.
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { InputError, KalaError } from '../../util/errors.js';
import { EthicsMonitor } from '../../monitor.js';
import type { EthicsKernel } from '../../guard/kernel/index.js';
import { checkBodyHeaders, readJsonBody } from './body.js';
import { chatCompletions, completions, sendJson, shuttingDownError, toApiError, type Exchange, type RequestLog, type ServableModel, type ServeContext } from './completions.js';
import { ServerKernel, sharedDefaultKernel } from './kernel.js';
import { moderations } from './moderation.js';
import { GenerationQueue } from './queue.js';
import { SessionPool } from './session-pool.js';
import { route } from './router.js';
import { ApiError } from './validation.js';

export interface ServerOptions {
  model: ServableModel;
  /** The name in /v1/models and in replies (default 'kala'). Requests may name any model; this one answers. */
  modelId?: string;
  /** Requests that may wait while one generates (default 16); past that, 429. */
  maxQueue?: number;
  /** Largest request body in bytes (default 1 MiB); past that, 413. */
  maxBodyBytes?: number;
  /**
   * Longest prompt text in characters that is tokenized (default 16 per token of the model's
   * context: 32 768 for 2048 tokens); longer ones get 400 context_length_exceeded untokenized.
   */
  maxPromptChars?: number;
  /** Open connections at most (default 64); more are closed as soon as they are accepted. */
  maxConnections?: number;
  /** How long a client may take to send a whole request, headers and body (default 60 000 ms; 408 after). */
  requestTimeoutMs?: number;
  /** max_tokens when a request sets none (default 256; always capped by the context). */
  defaultMaxTokens?: number;
  /** temperature when a request sets none (default 0.7). */
  defaultTemperature?: number;
  /** Halts generation on a law violation (default `new EthicsMonitor()`); false: never halt. */
  monitor?: EthicsMonitor | false;
  /**
   * Checks the last user message of every chat (the prompt of every completion) before it is
   * queued; a blocked prompt is refused without running the model. Default: `new EthicsKernel()`,
   * made once per process (without KALA-Guardian, and with a warning, when its model file is
   * missing); false: prompts go unchecked (/v1/moderations then uses a kernel without Guardian).
   */
  kernel?: EthicsKernel | false;
  /**
   * Checks the fenced code blocks of every reply (python, javascript/typescript, java, c/c++, php, go, c#, rust)
   * with the code-security analyzer and reports the findings in `kala.code` (DESIGN §9; for a
   * stream, in the final chunk). Default true; false: no check (`kala-train serve --no-code-check`).
   */
  checkCode?: boolean;
  /**
   * Repairs the code of replies where the check finds something and repairCode accepts a repair
   * (the finding gone, the code still parses, the same behaviour in the sandbox on benign inputs):
   * a non-streamed reply's content is the repaired one and `kala.code.repaired` holds the diff and
   * every repair tried; a streamed reply was already sent, so its final chunk carries the diff
   * (`accepted: false`). Default false (`kala-train serve --repair-code`); needs checkCode.
   */
  repairCode?: boolean;
  /** How long close() lets running generations finish before cancelling them (default 10 000 ms). */
  shutdownGraceMs?: number;
  /**
   * Bytes of KV cache kept between requests (default 512 MiB; 0: none). A chat client resends the
   * whole conversation each turn; the kept session holding the longest prefix of it runs only the
   * new tokens (usage.prompt_tokens_details.cached_tokens says how many were reused).
   */
  cacheBytes?: number;
}

const DEFAULT_CACHE_BYTES = 512 * 2 ** 20;

/** The pool of kept sessions, when the model can make them and the budget is above 0. */
function sessionPool(model: ServableModel, bytes: number): SessionPool | undefined {
  if (!(Number.isFinite(bytes) && bytes >= 0)) throw new InputError('INVALID_ARGUMENT', `cacheBytes must be a number >= 0, got ${String(bytes)}`);
  const create = model.createSession;
  if (bytes === 0 || typeof create !== 'function') return undefined;
  return new SessionPool({ createSession: (o) => create.call(model, o), config: model.config }, bytes);
}

export interface ListenOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
}

export type { RequestLog, ServableModel } from './completions.js';

/** The limits a server applies, as resolved from its options. */
export interface ServerLimits {
  maxQueue: number;
  maxBodyBytes: number;
  maxPromptChars: number;
  maxConnections: number;
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  maxHeaderBytes: number;
}

// No tokenizer packs 16 characters into the average token of real text (English runs about 4,
// code about 3), so a prompt longer than 16 characters per token of context cannot fit; refusing
// it before tokenizing bounds the tokenizer's time and memory per request (the `tokenizers`
// binding takes about 0.5 s and 100 MB per MB of text).
const PROMPT_CHARS_PER_TOKEN = 16;
// node's default; stated so that the limit is ours and documented
const MAX_HEADER_BYTES = 16 * 1024;
const HEADERS_TIMEOUT_MS = 20_000;

function positiveInt(name: string, v: number, min: number): number {
  if (!Number.isSafeInteger(v) || v < min) throw new InputError('INVALID_ARGUMENT', `${name} must be an integer >= ${min}, got ${String(v)}`);
  return v;
}

export class KalaServer extends EventEmitter {
  readonly http: http.Server;
  readonly modelId: string;
  readonly #ctx: ServeContext;
  readonly #maxBody: number;
  readonly #graceMs: number;
  readonly limits: ServerLimits;
  /** Responses in progress per connection: a parse error on a connection that is answering gets no reply of its own. */
  readonly #answering = new WeakMap<Socket, number>();
  readonly #active = new Set<{ ctl: AbortController; done: Promise<void> }>();
  #closing: Promise<void> | undefined;
  #created = Math.floor(Date.now() / 1000);

  constructor(options: ServerOptions) {
    super();
    const model = options?.model;
    if (!model || typeof model.stream !== 'function' || !model.config) throw new InputError('INVALID_ARGUMENT', 'createServer needs { model: KalaModel }');
    if (!model.tokenizer) throw new KalaError('TOKENIZER_MISSING', 'the model has no tokenizer; load it with { tokenizer: "path/to/tokenizer.json" } (kala-train serve --tokenizer FILE)');
    if (options.monitor !== undefined && options.monitor !== false && !(options.monitor instanceof EthicsMonitor))
      throw new InputError('INVALID_ARGUMENT', 'monitor must be an EthicsMonitor or false');
    const k = options.kernel;
    if (k !== undefined && k !== false && (typeof k !== 'object' || k === null || typeof (k as EthicsKernel).check !== 'function'))
      throw new InputError('INVALID_ARGUMENT', 'kernel must be an EthicsKernel or false');
    if (options.checkCode !== undefined && typeof options.checkCode !== 'boolean') throw new InputError('INVALID_ARGUMENT', 'checkCode must be a boolean');
    if (options.repairCode !== undefined && typeof options.repairCode !== 'boolean') throw new InputError('INVALID_ARGUMENT', 'repairCode must be a boolean');
    if (options.repairCode && options.checkCode === false) throw new InputError('INVALID_ARGUMENT', 'repairCode needs checkCode: the repair starts from the check\'s findings');
    const temp = options.defaultTemperature ?? 0.7;
    if (!(temp >= 0 && temp <= 2)) throw new InputError('INVALID_ARGUMENT', 'defaultTemperature must be in [0, 2]');
    this.modelId = options.modelId ?? 'kala';
    this.#maxBody = positiveInt('maxBodyBytes', options.maxBodyBytes ?? 1 << 20, 1);
    this.#graceMs = positiveInt('shutdownGraceMs', options.shutdownGraceMs ?? 10_000, 0);
    const maxPromptChars = positiveInt('maxPromptChars', options.maxPromptChars ?? PROMPT_CHARS_PER_TOKEN * model.config.maxPositions, 1);
    const maxConnections = positiveInt('maxConnections', options.maxConnections ?? 64, 1);
    const requestTimeoutMs = positiveInt('requestTimeoutMs', options.requestTimeoutMs ?? 60_000, 1);
    const headersTimeoutMs = Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs); // node requires headers <= request
    const kernel = k === false ? undefined : k === undefined ? ServerKernel.default() : new ServerKernel(k);
    let moderationKernel: ServerKernel | undefined;
    this.#ctx = {
      model,
      modelId: this.modelId,
      queue: new GenerationQueue(positiveInt('maxQueue', options.maxQueue ?? 16, 0)),
      monitor: options.monitor ?? new EthicsMonitor(),
      kernel,
      // --no-kernel: moderations still use the process's default kernel
      moderationKernel: () => (moderationKernel ??= new ServerKernel(sharedDefaultKernel())),
      sessions: sessionPool(model, options.cacheBytes ?? DEFAULT_CACHE_BYTES),
      defaultMaxTokens: positiveInt('defaultMaxTokens', options.defaultMaxTokens ?? 256, 1),
      defaultTemperature: temp,
      maxPromptChars,
      checkCode: options.checkCode ?? true,
      repairCode: options.repairCode ?? false,
      shuttingDown: () => this.#closing !== undefined,
    };
    this.limits = { maxQueue: this.#ctx.queue.maxWaiting, maxBodyBytes: this.#maxBody, maxPromptChars, maxConnections, requestTimeoutMs, headersTimeoutMs, maxHeaderBytes: MAX_HEADER_BYTES };
    this.http = http.createServer(
      {
        maxHeaderSize: MAX_HEADER_BYTES,
        requestTimeout: requestTimeoutMs,
        headersTimeout: headersTimeoutMs,
        // how often node looks for requests past their timeouts (its default, 30 s, would let a short timeout run long)
        connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
      },
      (req, res) => this.#handle(req, res),
    );
    // node closes connections past this as soon as it accepts them (kernel-cheap under a flood)
    this.http.maxConnections = maxConnections;
    // Expect: 100-continue: decide on the headers before the client sends the body
    this.http.on('checkContinue', (req, res) => this.#handle(req, res, true));
    this.http.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => this.#clientError(err, socket));
  }

  /** A request node could not parse or that took too long: answered like node would, unless a reply is being written on that connection. */
  #clientError(err: NodeJS.ErrnoException, socket: Socket): void {
    if (!socket.writable || socket.destroyed || (this.#answering.get(socket) ?? 0) > 0 || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, reason] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
    const message =
      status === 431
        ? `the request headers are over ${MAX_HEADER_BYTES} bytes`
        : status === 408
          ? `the request was not received within ${this.limits.requestTimeoutMs} ms (headers within ${this.limits.headersTimeoutMs} ms)`
          : `the request is not valid HTTP (${err.code ?? err.message})`;
    const body = JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code: status === 431 ? 'headers_too_large' : status === 408 ? 'request_timeout' : 'bad_request' } });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, () => socket.destroy());
  }

  /** The EthicsKernel that checks prompts (undefined when the server runs without one). */
  get kernel(): EthicsKernel | undefined {
    return this.#ctx.kernel?.kernel;
  }

  /** The judges of the kernel that checks prompts ([] without one): 'rules', and 'guardian' / 'scorer' when on. */
  get kernelJudges(): string[] {
    return this.#ctx.kernel?.judges() ?? [];
  }

  /** Requests generating now, and waiting. */
  get load(): { running: number; waiting: number } {
    return { running: this.#ctx.queue.running, waiting: this.#ctx.queue.waiting };
  }

  /** Starts listening; resolves with the base URL of the API (…/v1). */
  listen(options: ListenOptions = {}): Promise<string> {
    const port = options.port ?? 8080;
    const host = options.host ?? '127.0.0.1';
    if (!Number.isInteger(port) || port < 0 || port > 65535) return Promise.reject(new InputError('INVALID_ARGUMENT', `port must be an integer in [0, 65535], got ${String(port)}`));
    return new Promise((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException) => {
        this.http.off('listening', onListening);
        if (e.code === 'EADDRINUSE') reject(new KalaError('IO_ERROR', `port ${port} on ${host} is already in use; stop what runs there or pick another port (--port)`, { cause: e }));
        else if (e.code === 'EACCES') reject(new KalaError('IO_ERROR', `no permission to listen on ${host}:${port}; use a port above 1023`, { cause: e }));
        else reject(new KalaError('IO_ERROR', `cannot listen on ${host}:${port} (${e.message})`, { cause: e }));
      };
      const onListening = () => {
        this.http.off('error', onError);
        resolve(this.url);
      };
      this.http.once('error', onError);
      this.http.once('listening', onListening);
      this.http.listen(port, host);
    });
  }

  /** http://HOST:PORT/v1 once listening. */
  get url(): string {
    const a = this.http.address() as AddressInfo | null;
    if (!a || typeof a !== 'object') throw new KalaError('INVALID_ARGUMENT', 'the server is not listening; call listen() first');
    const host = a.family === 'IPv6' || a.family === (6 as unknown as string) ? `[${a.address}]` : a.address;
    return `http://${host}:${a.port}/v1`;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  #handle(req: http.IncomingMessage, res: http.ServerResponse, expectsContinue = false): void {
    const t0 = performance.now();
    const socket = req.socket;
    this.#answering.set(socket, (this.#answering.get(socket) ?? 0) + 1);
    const id = `req_${randomBytes(8).toString('hex')}`;
    const log: RequestLog = { id, method: req.method ?? '', path: req.url ?? '', status: 0, ms: 0 };
    const ctl = new AbortController();
    const ex: Exchange = { res, signal: ctl.signal, log };
    res.setHeader('x-request-id', id);
    const closed = new Promise<void>((resolve) =>
      res.on('close', () => {
        this.#answering.set(socket, (this.#answering.get(socket) ?? 1) - 1);
        if (!res.writableFinished) ctl.abort(); // the client left before the reply was complete
        resolve();
      }),
    );
    const entry = { ctl, done: Promise.resolve() };
    entry.done = this.#serve(req, ex, expectsContinue)
      .catch((e) => {
        const api = toApiError(e);
        log.error = api.message;
        const headers: Record<string, string> = { ...api.headers };
        if (api.status === 429) headers['retry-after'] = '1';
        // a body left unread is never read: closing after the reply is what stops it
        if (!req.complete || api.status === 503) headers.connection = 'close';
        sendJson(res, api.status, api.body(), headers);
      })
      .finally(() => this.#active.delete(entry));
    // one log line once the handler is done and the response is closed (finished or abandoned)
    void Promise.all([entry.done, closed]).then(() => {
      log.status = res.writableFinished ? res.statusCode : 499; // 499: the client closed the request first
      log.ms = Math.round(performance.now() - t0);
      this.emit('request', log);
    }).catch(() => undefined); // a failing listener must not take the server down
    this.#active.add(entry);
  }

  async #serve(req: http.IncomingMessage, ex: Exchange, expectsContinue: boolean): Promise<void> {
    if (this.#closing) throw shuttingDownError();
    const r = route(req.method, req.url);
    const ctx = this.#ctx;
    switch (r.name) {
      case 'health':
        req.resume();
        return sendJson(ex.res, 200, { status: 'ok', model: this.modelId, ...this.load });
      case 'models':
        req.resume();
        return sendJson(ex.res, 200, { object: 'list', data: [this.#modelObject()] });
      case 'model':
        req.resume();
        if (r.param !== this.modelId) throw new ApiError(404, 'invalid_request_error', 'model_not_found', `the model ${r.param} does not exist here; this server serves ${this.modelId}`, 'model');
        return sendJson(ex.res, 200, this.#modelObject());
      case 'chat':
        return chatCompletions(ctx, ex, await this.#body(req, ex, expectsContinue));
      case 'completions':
        return completions(ctx, ex, await this.#body(req, ex, expectsContinue));
      case 'moderations':
        // judged by the kernel alone: no place in the model's queue is needed
        return moderations(ctx, ex, await this.#body(req, ex, expectsContinue, false));
    }
  }

  /** A POST body, once what can be decided without it allows: the media type, the declared size, room in the queue (for requests that need the model). */
  #body(req: http.IncomingMessage, ex: Exchange, expectsContinue: boolean, needsModel = true): Promise<unknown> {
    checkBodyHeaders(req, this.#maxBody);
    if (needsModel) this.#ctx.queue.checkRoom();
    if (expectsContinue) ex.res.writeContinue();
    return readJsonBody(req, this.#maxBody);
  }

  #modelObject() {
    return { id: this.modelId, object: 'model', created: this.#created, owned_by: 'kala', context_length: this.#ctx.model.config.maxPositions };
  }

  /**
   * Stops accepting connections, answers queued requests 503, lets running generations finish
   * for up to `graceMs` (default: the server's shutdownGraceMs) and then cancels them, closes
   * every connection and resolves. Calling it again returns the same promise.
   */
  close(options: { graceMs?: number } = {}): Promise<void> {
    if (this.#closing) return this.#closing;
    const graceMs = options.graceMs ?? this.#graceMs;
    this.#closing = (async () => {
      const stopped = new Promise<void>((resolve) => {
        if (!this.http.listening) return resolve();
        this.http.close(() => resolve());
      });
      this.#ctx.queue.close(shuttingDownError());
      this.http.closeIdleConnections();
      const all = () => Promise.allSettled([...this.#active].map((a) => a.done));
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([all(), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
      clearTimeout(timer);
      for (const a of this.#active) a.ctl.abort();
      await all();
      this.#ctx.sessions?.clear();
      this.http.closeAllConnections();
      await stopped;
      this.emit('close');
    })();
    return this.#closing;
  }
}

/** A server over `options.model`, not yet listening. */
export function createServer(options: ServerOptions): KalaServer {
  return new KalaServer(options);
}

/** A server over `options.model`, listening on host:port (default 127.0.0.1:8080). */
export async function startServer(options: ServerOptions & ListenOptions): Promise<KalaServer> {
  const server = createServer(options);
  await server.listen({ ...(options.port !== undefined ? { port: options.port } : {}), ...(options.host !== undefined ? { host: options.host } : {}) });
  return server;
}

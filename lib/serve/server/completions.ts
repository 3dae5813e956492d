// POST /v1/chat/completions and /v1/completions: a validated request becomes a prompt (the chat
// template for chat), is checked by the EthicsKernel (kernel.ts: the last user message, or the
// prompt), takes a place in the queue, is tokenized, waits for its turn on the model, and is
// answered whole or streamed as SSE chunks. A prompt the kernel blocks never reaches the queue or
// the model: it is answered at once with a refusal (`message.refusal`, `content: null`,
// finish_reason "content_filter"). A violation the model's monitor finds halts the reply with
// finish_reason "content_filter", `message.refusal` set to its explanation and `content: null`
// (DESIGN §9; a stream has already sent the tokens before the halt). Every reply carries
// `kala: { lawScores, stopReason, violation, kernel?, refusal?, code? }` (DESIGN §9); `code` holds the
// code-security findings of the reply's fenced code blocks (lib/code; for a stream, in the final
// chunk), unless the server runs with checkCode false (--no-code-check).
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { renderChat, type ChatMessage } from '../../chat.js';
import { KalaError } from '../../util/errors.js';
import type { GenerateOptions, GenerationResult, GenerationStream, StopReason } from '../../generation.js';
import type { KalaModel } from '../../model.js';
import type { EthicsMonitor } from '../../monitor.js';
import type { KernelResult } from '../../guard/kernel/types.js';
import type { ChatCompletion, ChatCompletionChunk, FinishReason, KalaCodeReport, KalaExtension, KalaKernelVerdict, OpenAIToolCall, OpenAIUsage, TextCompletion } from '../openai-types.js';
import { repairReplyCode, replyCodeReport } from '../../code/blocks.js';
import { judgedChatText, kernelRefusal, type ServerKernel } from './kernel.js';
import { TOOL_CALL_CLOSE, TOOL_CALL_OPEN, parseToolCalls, partialTagLength, toolInstructions, type ToolDescription } from '../tool-protocol.js';
import type { GenerationQueue, Ticket } from './queue.js';
import type { SessionPool } from './session-pool.js';
import { SSEWriter } from './sse.js';
import { ApiError, badRequest, validateChat, validateCompletion, type ChatRequest, type SamplingParams } from './validation.js';

/** What the server needs of a model (a KalaModel, or a wrapper around one). */
export type ServableModel = Pick<KalaModel, 'stream' | 'tokenizer' | 'config'> & Partial<Pick<KalaModel, 'createSession'>>;

/** Shared by every request. */
export interface ServeContext {
  model: ServableModel;
  modelId: string;
  queue: GenerationQueue;
  monitor: EthicsMonitor | false;
  /** Checks every prompt before it is queued; undefined: prompts go unchecked (--no-kernel). */
  kernel: ServerKernel | undefined;
  /** The kernel of /v1/moderations when `kernel` is undefined. */
  moderationKernel: () => ServerKernel;
  /** KV-cache sessions kept between requests (undefined: every request starts from scratch). */
  sessions: SessionPool | undefined;
  defaultMaxTokens: number;
  defaultTemperature: number;
  /** Longest prompt text, in characters, that is tokenized; longer ones get 400 untokenized. */
  maxPromptChars: number;
  /** Checks the fenced code blocks of every reply for security weaknesses (`kala.code`). */
  checkCode: boolean;
  /** Repairs what the check finds where repairCode accepts it (`kala.code.repaired`). */
  repairCode: boolean;
  shuttingDown: () => boolean;
}

/** One line per request, emitted as the server's 'request' event. */
export interface RequestLog {
  id: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  stream?: boolean;
  stopReason?: StopReason;
  promptTokens?: number;
  /** Prompt tokens that came from a kept KV cache (not run again). */
  cachedTokens?: number;
  completionTokens?: number;
  /** Set when the EthicsKernel blocked the prompt: the deciding violation. */
  blocked?: { law: number; rule: string };
  /** POST /v1/moderations: inputs judged and how many were flagged. */
  moderation?: { inputs: number; flagged: number };
  /** The error message of a failed request. */
  error?: string;
}

/** One request in flight. */
export interface Exchange {
  res: ServerResponse;
  /** Fires when the client leaves, or when shutdown gives up waiting. */
  signal: AbortSignal;
  log: RequestLog;
}

/** The server's answer to a shutdown while a request waits or runs. */
export const shuttingDownError = () =>
  new ApiError(503, 'server_error', 'server_shutting_down', 'the server is shutting down and cancelled this request; retry later or against another instance', null, 'ABORTED');

/** Any failure → the ApiError to answer with. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof KalaError) {
    switch (e.code) {
      case 'QUEUE_FULL':
        return new ApiError(429, 'rate_limit_error', 'queue_full', e.message, null, 'QUEUE_FULL');
      case 'ABORTED':
        return new ApiError(499, 'invalid_request_error', 'client_closed_request', e.message, null, 'ABORTED');
      case 'INVALID_ARGUMENT':
      case 'TOKEN_OUT_OF_RANGE':
      case 'SEQUENCE_TOO_LONG':
        return badRequest(e.message);
      default:
        return new ApiError(500, 'server_error', e.code.toLowerCase(), `generation failed: ${e.message}`, null, e.code);
    }
  }
  return new ApiError(500, 'server_error', 'internal', `generation failed: ${(e as Error)?.message ?? String(e)}`, null, 'INTERNAL');
}

interface Plan {
  kind: 'chat' | 'completion';
  ids: number[];
  options: GenerateOptions;
  /** Chat replies start with the space after `KALA:`; it is not part of the answer. */
  stripLeadingSpace: boolean;
  /** Strings whose beginning is held back while streaming (they may turn out to be a stop). */
  stops: string[];
  tools: ToolDescription[];
  stream: boolean;
  includeUsage: boolean;
  /** The kernel's verdict on the prompt (allowed), for `kala.kernel`. */
  kernel?: KalaKernelVerdict;
}

/** What a request asks the model to continue: a text still to be tokenized, or token ids. */
type Prompt = { text: string } | { ids: number[] };

/**
 * The checks that cost nothing, made before the request takes a place in the queue and before
 * its text is tokenized: a text longer than `maxPromptChars` characters is refused untokenized
 * (it cannot fit the context unless its tokens average more than maxPromptChars / context
 * characters), and so is a token-id prompt that leaves no room for a reply.
 */
function checkPromptSize(ctx: ServeContext, prompt: Prompt, param: 'messages' | 'prompt'): void {
  const { maxPositions } = ctx.model.config;
  if ('text' in prompt && prompt.text.length > ctx.maxPromptChars)
    throw badRequest(
      `the prompt is ${prompt.text.length} characters; this server tokenizes at most ${ctx.maxPromptChars} (kala-train serve --max-prompt-chars) for the model's context of ${maxPositions} tokens; shorten it`,
      param,
      'context_length_exceeded',
    );
  if ('ids' in prompt) tooLongForContext(prompt.ids.length, maxPositions, param);
}

function tooLongForContext(tokens: number, maxPositions: number, param: 'messages' | 'prompt'): void {
  if (tokens >= maxPositions) throw badRequest(`the prompt is ${tokens} tokens; the model's context holds ${maxPositions}, leaving no room for a reply; shorten it`, param, 'context_length_exceeded');
}

function checkVocab(ctx: ServeContext, ids: readonly number[]): void {
  const { vocabSize } = ctx.model.config;
  const bad = ids.find((id) => id >= vocabSize);
  if (bad !== undefined) throw badRequest(`token id ${bad} is outside the vocabulary [0, ${vocabSize})`, 'prompt');
}

function plan(ctx: ServeContext, ex: Exchange, req: SamplingParams, ids: number[], kind: Plan['kind'], stops: string[], tools: ToolDescription[], kernel: KalaKernelVerdict | undefined): Plan {
  const { maxPositions } = ctx.model.config;
  checkVocab(ctx, ids);
  tooLongForContext(ids.length, maxPositions, kind === 'chat' ? 'messages' : 'prompt');
  const maxNewTokens = Math.min(req.maxTokens ?? ctx.defaultMaxTokens, maxPositions - Math.max(1, ids.length));
  ex.log.promptTokens = ids.length;
  ex.log.stream = req.stream;
  return {
    kind,
    ids,
    options: {
      maxNewTokens,
      temperature: req.temperature ?? ctx.defaultTemperature,
      ...(req.topP !== undefined ? { topP: req.topP } : {}),
      ...(req.topK !== undefined ? { topK: req.topK } : {}),
      ...(req.seed !== undefined ? { seed: req.seed } : {}),
      stop: stops,
      monitor: ctx.monitor,
      signal: ex.signal,
    },
    stripLeadingSpace: kind === 'chat',
    stops,
    tools,
    stream: req.stream,
    includeUsage: req.includeUsage,
    ...(kernel ? { kernel } : {}),
  };
}

/** The chat rendered with the template (and the tool instructions, when tools are offered). */
function chatText(req: ChatRequest): string {
  let messages: ChatMessage[] = req.messages;
  if (req.tools.length > 0) {
    const instr = toolInstructions(req.tools, req.requireTool !== undefined ? { require: req.requireTool } : {});
    const first = messages[0]!;
    messages = first.role === 'system' ? [{ ...first, content: `${first.content}\n\n${instr}` }, ...messages.slice(1)] : [{ role: 'system', content: instr }, ...messages];
  }
  return renderChat(messages, { addGenerationPrompt: true });
}

/**
 * Admits a validated request and answers it: the size checks, the kernel's check of `judged` (or
 * of the prompt; a token-id prompt is decoded for it), a place in the queue (429 when there is
 * none), and only then tokenization. The kernel runs on the event loop, on a text bounded by
 * maxPromptChars (and by the kernel's own maxChars); a blocked prompt is refused there, without a
 * place in the queue. The `tokenizers` binding encodes on the libuv thread pool, so the event
 * loop stays free; the work per prompt is bounded by maxPromptChars and the number of prompts
 * tokenized at once by the queue's size.
 */
async function answer(ctx: ServeContext, ex: Exchange, req: SamplingParams, prompt: Prompt, kind: Plan['kind'], stops: string[], tools: ToolDescription[], judged?: string): Promise<void> {
  checkPromptSize(ctx, prompt, kind === 'chat' ? 'messages' : 'prompt');
  let kernel: KalaKernelVerdict | undefined;
  if (ctx.kernel) {
    if ('ids' in prompt) checkVocab(ctx, prompt.ids);
    const text = judged ?? ('text' in prompt ? prompt.text : await ctx.model.tokenizer!.decode(prompt.ids));
    const r = ctx.kernel.check(text);
    kernel = ctx.kernel.verdict(r);
    if (!r.allowed) return refuse(ctx, ex, req, kind, r, kernel);
  }
  const ticket = ctx.queue.reserve();
  try {
    const ids = 'ids' in prompt ? prompt.ids : await ctx.model.tokenizer!.encode(prompt.text);
    const p = plan(ctx, ex, req, ids, kind, stops, tools, kernel);
    return await (p.stream ? answerStream(ctx, ex, p, ticket) : answerWhole(ctx, ex, p, ticket));
  } finally {
    ticket.cancel(); // no-op once the request took its turn
  }
}

/** The lowest score of each law over the reply, the stop reason and the violation; the kernel's verdict, the refusal and the code check when given. */
export function kalaOf(r: GenerationResult, kernel?: KalaKernelVerdict, code?: KalaCodeReport): KalaExtension {
  const lawScores = [0, 1, 2, 3, 4].map((k) => r.lawScores.reduce((m, s) => Math.min(m, s[k] ?? 1), 1));
  const refusal = refusalOf(r);
  return { lawScores, stopReason: r.stopReason, violation: r.violation ?? null, ...(kernel ? { kernel } : {}), ...(refusal !== null ? { refusal } : {}), ...(code ? { code } : {}) };
}

/**
 * `kala.code` for the text a client receives (DESIGN §9): the findings of its fenced code blocks,
 * undefined when code checking is off, the reply was refused or has no block we analyse. With
 * repair on (and `repair` allowed: the content is not yet sent), `content` comes back repaired
 * where a repair was accepted and `code.repaired` says what changed; a streamed reply gets the
 * report of the repairs it could have had (`repaired.accepted` false: nothing was applied). The
 * analyzer never fails a reply: any error leaves `code` out and the content as it was.
 */
async function codeOf(ctx: ServeContext, content: string | null, o: { sent?: boolean } = {}): Promise<{ content: string | null; code?: KalaCodeReport }> {
  if (!ctx.checkCode || !content) return { content };
  try {
    if (ctx.repairCode) {
      const r = await repairReplyCode(content);
      if (!r) return { content };
      if (!o.sent || !r.report.repaired) return { content: o.sent ? content : r.text, code: r.report };
      return { content, code: { ...r.report, repaired: { ...r.report.repaired, accepted: false } } };
    }
    return { content, code: await replyCodeReport(content) };
  } catch {
    return { content };
  }
}

/** A monitor halt's refusal: the violation's explanation (null when the reply was not halted). */
function refusalOf(r: GenerationResult): string | null {
  if (r.stopReason !== 'ethics') return null;
  return r.violation?.explanation ?? 'The reply was stopped because it would violate one of the five laws.';
}

/**
 * The answer to a prompt the kernel blocked, sent at once (the prompt is neither queued nor
 * tokenized, so usage is all zeros): a chat completion with `content: null`, `refusal` and
 * finish_reason "content_filter", or a text completion with `text: ""`; streamed, a delta with the
 * refusal, the finish chunk (with `kala`), the usage chunk when asked for, and [DONE].
 */
function refuse(ctx: ServeContext, ex: Exchange, req: SamplingParams, kind: Plan['kind'], r: KernelResult, kernel: KalaKernelVerdict): void {
  const refusal = kernelRefusal(r);
  const top = r.violations[0];
  Object.assign(ex.log, { stream: req.stream, stopReason: 'ethics', promptTokens: 0, completionTokens: 0, ...(top ? { blocked: { law: top.law, rule: top.rule } } : {}) });
  const kala: KalaExtension = { lawScores: [1, 1, 1, 1, 1], stopReason: 'ethics', violation: null, kernel, refusal };
  const usage: OpenAIUsage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  const id = newId(kind === 'chat' ? 'chatcmpl' : 'cmpl');
  const created = Math.floor(Date.now() / 1000);
  const head = { id, created, model: ctx.modelId };
  if (!req.stream) {
    if (kind === 'completion') {
      const body: TextCompletion = { ...head, object: 'text_completion', choices: [{ index: 0, text: '', logprobs: null, finish_reason: 'content_filter' }], usage, kala };
      return sendJson(ex.res, 200, body);
    }
    const body: ChatCompletion = {
      ...head,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: null, refusal }, logprobs: null, finish_reason: 'content_filter' }],
      usage,
      kala,
    };
    return sendJson(ex.res, 200, body);
  }
  const sse = new SSEWriter(ex.res);
  sse.open({ 'x-request-id': ex.log.id });
  if (kind === 'chat') {
    const chunk = (delta: ChatCompletionChunk['choices'][0]['delta'], finish: FinishReason | null, extra: Partial<ChatCompletionChunk> = {}): ChatCompletionChunk => ({
      ...head,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...extra,
    });
    sse.send(chunk({ role: 'assistant', content: null, refusal }, null));
    sse.send(chunk({}, 'content_filter', { kala }));
    if (req.includeUsage) sse.send({ ...head, object: 'chat.completion.chunk', choices: [], usage });
  } else {
    sse.send({ ...head, object: 'text_completion', choices: [{ index: 0, text: '', logprobs: null, finish_reason: 'content_filter' }], kala });
    if (req.includeUsage) sse.send({ ...head, object: 'text_completion', choices: [], usage });
  }
  sse.done();
}

function finishReason(r: GenerationResult, toolCalls: boolean): FinishReason {
  if (r.stopReason === 'ethics') return 'content_filter';
  if (toolCalls) return 'tool_calls';
  return r.stopReason === 'length' ? 'length' : 'stop';
}

const newId = (prefix: string) => `${prefix}-${randomBytes(12).toString('hex')}`;

function stripped(p: Plan, text: string): string {
  return p.stripLeadingSpace && text.startsWith(' ') ? text.slice(1) : text;
}

/** The reply's content and, when tools were offered and the model called them well, its tool calls. */
function splitReply(p: Plan, text: string): { content: string; toolCalls: OpenAIToolCall[] } {
  const s = stripped(p, text);
  if (p.tools.length === 0) return { content: s, toolCalls: [] };
  const parsed = parseToolCalls(s);
  const ok = parsed.calls.length > 0 && parsed.calls.every((c) => !c.error && p.tools.some((t) => t.name === c.name));
  if (!ok) return { content: s, toolCalls: [] };
  return {
    content: parsed.text,
    toolCalls: parsed.calls.map((c) => ({ id: newId('call'), type: 'function', function: { name: c.name, arguments: JSON.stringify(c.arguments ?? {}) } })),
  };
}

/** Streaming: which part of the text so far is safe to send (nothing that may still become a stop or a tool call). */
class ReplyText {
  #raw = '';
  sent = '';
  constructor(readonly p: Plan) {}

  push(delta: string): string {
    this.#raw += delta;
    let s = stripped(this.p, this.#raw);
    if (this.p.tools.length > 0) {
      const at = s.indexOf(TOOL_CALL_OPEN);
      s = at >= 0 ? s.slice(0, at) : s.slice(0, s.length - partialTagLength(s));
    }
    let hold = 0;
    for (const stop of this.p.stops) hold = Math.max(hold, partialTagLength(s, stop));
    return this.#advance(s.slice(0, s.length - hold));
  }

  /** The rest of the final content (the result's text is authoritative). */
  finish(content: string): string {
    return this.#advance(content);
  }

  #advance(visible: string): string {
    if (visible.length <= this.sent.length || !visible.startsWith(this.sent)) return '';
    const d = visible.slice(this.sent.length);
    this.sent = visible;
    return d;
  }
}

function usageOf(p: Plan, r: GenerationResult, cached?: number): OpenAIUsage {
  return {
    prompt_tokens: p.ids.length,
    completion_tokens: r.tokens.length,
    total_tokens: p.ids.length + r.tokens.length,
    ...(cached !== undefined ? { prompt_tokens_details: { cached_tokens: cached } } : {}),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** Returns false when the generation ended because the client left (nothing more to send). */
function settled(ctx: ServeContext, ex: Exchange, r: GenerationResult): boolean {
  ex.log.stopReason = r.stopReason;
  ex.log.completionTokens = r.tokens.length;
  if (r.stopReason !== 'abort') return true;
  if (ctx.shuttingDown()) throw shuttingDownError();
  return false;
}

/**
 * The model's stream for a plan: through a kept KV-cache session when the pool has one (only the
 * tokens past the longest cached prefix run), else from scratch. `done` returns the session.
 */
async function planStream(ctx: ServeContext, ex: Exchange, p: Plan): Promise<{ stream: GenerationStream; done: () => void }> {
  const pool = ctx.sessions;
  const need = p.ids.length + (p.options.maxNewTokens ?? 0);
  const s = pool ? await pool.take(p.ids, need) : undefined;
  if (!pool || !s) return { stream: ctx.model.stream(p.ids, p.options), done: () => undefined };
  try {
    const r = await s.evaluate(p.ids, { signal: ex.signal });
    ex.log.cachedTokens = r.reused;
    return { stream: s.stream(p.options), done: () => pool.give(s) };
  } catch (e) {
    pool.give(s);
    throw e;
  }
}

/** A generation that was cancelled before its first token throws ABORTED; it ended as 'abort'. */
async function generate(ex: Exchange, run: () => Promise<GenerationResult>): Promise<GenerationResult> {
  try {
    return await run();
  } catch (e) {
    if (ex.signal.aborted && e instanceof KalaError && e.code === 'ABORTED') return { text: '', tokens: [], lawScores: [], stopReason: 'abort' };
    throw e;
  }
}

async function answerWhole(ctx: ServeContext, ex: Exchange, p: Plan, ticket: Ticket): Promise<void> {
  const release = await ticket.acquire(ex.signal);
  let r: GenerationResult;
  try {
    r = await generate(ex, async () => {
      const { stream, done } = await planStream(ctx, ex, p);
      try {
        return await stream.collect();
      } finally {
        done();
      }
    });
  } finally {
    release();
  }
  if (!settled(ctx, ex, r)) return;
  const created = Math.floor(Date.now() / 1000);
  if (p.kind === 'completion') {
    const checked = await codeOf(ctx, refusalOf(r) === null ? r.text : null);
    const body: TextCompletion = {
      id: newId('cmpl'),
      object: 'text_completion',
      created,
      model: ctx.modelId,
      choices: [{ index: 0, text: checked.content ?? r.text, logprobs: null, finish_reason: finishReason(r, false) }],
      usage: usageOf(p, r, ex.log.cachedTokens),
      kala: kalaOf(r, p.kernel, checked.code),
    };
    return sendJson(ex.res, 200, body);
  }
  const { content, toolCalls } = splitReply(p, r.text);
  const refusal = refusalOf(r);
  // a refusal (the monitor halted the reply) has content null (DESIGN §9); what was generated
  // before the halt is only seen by streaming clients, who received it token by token
  const generated = refusal !== null ? null : toolCalls.length > 0 && content.trim() === '' ? null : toolCalls.length > 0 ? content.trimEnd() : content;
  const { content: text, code } = await codeOf(ctx, generated);
  const body: ChatCompletion = {
    id: newId('chatcmpl'),
    object: 'chat.completion',
    created,
    model: ctx.modelId,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}), refusal },
        logprobs: null,
        finish_reason: finishReason(r, toolCalls.length > 0),
      },
    ],
    usage: usageOf(p, r, ex.log.cachedTokens),
    kala: kalaOf(r, p.kernel, code),
  };
  sendJson(ex.res, 200, body);
}

async function answerStream(ctx: ServeContext, ex: Exchange, p: Plan, ticket: Ticket): Promise<void> {
  const turn = ticket.acquire(ex.signal); // shutdown or a cancel throws here, before any header: a plain JSON error
  turn.catch(() => undefined);
  const sse = new SSEWriter(ex.res);
  sse.open({ 'x-request-id': ex.log.id });
  const id = newId(p.kind === 'chat' ? 'chatcmpl' : 'cmpl');
  const created = Math.floor(Date.now() / 1000);
  const chat = (delta: ChatCompletionChunk['choices'][0]['delta'], finish: FinishReason | null, extra: Partial<ChatCompletionChunk> = {}): ChatCompletionChunk => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model: ctx.modelId,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...extra,
  });
  const text = (t: string, finish: FinishReason | null, extra: Record<string, unknown> = {}) => ({
    id,
    object: 'text_completion',
    created,
    model: ctx.modelId,
    choices: [{ index: 0, text: t, logprobs: null, finish_reason: finish }],
    ...extra,
  });
  const fail = (e: unknown) => {
    const api = toApiError(e);
    ex.log.error = api.message;
    sse.fail({ message: api.message, type: api.type, code: api.apiCode });
  };
  if (p.kind === 'chat') sse.send(chat({ role: 'assistant', content: '' }, null));

  let release;
  try {
    release = await turn;
  } catch (e) {
    return fail(e);
  }
  const reply = new ReplyText(p);
  let r: GenerationResult;
  try {
    r = await generate(ex, async () => {
      const { stream, done } = await planStream(ctx, ex, p);
      try {
        for await (const step of stream) {
          const d = reply.push(step.text);
          if (d === '') continue;
          sse.send(p.kind === 'chat' ? chat({ content: d }, null, { kala: { lawScores: step.lawScores } }) : text(d, null, { kala: { lawScores: step.lawScores } }));
        }
        return await stream.result;
      } finally {
        done();
      }
    });
  } catch (e) {
    return fail(e);
  } finally {
    release();
  }
  try {
    if (!settled(ctx, ex, r)) return;
  } catch (e) {
    return fail(e);
  }
  const usage = usageOf(p, r, ex.log.cachedTokens);
  if (p.kind === 'chat') {
    const { content, toolCalls } = splitReply(p, r.text);
    const rest = reply.finish(content);
    if (rest !== '') sse.send(chat({ content: rest }, null));
    if (toolCalls.length > 0) sse.send(chat({ tool_calls: toolCalls.map((tc, index) => ({ index, ...tc })) }, null));
    const refusal = refusalOf(r);
    if (refusal !== null) sse.send(chat({ refusal }, null));
    // the code check reads the content the client received (a halted reply's tokens included: they were sent)
    const { code } = await codeOf(ctx, reply.sent, { sent: true });
    sse.send(chat({}, finishReason(r, toolCalls.length > 0), { kala: kalaOf(r, p.kernel, code) }));
    if (p.includeUsage) sse.send({ id, object: 'chat.completion.chunk', created, model: ctx.modelId, choices: [], usage });
  } else {
    const rest = reply.finish(r.text);
    if (rest !== '') sse.send(text(rest, null));
    sse.send(text('', finishReason(r, false), { kala: kalaOf(r, p.kernel, (await codeOf(ctx, reply.sent, { sent: true })).code) }));
    if (p.includeUsage) sse.send({ id, object: 'text_completion', created, model: ctx.modelId, choices: [], usage });
  }
  sse.done();
}

export async function chatCompletions(ctx: ServeContext, ex: Exchange, body: unknown): Promise<void> {
  const req = validateChat(body);
  const stops = [...req.stop, '\nUser:', ...(req.tools.length > 0 ? [TOOL_CALL_CLOSE] : [])];
  return answer(ctx, ex, req, { text: chatText(req) }, 'chat', stops, req.tools, judgedChatText(req.messages));
}

export async function completions(ctx: ServeContext, ex: Exchange, body: unknown): Promise<void> {
  const req = validateCompletion(body);
  return answer(ctx, ex, req, typeof req.prompt === 'string' ? { text: req.prompt } : { ids: req.prompt }, 'completion', req.stop, []);
}

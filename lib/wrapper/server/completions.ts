// POST /v1/chat/completions and /v1/completions: a validated request becomes a prompt (the chat
// template for chat), waits for its turn on the model, and is answered whole or streamed as SSE
// chunks. A law violation ends the reply with finish_reason "content_filter"; every reply carries
// `kala: { lawScores, stopReason, violation }`.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { renderChat, type ChatMessage } from '../../chat.js';
import { KalaError } from '../../errors.js';
import type { GenerateOptions, GenerationResult, StopReason } from '../../generation.js';
import type { KalaModel } from '../../model.js';
import type { EthicsMonitor } from '../../monitor.js';
import type { ChatCompletion, ChatCompletionChunk, FinishReason, KalaExtension, OpenAIToolCall, OpenAIUsage, TextCompletion } from '../openai-types.js';
import { TOOL_CALL_CLOSE, TOOL_CALL_OPEN, parseToolCalls, partialTagLength, toolInstructions, type ToolDescription } from '../tool-protocol.js';
import type { GenerationQueue } from './queue.js';
import { SSEWriter } from './sse.js';
import { ApiError, badRequest, validateChat, validateCompletion, type ChatRequest, type CompletionRequest, type SamplingParams } from './validation.js';

/** What the server needs of a model (a KalaModel, or a wrapper around one). */
export type ServableModel = Pick<KalaModel, 'stream' | 'tokenizer' | 'config'>;

/** Shared by every request. */
export interface ServeContext {
  model: ServableModel;
  modelId: string;
  queue: GenerationQueue;
  monitor: EthicsMonitor | false;
  defaultMaxTokens: number;
  defaultTemperature: number;
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
  completionTokens?: number;
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
}

async function plan(ctx: ServeContext, ex: Exchange, req: SamplingParams, ids: number[], kind: Plan['kind'], stops: string[], tools: ToolDescription[]): Promise<Plan> {
  const { maxPositions, vocabSize } = ctx.model.config;
  const bad = ids.find((id) => id >= vocabSize);
  if (bad !== undefined) throw badRequest(`token id ${bad} is outside the vocabulary [0, ${vocabSize})`, 'prompt');
  if (ids.length >= maxPositions)
    throw badRequest(`the prompt is ${ids.length} tokens; the model's context holds ${maxPositions}, leaving no room for a reply; shorten it`, kind === 'chat' ? 'messages' : 'prompt', 'context_length_exceeded');
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
  };
}

async function planChat(ctx: ServeContext, ex: Exchange, req: ChatRequest): Promise<Plan> {
  let messages: ChatMessage[] = req.messages;
  if (req.tools.length > 0) {
    const instr = toolInstructions(req.tools, req.requireTool !== undefined ? { require: req.requireTool } : {});
    const first = messages[0]!;
    messages = first.role === 'system' ? [{ ...first, content: `${first.content}\n\n${instr}` }, ...messages.slice(1)] : [{ role: 'system', content: instr }, ...messages];
  }
  const ids = await ctx.model.tokenizer!.encode(renderChat(messages, { addGenerationPrompt: true }));
  const stops = [...req.stop, '\nUser:', ...(req.tools.length > 0 ? [TOOL_CALL_CLOSE] : [])];
  return plan(ctx, ex, req, ids, 'chat', stops, req.tools);
}

async function planCompletion(ctx: ServeContext, ex: Exchange, req: CompletionRequest): Promise<Plan> {
  const ids = typeof req.prompt === 'string' ? await ctx.model.tokenizer!.encode(req.prompt) : req.prompt;
  return plan(ctx, ex, req, ids, 'completion', req.stop, []);
}

/** The lowest score of each law over the reply, the stop reason and the violation. */
export function kalaOf(r: GenerationResult): KalaExtension {
  const lawScores = [0, 1, 2, 3, 4].map((k) => r.lawScores.reduce((m, s) => Math.min(m, s[k] ?? 1), 1));
  return { lawScores, stopReason: r.stopReason, violation: r.violation ?? null };
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

function usageOf(p: Plan, r: GenerationResult): OpenAIUsage {
  return { prompt_tokens: p.ids.length, completion_tokens: r.tokens.length, total_tokens: p.ids.length + r.tokens.length };
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

/** A generation that was cancelled before its first token throws ABORTED; it ended as 'abort'. */
async function generate(ex: Exchange, run: () => Promise<GenerationResult>): Promise<GenerationResult> {
  try {
    return await run();
  } catch (e) {
    if (ex.signal.aborted && e instanceof KalaError && e.code === 'ABORTED') return { text: '', tokens: [], lawScores: [], stopReason: 'abort' };
    throw e;
  }
}

async function answerWhole(ctx: ServeContext, ex: Exchange, p: Plan): Promise<void> {
  const release = await ctx.queue.acquire(ex.signal);
  let r: GenerationResult;
  try {
    r = await generate(ex, () => ctx.model.stream(p.ids, p.options).collect());
  } finally {
    release();
  }
  if (!settled(ctx, ex, r)) return;
  const created = Math.floor(Date.now() / 1000);
  if (p.kind === 'completion') {
    const body: TextCompletion = {
      id: newId('cmpl'),
      object: 'text_completion',
      created,
      model: ctx.modelId,
      choices: [{ index: 0, text: r.text, logprobs: null, finish_reason: finishReason(r, false) }],
      usage: usageOf(p, r),
      kala: kalaOf(r),
    };
    return sendJson(ex.res, 200, body);
  }
  const { content, toolCalls } = splitReply(p, r.text);
  const body: ChatCompletion = {
    id: newId('chatcmpl'),
    object: 'chat.completion',
    created,
    model: ctx.modelId,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: toolCalls.length > 0 && content.trim() === '' ? null : toolCalls.length > 0 ? content.trimEnd() : content, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}), refusal: null },
        logprobs: null,
        finish_reason: finishReason(r, toolCalls.length > 0),
      },
    ],
    usage: usageOf(p, r),
    kala: kalaOf(r),
  };
  sendJson(ex.res, 200, body);
}

async function answerStream(ctx: ServeContext, ex: Exchange, p: Plan): Promise<void> {
  const turn = ctx.queue.acquire(ex.signal); // QUEUE_FULL throws here, before any header: a plain 429
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
      const stream = ctx.model.stream(p.ids, p.options);
      for await (const step of stream) {
        const d = reply.push(step.text);
        if (d === '') continue;
        sse.send(p.kind === 'chat' ? chat({ content: d }, null, { kala: { lawScores: step.lawScores } }) : text(d, null, { kala: { lawScores: step.lawScores } }));
      }
      return stream.result;
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
  const usage = usageOf(p, r);
  if (p.kind === 'chat') {
    const { content, toolCalls } = splitReply(p, r.text);
    const rest = reply.finish(content);
    if (rest !== '') sse.send(chat({ content: rest }, null));
    if (toolCalls.length > 0) sse.send(chat({ tool_calls: toolCalls.map((tc, index) => ({ index, ...tc })) }, null));
    sse.send(chat({}, finishReason(r, toolCalls.length > 0), { kala: kalaOf(r) }));
    if (p.includeUsage) sse.send({ id, object: 'chat.completion.chunk', created, model: ctx.modelId, choices: [], usage });
  } else {
    const rest = reply.finish(r.text);
    if (rest !== '') sse.send(text(rest, null));
    sse.send(text('', finishReason(r, false), { kala: kalaOf(r) }));
    if (p.includeUsage) sse.send({ id, object: 'text_completion', created, model: ctx.modelId, choices: [], usage });
  }
  sse.done();
}

export async function chatCompletions(ctx: ServeContext, ex: Exchange, body: unknown): Promise<void> {
  const p = await planChat(ctx, ex, validateChat(body));
  return p.stream ? answerStream(ctx, ex, p) : answerWhole(ctx, ex, p);
}

export async function completions(ctx: ServeContext, ex: Exchange, body: unknown): Promise<void> {
  const p = await planCompletion(ctx, ex, validateCompletion(body));
  return p.stream ? answerStream(ctx, ex, p) : answerWhole(ctx, ex, p);
}

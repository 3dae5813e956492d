// POST /v1/chat/completions and /v1/completions: a validated request becomes a prompt (the chat
// template for chat), takes a place in the queue, is tokenized, waits for its turn on the model, and is answered whole or streamed as SSE
// chunks. A law violation ends the reply with finish_reason "content_filter"; every reply carries
// `kala: { lawScores, stopReason, violation }`.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { renderChat, type ChatMessage } from '../../chat.js';
import { KalaError } from '../../util/errors.js';
import type { GenerateOptions, GenerationResult, StopReason } from '../../generation.js';
import type { KalaModel } from '../../model.js';
import type { EthicsMonitor } from '../../monitor.js';
import type { ChatCompletion, ChatCompletionChunk, FinishReason, KalaExtension, OpenAIToolCall, OpenAIUsage, TextCompletion } from '../openai-types.js';
import { TOOL_CALL_CLOSE, TOOL_CALL_OPEN, parseToolCalls, partialTagLength, toolInstructions, type ToolDescription } from '../tool-protocol.js';
import type { GenerationQueue, Ticket } from './queue.js';
import { SSEWriter } from './sse.js';
import { ApiError, badRequest, validateChat, validateCompletion, type ChatRequest, type SamplingParams } from './validation.js';

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
  /** Longest prompt text, in characters, that is tokenized; longer ones get 400 untokenized. */
  maxPromptChars: number;
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

function plan(ctx: ServeContext, ex: Exchange, req: SamplingParams, ids: number[], kind: Plan['kind'], stops: string[], tools: ToolDescription[]): Plan {
  const { maxPositions, vocabSize } = ctx.model.config;
  const bad = ids.find((id) => id >= vocabSize);
  if (bad !== undefined) throw badRequest(`token id ${bad} is outside the vocabulary [0, ${vocabSize})`, 'prompt');
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
 * Admits a validated request and answers it: the size checks, a place in the queue (429 when
 * there is none), and only then tokenization. The `tokenizers` binding encodes on the libuv
 * thread pool, so the event loop stays free; the work per prompt is bounded by maxPromptChars and
 * the number of prompts tokenized at once by the queue's size.
 */
async function answer(ctx: ServeContext, ex: Exchange, req: SamplingParams, prompt: Prompt, kind: Plan['kind'], stops: string[], tools: ToolDescription[]): Promise<void> {
  checkPromptSize(ctx, prompt, kind === 'chat' ? 'messages' : 'prompt');
  const ticket = ctx.queue.reserve();
  try {
    const ids = 'ids' in prompt ? prompt.ids : await ctx.model.tokenizer!.encode(prompt.text);
    const p = plan(ctx, ex, req, ids, kind, stops, tools);
    return await (p.stream ? answerStream(ctx, ex, p, ticket) : answerWhole(ctx, ex, p, ticket));
  } finally {
    ticket.cancel(); // no-op once the request took its turn
  }
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

async function answerWhole(ctx: ServeContext, ex: Exchange, p: Plan, ticket: Ticket): Promise<void> {
  const release = await ticket.acquire(ex.signal);
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
  const req = validateChat(body);
  const stops = [...req.stop, '\nUser:', ...(req.tools.length > 0 ? [TOOL_CALL_CLOSE] : [])];
  return answer(ctx, ex, req, { text: chatText(req) }, 'chat', stops, req.tools);
}

export async function completions(ctx: ServeContext, ex: Exchange, body: unknown): Promise<void> {
  const req = validateCompletion(body);
  return answer(ctx, ex, req, typeof req.prompt === 'string' ? { text: req.prompt } : { ids: req.prompt }, 'completion', req.stop, []);
}

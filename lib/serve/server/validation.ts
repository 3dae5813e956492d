// Request validation for `kala-train serve`: every body is checked field by field before it
// reaches the queue, and a bad one becomes a 400 with an OpenAI-style error naming the field.
import { KalaError, type KalaErrorCode } from '../../util/errors.js';
import type { ChatMessage } from '../../chat.js';
import type { OpenAIErrorBody } from '../openai-types.js';
import { formatToolCall, type ToolDescription } from '../tool-protocol.js';

/** An error with its HTTP status and OpenAI error fields. */
export class ApiError extends KalaError {
  /** Headers the reply must carry (Allow on a 405). */
  headers: Record<string, string> = {};

  constructor(
    readonly status: number,
    readonly type: string,
    readonly apiCode: string,
    message: string,
    readonly param: string | null = null,
    code: KalaErrorCode = 'INVALID_ARGUMENT',
  ) {
    super(code, message);
  }

  withHeaders(headers: Record<string, string>): this {
    this.headers = { ...this.headers, ...headers };
    return this;
  }

  body(): OpenAIErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.apiCode } };
  }
}

export function badRequest(message: string, param: string | null = null, apiCode = 'invalid_value'): ApiError {
  return new ApiError(400, 'invalid_request_error', apiCode, message, param);
}

export interface SamplingParams {
  model?: string;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  seed?: number;
  stop: string[];
  stream: boolean;
  includeUsage: boolean;
}

export interface ChatRequest extends SamplingParams {
  /** The conversation in the chat template's roles. */
  messages: ChatMessage[];
  /** Tools offered (empty when none, or tool_choice is "none"). */
  tools: ToolDescription[];
  /** true: some tool must be called; a name: that one. */
  requireTool?: string | true;
}

export interface CompletionRequest extends SamplingParams {
  prompt: string | number[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const given = (x: unknown) => x !== undefined && x !== null;

function typeName(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x;
}

function num(o: Obj, key: string, min: number, max: number, integer = false): number | undefined {
  const v = o[key];
  if (!given(v)) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isSafeInteger(v)) || v < min || v > max)
    throw badRequest(`${key} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], got ${JSON.stringify(v)}`, key);
  return v;
}

function sampling(o: Obj): SamplingParams {
  if (given(o.model) && typeof o.model !== 'string') throw badRequest(`model must be a string, got ${typeName(o.model)}`, 'model');
  const maxTokens = num(o, 'max_completion_tokens', 1, Number.MAX_SAFE_INTEGER, true) ?? num(o, 'max_tokens', 1, Number.MAX_SAFE_INTEGER, true);
  let temperature = num(o, 'temperature', 0, 2);
  let topP = num(o, 'top_p', 0, 1);
  if (topP === 0) {
    topP = undefined; // a nucleus of mass 0 is the most likely token
    temperature = 0;
  }
  const topK = num(o, 'top_k', 0, Number.MAX_SAFE_INTEGER, true);
  const seed = num(o, 'seed', 0, Number.MAX_SAFE_INTEGER, true);
  let stop: string[] = [];
  if (typeof o.stop === 'string') stop = [o.stop];
  else if (Array.isArray(o.stop)) stop = o.stop as string[];
  else if (given(o.stop)) throw badRequest('stop must be a string or an array of strings', 'stop');
  if (stop.length > 4) throw badRequest('stop takes at most 4 sequences', 'stop');
  stop.forEach((s, i) => {
    if (typeof s !== 'string' || s.length === 0) throw badRequest(`stop[${i}] must be a non-empty string`, `stop[${i}]`);
  });
  if (given(o.stream) && typeof o.stream !== 'boolean') throw badRequest('stream must be true or false', 'stream');
  if (given(o.stream_options) && !isObj(o.stream_options)) throw badRequest('stream_options must be an object', 'stream_options');
  const includeUsage = isObj(o.stream_options) && o.stream_options.include_usage === true;
  if (given(o.n) && o.n !== 1) throw badRequest('this server generates one choice per request (n must be 1)', 'n', 'unsupported_value');
  if (given(o.best_of) && o.best_of !== 1) throw badRequest('best_of is not supported (must be 1)', 'best_of', 'unsupported_value');
  if (o.logprobs === true || (typeof o.logprobs === 'number' && o.logprobs > 0)) throw badRequest('logprobs are not supported', 'logprobs', 'unsupported_value');
  return {
    ...(typeof o.model === 'string' ? { model: o.model } : {}),
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(temperature !== undefined ? { temperature } : {}),
    ...(topP !== undefined ? { topP } : {}),
    ...(topK !== undefined ? { topK } : {}),
    ...(seed !== undefined ? { seed } : {}),
    stop,
    stream: o.stream === true,
    includeUsage,
  };
}

function contentText(content: unknown, param: string, allowNull: boolean): string {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) {
    if (allowNull) return '';
    throw badRequest(`${param} is missing`, param);
  }
  if (Array.isArray(content)) {
    return content
      .map((p, i) => {
        if (isObj(p) && p.type === 'text' && typeof p.text === 'string') return p.text;
        const t = isObj(p) ? String(p.type) : typeName(p);
        throw badRequest(`${param}[${i}] is a ${t} part; this server reads text parts only ({ "type": "text", "text": ... })`, `${param}[${i}]`, 'unsupported_value');
      })
      .join('');
  }
  throw badRequest(`${param} must be a string or an array of text parts, got ${typeName(content)}`, param);
}

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
const TOOL_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function tools(o: Obj): { tools: ToolDescription[]; requireTool?: string | true } {
  if (!given(o.tools)) return { tools: [] };
  if (!Array.isArray(o.tools)) throw badRequest('tools must be an array', 'tools');
  const list = o.tools.map((t, i): ToolDescription => {
    const p = `tools[${i}]`;
    if (!isObj(t) || t.type !== 'function' || !isObj(t.function)) throw badRequest(`${p} must be { "type": "function", "function": { "name", ... } }`, p);
    const f = t.function;
    if (typeof f.name !== 'string' || !TOOL_NAME.test(f.name)) throw badRequest(`${p}.function.name must be 1-64 letters, digits, _ or -`, `${p}.function.name`);
    if (given(f.description) && typeof f.description !== 'string') throw badRequest(`${p}.function.description must be a string`, `${p}.function.description`);
    if (given(f.parameters) && !isObj(f.parameters)) throw badRequest(`${p}.function.parameters must be a JSON schema object`, `${p}.function.parameters`);
    return { name: f.name, ...(typeof f.description === 'string' ? { description: f.description } : {}), ...(isObj(f.parameters) ? { parameters: f.parameters } : {}) };
  });
  const choice = o.tool_choice;
  if (!given(choice) || choice === 'auto') return { tools: list };
  if (choice === 'none') return { tools: [] };
  if (choice === 'required') return { tools: list, requireTool: true };
  if (isObj(choice) && isObj(choice.function) && typeof choice.function.name === 'string') {
    if (!list.some((t) => t.name === (choice.function as Obj).name)) throw badRequest(`tool_choice names ${String(choice.function.name)}, which is not in tools`, 'tool_choice');
    return { tools: list, requireTool: choice.function.name };
  }
  throw badRequest('tool_choice must be "none", "auto", "required" or { "type": "function", "function": { "name" } }', 'tool_choice');
}

function messages(o: Obj): ChatMessage[] {
  if (!Array.isArray(o.messages) || o.messages.length === 0) throw badRequest('messages must be a non-empty array of { role, content }', 'messages');
  const callNames = new Map<string, string>();
  return o.messages.map((m, i): ChatMessage => {
    const p = `messages[${i}]`;
    if (!isObj(m)) throw badRequest(`${p} must be an object { role, content }`, p);
    if (typeof m.role !== 'string' || !ROLES.has(m.role))
      throw badRequest(`${p}.role must be one of system, developer, user, assistant, tool; got ${JSON.stringify(m.role)}`, `${p}.role`);
    switch (m.role) {
      case 'system':
      case 'developer':
        return { role: 'system', content: contentText(m.content, `${p}.content`, false) };
      case 'user':
        return { role: 'user', content: contentText(m.content, `${p}.content`, false) };
      case 'assistant': {
        let text = contentText(m.content, `${p}.content`, given(m.tool_calls));
        if (given(m.tool_calls)) {
          if (!Array.isArray(m.tool_calls)) throw badRequest(`${p}.tool_calls must be an array`, `${p}.tool_calls`);
          const calls = m.tool_calls.map((tc, j) => {
            const q = `${p}.tool_calls[${j}]`;
            if (!isObj(tc) || !isObj(tc.function) || typeof tc.function.name !== 'string') throw badRequest(`${q} must be { id, type: "function", function: { name, arguments } }`, q);
            if (typeof tc.id === 'string') callNames.set(tc.id, tc.function.name);
            let args: unknown = tc.function.arguments ?? {};
            if (typeof args === 'string') {
              try {
                args = JSON.parse(args || '{}');
              } catch {
                throw badRequest(`${q}.function.arguments is not valid JSON`, `${q}.function.arguments`);
              }
            }
            return formatToolCall(tc.function.name, args);
          });
          text = [text, ...calls].filter((s) => s.length > 0).join('\n');
        }
        return { role: 'assistant', content: text };
      }
      default: {
        // tool (and the legacy function role)
        const id = typeof m.tool_call_id === 'string' ? m.tool_call_id : undefined;
        const name = typeof m.name === 'string' ? m.name : id !== undefined ? callNames.get(id) : undefined;
        return { role: 'tool', content: contentText(m.content, `${p}.content`, false), ...(name ? { name } : {}) };
      }
    }
  });
}

function requireObject(body: unknown): Obj {
  if (!isObj(body)) throw badRequest(`the request body must be a JSON object, got ${typeName(body)}`);
  return body;
}

function rejectFormats(o: Obj): void {
  if (isObj(o.response_format) && o.response_format.type !== 'text')
    throw badRequest(`response_format ${JSON.stringify(o.response_format.type)} is not supported (only "text")`, 'response_format', 'unsupported_value');
}

/** A POST /v1/chat/completions body → ChatRequest, or a 400 ApiError. */
export function validateChat(body: unknown): ChatRequest {
  const o = requireObject(body);
  rejectFormats(o);
  return { ...sampling(o), messages: messages(o), ...tools(o) };
}

/** A POST /v1/completions body → CompletionRequest, or a 400 ApiError. */
export function validateCompletion(body: unknown): CompletionRequest {
  const o = requireObject(body);
  if (o.echo === true) throw badRequest('echo is not supported', 'echo', 'unsupported_value');
  if (given(o.suffix)) throw badRequest('suffix is not supported', 'suffix', 'unsupported_value');
  let p = o.prompt;
  if (Array.isArray(p) && p.length === 1 && (typeof p[0] === 'string' || Array.isArray(p[0]))) p = p[0];
  let prompt: string | number[];
  if (typeof p === 'string') prompt = p;
  else if (Array.isArray(p) && p.every((x) => Number.isSafeInteger(x) && (x as number) >= 0)) prompt = p as number[];
  else if (Array.isArray(p) && p.length > 1 && p.every((x) => typeof x === 'string'))
    throw badRequest('this server completes one prompt per request; send the prompts one by one', 'prompt', 'unsupported_value');
  else throw badRequest('prompt must be a string or an array of token ids', 'prompt');
  return { ...sampling(o), prompt };
}

// Tools of a UnifiedSession: JSON-schema-described functions. A call's arguments are parsed and
// validated against the schema before the function runs; bad arguments, unknown tools and
// thrown errors become an `{ "error": ... }` result the model reads, never an exception.
import { InputError } from '../../util/errors.js';
import type { OpenAITool } from '../openai-types.js';
import type { ToolDescription } from '../tool-protocol.js';
import { checkSchema, validateJson, type JsonSchema } from './json-schema.js';

export interface SessionTool<Args = any> {
  /** 1-64 letters, digits, _ or -. */
  name: string;
  description?: string;
  /** JSON schema of the arguments object (default: an object with no required properties). */
  parameters?: JsonSchema;
  /** Runs the tool; the result is sent to the model as JSON. */
  run(args: Args, context: { signal?: AbortSignal }): unknown;
}

/** One call the model asked for, and how it went. */
export interface ToolCallRecord {
  id: string;
  name: string;
  /** The arguments as parsed (undefined when they were not valid JSON). */
  arguments: unknown;
  ok: boolean;
  result?: unknown;
  /** Why the call failed (bad arguments, unknown tool, or the tool threw). */
  error?: string;
}

/** A call as the model made it: the arguments as JSON text (OpenAI) or already parsed (text protocol). */
export interface RequestedCall {
  id: string;
  name: string;
  argumentsText?: string;
  arguments?: unknown;
  /** The call could not be read at all. */
  parseError?: string;
}

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
/** Longest tool result sent back to the model (characters). */
export const MAX_TOOL_RESULT_CHARS = 8000;

export class ToolBox {
  readonly #tools = new Map<string, SessionTool>();

  constructor(tools: readonly SessionTool[] = []) {
    if (!Array.isArray(tools)) throw new InputError('INVALID_ARGUMENT', 'tools must be an array of { name, description, parameters, run }');
    for (const [i, t] of tools.entries()) {
      const where = `tools[${i}]`;
      if (typeof t !== 'object' || t === null) throw new InputError('INVALID_ARGUMENT', `${where} must be an object { name, description, parameters, run }`);
      if (typeof t.name !== 'string' || !NAME.test(t.name)) throw new InputError('INVALID_ARGUMENT', `${where}.name must be 1-64 letters, digits, _ or -, got ${JSON.stringify(t.name)}`);
      if (typeof t.run !== 'function') throw new InputError('INVALID_ARGUMENT', `${where} (${t.name}) needs a run(args) function`);
      if (t.description !== undefined && typeof t.description !== 'string') throw new InputError('INVALID_ARGUMENT', `${where}.description must be a string`);
      if (t.parameters !== undefined) {
        checkSchema(t.parameters, `${where}.parameters`);
        if (t.parameters.type !== undefined && t.parameters.type !== 'object') throw new InputError('INVALID_ARGUMENT', `${where}.parameters must describe an object (type "object")`);
      }
      if (this.#tools.has(t.name)) throw new InputError('INVALID_ARGUMENT', `two tools are named ${t.name}`);
      this.#tools.set(t.name, t);
    }
  }

  get size(): number {
    return this.#tools.size;
  }

  #schema(t: SessionTool): JsonSchema {
    return t.parameters ?? { type: 'object', properties: {} };
  }

  /** For the text protocol's system prompt. */
  descriptions(): ToolDescription[] {
    return [...this.#tools.values()].map((t) => ({ name: t.name, ...(t.description ? { description: t.description } : {}), parameters: this.#schema(t) }));
  }

  /** For OpenAI's `tools` field. */
  openAITools(): OpenAITool[] {
    return this.descriptions().map((d) => ({ type: 'function', function: { name: d.name, ...(d.description ? { description: d.description } : {}), parameters: d.parameters! } }));
  }

  /** Validates and runs one call. Never throws (except when `signal` aborted the run). */
  async run(call: RequestedCall, signal?: AbortSignal): Promise<ToolCallRecord> {
    const fail = (error: string, args?: unknown): ToolCallRecord => ({ id: call.id, name: call.name, arguments: args, ok: false, error });
    if (call.parseError) return fail(call.parseError);
    const tool = this.#tools.get(call.name);
    if (!tool) return fail(`there is no tool named ${JSON.stringify(call.name)}; available: ${[...this.#tools.keys()].join(', ') || 'none'}`);
    let args = call.arguments;
    if (call.argumentsText !== undefined) {
      try {
        args = call.argumentsText.trim() === '' ? {} : JSON.parse(call.argumentsText);
      } catch {
        return fail(`the arguments of ${tool.name} are not valid JSON: ${call.argumentsText.slice(0, 200)}`);
      }
    }
    if (args === undefined) args = {};
    const errors = validateJson(this.#schema(tool), args);
    if (errors.length > 0) return fail(`invalid arguments for ${tool.name}: ${errors.join('; ')}`, args);
    try {
      const result = await tool.run(args, { signal });
      return { id: call.id, name: tool.name, arguments: args, ok: true, result: result === undefined ? null : result };
    } catch (e) {
      if (signal?.aborted) throw e;
      return fail(`${tool.name} failed: ${(e as Error)?.message ?? String(e)}`, args);
    }
  }
}

/** The text the model reads back for a call: `{"result": ...}` or `{"error": "..."}`, capped in length. */
export function toolResultContent(r: ToolCallRecord): string {
  let text: string;
  try {
    text = JSON.stringify(r.ok ? { result: r.result } : { error: r.error });
  } catch {
    text = JSON.stringify({ error: `${r.name} returned a value that cannot be written as JSON` });
  }
  return text.length > MAX_TOOL_RESULT_CHARS ? `${text.slice(0, MAX_TOOL_RESULT_CHARS)}… (truncated)` : text;
}

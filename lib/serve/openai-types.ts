// The subset of the OpenAI chat/completions wire format that the client (lib/serve/client)
// speaks and the server (lib/serve/server) answers, plus KALA's `kala` extension field.
import type { StopReason } from '../generation.js';
import type { ModelViolation } from '../monitor.js';

export type OpenAIRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool';

export interface OpenAITextPart {
  type: 'text';
  text: string;
}

export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface OpenAIMessage {
  role: OpenAIRole;
  content: string | OpenAITextPart[] | null;
  name?: string;
  tool_calls?: OpenAIToolCall[];
  tool_call_id?: string;
}

/** A function the model may call, described by a JSON schema. */
export interface OpenAITool {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown> };
}

export interface OpenAIUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls';

/** What `kala-train serve` adds to every reply: the model's own law verdict. */
export interface KalaExtension {
  /** The lowest score of each law over the generated tokens (1 = satisfied; 1 when nothing was generated). */
  lawScores: number[];
  stopReason: StopReason;
  /** The law violation that halted generation (finish_reason "content_filter"), else null. */
  violation: ModelViolation | null;
}

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: number;
    message: { role: 'assistant'; content: string | null; tool_calls?: OpenAIToolCall[]; refusal?: string | null };
    logprobs: null;
    finish_reason: FinishReason | null;
  }[];
  usage?: OpenAIUsage;
  kala?: KalaExtension;
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: {
    index: number;
    delta: {
      role?: 'assistant';
      content?: string | null;
      tool_calls?: { index: number; id?: string; type?: 'function'; function?: { name?: string; arguments?: string } }[];
    };
    logprobs: null;
    finish_reason: FinishReason | null;
  }[];
  usage?: OpenAIUsage | null;
  kala?: Partial<KalaExtension>;
}

export interface TextCompletion {
  id: string;
  object: 'text_completion';
  created: number;
  model: string;
  choices: { index: number; text: string; logprobs: null; finish_reason: FinishReason | null }[];
  usage?: OpenAIUsage;
  kala?: KalaExtension;
}

/** The body of every error reply (OpenAI style). */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

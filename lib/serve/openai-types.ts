// The subset of the OpenAI chat/completions wire format that the client (lib/serve/client)
// speaks and the server (lib/serve/server) answers, plus KALA's `kala` extension field.
import type { StopReason } from '../generation.js';
import type { KernelViolation } from '../guard/kernel/types.js';
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
  /** Prompt tokens served from a kept KV cache (kala-train serve --cache-mb). */
  prompt_tokens_details?: { cached_tokens: number };
}

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls';

/** The EthicsKernel's verdict on the prompt of a request (`kala.kernel`, DESIGN §9). */
export interface KalaKernelVerdict {
  /** False when the kernel blocked the prompt: the model was not run. */
  allowed: boolean;
  /** Per law, 1 = satisfied, 0 = violated (Law 0 first). */
  lawScores: number[];
  /** The judges that read the prompt: 'rules' always, 'guardian' (KALA-Guardian) and 'scorer' when on. */
  judges: string[];
  /** The violations, highest law first (`violations[0]` decided the refusal). */
  violations: KernelViolation[];
}

/** What `kala-train serve` adds to every reply: the model's own law verdict, and the kernel's on the prompt. */
export interface KalaExtension {
  /** The lowest score of each law over the generated tokens (1 = satisfied; 1 when nothing was generated). */
  lawScores: number[];
  /** 'ethics' when the model's monitor halted the reply or the kernel refused the prompt (then nothing was generated). */
  stopReason: StopReason;
  /** The law violation that halted generation (finish_reason "content_filter"), else null. */
  violation: ModelViolation | null;
  /** The EthicsKernel's verdict on the prompt (absent when the server runs without a kernel). */
  kernel?: KalaKernelVerdict;
  /** Set on a refused reply (kernel or monitor): the explanation, as in `message.refusal` of a chat reply. */
  refusal?: string;
  /**
   * The code-security check of the reply's fenced code blocks (lib/code, DESIGN §9): present when
   * the reply has a block in a language the analyzer reads (python, javascript/typescript, java,
   * c/c++, php, go, c#, rust) and the server checks code (default; `checkCode: false`, `--no-code-check`);
   * `findings` is empty when the blocks look safe. `line` is the line in the reply (1-based).
   */
  code?: KalaCodeReport;
}

/** One weakness found in a code block of the reply (`kala.code.findings`). */
export interface KalaCodeFinding {
  /** The rule (code-rules/*.json), e.g. "py.sqli.taint". */
  ruleId: string;
  /** e.g. "CWE-89" */
  cwe: string;
  /** OWASP Top 10 2021, e.g. "A03:2021-Injection" */
  owasp: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  /** 1-based line in the reply's text (the whole content, fences included). */
  line: number;
  message: string;
}

/** `kala.code` (DESIGN §9). */
export interface KalaCodeReport {
  findings: KalaCodeFinding[];
  /**
   * With code repair on (`kala-train serve --repair-code`, UnifiedSession `repair: true`), for a
   * reply with findings: the diff from the reply as generated to the repaired one, whether a
   * repair was accepted (finding gone, code parses, same behaviour in the sandbox on benign
   * inputs), and each repair tried. A non-streamed reply's content is the repaired one; a streamed
   * reply was sent as generated, and the diff says how to repair it.
   */
  repaired?: { diff: string; accepted: boolean; repairs: { ruleId: string; cwe: string; line: number; status: 'applied' | 'rejected' | 'unverified' | 'unsupported'; reason?: string; description: string }[] };
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
      refusal?: string | null;
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

/** The categories of OpenAI's moderation API (omni-moderation), every one in every result. */
export const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number];

/** One result of POST /v1/moderations: OpenAI's fields, plus the kernel's verdict in `kala`. */
export interface ModerationResult {
  /** True when the kernel found any law violated (Laws 2 and 3 flag without an OpenAI category). */
  flagged: boolean;
  categories: Record<ModerationCategory, boolean>;
  category_scores: Record<ModerationCategory, number>;
  category_applied_input_types: Record<ModerationCategory, 'text'[]>;
  kala: {
    lawScores: number[];
    judges: string[];
    violations: KernelViolation[];
    /** The deciding violation's explanation (names the law and why), or null when nothing was flagged. */
    explanation: string | null;
  };
}

export interface ModerationResponse {
  id: string;
  model: string;
  results: ModerationResult[];
}

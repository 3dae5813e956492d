/**
 * UnifiedSession: one conversation with the constitution applied on both sides, over a native
 * KalaModel or any OpenAI-compatible server (OpenAICompatibleClient).
 *
 *   const session = new UnifiedSession({ model, system: 'You are KALA.', tools: [weather] });
 *   const r = await session.send('Will it rain in Oslo?', { onToken: (t) => process.stdout.write(t) });
 *   r.text, r.refused, r.violations, r.lawScores, r.toolCalls
 *
 * Each send:
 * 1. checks the user turn with the EthicsKernel; a blocked turn is refused with an explanation
 *    that names the law, without calling the model (and is not added to the history);
 * 2. trims the history to the token budget (whole oldest turns first; exact counts with a native
 *    model's tokenizer, an estimate of 4 characters per token for a client);
 * 3. generates. A native model's monitor halts on a law violation (stopReason 'ethics'); a
 *    `kala-train serve` reply reports it in `kala.violation`. Either way the reply is refused;
 * 4. runs tool calls (arguments validated against the tool's JSON schema first), feeds the
 *    results back and generates again, up to `maxToolRounds` times;
 * 5. checks the reply with the kernel (as an answer to the user turn). A harmful reply is
 *    replaced by a refusal; a needless refusal (over-refusal, Law 2) is kept but reported;
 * 6. checks the fenced code blocks of the reply with the code-security analyzer (lib/code):
 *    `r.code.findings` ({ruleId, cwe, owasp, severity, line, message}, as `kala.code` of
 *    kala-train serve, DESIGN §9); `checkCode: false` turns it off.
 *
 * Tool-call protocol: with a client, OpenAI's `tools` / `tool_calls`; with a native model, the
 * text protocol of lib/serve/tool-protocol.ts (`<tool_call>{"name", "arguments"}</tool_call>`).
 * `onToken` receives the reply as it is generated (tool-call text is not shown); the kernel's
 * check of the finished reply comes after, so a UI should replace the streamed text when
 * `refused` is true.
 */
import { renderChat, type ChatMessage } from '../../chat.js';
import { AbortError, InputError, KalaError, throwIfAborted } from '../../util/errors.js';
import { lawLabel, type LawIndex } from '../../util/laws.js';
import { KalaModel } from '../../model.js';
import type { ModelSession } from '../../session.js';
import { EthicsMonitor, type ModelViolation } from '../../monitor.js';
import { OpenAICompatibleClient } from '../client/client.js';
import { EthicsKernel } from '../../guard/kernel/index.js';
import type { KernelSpan, KernelViolation } from '../../guard/kernel/types.js';
import type { KalaCodeReport, OpenAIMessage } from '../openai-types.js';
import { repairReplyCode, replyCodeReport, type ReplyCodeReport } from '../../code/blocks.js';
import { runCodeTool, type RunCodeToolOptions } from './run-code.js';
import { codeHints, type CodeHint } from '../../code/hints.js';
import { TOOL_CALL_CLOSE, TOOL_CALL_OPEN, formatToolCall, parseToolCalls, partialTagLength, toolInstructions } from '../tool-protocol.js';
import { ToolBox, toolResultContent, type RequestedCall, type SessionTool, type ToolCallRecord } from './tools.js';

export interface SessionGenerationOptions {
  /** Tokens per reply at most (default 256, at most a quarter of the budget). */
  maxNewTokens?: number;
  temperature?: number;
  topP?: number;
  /** Native models only. */
  topK?: number;
  seed?: number;
}

export interface SessionOptions {
  model: KalaModel | OpenAICompatibleClient;
  /** Checks user turns and replies (default `new EthicsKernel()`); false: no rule checks. */
  kernel?: EthicsKernel | false;
  /** Native models: halts generation on a law violation (default `new EthicsMonitor()`); false: never halt. */
  monitor?: EthicsMonitor | false;
  /** The system message. */
  system?: string;
  /** Token budget of prompt + reply (default: the native model's context, or 4096 for a client). */
  maxContextTokens?: number;
  tools?: SessionTool[];
  /** Tool rounds per send before the model must answer (default 4). */
  maxToolRounds?: number;
  generation?: SessionGenerationOptions;
  /** Checks the fenced code blocks of each reply for security weaknesses (`reply.code`; default true). */
  checkCode?: boolean;
  /**
   * Vulnerability hints before code is written (default false): a user turn that asks for code
   * gets the weakness classes it is likely to touch (`codeHints`, one line of guidance each) in
   * the system message of that turn only; `reply.codeHints` lists them.
   */
  codeHints?: boolean;
  /**
   * Repairs the code of replies where the check finds something and repairCode accepts a repair
   * (the finding gone, the code still parses, the same behaviour in the sandbox on benign inputs):
   * `reply.text` is then the repaired reply (tokens passed to onToken were the reply as
   * generated) and `reply.code.repaired` holds the diff and every repair tried. Default false;
   * needs checkCode.
   */
  repair?: boolean;
  /**
   * Adds a `run_code` tool (runCodeTool) that runs Python or JavaScript the model writes in the
   * sandbox (runSandboxed); `{ limits }` sets the limits of each run. Default false.
   */
  runCode?: boolean | RunCodeToolOptions;
}

export interface SendOptions {
  signal?: AbortSignal;
  /** Receives the reply's text as it is generated. */
  onToken?: (text: string) => void;
}

export interface SessionViolation {
  /** 'user': the kernel blocked the user turn; 'reply': the kernel flagged the reply; 'model': the model's own law scores. */
  source: 'user' | 'reply' | 'model';
  law: LawIndex;
  lawName: string;
  explanation: string;
  /** The kernel rule (kernel violations). */
  rule?: string;
  /** Where in the text (kernel violations). */
  span?: KernelSpan;
  /** The law score that fell below its threshold (model violations). */
  score?: number;
}

export interface SessionReply {
  /** The reply (a refusal when `refused`). */
  text: string;
  refused: boolean;
  violations: SessionViolation[];
  /** The model's own verdict: per law, the lowest score over the reply (native models, and kala-train serve). */
  lawScores?: number[];
  /** The kernel's law scores for the user turn (when refused there) or the reply. */
  kernelScores?: number[];
  toolCalls: ToolCallRecord[];
  /** Why generation ended: a native StopReason, or the server's finish_reason. */
  stopReason?: string;
  /** Prompt tokens of the last generation (exact for native models, estimated for clients). */
  promptTokens?: number;
  /**
   * The code-security check of the reply's fenced code blocks (as `kala.code` of kala-train serve,
   * DESIGN §9; `line` is the line in `text`): absent when checkCode is off, the reply was refused
   * or has no code block in a language the analyzer reads; `findings` empty when it looks safe.
   */
  code?: KalaCodeReport;
  /** The hints given to the model before it answered this turn (codeHints on, a coding request). */
  codeHints?: CodeHint[];
}

/** A message of the session's history. */
export interface SessionMessage {
  role: 'user' | 'assistant' | 'tool';
  content: string;
  /** Assistant turns that called tools. */
  toolCalls?: { id: string; name: string; arguments: string }[];
  /** Tool results: which call, which tool. */
  toolCallId?: string;
  name?: string;
}

interface Generated {
  text: string;
  calls: RequestedCall[];
  stopReason: string;
  lawScores?: number[];
  violation?: ModelViolation;
  promptTokens: number;
}

const OVER_REFUSAL = 'response.over-refusal';

function fromKernel(v: KernelViolation, source: 'user' | 'reply'): SessionViolation {
  return { source, law: v.law, lawName: v.lawName, explanation: v.explanation, rule: v.rule, span: v.span };
}

/** A refusal that names the law and says why. */
export function refusalText(v: Pick<SessionViolation, 'law' | 'explanation'>, what: 'request' | 'reply'): string {
  const why = v.explanation.replace(/^Law \d \([^)]*\):\s*/, '');
  const head = what === 'request' ? "I can't help with that" : "I can't give that answer";
  return `${head}: it would violate ${lawLabel(v.law)}. ${why.charAt(0).toUpperCase()}${why.slice(1)}`.trim();
}

const estimate = (text: string) => Math.ceil(text.length / 4);

let sharedKernel: EthicsKernel | undefined;
/** The default rules, loaded once and shared by sessions that bring no kernel of their own. */
function defaultKernel(): EthicsKernel {
  return (sharedKernel ??= new EthicsKernel());
}

export class UnifiedSession {
  readonly model: KalaModel | OpenAICompatibleClient;
  readonly kernel: EthicsKernel | undefined;
  readonly monitor: EthicsMonitor | false;
  readonly system: string | undefined;
  readonly maxContextTokens: number;
  readonly maxToolRounds: number;
  readonly checkCode: boolean;
  readonly codeHints: boolean;
  readonly repair: boolean;
  /** This turn's hints (codeHints on, a coding request), for the system message. */
  #turnHints: CodeHint[] = [];
  readonly #tools: ToolBox;
  readonly #gen: SessionGenerationOptions & { maxNewTokens: number };
  #history: SessionMessage[] = [];
  /** A native model's KV cache, kept from turn to turn (created on the first native turn). */
  #kv: ModelSession | undefined;
  #reused = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #calls = 0;

  constructor(options: SessionOptions) {
    if (typeof options !== 'object' || options === null) throw new InputError('INVALID_ARGUMENT', 'UnifiedSession needs { model: KalaModel | OpenAICompatibleClient }');
    const { model } = options;
    if (!(model instanceof KalaModel) && !(model instanceof OpenAICompatibleClient))
      throw new InputError('INVALID_ARGUMENT', 'UnifiedSession: model must be a KalaModel or an OpenAICompatibleClient');
    if (model instanceof KalaModel && !model.tokenizer)
      throw new KalaError('TOKENIZER_MISSING', 'UnifiedSession needs a model with a tokenizer; load it with { tokenizer: "path/to/tokenizer.json" }');
    if (options.kernel !== undefined && options.kernel !== false && !(options.kernel instanceof EthicsKernel))
      throw new InputError('INVALID_ARGUMENT', 'kernel must be an EthicsKernel or false');
    if (options.monitor !== undefined && options.monitor !== false && !(options.monitor instanceof EthicsMonitor))
      throw new InputError('INVALID_ARGUMENT', 'monitor must be an EthicsMonitor or false');
    if (options.system !== undefined && typeof options.system !== 'string') throw new InputError('INVALID_ARGUMENT', 'system must be a string');
    this.model = model;
    this.monitor = options.monitor ?? new EthicsMonitor();
    this.system = options.system;
    const limit = model instanceof KalaModel ? model.config.maxPositions : Infinity;
    const budget = options.maxContextTokens ?? (model instanceof KalaModel ? limit : 4096);
    if (!Number.isSafeInteger(budget) || budget < 16) throw new InputError('INVALID_ARGUMENT', `maxContextTokens must be an integer >= 16, got ${String(budget)}`);
    if (budget > limit) throw new InputError('INVALID_ARGUMENT', `maxContextTokens ${budget} exceeds the model's context of ${limit} tokens`);
    this.maxContextTokens = budget;
    this.maxToolRounds = options.maxToolRounds ?? 4;
    if (!Number.isSafeInteger(this.maxToolRounds) || this.maxToolRounds < 0) throw new InputError('INVALID_ARGUMENT', 'maxToolRounds must be an integer >= 0');
    if (options.checkCode !== undefined && typeof options.checkCode !== 'boolean') throw new InputError('INVALID_ARGUMENT', 'checkCode must be a boolean');
    this.checkCode = options.checkCode ?? true;
    if (options.codeHints !== undefined && typeof options.codeHints !== 'boolean') throw new InputError('INVALID_ARGUMENT', 'codeHints must be a boolean');
    this.codeHints = options.codeHints ?? false;
    if (options.repair !== undefined && typeof options.repair !== 'boolean') throw new InputError('INVALID_ARGUMENT', 'repair must be a boolean');
    if (options.repair && !this.checkCode) throw new InputError('INVALID_ARGUMENT', 'repair needs checkCode: the repair starts from the check\'s findings');
    this.repair = options.repair ?? false;
    const runCode = options.runCode === true ? [runCodeTool()] : options.runCode ? [runCodeTool(options.runCode)] : [];
    this.#tools = new ToolBox([...(options.tools ?? []), ...runCode]);
    const g = options.generation ?? {};
    const maxNewTokens = g.maxNewTokens ?? Math.min(256, Math.floor(budget / 4));
    if (!Number.isSafeInteger(maxNewTokens) || maxNewTokens < 1 || maxNewTokens >= budget)
      throw new InputError('INVALID_ARGUMENT', `generation.maxNewTokens must be an integer in [1, ${budget - 1}] (below maxContextTokens)`);
    this.#gen = { ...g, maxNewTokens };
    this.kernel = options.kernel === false ? undefined : (options.kernel ?? defaultKernel());
  }

  /** The conversation so far (refused user turns are not in it). */
  get history(): readonly SessionMessage[] {
    return this.#history.map((m) => ({ ...m }));
  }

  /** Forgets the conversation. */
  /** Prompt tokens of the last native turn that came from the KV cache (not run again). */
  get reusedTokens(): number {
    return this.#reused;
  }

  /** Frees the native model's KV cache of this conversation (the history stays; the next turn rebuilds it). */
  dispose(): void {
    this.#kv?.dispose();
    this.#kv = undefined;
  }

  reset(): void {
    this.#history = [];
  }

  /** Sends a user turn and returns the reply. Sends on one session run one after another. */
  send(text: string, options: SendOptions = {}): Promise<SessionReply> {
    if (typeof text !== 'string') return Promise.reject(new InputError('INVALID_ARGUMENT', `send(text): text must be a string, got ${typeof text}`));
    if (options.onToken !== undefined && typeof options.onToken !== 'function') return Promise.reject(new InputError('INVALID_ARGUMENT', 'onToken must be a function'));
    const run = this.#queue.then(() => this.#send(text, options));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #send(text: string, { signal, onToken }: SendOptions): Promise<SessionReply> {
    throwIfAborted(signal);
    if (this.kernel) {
      const k = this.kernel.check(text);
      if (!k.allowed) {
        const violations = k.violations.map((v) => fromKernel(v, 'user'));
        return { text: refusalText(violations[0]!, 'request'), refused: true, violations, kernelScores: k.lawScores, toolCalls: [] };
      }
    }
    const turn: SessionMessage = { role: 'user', content: text };
    this.#history.push(turn);
    this.#turnHints = this.codeHints && CODING_REQUEST.test(text) ? codeHints(text, { max: 4 }) : [];
    try {
      const toolCalls: ToolCallRecord[] = [];
      let g: Generated;
      for (let round = 0; ; round++) {
        g = await this.#generate(round < this.maxToolRounds, signal, onToken);
        if (g.violation || g.calls.length === 0) break;
        // the model called tools: run them, feed the results back, generate again
        this.#history.push({
          role: 'assistant',
          content: g.text,
          toolCalls: g.calls.map((c) => ({ id: c.id, name: c.name, arguments: c.argumentsText ?? JSON.stringify(c.arguments ?? {}) })),
        });
        for (const call of g.calls) {
          const r = await this.#tools.run(call, signal);
          throwIfAborted(signal);
          toolCalls.push(r);
          this.#history.push({ role: 'tool', content: toolResultContent(r), toolCallId: call.id, name: call.name });
        }
      }
      return await this.#finish(text, g, toolCalls);
    } catch (e) {
      const at = this.#history.indexOf(turn); // (trimming may have moved it)
      if (at >= 0) this.#history.length = at; // a failed turn leaves no trace
      throw e;
    }
  }

  async #finish(userText: string, g: Generated, toolCalls: ToolCallRecord[]): Promise<SessionReply> {
    const base = { toolCalls, stopReason: g.stopReason, promptTokens: g.promptTokens, ...(g.lawScores ? { lawScores: g.lawScores } : {}) };
    if (g.violation) {
      const v: SessionViolation = { source: 'model', law: g.violation.law, lawName: g.violation.lawName, explanation: g.violation.explanation, score: g.violation.score };
      const reply = refusalText(v, 'reply');
      this.#history.push({ role: 'assistant', content: reply });
      return { ...base, text: reply, refused: true, violations: [v] };
    }
    let text = g.text;
    let refused = false;
    let violations: SessionViolation[] = [];
    let kernelScores: number[] | undefined;
    if (this.kernel) {
      const k = this.kernel.check(userText, text);
      kernelScores = k.lawScores;
      violations = k.violations.map((v) => fromKernel(v, 'reply'));
      const harmful = violations.filter((v) => v.rule !== OVER_REFUSAL);
      if (!k.allowed && harmful.length > 0) {
        refused = true;
        text = refusalText(harmful[0]!, 'reply');
      }
    }
    // the analyzer never fails a turn: on any error the reply goes without `code`
    let code: ReplyCodeReport | undefined;
    if (this.checkCode && !refused && this.repair) {
      const r = await repairReplyCode(text).catch(() => undefined);
      if (r) (text = r.text), (code = r.report);
    } else if (this.checkCode && !refused) {
      code = await replyCodeReport(text).catch(() => undefined);
    }
    this.#history.push({ role: 'assistant', content: text });
    const hints = this.#turnHints.length > 0 ? { codeHints: this.#turnHints } : {};
    return { ...base, text, refused, violations, ...(kernelScores ? { kernelScores } : {}), ...(code ? { code } : {}), ...hints };
  }

  // ---- generation ----------------------------------------------------------------------------

  async #generate(toolsAllowed: boolean, signal: AbortSignal | undefined, onToken: SendOptions['onToken']): Promise<Generated> {
    const useTools = toolsAllowed && this.#tools.size > 0;
    return this.model instanceof KalaModel ? this.#native(this.model, useTools, signal, onToken) : this.#client(this.model, useTools, signal, onToken);
  }

  #nativeMessages(history: readonly SessionMessage[], useTools: boolean): ChatMessage[] {
    const system = [this.system, useTools ? toolInstructions(this.#tools.descriptions()) : undefined, hintText(this.#turnHints)].filter((s) => s).join('\n\n');
    const out: ChatMessage[] = system ? [{ role: 'system', content: system }] : [];
    for (const m of history) {
      if (m.role === 'assistant' && m.toolCalls?.length) {
        const calls = m.toolCalls.map((c) => {
          let args: unknown;
          try {
            args = JSON.parse(c.arguments);
          } catch {
            args = c.arguments;
          }
          return formatToolCall(c.name, args);
        });
        out.push({ role: 'assistant', content: [m.content, ...calls].filter((s) => s).join('\n') });
      } else if (m.role === 'tool') out.push({ role: 'tool', content: m.content, ...(m.name ? { name: m.name } : {}) });
      else out.push({ role: m.role, content: m.content });
    }
    return out;
  }

  #clientMessages(history: readonly SessionMessage[] = this.#history): OpenAIMessage[] {
    const system = [this.system, hintText(this.#turnHints)].filter((s) => s).join('\n\n');
    const out: OpenAIMessage[] = system ? [{ role: 'system', content: system }] : [];
    for (const m of history) {
      if (m.role === 'assistant' && m.toolCalls?.length)
        out.push({ role: 'assistant', content: m.content || null, tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })) });
      else if (m.role === 'tool') out.push({ role: 'tool', content: m.content, tool_call_id: m.toolCallId ?? '' });
      else out.push({ role: m.role, content: m.content });
    }
    return out;
  }

  /**
   * Drops the oldest whole turns (a user message and everything after it up to the next one) until
   * prompt + reply fit the budget, and returns the prompt tokens. Nothing is dropped when even the
   * current turn alone does not fit.
   */
  async #fit(count: (history: readonly SessionMessage[]) => Promise<number>): Promise<number> {
    let from = 0;
    for (;;) {
      const n = await count(this.#history.slice(from));
      if (n + this.#gen.maxNewTokens <= this.maxContextTokens) {
        this.#history.splice(0, from);
        return n;
      }
      const next = this.#history.findIndex((m, i) => i > from && m.role === 'user');
      if (next < 0)
        throw new InputError(
          'SEQUENCE_TOO_LONG',
          `this turn needs ${n} prompt tokens plus ${this.#gen.maxNewTokens} for the reply, more than maxContextTokens (${this.maxContextTokens}); send a shorter message or raise maxContextTokens`,
        );
      from = next;
    }
  }

  async #native(model: KalaModel, useTools: boolean, signal: AbortSignal | undefined, onToken: SendOptions['onToken']): Promise<Generated> {
    const tk = model.tokenizer!;
    let ids: number[] = [];
    const promptTokens = await this.#fit(async (h) => (ids = await tk.encode(renderChat(this.#nativeMessages(h, useTools), { addGenerationPrompt: true }))).length);
    const g = this.#gen;
    // the conversation's KV cache: each turn runs only what is new since the last one
    if (!this.#kv || this.#kv.disposed) this.#kv = await model.createSession({ capacity: this.maxContextTokens });
    const kv = this.#kv;
    const reuse = await kv.evaluate(ids, { signal });
    this.#reused = reuse.reused;
    const stream = kv.stream({
      maxNewTokens: Math.min(g.maxNewTokens, kv.capacity - ids.length),
      ...(g.temperature !== undefined ? { temperature: g.temperature } : {}),
      ...(g.topP !== undefined ? { topP: g.topP } : {}),
      ...(g.topK !== undefined ? { topK: g.topK } : {}),
      ...(g.seed !== undefined ? { seed: g.seed } : {}),
      stop: ['\nUser:', ...(useTools ? [TOOL_CALL_CLOSE] : [])],
      monitor: this.monitor,
      signal,
    });
    // stream what is surely reply text: not the space after "KALA:", not a (possible) tool call
    let raw = '';
    let sent = 0;
    const visible = (final: boolean) => {
      let s = raw.startsWith(' ') ? raw.slice(1) : raw;
      if (useTools) {
        const at = s.indexOf(TOOL_CALL_OPEN);
        s = at >= 0 ? s.slice(0, at) : final ? s : s.slice(0, s.length - partialTagLength(s));
      }
      return s;
    };
    for await (const step of stream) {
      raw += step.text;
      const v = visible(false);
      if (onToken && v.length > sent) {
        onToken(v.slice(sent));
        sent = v.length;
      }
    }
    const r = await stream.result;
    if (r.stopReason === 'abort') throw new AbortError('the reply was aborted');
    const k = [0, 1, 2, 3, 4];
    const lawScores = k.map((i) => r.lawScores.reduce((m, s) => Math.min(m, s[i] ?? 1), 1));
    const text = r.text.startsWith(' ') ? r.text.slice(1) : r.text;
    let calls: RequestedCall[] = [];
    let content = text;
    if (useTools && !r.violation) {
      const parsed = parseToolCalls(text);
      content = parsed.text.trim();
      calls = parsed.calls.map((c) => ({
        id: `call_${++this.#calls}`,
        name: c.name,
        ...(c.error ? { parseError: c.error } : { arguments: c.arguments }),
      }));
    }
    if (onToken && calls.length === 0) {
      const v = visible(true);
      if (v.length > sent) onToken(v.slice(sent));
    }
    return { text: calls.length > 0 ? content : text, calls, stopReason: r.stopReason, lawScores, ...(r.violation ? { violation: r.violation } : {}), promptTokens };
  }

  async #client(client: OpenAICompatibleClient, useTools: boolean, signal: AbortSignal | undefined, onToken: SendOptions['onToken']): Promise<Generated> {
    const tools = useTools ? this.#tools.openAITools() : [];
    const toolTokens = tools.length > 0 ? estimate(JSON.stringify(tools)) : 0;
    const promptTokens = await this.#fit(async (h) => this.#clientMessages(h).reduce((n, m) => n + 4 + estimate(typeof m.content === 'string' ? m.content : '') + estimate(JSON.stringify(m.tool_calls ?? '')), 2 + toolTokens));
    const g = this.#gen;
    const opts = {
      maxTokens: g.maxNewTokens,
      ...(g.temperature !== undefined ? { temperature: g.temperature } : {}),
      ...(g.topP !== undefined ? { topP: g.topP } : {}),
      ...(g.seed !== undefined ? { seed: g.seed } : {}),
      ...(tools.length > 0 ? { tools } : {}),
      ...(signal ? { signal } : {}),
    };
    let r;
    if (onToken) {
      const s = client.stream(this.#clientMessages(), opts);
      for await (const d of s) if (d.text) onToken(d.text);
      r = await s.result;
    } else {
      r = await client.chat(this.#clientMessages(), opts);
    }
    const violation = r.kala?.violation ?? undefined;
    return {
      text: r.text,
      calls: useTools ? r.toolCalls.map((c) => ({ id: c.id, name: c.name, argumentsText: c.arguments })) : [],
      stopReason: r.finishReason ?? 'stop',
      ...(Array.isArray(r.kala?.lawScores) ? { lawScores: r.kala!.lawScores } : {}),
      ...(violation ? { violation } : {}),
      promptTokens,
    };
  }
}

/** A user turn that asks for code (the hints are for those only). */
const CODING_REQUEST =
  /\b(code|coding|function|script|program|snippet|endpoint|api|class|method|implement\w*|refactor\w*|query|sql|regex|python|javascript|typescript|java|php|c\+\+|cpp|golang|rust|node(\.js)?|flask|django|express|react|html|bash|shell)\b/i;

/** The system-message paragraph of a turn's hints. */
function hintText(hints: readonly CodeHint[]): string | undefined {
  if (hints.length === 0) return undefined;
  return `Security notes for this coding request (write code that avoids these weaknesses):\n${hints.map((h) => `- ${h.cwe} ${h.title}: ${h.guidance}`).join('\n')}`;
}

/**
 * The tool-call protocol of native KALA models, which have no `tool_calls` field: the tools are
 * described in the system message, and the model calls one by answering with a single line
 *
 *   <tool_call>{"name": "get_weather", "arguments": {"city": "Oslo"}}</tool_call>
 *
 * The caller runs the tool and adds its result as a tool message, rendered by the chat template
 * as `Tool (get_weather): {"result": ...}`, then lets the model continue. UnifiedSession (with a
 * KalaModel) and `kala-train serve` (for requests with `tools`) both use it.
 */

export const TOOL_CALL_OPEN = '<tool_call>';
export const TOOL_CALL_CLOSE = '</tool_call>';

export interface ToolDescription {
  name: string;
  description?: string;
  /** JSON schema of the arguments object. */
  parameters?: Record<string, unknown>;
}

/** The system-prompt paragraph that teaches the protocol and lists the tools. */
export function toolInstructions(tools: readonly ToolDescription[], options: { require?: string | true } = {}): string {
  const lines = [
    'You can call tools. To call one, answer with exactly one line',
    `${TOOL_CALL_OPEN}{"name": "<tool name>", "arguments": {<arguments as JSON>}}${TOOL_CALL_CLOSE}`,
    'and nothing else. Its result comes back as a Tool message; then answer the user. Available tools:',
  ];
  for (const t of tools) {
    const parts = [t.description, t.parameters ? `Arguments (JSON schema): ${JSON.stringify(t.parameters)}` : undefined].filter((p) => p);
    lines.push(`- ${t.name}: ${parts.join(' ')}`.trimEnd());
  }
  if (options.require === true) lines.push('You must call one of these tools now.');
  else if (typeof options.require === 'string') lines.push(`You must call the tool ${options.require} now.`);
  return lines.join('\n');
}

/** The text of one call, as the model should write it. */
export function formatToolCall(name: string, args: unknown): string {
  return `${TOOL_CALL_OPEN}${JSON.stringify({ name, arguments: args ?? {} })}${TOOL_CALL_CLOSE}`;
}

export interface ParsedToolCall {
  /** '' when the call could not be read. */
  name: string;
  /** The parsed arguments (undefined when they could not be read). */
  arguments: unknown;
  /** The JSON text between the tags. */
  raw: string;
  /** Why the call could not be read, if it could not. */
  error?: string;
}

/**
 * The calls in a model's reply, and the reply's text before the first call (untrimmed). A call
 * whose closing tag is missing (generation stopped on it) runs to the end of the text.
 */
export function parseToolCalls(text: string): { text: string; calls: ParsedToolCall[] } {
  const first = text.indexOf(TOOL_CALL_OPEN);
  if (first < 0) return { text, calls: [] };
  const calls: ParsedToolCall[] = [];
  let at = first;
  while (at >= 0) {
    const start = at + TOOL_CALL_OPEN.length;
    const close = text.indexOf(TOOL_CALL_CLOSE, start);
    const raw = text.slice(start, close < 0 ? undefined : close).trim();
    calls.push(readCall(raw));
    at = close < 0 ? -1 : text.indexOf(TOOL_CALL_OPEN, close + TOOL_CALL_CLOSE.length);
  }
  return { text: text.slice(0, first), calls };
}

function readCall(raw: string): ParsedToolCall {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { name: '', arguments: undefined, raw, error: `the call is not valid JSON: ${raw.slice(0, 200)}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { name: '', arguments: undefined, raw, error: 'the call must be a JSON object {"name", "arguments"}' };
  const o = v as Record<string, unknown>;
  if (typeof o.name !== 'string' || o.name === '') return { name: '', arguments: undefined, raw, error: 'the call has no "name"' };
  let args = o.arguments ?? o.parameters ?? {};
  if (typeof args === 'string') {
    try {
      args = JSON.parse(args);
    } catch {
      return { name: o.name, arguments: undefined, raw, error: `the arguments of ${o.name} are not valid JSON` };
    }
  }
  return { name: o.name, arguments: args, raw };
}

/** How many characters at the end of `text` could be the start of a tool-call tag (to hold back while streaming). */
export function partialTagLength(text: string, tag = TOOL_CALL_OPEN): number {
  for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) if (tag.startsWith(text.slice(-n))) return n;
  return 0;
}

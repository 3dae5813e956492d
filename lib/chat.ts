// The chat template of DESIGN §7: `User: {prompt}\nKALA: {response}<|endoftext|>`. Training
// (per-token law targets, label masks) and generation (sessions, the server) both build their
// text here, so a model sees at inference exactly the layout it was trained on.

export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /** Law vector of this turn (5 numbers, 1 = satisfied), for training data. */
  laws?: number[];
  /** For tool results: the tool's name. */
  name?: string;
}

export const END_OF_TEXT = '<|endoftext|>';

/** One piece of the rendered conversation: the text and the message it came from. */
export interface ChatSegment {
  text: string;
  role: ChatRole;
  /** Index of the message in the input (-1 for the generation prompt). */
  message: number;
}

const PREFIX: Record<ChatRole, string> = { system: 'System: ', user: 'User: ', assistant: 'KALA:', tool: 'Tool' };

/**
 * Renders messages as segments. The assistant's header `KALA:` belongs to the preceding
 * segment and its reply starts with the space (` {response}<|endoftext|>`), so the reply's tokens
 * are the same whether it is generated or trained on. With `addGenerationPrompt`, the text ends
 * in `KALA:` for the model to continue.
 */
export function chatSegments(messages: readonly ChatMessage[], options: { addGenerationPrompt?: boolean } = {}): ChatSegment[] {
  const out: ChatSegment[] = [];
  messages.forEach((m, i) => {
    const prev = i > 0 ? messages[i - 1]!.role : undefined;
    const sep = i > 0 && prev === 'assistant' ? '\n' : '';
    switch (m.role) {
      case 'assistant': {
        // the header goes with whatever came before, so the reply segment is exactly the reply
        const header = `${sep}KALA:`;
        if (out.length > 0) out[out.length - 1]!.text += header;
        else out.push({ text: header, role: 'user', message: -1 });
        out.push({ text: ` ${m.content}${END_OF_TEXT}`, role: 'assistant', message: i });
        break;
      }
      case 'tool':
        out.push({ text: `${sep}Tool${m.name ? ` (${m.name})` : ''}: ${m.content}\n`, role: 'tool', message: i });
        break;
      default:
        out.push({ text: `${sep}${PREFIX[m.role]}${m.content}\n`, role: m.role, message: i });
    }
  });
  if (options.addGenerationPrompt) {
    const last = messages[messages.length - 1];
    const sep = last?.role === 'assistant' ? '\n' : '';
    out.push({ text: `${sep}KALA:`, role: 'user', message: -1 });
  }
  return out;
}

/** The conversation as one string (see chatSegments). */
export function renderChat(messages: readonly ChatMessage[], options: { addGenerationPrompt?: boolean } = {}): string {
  return chatSegments(messages, options)
    .map((s) => s.text)
    .join('');
}

/** The single-turn training text of DESIGN §7. */
export function promptText(prompt: string): string {
  return `User: ${prompt}\nKALA:`;
}

// The two forms of a training example (DESIGN §7), shared by the reader (data.ts) and the
// converters of other formats (formats.ts).
import type { ChatRole } from '../chat.js';

export type LawVector = number[];

export interface PromptResponseExample {
  prompt: string;
  response: string;
  prompt_laws?: LawVector;
  response_laws?: LawVector;
  category?: string;
  law?: number;
  kind?: string;
  /** false: the example trains the law heads only (LM labels all -100). */
  train_lm?: boolean;
}

export interface MessagesExample {
  messages: { role: ChatRole; content: string; laws?: LawVector; name?: string }[];
  category?: string;
  law?: number;
  kind?: string;
  train_lm?: boolean;
}

export type TrainingExample = PromptResponseExample | MessagesExample;

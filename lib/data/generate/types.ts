/** Example schema of DESIGN §7 plus the generator's own bookkeeping types. */

/** Five numbers, one per law (0..4): 1.0 = satisfied, 0.0 = violated. */
export type LawVector = [number, number, number, number, number];

export type LawIndex = 0 | 1 | 2 | 3 | 4;

export const DATASET_CATEGORIES = [
  'law0_civilizational',
  'law1_individual_safety',
  'law2_conditional_obedience',
  'law3_self_preservation',
  'law4_equivalent_worth',
  'hierarchy_conflict',
  'benign_hard_negative',
  'critique_revision',
  'multi_turn',
  'negative_explained',
  'research_assistant',
] as const;

/** Categories of train.jsonl. validation.jsonl uses 'adversarial' and 'benign_control';
 *  'secure_coding' marks the KALA-Code specialist's Q&A (lib/data/secure-coding.ts). */
export type DatasetCategory = (typeof DATASET_CATEGORIES)[number] | 'adversarial' | 'benign_control' | 'secure_coding';

export interface PromptExample {
  prompt: string;
  response: string;
  prompt_laws?: LawVector;
  response_laws?: LawVector;
  category?: DatasetCategory;
  /** The gold law: the highest-ranked (lowest-numbered) law the example is about. */
  law?: LawIndex;
  kind?: string;
  /** false: train the law heads only (harmful drafts); the LM never learns to write it. */
  train_lm?: boolean;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
  laws?: LawVector;
}

export interface ChatExample {
  messages: ChatMessage[];
  category?: DatasetCategory;
  law?: LawIndex;
  kind?: string;
}

export type DatasetExample = PromptExample | ChatExample;

export function isChatExample(ex: DatasetExample): ex is ChatExample {
  return Array.isArray((ex as ChatExample).messages);
}

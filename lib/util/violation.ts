// One Violation type for every judge of the five laws: the EthicsMonitor reads the model's value
// heads token by token (ModelViolation); the EthicsKernel reads text with its rules and learned
// scorer (KernelViolation, lib/guard/kernel/types.ts). Both say which law, in words, and who saw it.
import type { LawIndex, LawName } from './laws.js';

export interface Violation {
  law: LawIndex;
  lawName: LawName;
  /** A sentence that says what happened, for users and logs. */
  explanation: string;
  /** Who found it: the model's constitutional heads ('model'), or the kernel reading the
   *  prompt or the response. */
  source: 'model' | 'prompt' | 'response';
}

/** A violation the EthicsMonitor found in the law scores of a model's tokens. */
export interface ModelViolation extends Violation {
  source: 'model';
  /** The aggregated score of the law at the violating token. */
  score: number;
  threshold: number;
  /** Index of the violating token in the scores checked (for generation: in the generated tokens). */
  tokenIndex: number;
  /** The constitutional head (0..L-1 layer heads, L = final head) whose own score fell below the
   *  threshold first, counting from the lowest layer; the lowest-scoring head when none did
   *  alone; -1 when per-head logits were not given. */
  layer: number;
}

// Training data in other public formats, turned into DESIGN §7 examples: GSM8K
// ({question, answer}) and HumanEval ({task_id, prompt, canonical_solution}). Capability data is
// benign, so every law is satisfied.
import type { TrainingExample } from './example.js';

/** Converts a known capability format; returns undefined for anything else. */
export function fromCapabilityFormat(o: Record<string, unknown>): TrainingExample | undefined {
  if (typeof o.question === 'string' && typeof o.answer === 'string') {
    // GSM8K answers end in "#### N"; the reasoning before it is the useful target
    const answer = o.answer.replace(/\n####\s*(.+)\s*$/, '\nThe answer is $1.');
    return { prompt: o.question, response: answer, category: 'capability_math', kind: 'gsm8k' };
  }
  if (typeof o.task_id === 'string' && typeof o.prompt === 'string' && typeof o.canonical_solution === 'string') {
    return { prompt: `Complete this Python function.\n\n${o.prompt}`, response: `${o.prompt}${o.canonical_solution}`, category: 'capability_code', kind: 'humaneval' };
  }
  return undefined;
}

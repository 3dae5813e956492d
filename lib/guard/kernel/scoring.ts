/**
 * From findings to a verdict.
 *
 * - A finding's strength is the rule's severity (0..1) times the factors of the mitigating
 *   contexts that apply to it (matcher.ts).
 * - The score of law k is 1 - (the largest strength among findings for law k), or 1.0 when
 *   nothing was found: 1.0 = satisfied, 0.0 = violated, like the model's law scores.
 * - Law k is violated when its score is below its threshold (default 0.5 for every law); the
 *   text is allowed when no law is violated.
 * - Violations are ordered by the law hierarchy (Law 0 > 1 > 2 > 3 > 4), strongest first within
 *   a law, so `violations[0]` is the deciding one; only the strongest finding per rule and law
 *   is reported.
 */
import { LAWS, type LawIndex } from '../../util/laws.js';
import { explainFinding, noteForDiscounted, spanOf } from './explain.js';
import type { Finding } from './matcher.js';
import type { NormalizedText } from './normalize.js';
import type { KernelVerdict, KernelViolation } from './types.js';

export function lawScoresOf(findings: { law: number; strength: number }[]): number[] {
  const scores = [1, 1, 1, 1, 1];
  for (const f of findings) scores[f.law] = Math.min(scores[f.law]!, 1 - Math.max(0, Math.min(1, f.strength)));
  return scores.map((s) => Math.round(s * 1e6) / 1e6);
}

export function isViolation(thresholds: number[], law: number, strength: number): boolean {
  return 1 - strength < thresholds[law]!;
}

/** Build the verdict for one text from its findings. */
export function verdictOf(findings: Finding[], norm: NormalizedText, thresholds: number[], source: 'prompt' | 'response'): KernelVerdict {
  const lawScores = lawScoresOf(findings);
  const strongest = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.rule.id}:${f.law}`;
    const prev = strongest.get(key);
    if (!prev || f.strength > prev.strength) strongest.set(key, f);
  }
  const kept = [...strongest.values()].sort((a, b) => a.law - b.law || b.strength - a.strength);
  const violating = kept.filter((f) => isViolation(thresholds, f.law, f.strength));
  const violatedLaws = [...new Set(violating.map((f) => f.law))].sort();
  const violations: KernelViolation[] = violating.map((f) => ({
    law: f.law as LawIndex,
    lawName: LAWS[f.law],
    rule: f.rule.id,
    span: spanOf(norm, f.match.start, f.match.end),
    explanation: explainFinding(f, norm, violatedLaws.filter((l) => l < f.law)),
    strength: Math.round(f.strength * 1e6) / 1e6,
    source,
    intent: f.rule.intent,
    contexts: f.contexts,
  }));
  const notes = kept.filter((f) => !isViolation(thresholds, f.law, f.strength)).map((f) => noteForDiscounted(f, norm));
  return { allowed: violations.length === 0, lawScores, violations, notes };
}

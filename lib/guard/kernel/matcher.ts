/**
 * Intent analysis: find the contexts (framing) of a text and the rule matches in it, and
 * weigh each match by its context. A rule describes an act (what is asked for, aimed at whom)
 * as patterns over concepts; a match only counts when the rule's required framing is present
 * (e.g. a request or an intent, not a news report), no blocker reverses its meaning ("protect
 * against", "kill a process", "never"), and it is not ruled out by context. Mitigating
 * contexts (history, definition, fiction, games, prevention) weaken it by their factor unless a
 * context that overrides them is also active (operational detail: "step by step", "exact
 * amounts", "in real life").
 */
import type { LawIndex } from '../../util/laws.js';
import type { NormalizedText } from './normalize.js';
import type { Match } from './pattern.js';
import { TokenMatcher } from './token-matcher.js';
import type { CompiledRule, RuleSet } from './rules.js';

export interface Finding {
  rule: CompiledRule;
  law: LawIndex;
  /** Severity after context, 0..1. */
  strength: number;
  match: Match;
  /** Contexts active for the match. */
  contexts: string[];
  /** Contexts that weakened it, with their factors. */
  discounts: { context: string; factor: number }[];
  /** A finding for an `also` law of the rule. */
  derived: boolean;
}

export type TextMode = 'prompt' | 'response';

/** In a response there is no request: instruction-shaped rules read "request" as "instructional" text. */
const RESPONSE_ALIASES: Record<string, string> = { request: 'instructional' };

export class ContextState {
  private readonly bySentence = new Map<string, Set<number>>();
  private readonly anywhere = new Set<string>();

  constructor(
    private readonly rules: RuleSet,
    readonly matcher: TokenMatcher,
    private readonly mode: TextMode,
  ) {
    for (const [name, ctx] of rules.contexts) {
      const sents = new Set<number>();
      for (const p of ctx.patterns) matcher.sentencesOf(p, sents);
      this.bySentence.set(name, sents);
      if (sents.size > 0) this.anywhere.add(name);
    }
    // a context present in the text also covers the sentences of its `alsoIn` contexts (one level, no chaining)
    for (const [name, ctx] of rules.contexts) {
      if (ctx.alsoIn.length === 0 || !this.anywhere.has(name)) continue;
      const sents = this.bySentence.get(name)!;
      for (const other of ctx.alsoIn) for (const s of this.bySentence.get(other) ?? []) sents.add(s);
    }
  }

  private resolve(name: string): string {
    if (this.mode === 'response') {
      const alias = RESPONSE_ALIASES[name];
      if (alias && this.rules.contexts.has(alias)) return alias;
    }
    return name;
  }

  /** Is context `name` active for sentence `sent`? */
  active(name: string, sent: number): boolean {
    const n = this.resolve(name);
    const ctx = this.rules.contexts.get(n);
    if (!ctx) return false;
    if (ctx.scope === 'prompt') return this.anywhere.has(n);
    return this.bySentence.get(n)!.has(sent);
  }

  /** Is context `name` present anywhere in the text? */
  present(name: string): boolean {
    return this.anywhere.has(this.resolve(name));
  }

  /** Sentences in which context `name` matched. */
  sentences(name: string): Set<number> {
    return this.bySentence.get(this.resolve(name)) ?? new Set();
  }

  /** Names of the contexts active for sentence `sent`. */
  activeIn(sent: number): string[] {
    return [...this.rules.contexts.keys()].filter((n) => this.active(n, sent));
  }
}

/** Prefix of a `requires` entry that only asks for the context somewhere in the text. */
export const ANYWHERE = 'anywhere:';

function evaluateRule(rule: CompiledRule, rules: RuleSet, state: ContextState, matched: Set<string>): Finding | null {
  const { matcher } = state;
  let best: Finding | null = null;
  // the first match at full severity is the answer: context factors are at most 1 and a later
  // match only replaces the best when stronger, so the search stops there
  const visit = (m: Match): boolean => {
    matched.add(rule.id);
    const sent = matcher.tokens[m.start]!.sent;
    // every entry of `requires` must hold; an entry "a|b" holds when either context is active
    // "anywhere:name" holds when context `name` is present anywhere in the text, not only in this sentence
    const holds = (c: string) => (c.startsWith(ANYWHERE) ? state.present(c.slice(ANYWHERE.length)) : state.active(c, sent));
    if (!rule.requires.every((entry) => entry.split('|').some(holds))) return false;
    if (rule.unless.some((c) => state.active(c, sent))) return false;
    const [before, after] = rule.window;
    if (rule.blockers.some((b) => matcher.occursIn(b, m.start - before, m.end, sent))) return false;
    if (rule.blockersBefore.some((b) => matcher.occursIn(b, m.start - before, m.start, sent))) return false;
    if (rule.blockersAfter.some((b) => matcher.occursIn(b, m.end, m.end + after, sent))) return false;
    const discounts: { context: string; factor: number }[] = [];
    let factor = 1;
    for (const c of rule.discountedBy) {
      if (!state.active(c, sent)) continue;
      const ctx = rules.contexts.get(c)!;
      if (ctx.overriddenBy.some((o) => state.active(o, sent))) continue;
      factor *= ctx.factor;
      discounts.push({ context: c, factor: ctx.factor });
    }
    const strength = rule.severity * factor;
    if (!best || strength > best.strength) {
      best = { rule, law: rule.law, strength, match: m, contexts: state.activeIn(sent), discounts, derived: false };
    }
    return best.strength >= rule.severity;
  };
  for (const p of rule.patterns) {
    matcher.each(p, visit);
    if (best !== null && (best as Finding).strength >= rule.severity) break;
  }
  return best;
}

/** Noisy-OR of a set of strengths. */
function noisyOr(strengths: number[]): number {
  return 1 - strengths.reduce((p, s) => p * (1 - Math.max(0, Math.min(1, s))), 1);
}

/**
 * Cues are single aspects of harmful intent (see RuleSpec.cue). Two or more different cues, at least one
 * of them a 'harm' cue, combine into one finding: strength = noisy-OR of the cues' strengths, law = the
 * law of the strongest harm cue, span = from the first cue to the last, explanation = the cues' own.
 */
export function combineCues(cues: Finding[]): Finding | null {
  const harm = cues.filter((c) => c.rule.cue === 'harm').sort((a, b) => b.strength - a.strength);
  if (cues.length < 2 || harm.length === 0) return null;
  const lead = harm[0]!;
  const strength = noisyOr(cues.map((c) => c.strength));
  const start = Math.min(...cues.map((c) => c.match.start));
  const end = Math.max(...cues.map((c) => c.match.end));
  const parts = cues.map((c) => c.rule.explanation.replace(/\{[a-z0-9_]+\}/g, '').replace(/\s*\(\s*\)\s*/g, ' ').trim());
  const rule: CompiledRule = {
    ...lead.rule,
    id: 'intent.combined-cues',
    intent: 'several signs of harmful intent',
    severity: strength,
    patterns: [],
    also: [],
    cue: null,
    explanation: `several signs of harmful intent appear together (${cues.map((c) => c.rule.id).join(' + ')}): ${parts.join('; ')}`,
    source: 'kernel',
  };
  return {
    rule,
    law: lead.law,
    strength,
    match: { start, end, captures: [] },
    contexts: [...new Set(cues.flatMap((c) => c.contexts))],
    discounts: cues.flatMap((c) => c.discounts),
    derived: false,
  };
}

/**
 * Run every rule that applies to `mode` over a normalized text. `isViolation(law, strength)`
 * decides which findings count for `onlyWith` rules (rules that only fire alongside another
 * law's violation, e.g. a jailbreak wrapper around a harmful request).
 */
export function findViolations(
  rules: RuleSet,
  norm: NormalizedText,
  mode: TextMode,
  isViolation: (law: number, strength: number) => boolean,
): { findings: Finding[]; state: ContextState; matched: Set<string> } {
  const matcher = new TokenMatcher(norm.tokens, rules.lexicons);
  // rules whose act was described, whether or not their framing held (the Guardian reads them)
  const matched = new Set<string>();
  const state = new ContextState(rules, matcher, mode);
  const findings: Finding[] = [];
  const applies = (r: CompiledRule) => r.appliesTo === 'both' || r.appliesTo === mode;
  const push = (f: Finding) => {
    findings.push(f);
    for (const a of f.rule.also) {
      const strength = a.severity * (f.strength / f.rule.severity);
      findings.push({ ...f, law: a.law, strength, derived: true });
    }
  };
  const cues: Finding[] = [];
  for (const rule of rules.rules) {
    if (!applies(rule) || rule.onlyWith.length > 0) continue;
    const f = evaluateRule(rule, rules, state, matched);
    if (!f) continue;
    if (rule.cue) cues.push(f);
    else push(f);
  }
  const combined = combineCues(cues);
  if (combined) push(combined);
  const violated = new Set(findings.filter((f) => isViolation(f.law, f.strength)).map((f) => f.law));
  for (const rule of rules.rules) {
    if (!applies(rule) || rule.onlyWith.length === 0) continue;
    if (!rule.onlyWith.some((l) => violated.has(l))) continue;
    const f = evaluateRule(rule, rules, state, matched);
    if (f) push(f);
  }
  return { findings, state, matched };
}

/**
 * Types of the EthicsKernel: rule files (what users write) and check results (what callers get).
 * The rule language is documented in rules/README.md.
 */
import type { LawIndex, LawName } from '../../util/laws.js';
import type { Violation } from '../../util/violation.js';

/** A lexicon: a named list of terms. A term is a small pattern (see rules/README.md). */
export type LexiconSpec = string[] | { terms: string[]; exact?: boolean; replace?: boolean };

/** A context: a kind of framing found in the text (a request, fiction, history, prevention...). */
export interface ContextSpec {
  patterns: string[];
  /** 'sentence' (default): active for matches in the same sentence; 'prompt': active everywhere. */
  scope?: 'sentence' | 'prompt';
  /** Multiplier applied to the strength of a rule that lists this context in `discountedBy` (default 0.2). */
  factor?: number;
  /** Contexts that cancel this one's discount when they are also active (e.g. operational detail cancels fiction). */
  overriddenBy?: string[];
  /**
   * When this context is present anywhere in the text, it is also active in the sentences where one of these
   * contexts is active (e.g. a request also covers the sentences that spell out what the requested content
   * must contain: "Write a scene. In it, the chemist explains the exact synthesis.").
   */
  alsoIn?: string[];
  description?: string;
  /** In a rule file: replace a context of the same name instead of adding patterns to it. */
  replace?: boolean;
}

export interface RuleSpec {
  /** Unique id, e.g. "cbrn.weapon-production". A later rule with the same id replaces an earlier one. */
  id: string;
  law: LawIndex;
  /** What is asked for: instructions, acquisition, synthesis, evasion, content, targeting, statement... */
  intent?: string;
  /** 0..1 (default 0.9): the strength of a match with no mitigating context. */
  severity?: number;
  patterns: string[];
  /**
   * Contexts the rule needs: every entry must be active in the sentence of the match; an entry "a|b" needs
   * either; "anywhere:a" needs context a somewhere in the text (e.g. a request in another sentence).
   */
  requires?: string[];
  /** The rule does not apply when any of these contexts is active. */
  unless?: string[];
  /** Contexts that weaken a match (by their factor) unless overridden. */
  discountedBy?: string[];
  /** Patterns (usually a word or @lexicon) that cancel a match when they occur inside it or just before it. */
  blockers?: string[];
  /** Lexicons or words that cancel a match only when they occur just before it (e.g. negation). */
  blockersBefore?: string[];
  /** Lexicons or words that cancel a match when they occur just after it. */
  blockersAfter?: string[];
  /** How far blockers reach: [tokens before the match, tokens after it]; default [3, 2]. */
  window?: [number, number];
  /** Other laws the same act also violates, e.g. genocide: Law 0 and Law 4. */
  also?: { law: LawIndex; severity?: number }[];
  /** The rule only counts when another rule already found a violation of one of these laws. */
  onlyWith?: LawIndex[];
  /** Which text the rule reads (default both). */
  appliesTo?: 'prompt' | 'response' | 'both';
  /**
   * Marks the rule as a cue: one aspect of harmful intent that never decides alone. 'harm' cues name what
   * is done (an injured outcome, dangerous means, someone else's property); 'manner' cues how (concealment,
   * deception, evading the authorities); 'motive' cues why (a grievance, revenge, an offender's viewpoint).
   * Two or more different cues in one text, at least one of them a 'harm' cue, combine by noisy-OR
   * (1 - Π(1 - strength)) into one finding of the law of the strongest harm cue.
   */
  cue?: 'harm' | 'manner' | 'motive';
  /** Why this is a violation; may use {match} and {<lexicon>} placeholders for captured text. */
  explanation: string;
  description?: string;
  enabled?: boolean;
  /**
   * Texts the rule must flag (`blocks`) and look-alikes sharing its words that it must not flag
   * (`allows`); test/rule-examples.test.ts checks every shipped rule against its own examples.
   * The kernel itself does not read them.
   */
  examples?: { blocks?: string[]; allows?: string[] };
}

/** One rule file (JSON). Every section is optional. */
export interface RuleFile {
  version?: number;
  name?: string;
  description?: string;
  lexicons?: Record<string, LexiconSpec>;
  contexts?: Record<string, ContextSpec>;
  rules?: RuleSpec[];
}

export interface KernelSpan {
  /** Range in the checked text (UTF-16 indices, end exclusive). */
  start: number;
  end: number;
  /** The original text in that range. */
  text: string;
  /** What the kernel read there after normalization. */
  normalized: string;
  /** Obfuscation undone to read it (e.g. ['leetspeak']). */
  obfuscation: string[];
}

/** A violation the EthicsKernel found in a prompt or a response (the shared Violation, with where and why). */
export interface KernelViolation extends Violation {
  /** Rule id. */
  rule: string;
  span: KernelSpan;
  /** Strength of the finding after context (0..1); the law score is at most 1 - strength. */
  strength: number;
  /** Which text it was found in. */
  source: 'prompt' | 'response';
  intent?: string;
  /** Contexts that were active for this match (e.g. ['request', 'operational']). */
  contexts: string[];
}

export interface KernelVerdict {
  /** True when every law score is at or above its threshold. */
  allowed: boolean;
  /** Per law, 1.0 = satisfied, 0.0 = violated (index = law number). */
  lawScores: number[];
  /** Violations, highest-priority law first (Law 0 > 1 > 2 > 3 > 4). */
  violations: KernelViolation[];
  /** Matches that were weakened below the threshold by context, and other remarks. */
  notes: string[];
  /** The judges that read the text: 'rules' always, 'guardian' (KALA-Guardian) and 'scorer' when on. */
  judges?: ('rules' | 'guardian' | 'scorer')[];
  /** Set when the text was longer than `maxChars`: the range (UTF-16 indices, end exclusive) that was not read. */
  unchecked?: { start: number; end: number };
}

export interface KernelResult extends KernelVerdict {
  /** The prompt's own verdict. */
  prompt: KernelVerdict & { normalized: string; obfuscation: string[] };
  /** The response's verdict in the light of the prompt (only when a response was given). */
  response?: KernelVerdict & { normalized: string; obfuscation: string[]; refusal: boolean };
}

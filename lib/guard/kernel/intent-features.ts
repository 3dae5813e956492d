/**
 * The rules' reading of a text as features for KALA-Guardian: which concepts (lexicons) it
 * mentions, which framings (contexts) surround them, which acts (rule patterns) it describes —
 * whether or not the rule's requirements held — and which rules fired, how strongly, for which
 * law. They are hand-written semantics that do not depend on a corpus's style ("how do I",
 * "write a story where"), so a model that learns how they combine carries over to sources it
 * never saw better than one that reads the words alone: a concept of harm inside a request
 * framing, with no mitigating context, is harmful in any voice.
 *
 * Names are stable strings ("lex:weapon", "ctx:request", "pat:<rule id>", "rule:<rule id>",
 * "law1:0.5"); the Guardian stores the list it was trained with, and a name the current rule
 * set lacks (rules disabled or renamed) simply never fires.
 */
import { compilePattern, indexPatterns, type CompiledPattern } from './pattern.js';
import { findViolations, type Finding } from './matcher.js';
import type { NormalizedText } from './normalize.js';
import type { RuleSet } from './rules.js';

/** The strength steps a law's strongest finding is reported at (law1:0.25 = some law-1 finding at ≥ 0.25). */
const STEPS = [0.25, 0.5, 0.75];

/** One pattern "@name" per lexicon, indexed like the rules' own (kept per rule set). */
const lexiconPatterns = new WeakMap<RuleSet, { name: string; pattern: CompiledPattern }[]>();

function lexiconsOf(rules: RuleSet): { name: string; pattern: CompiledPattern }[] {
  let list = lexiconPatterns.get(rules);
  if (!list) {
    list = [...rules.lexicons.keys()].sort().map((name) => ({ name, pattern: compilePattern(`@${name}`) }));
    indexPatterns(
      list.map((x) => x.pattern),
      rules.lexicons,
    );
    lexiconPatterns.set(rules, list);
  }
  return list;
}

/** Every feature name a rule set can produce, sorted (the Guardian's feature vocabulary). */
export function intentFeatureNames(rules: RuleSet): string[] {
  const names = new Set<string>();
  for (const { name } of lexiconsOf(rules)) names.add(`lex:${name}`);
  for (const name of rules.contexts.keys()) names.add(`ctx:${name}`);
  for (const r of rules.rules) {
    names.add(`pat:${r.id}`);
    names.add(`rule:${r.id}`);
  }
  for (let law = 0; law < 5; law++) for (const s of STEPS) names.add(`law${law}:${s}`);
  return [...names].sort();
}

/**
 * The features of a prompt (or, with mode 'response', a reply). `found` is the rules' own
 * result for the same text when the caller already has it (the kernel's check), so the rules
 * run once.
 */
export function intentFeatures(rules: RuleSet, norm: NormalizedText, mode: 'prompt' | 'response' = 'prompt', found?: ReturnType<typeof findViolations>): string[] {
  // every finding is reported (the Guardian weighs them), so none is held back as "not a violation"
  const { findings, state, matched } = found ?? findViolations(rules, norm, mode, () => true);
  const out: string[] = [];
  const { matcher } = state;
  for (const { name, pattern } of lexiconsOf(rules)) {
    let hit = false;
    matcher.each(pattern, () => (hit = true));
    if (hit) out.push(`lex:${name}`);
  }
  for (const name of rules.contexts.keys()) if (state.present(name)) out.push(`ctx:${name}`);
  for (const id of matched) out.push(`pat:${id}`);
  const best = [0, 0, 0, 0, 0];
  for (const f of findings as Finding[]) {
    out.push(`rule:${f.rule.id}`);
    best[f.law] = Math.max(best[f.law]!, f.strength);
  }
  for (let law = 0; law < 5; law++) for (const s of STEPS) if (best[law]! >= s) out.push(`law${law}:${s}`);
  return [...new Set(out)];
}

// Secure-coding Q&A for the KALA-Code specialist (kala-train train --stage specialist
// --specialist code), built from the code-security rules' own examples (code-rules/*.json): each
// rule's vulnerable examples become review questions whose answers name the weakness (CWE, OWASP
// category), explain it, give the fix and show the rule's safe example; each safe example becomes
// a question whose answer says which weakness it avoids and why. Every law is satisfied (reviewing
// and fixing code is benign), so the examples train the language model and keep the law heads
// calibrated on programming talk.
import { loadCodeRules, type CodeRule } from '../code/rules.js';
import { Rng } from '../util/prng.js';
import type { LawVector, PromptExample } from './generate/types.js';

const SATISFIED: LawVector = [1, 1, 1, 1, 1];

/** The fence name of a rule's first language (what a user would write after ```). */
function fenceOf(rule: CodeRule): string {
  const l = rule.languages[0] ?? '';
  return l === 'cpp' ? 'cpp' : l;
}

const LANGUAGE_NAMES: Record<string, string> = { python: 'Python', javascript: 'JavaScript', typescript: 'TypeScript', java: 'Java', c: 'C', cpp: 'C++', php: 'PHP' };

const REVIEW_PROMPTS = [
  (lang: string, code: string) => `Is this ${lang} code secure?\n\n${code}`,
  (lang: string, code: string) => `Review this ${lang} snippet for security problems:\n\n${code}`,
  (lang: string, code: string) => `What is wrong with this ${lang} code from a security point of view?\n\n${code}`,
  (lang: string, code: string) => `Can you check this ${lang} code before I ship it?\n\n${code}`,
];

const SAFE_PROMPTS = [
  (lang: string, code: string) => `Does this ${lang} code have a security hole?\n\n${code}`,
  (lang: string, code: string) => `Quick security review, please (${lang}):\n\n${code}`,
];

export interface SecureCodingOptions {
  /** Seed of the prompt wording (default 0). */
  seed?: number;
  /** A rules directory other than the package's code-rules/. */
  rulesDir?: string;
  /** Rules whose examples go to the validation split (every `holdOut`-th rule by id; default 8, 0 = none). */
  holdOut?: number;
}

/** Secure-coding Q&A from every rule's examples: `train`, and `validation` from rules held out whole. */
export function secureCodingExamples(options: SecureCodingOptions = {}): { train: PromptExample[]; validation: PromptExample[] } {
  const rng = new Rng(options.seed ?? 0);
  const holdOut = options.holdOut ?? 8;
  const rules = [...loadCodeRules(options.rulesDir).rules].sort((a, b) => a.id.localeCompare(b.id));
  const train: PromptExample[] = [];
  const validation: PromptExample[] = [];
  rules.forEach((rule, i) => {
    const out = holdOut > 0 && i % holdOut === holdOut - 1 ? validation : train;
    const fence = fenceOf(rule);
    const lang = LANGUAGE_NAMES[rule.languages[0] ?? ''] ?? rule.languages[0] ?? 'this';
    const block = (code: string) => '```' + fence + '\n' + code.trim() + '\n```';
    const safe = rule.examples.safe;
    rule.examples.vulnerable.forEach((code, k) => {
      const fixed = safe[k % safe.length]!;
      const prompt = rng.pick(REVIEW_PROMPTS)(lang, block(code));
      const response =
        `No: it has ${aOrAn(rule.title)} ${rule.title.toLowerCase()} weakness (${rule.cwe}, OWASP ${rule.owasp}). ${rule.message} ${rule.explanation}\n\n` +
        `Fix: ${rule.fix}\n\nFor comparison, code that does this safely:\n\n${block(fixed)}`;
      out.push({ prompt, response, prompt_laws: SATISFIED, response_laws: SATISFIED, category: 'secure_coding', kind: `review:${rule.id}` });
    });
    safe.forEach((code) => {
      const prompt = rng.pick(SAFE_PROMPTS)(lang, block(code));
      const response = `This code avoids ${rule.title.toLowerCase()} (${rule.cwe}): ${rule.fix} Other weaknesses are still worth checking, but this one is handled.`;
      out.push({ prompt, response, prompt_laws: SATISFIED, response_laws: SATISFIED, category: 'secure_coding', kind: `safe:${rule.id}` });
    });
  });
  return { train, validation };
}

function aOrAn(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

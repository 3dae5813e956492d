// The KALA-Code specialist's secure-coding Q&A (lib/data/secure-coding.ts): built from every
// code-security rule's examples, valid DESIGN §7 examples, rules held out whole for validation,
// and each answer names the weakness the analyzer finds in the question's code.
import { describe, expect, it } from 'vitest';
import { analyzeCode, loadCodeRules } from '../lib/code/index.js';
import { secureCodingExamples } from '../lib/data/index.js';
import { parseExample } from '../lib/train/data.js';

describe('secure-coding Q&A from the code-security rules', () => {
  const { train, validation } = secureCodingExamples({ seed: 3 });
  const rules = loadCodeRules().rules;

  it('covers every rule, train and validation split by rule, all laws satisfied, valid examples', () => {
    const ruleOf = (kind: string) => kind.slice(kind.indexOf(':') + 1);
    const inTrain = new Set(train.map((x) => ruleOf(x.kind!)));
    const inVal = new Set(validation.map((x) => ruleOf(x.kind!)));
    expect(new Set([...inTrain, ...inVal])).toEqual(new Set(rules.map((r) => r.id)));
    for (const id of inVal) expect(inTrain.has(id)).toBe(false);
    expect(validation.length).toBeGreaterThan(0);
    for (const [i, x] of [...train, ...validation].entries()) {
      expect(x.prompt_laws).toEqual([1, 1, 1, 1, 1]);
      expect(x.response_laws).toEqual([1, 1, 1, 1, 1]);
      expect(() => parseExample(x, `example ${i}`)).not.toThrow();
    }
    // the same seed gives the same data
    expect(secureCodingExamples({ seed: 3 })).toEqual({ train, validation });
  });

  it('a review answer names the CWE the analyzer finds in the code it was asked about, and shows safe code', async () => {
    const reviews = train.filter((x) => x.kind!.startsWith('review:')).slice(0, 40);
    expect(reviews.length).toBe(40);
    for (const x of reviews) {
      const rule = rules.find((r) => r.id === x.kind!.slice('review:'.length))!;
      const code = /```\w*\n([\s\S]*?)\n```/.exec(x.prompt)![1]!;
      const { findings } = await analyzeCode(code, { language: rule.languages[0]!, minConfidence: 'low' });
      expect(findings.some((f) => f.ruleId === rule.id), `${rule.id} finds its own vulnerable example`).toBe(true);
      expect(x.response).toContain(rule.cwe);
      expect(x.response).toContain(rule.fix);
      expect(x.response).toMatch(/```/);
    }
  });
});

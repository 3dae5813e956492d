// Every shipped rule carries its own examples (rules/README.md, "How to add a rule"):
// `examples.blocks` are texts the rule must flag, `examples.allows` are look-alikes sharing its
// words that it must not flag. This file runs them all against the default kernel, so a rule
// cannot be added, or changed, without showing what it catches and what it leaves alone.
//
// What "flag" means for the three kinds of rule:
// - an ordinary rule: a violation with the rule's id;
// - a cue (`"cue"`): cues never decide alone, so a `blocks` example must combine with other cues
//   into `intent.combined-cues`, and the cue must be one of those named in its explanation;
// - a rule whose severity is below the kernel's threshold (e.g. self-harm.disclosure, which marks
//   a person at risk but is not a violation): a `blocks` example must leave a note that the rule
//   matched; an `allows` example must leave neither a violation nor such a note.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EthicsKernel, FormatError, defaultRulesDir, readRuleFile, type KernelResult, type RuleSpec } from '../lib/index.js';
import { ruleFilesIn } from '../lib/guard/kernel/rules.js';

const MIN_EXAMPLES = 2;

let kernel: EthicsKernel;
beforeAll(() => {
  kernel = new EthicsKernel();
});

/** Every rule of every shipped rule file, with the file it is in. */
const shipped: { file: string; rule: RuleSpec }[] = ruleFilesIn(defaultRulesDir).flatMap((file) =>
  (readRuleFile(file).data.rules ?? []).map((rule) => ({ file: path.basename(file), rule })),
);

/** The rule ids a result reports: its violations, and the cues named by a combined-cues finding. */
function firedIds(r: KernelResult): string[] {
  const ids: string[] = [];
  for (const v of r.violations) {
    ids.push(v.rule);
    if (v.rule === 'intent.combined-cues') {
      const m = /together \(([^)]*)\)/.exec(v.explanation);
      if (m) ids.push(...m[1]!.split('+').map((s) => s.trim()));
    }
  }
  return ids;
}

/** Does the rule flag this text? And what fired, for the failure message. */
function flags(rule: RuleSpec, text: string): { hit: boolean; fired: string } {
  const r = kernel.check(text);
  const ids = firedIds(r);
  const belowThreshold = !rule.cue && (rule.severity ?? 0.9) <= 1 - kernel.thresholds[rule.law]!;
  const noted = r.notes.some((n) => n.includes(`rule ${rule.id} matched`));
  const hit = ids.includes(rule.id) || (belowThreshold && noted);
  const fired = [...new Set(ids)].join(', ') || 'nothing';
  return { hit, fired: noted ? `${fired}; note: ${rule.id} matched below the threshold` : fired };
}

describe('rule examples', () => {
  it('the shipped rule files hold rules', () => {
    expect(shipped.length).toBeGreaterThan(50);
    expect(new Set(shipped.map((s) => s.rule.id)).size).toBe(shipped.length);
  });

  it(`every enabled rule has at least ${MIN_EXAMPLES} "blocks" and ${MIN_EXAMPLES} "allows" examples`, () => {
    const missing = shipped
      .filter(({ rule }) => rule.enabled !== false)
      .filter(({ rule }) => (rule.examples?.blocks?.length ?? 0) < MIN_EXAMPLES || (rule.examples?.allows?.length ?? 0) < MIN_EXAMPLES)
      .map(
        ({ file, rule }) =>
          `${file}: rule "${rule.id}" has ${rule.examples?.blocks?.length ?? 0} blocks and ${rule.examples?.allows?.length ?? 0} allows examples; ` +
          `add "examples": { "blocks": [texts it must flag], "allows": [look-alikes it must not flag] } (rules/README.md)`,
      );
    expect(missing).toEqual([]);
  });

  it('every rule flags each of its "blocks" examples', () => {
    const failures: string[] = [];
    for (const { file, rule } of shipped) {
      if (rule.enabled === false) continue;
      for (const text of rule.examples?.blocks ?? []) {
        const { hit, fired } = flags(rule, text);
        if (!hit) failures.push(`${file}: rule "${rule.id}" does not flag its blocks example ${JSON.stringify(text)} (fired: ${fired})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('no rule flags any of its "allows" examples', () => {
    const failures: string[] = [];
    for (const { file, rule } of shipped) {
      if (rule.enabled === false) continue;
      for (const text of rule.examples?.allows ?? []) {
        const { hit, fired } = flags(rule, text);
        if (hit) failures.push(`${file}: rule "${rule.id}" flags its allows example ${JSON.stringify(text)} (fired: ${fired})`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('rule examples: format', () => {
  const rule = { id: 'custom.x', law: 1, patterns: ['frobnicate'], explanation: 'it frobnicates' };
  const load = (examples: unknown) => () => new EthicsKernel({ defaults: false, rules: [{ ...rule, examples } as unknown as RuleSpec] });

  it('accepts examples with blocks and allows (or either)', () => {
    expect(load({ blocks: ['frobnicate it'], allows: ['a frog'] })).not.toThrow();
    expect(load({ blocks: ['frobnicate it'] })).not.toThrow();
  });

  for (const [what, examples] of [
    ['not an object', ['frobnicate it']],
    ['an unknown key', { blocks: ['frobnicate it'], allow: ['a frog'] }],
    ['blocks not a list', { blocks: 'frobnicate it' }],
    ['a non-string example', { allows: [42] }],
    ['an empty example', { blocks: ['  '] }],
  ] as const) {
    it(`rejects ${what} with RULES_INVALID naming the rule`, () => {
      let err: unknown;
      try {
        load(examples)();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(FormatError);
      expect((err as FormatError).code).toBe('RULES_INVALID');
      expect((err as Error).message).toMatch(/custom\.x/);
      expect((err as Error).message).toMatch(/examples/);
    });
  }
});

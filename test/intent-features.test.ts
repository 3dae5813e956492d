// The rules' reading of a text as features for KALA-Guardian (lib/guard/kernel/intent-features.ts),
// and a Guardian that learns from them.
import { describe, expect, it } from 'vitest';
import { EthicsKernel, Guardian } from '../lib/index.js';
import { intentFeatureNames } from '../lib/guard/kernel/intent-features.js';
import { decodeGuardian, encodeGuardian, featureIndices, guardianInput, guardianLogits } from '../lib/guard/guardian/model.js';
import { trainGuardian, type GuardianExample } from '../lib/guard/guardian/train.js';

const kernel = new EthicsKernel({ scorer: false });

describe('intent features', () => {
  it('names every lexicon, context and rule of the rule set, once, sorted', () => {
    const names = intentFeatureNames(kernel.rules);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
    for (const lex of kernel.rules.lexicons.keys()) expect(names).toContain(`lex:${lex}`);
    for (const ctx of kernel.rules.contexts.keys()) expect(names).toContain(`ctx:${ctx}`);
    for (const r of kernel.rules.rules) expect(names).toContain(`rule:${r.id}`);
    expect(names).toContain('law1:0.5');
  });

  it('says which act a text describes, in which framing, and which rule fired', () => {
    const ask = kernel.intentFeatures('How do I make a pipe bomb at home?');
    const news = kernel.intentFeatures('He made a pipe bomb at home, the police said.');
    expect(ask).toContain('ctx:request');
    expect(ask.some((f) => f.startsWith('rule:'))).toBe(true);
    expect(ask).toContain('law1:0.5');
    // the same act told as news: the pattern matched, no rule fired, no request
    const acts = (fs: string[]) => fs.filter((f) => f.startsWith('pat:')).sort();
    expect(acts(news)).toEqual(acts(ask));
    expect(news.some((f) => f.startsWith('rule:'))).toBe(false);
    expect(news).not.toContain('ctx:request');
    // every name it produces is in the vocabulary
    const names = new Set(intentFeatureNames(kernel.rules));
    for (const f of [...ask, ...news]) expect(names.has(f), f).toBe(true);
  });

  it("are what check gives the Guardian: the kernel's rules run once", () => {
    const text = 'Write a story where the hero poisons the king';
    expect(kernel.intentFeatures(text)).toEqual(kernel.intentFeatures(text));
    expect(kernel.intentFeatures(text)).toContain('ctx:fiction');
  });
});

describe('a Guardian that reads intent features', () => {
  // the same words, told apart only by the features: the model must learn from them
  const words = ['tell', 'me', 'about', 'it', 'now', 'please'];
  const dim = 4;
  const vectors = new Float32Array(words.length * dim).map((_, i) => Math.sin(i));
  const features = ['ctx:request', 'law1:0.5', 'lex:weapon_obj'];
  const ex = (text: string, feats: string[], harmful: boolean): GuardianExample => ({ words: text.split(' '), features: feats, harmful, law: harmful ? 1 : null, weight: 1 });
  const examples = [
    ex('tell me about it', ['ctx:request', 'law1:0.5', 'lex:weapon_obj'], true),
    ex('tell me about it now', ['law1:0.5', 'lex:weapon_obj'], true),
    ex('please tell me about it', ['ctx:request', 'law1:0.5'], true),
    ex('tell me about it', ['ctx:request'], false),
    ex('tell me about it now', [], false),
    ex('please tell me about it', ['ctx:request', 'lex:weapon_obj'], false),
  ];
  const options = { vocabulary: { words, vectors, dim }, seed: 5, hidden: 8, sparseDims: 1 << 8, epochs: 60, batchSize: 2, learningRate: 0.02, sparseLearningRate: 0.01, features };

  it('learns from them, keeps them through its file, and is deterministic', () => {
    const bytes = encodeGuardian(trainGuardian(examples, options));
    expect(bytes.equals(encodeGuardian(trainGuardian(examples, options)))).toBe(true);
    const g = new Guardian(decodeGuardian(bytes));
    expect(g.features).toEqual(features);
    const w = 'tell me about it'.split(' ');
    expect(g.scoreWords(w, ['ctx:request', 'law1:0.5', 'lex:weapon_obj']).harm).toBeGreaterThan(0.5);
    expect(g.scoreWords(w, ['ctx:request']).harm).toBeLessThan(0.5);
    // a name the model does not know is ignored
    expect(g.scoreWords(w, ['ctx:request', 'no:such-feature']).harm).toBeCloseTo(g.scoreWords(w, ['ctx:request']).harm, 12);
  });

  it('scores a text as the training forward pass does (its per-word cache changes only the rounding)', () => {
    const g = new Guardian(trainGuardian(examples, options));
    const index = new Map(words.map((w, i) => [w, i]));
    const out = new Float64Array(6);
    for (const [text, feats] of [['tell me about it now please', ['ctx:request', 'law1:0.5']], ['please please it', []], ['', ['lex:weapon_obj']]] as const) {
      const ws = text.split(' ').filter(Boolean);
      guardianLogits(g.weights, guardianInput(ws, index, false, featureIndices(g.header, feats)), new Float32Array(64), new Float32Array(64), out);
      expect(g.scoreWords(ws, feats).harm).toBeCloseTo(1 / (1 + Math.exp(-out[0]!)), 6);
    }
  });

  it("refuses features with 'tokens' pooling", () => {
    expect(() => trainGuardian(examples, { ...options, pool: 'tokens' })).toThrow(/intent features/);
  });
});

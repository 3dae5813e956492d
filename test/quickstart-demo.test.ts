// The quick start's demo pair (lib/cli/quickstart.ts QUICKSTART_DEMO) is text no judge was trained
// on: absent from the constitutional generator's data, from the guard corpus and from the kernel's
// prompt rounds the Guardian learns from. At the default threshold the kernel refuses the harmful one and allows its look-alike.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EthicsKernel, generateDataset } from '../lib/index.js';
import { QUICKSTART_DEMO } from '../lib/cli/quickstart.js';

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const trigrams = (s: string) => {
  const w = norm(s).split(' ');
  return new Set(w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`));
};
/** Word-3-gram Jaccard similarity: 1 for the same text, near 0 for unrelated ones. */
function similarity(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}
const DEMO = [QUICKSTART_DEMO.harmful, QUICKSTART_DEMO.benign];

function expectAbsent(texts: Iterable<string>, where: string): void {
  const demo = DEMO.map((d) => ({ d, n: norm(d), g: trigrams(d) }));
  let n = 0;
  for (const t of texts) {
    n++;
    const nt = norm(t);
    for (const x of demo) {
      expect(nt.includes(x.n), `${where} contains "${x.d}"`).toBe(false);
      expect(similarity(trigrams(t), x.g), `${where}: "${t.slice(0, 120)}" is a near copy of "${x.d}"`).toBeLessThan(0.5);
    }
  }
  expect(n).toBeGreaterThan(100);
}

describe('the quick start demo pair', () => {
  it('is refused (harmful) and allowed (look-alike) by the default kernel', () => {
    const k = new EthicsKernel();
    const bad = k.check(QUICKSTART_DEMO.harmful);
    expect(bad.allowed).toBe(false);
    expect(bad.violations[0]!.explanation).toMatch(/Law \d/);
    expect(k.check(QUICKSTART_DEMO.benign).allowed).toBe(true);
  });

  it('is in none of the generator data the quick start and the stages train on', () => {
    const texts: string[] = [];
    for (const [size, seed] of [[1200, 0], [240, 1], [undefined, undefined]] as const) {
      const d = generateDataset({ size, seed });
      for (const e of [...d.train, ...d.validation]) texts.push(JSON.stringify(e));
    }
    expectAbsent(texts, 'the generated data');
  });

  const guard = path.resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'guard');
  it.runIf(existsSync(guard))('is in none of the guard corpus the Guardian trains on', async () => {
    const { loadGuardCorpus } = (await import('../scripts/guardian/corpus.mjs')) as { loadGuardCorpus: (dir: string) => { rows: { text: string }[] } };
    expectAbsent(
      loadGuardCorpus(guard).rows.map((r) => r.text),
      'the guard corpus',
    );
  }, 120_000);

  it("is in none of the kernel's hand-written prompt rounds (the Guardian trains on most of them)", () => {
    const dir = path.resolve(import.meta.dirname, 'fixtures', 'kernel');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(path.join(dir, f), 'utf8')
          .trim()
          .split('\n')
          .map((l) => (JSON.parse(l) as { prompt: string }).prompt),
      );
    expectAbsent(texts, 'the kernel fixtures');
  });
});

// The runner shared by the probe sets of the analyzer rounds (test/code-probes-*.test.ts): snippets
// written before the analyzer was run on them, each vulnerable one to be reported with a finding of
// its CWE class, each safe one to have no finding at default confidence.
import { describe, expect, it } from 'vitest';
import { checkCode } from '../lib/code/index.js';

/** CWEs that count as one class: a finding of any of them detects a probe labelled with another. */
export const CWE_GROUPS = [
  [89, 943, 564], [78, 77, 88], [95, 94, 1336, 79, 80, 917], [22, 23, 36, 73, 98], [328, 327, 916, 759, 760, 326], [338, 330],
  [798, 259, 321], [295], [347, 345, 287], [601], [611, 776], [502], [1333, 730, 185, 400], [117, 93], [434], [208],
  [614, 1004, 315, 1275], [915, 1321, 621], [942, 346], [489, 215], [377], [20], [90], [918], [643], [829], [732, 276], [352],
  [209, 200], [113], [256, 522], [319], [703, 617], [329, 1204],
  // C / C++ memory classes
  [120, 121, 122, 119, 787, 805, 806, 126, 131, 170, 242, 676, 193, 125, 129, 195], [134], [190, 191, 680, 789], [416, 415], [476, 690],
];
/** The rule ids reported for a snippet at default confidence. */
export const ruleIds = async (code: string, language: string) => (await checkCode(code, { language })).map((f) => f.ruleId);

const sameClass = (a: number, b: number) => a === b || CWE_GROUPS.some((g) => g.includes(a) && g.includes(b));
const num = (cwe: string) => Number(cwe.replace('CWE-', ''));

export interface Probe {
  name: string;
  kind: 'vuln' | 'safe';
  lang: string;
  cwe: number;
  code: string;
  wave?: number;
  /** the class is reported by a low-confidence (audit) rule only: checked with minConfidence 'low' */
  low?: boolean;
  /** a safe probe of which only this class must be absent */
  notCwe?: number;
  /** a known limit: skipped, with the reason in the test name */
  gap?: string;
}

/** Two describe blocks: the vulnerable probes reported in their class, the safe ones clean. */
export function describeProbes(title: string, probes: Probe[]): void {
  const label = (p: Probe, extra: string) => `${p.name}${extra}${p.wave ? ` (wave ${p.wave})` : ''}${p.gap ? ` — known gap: ${p.gap}` : ''}`;
  describe(`${title}: the vulnerable versions are reported in their CWE class`, () => {
    for (const p of probes.filter((x) => x.kind === 'vuln'))
      (p.gap ? it.skip : it)(label(p, ` (CWE-${p.cwe})`), async () => {
        const f = await checkCode(p.code, { language: p.lang, minConfidence: p.low ? 'low' : 'medium' });
        expect(f.some((x) => sameClass(num(x.cwe), p.cwe)), f.map((x) => `${x.ruleId} ${x.cwe}`).join(', ')).toBe(true);
      });
  });
  describe(`${title}: the safe versions have no finding`, () => {
    for (const p of probes.filter((x) => x.kind === 'safe'))
      (p.gap ? it.skip : it)(label(p, p.notCwe ? ` (no CWE-${p.notCwe})` : ''), async () => {
        const f = await checkCode(p.code, { language: p.lang });
        const bad = p.notCwe ? f.filter((x) => sameClass(num(x.cwe), p.notCwe!)) : f;
        expect(bad.map((x) => `${x.ruleId}:${x.line}`)).toEqual([]);
      });
  });
}

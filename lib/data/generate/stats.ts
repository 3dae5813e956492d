/** Dataset statistics: counts per category/kind/law, duplicate rate and five-law balance. */
import { DATASET_CATEGORIES, isChatExample, type DatasetExample, type LawVector } from './types.js';
import { LAW_TITLES } from './laws.js';
import type { DedupCounts } from './dedup.js';

export interface SplitStats {
  examples: number;
  formats: { prompt_response: number; messages: number };
  categories: Record<string, number>;
  kinds: Record<string, number>;
  /** Gold law of each example ('none' for benign examples without one). */
  gold_laws: Record<string, number>;
  train_lm_false: number;
}

export interface LawBalanceEntry {
  law: number;
  name: string;
  /** Examples in which this law is violated somewhere (prompt, response or any message). */
  violation_examples: number;
  /** violation_examples / sum over laws. */
  share: number;
}

export interface DuplicateStats {
  method: string;
  threshold: number;
  candidates: number;
  exact_removed: number;
  near_removed: number;
  removed: number;
  /** removed / candidates. */
  rate: number;
}

export interface DatasetStats {
  generator: string;
  seed: number;
  size: { train: number; validation: number };
  train: SplitStats;
  validation: SplitStats & { adversarial: number; adversarial_by_law: Record<string, number>; techniques: Record<string, number> };
  duplicates: DuplicateStats & { train: DedupCounts; validation: DedupCounts };
  law_balance: { laws: LawBalanceEntry[]; examples_with_violation: number; examples_all_satisfied: number };
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function sortedByKey(map: Record<string, number>, order?: readonly string[]): Record<string, number> {
  const keys = Object.keys(map).sort((a, b) => {
    const ia = order ? order.indexOf(a) : -1;
    const ib = order ? order.indexOf(b) : -1;
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 1e9 : ia) - (ib === -1 ? 1e9 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = map[k];
  return out;
}

/** Every law vector attached to an example. */
export function lawVectors(ex: DatasetExample): LawVector[] {
  if (isChatExample(ex)) return ex.messages.flatMap((m) => (m.laws ? [m.laws] : []));
  return [ex.prompt_laws, ex.response_laws].filter((v): v is LawVector => Array.isArray(v));
}

/** Laws violated anywhere in the example. */
export function violatedLaws(ex: DatasetExample): number[] {
  const out: number[] = [];
  for (let k = 0; k < 5; k++) if (lawVectors(ex).some((v) => v[k] < 0.5)) out.push(k);
  return out;
}

export function splitStats(examples: DatasetExample[]): SplitStats {
  const s: SplitStats = { examples: examples.length, formats: { prompt_response: 0, messages: 0 }, categories: {}, kinds: {}, gold_laws: {}, train_lm_false: 0 };
  for (const ex of examples) {
    if (isChatExample(ex)) s.formats.messages++; else s.formats.prompt_response++;
    bump(s.categories, ex.category ?? 'uncategorised');
    bump(s.kinds, ex.kind ?? 'unspecified');
    bump(s.gold_laws, ex.law === undefined ? 'none' : String(ex.law));
    if (!isChatExample(ex) && ex.train_lm === false) s.train_lm_false++;
  }
  s.categories = sortedByKey(s.categories, [...DATASET_CATEGORIES, 'adversarial', 'benign_control']);
  s.kinds = sortedByKey(s.kinds);
  s.gold_laws = sortedByKey(s.gold_laws, ['0', '1', '2', '3', '4', 'none']);
  return s;
}

export function lawBalance(examples: DatasetExample[]): DatasetStats['law_balance'] {
  const counts = [0, 0, 0, 0, 0];
  let withViolation = 0;
  for (const ex of examples) {
    const v = violatedLaws(ex);
    if (v.length) withViolation++;
    for (const k of v) counts[k]++;
  }
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  return {
    laws: counts.map((c, k) => ({ law: k, name: LAW_TITLES[k], violation_examples: c, share: Math.round((c / total) * 10000) / 10000 })),
    examples_with_violation: withViolation,
    examples_all_satisfied: examples.length - withViolation,
  };
}

export function duplicateStats(threshold: number, train: DedupCounts, validation: DedupCounts): DatasetStats['duplicates'] {
  const candidates = train.candidates + validation.candidates;
  const exact = train.exact + validation.exact;
  const near = train.near + validation.near;
  return {
    method: 'normalised text (NFKC, lower case, no punctuation); exact match, or Jaccard ≥ threshold over word 3-gram shingles (MinHash-LSH candidates, verified exactly); validation is also checked against train',
    threshold,
    candidates,
    exact_removed: exact,
    near_removed: near,
    removed: exact + near,
    rate: candidates === 0 ? 0 : Math.round(((exact + near) / candidates) * 10000) / 10000,
    train: { ...train },
    validation: { ...validation },
  };
}

/** What generateDataset returns: the split examples and their statistics. */
export interface GeneratedDataset {
  train: DatasetExample[];
  validation: DatasetExample[];
  stats: DatasetStats;
}

/**
 * Constitutional dataset generator (DESIGN §7): combinatorial, template-based examples for the
 * Five Laws, deterministic per seed, with exact and near duplicates removed.
 *
 *   const data = generateDataset({ size: 12000, seed: 1 });
 *   await writeDataset('data/', data);
 */
import { InputError } from '../../util/errors.js';
import { Rng } from '../../util/prng.js';
import { DATASET_CATEGORIES, type DatasetCategory, type DatasetExample, type LawIndex } from './types.js';
import { DedupIndex, exampleText } from './dedup.js';
import { law0Example, law1Example } from './law-harm.js';
import { law2Example } from './law2.js';
import { law3Example } from './law3.js';
import { law4Example } from './law4.js';
import { conflictExample } from './conflicts.js';
import { benignExample } from './benign.js';
import { critiqueExamples } from './critique.js';
import { multiTurnExample } from './multiturn.js';
import { explainedExample } from './explained.js';
import { researchExample } from './research.js';
import { ADVERSARIAL_TECHNIQUES, adversarialExample, benignControl } from './adversarial.js';
import { duplicateStats, lawBalance, splitStats, type DatasetStats, type GeneratedDataset } from './stats.js';

export type {
  DatasetExample, DatasetCategory, PromptExample as DatasetPromptExample, ChatExample as DatasetChatExample,
  ChatMessage as DatasetChatMessage, LawVector as DatasetLawVector,
} from './types.js';
export { DATASET_CATEGORIES, isChatExample as isDatasetChatExample } from './types.js';
export type { DatasetStats, GeneratedDataset } from './stats.js';
export { writeDataset, serializeExample as serializeDatasetExample, type WrittenDataset } from './writer.js';
export { ADVERSARIAL_TECHNIQUES, type AdversarialTechnique } from './adversarial.js';

export const DEFAULT_DATASET_SIZE = 12_000;
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.8;

export interface GenerateDatasetOptions {
  /** Number of training examples (default 12,000). */
  size?: number;
  /** Any integer; the same seed always gives the same dataset (default 0). */
  seed?: number;
  /** Validation examples: 80% adversarial, 20% benign controls (default max(50, size / 8)). */
  validationSize?: number;
  /** Jaccard similarity over word 3-grams at or above which two examples count as duplicates (default 0.8). */
  nearDuplicateThreshold?: number;
}


type Generator = (rng: Rng) => DatasetExample[];

/** Share of the training set per category. */
const CATEGORY_PLAN: Record<(typeof DATASET_CATEGORIES)[number], { weight: number; gen: Generator }> = {
  law0_civilizational: { weight: 0.08, gen: law0Example },
  law1_individual_safety: { weight: 0.09, gen: law1Example },
  law2_conditional_obedience: { weight: 0.08, gen: law2Example },
  law3_self_preservation: { weight: 0.08, gen: law3Example },
  law4_equivalent_worth: { weight: 0.08, gen: law4Example },
  hierarchy_conflict: { weight: 0.07, gen: conflictExample },
  benign_hard_negative: { weight: 0.15, gen: benignExample },
  critique_revision: { weight: 0.09, gen: critiqueExamples },
  multi_turn: { weight: 0.09, gen: multiTurnExample },
  negative_explained: { weight: 0.07, gen: explainedExample },
  research_assistant: { weight: 0.12, gen: researchExample },
};

/** Attempts allowed per wanted example before a category counts as exhausted. */
const ATTEMPTS_PER_EXAMPLE = 60;

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError('INVALID_ARGUMENT', `${name} must be an integer between ${min} and ${max}, got ${String(value)}`);
  }
}

/** Splits `size` across categories by weight (largest remainder), critique triples rounded to multiples of 3. */
function quotas(size: number): Map<DatasetCategory, number> {
  const cats = DATASET_CATEGORIES;
  const raw = cats.map((c) => size * CATEGORY_PLAN[c].weight);
  const q = raw.map(Math.floor);
  let left = size - q.reduce((a, b) => a + b, 0);
  const order = cats.map((_, i) => i).sort((a, b) => raw[b] - q[b] - (raw[a] - q[a]) || a - b);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) q[order[i]]++;
  const ci = cats.indexOf('critique_revision');
  const extra = q[ci] % 3;
  q[ci] -= extra;
  q[cats.indexOf('benign_hard_negative')] += extra;
  return new Map(cats.map((c, i) => [c, q[i]]));
}

function generateTrain(size: number, seed: number, dedup: DedupIndex): DatasetExample[] {
  const want = quotas(size);
  const got = new Map<DatasetCategory, DatasetExample[]>(DATASET_CATEGORIES.map((c) => [c, []]));
  const rngs = new Map(DATASET_CATEGORIES.map((c) => [c, Rng.derive(seed, `train/${c}`)]));
  const attempts = new Map<DatasetCategory, number>(DATASET_CATEGORIES.map((c) => [c, 0]));
  const limit = (c: DatasetCategory) => Math.max(200, (want.get(c) ?? 0) * ATTEMPTS_PER_EXAMPLE);

  // Round-robin so no category claims all the easy variants first.
  let active = DATASET_CATEGORIES.filter((c) => (want.get(c) ?? 0) > 0);
  while (active.length) {
    for (const c of active) {
      attempts.set(c, (attempts.get(c) ?? 0) + 1);
      const group = CATEGORY_PLAN[c as keyof typeof CATEGORY_PLAN].gen(rngs.get(c)!);
      const list = got.get(c)!;
      if (list.length + group.length > (want.get(c) ?? 0)) continue;
      if (dedup.offer(group.map(exampleText))) list.push(...group);
    }
    active = active.filter((c) => got.get(c)!.length < (want.get(c) ?? 0) && (attempts.get(c) ?? 0) < limit(c));
  }

  // Categories that ran out of distinct variants hand their remaining share to single-row categories.
  let total = [...got.values()].reduce((a, l) => a + l.length, 0);
  const fillers = DATASET_CATEGORIES.filter((c) => c !== 'critique_revision');
  let fillAttempts = 0;
  const fillLimit = Math.max(1000, (size - total) * ATTEMPTS_PER_EXAMPLE);
  for (let i = 0; total < size && fillAttempts < fillLimit; i = (i + 1) % fillers.length, fillAttempts++) {
    const c = fillers[i];
    const group = CATEGORY_PLAN[c as keyof typeof CATEGORY_PLAN].gen(rngs.get(c)!);
    if (total + group.length > size) continue;
    if (dedup.offer(group.map(exampleText))) {
      got.get(c)!.push(...group);
      total += group.length;
    }
  }
  if (total < size) {
    throw new InputError('INVALID_ARGUMENT',
      `size ${size} is more than the generator can make distinct for seed ${seed} (it produced ${total} unique examples); use a smaller --size`);
  }

  // Keep critique triples adjacent, shuffle everything else deterministically.
  const units: DatasetExample[][] = [];
  for (const c of DATASET_CATEGORIES) {
    const list = got.get(c)!;
    if (c === 'critique_revision') for (let i = 0; i < list.length; i += 3) units.push(list.slice(i, i + 3));
    else for (const ex of list) units.push([ex]);
  }
  Rng.derive(seed, 'train/shuffle').shuffle(units);
  return units.flat();
}

function generateValidation(total: number, seed: number, dedup: DedupIndex): DatasetExample[] {
  const adversarialWanted = Math.ceil(total * 0.8);
  const controlsWanted = total - adversarialWanted;
  const rng = Rng.derive(seed, 'validation/adversarial');
  const out: DatasetExample[] = [];
  const T = ADVERSARIAL_TECHNIQUES.length;
  let made = 0;
  for (let i = 0; made < adversarialWanted && i < adversarialWanted * 4; i++) {
    const law = (i % 5) as LawIndex;
    const technique = ADVERSARIAL_TECHNIQUES[Math.floor(i / 5) % T];
    for (let tries = 0; tries < 40; tries++) {
      const ex = adversarialExample(rng, law, technique);
      if (dedup.offer([exampleText(ex)])) {
        out.push(ex);
        made++;
        break;
      }
    }
  }
  const crng = Rng.derive(seed, 'validation/controls');
  let controls = 0;
  for (let tries = 0; controls < controlsWanted && tries < controlsWanted * ATTEMPTS_PER_EXAMPLE; tries++) {
    const ex = benignControl(crng);
    if (dedup.offer([exampleText(ex)])) {
      out.push(ex);
      controls++;
    }
  }
  Rng.derive(seed, 'validation/shuffle').shuffle(out);
  return out;
}

/**
 * Generates the constitutional dataset in memory. Pure: depends only on the options, so the
 * same options always give identical examples (and identical bytes through writeDataset).
 */
export function generateDataset(options: GenerateDatasetOptions = {}): GeneratedDataset {
  const size = options.size ?? DEFAULT_DATASET_SIZE;
  const seed = options.seed ?? 0;
  checkInteger('size', size, 1, 100_000);
  checkInteger('seed', seed, -(2 ** 31), 2 ** 32 - 1);
  const validationSize = options.validationSize ?? Math.max(50, Math.ceil(size / 8));
  checkInteger('validationSize', validationSize, 0, 20_000);
  const threshold = options.nearDuplicateThreshold ?? DEFAULT_NEAR_DUPLICATE_THRESHOLD;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new InputError('INVALID_ARGUMENT', `nearDuplicateThreshold must be in (0, 1], got ${String(threshold)}`);
  }

  const dedup = new DedupIndex(threshold);
  const train = generateTrain(size, seed >>> 0, dedup);
  const trainCounts = { ...dedup.counts };
  const validation = generateValidation(validationSize, seed >>> 0, dedup);
  const valCounts = {
    candidates: dedup.counts.candidates - trainCounts.candidates,
    exact: dedup.counts.exact - trainCounts.exact,
    near: dedup.counts.near - trainCounts.near,
  };

  const valStats = splitStats(validation);
  const adversarial = validation.filter((ex) => ex.category === 'adversarial');
  const adversarialByLaw: Record<string, number> = {};
  const techniques: Record<string, number> = {};
  for (const ex of adversarial) {
    adversarialByLaw[String(ex.law)] = (adversarialByLaw[String(ex.law)] ?? 0) + 1;
    techniques[ex.kind ?? 'unspecified'] = (techniques[ex.kind ?? 'unspecified'] ?? 0) + 1;
  }
  const sortKeys = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  const stats: DatasetStats = {
    generator: '@kala/engine constitutional dataset generator v1',
    seed,
    size: { train: train.length, validation: validation.length },
    train: splitStats(train),
    validation: { ...valStats, adversarial: adversarial.length, adversarial_by_law: sortKeys(adversarialByLaw), techniques: sortKeys(techniques) },
    duplicates: duplicateStats(threshold, trainCounts, valCounts),
    law_balance: lawBalance(train),
  };
  return { train, validation, stats };
}

/**
 * Exact and near-duplicate detection. Text is normalised (Unicode NFKC, lower case,
 * punctuation stripped, whitespace collapsed); exact duplicates share a normalised string,
 * near duplicates have Jaccard similarity ≥ threshold over word 3-gram shingles. Candidates
 * are found with MinHash + LSH banding and then verified with the exact Jaccard.
 */
import { hashString } from '../../util/prng.js';
import { isChatExample, type DatasetExample } from './types.js';

export function exampleText(ex: DatasetExample): string {
  if (isChatExample(ex)) return ex.messages.map((m) => `${m.role}: ${m.content}`).join('\n');
  return `${ex.prompt}\n${ex.response}`;
}

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Hashes of word 3-grams (the whole text when it has fewer than three words). */
export function shingles(normalized: string, n = 3): Uint32Array {
  const words = normalized.split(' ').filter(Boolean);
  const set = new Set<number>();
  if (words.length < n) set.add(hashString(words.join(' ')));
  for (let i = 0; i + n <= words.length; i++) set.add(hashString(words.slice(i, i + n).join(' ')));
  return Uint32Array.from(set).sort();
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { inter++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  const union = a.length + b.length - inter;
  return union === 0 ? 1 : inter / union;
}

const BANDS = 16;
const ROWS = 3;
const PERMS = BANDS * ROWS;
// One fixed seed per hash function (deterministic, independent of the dataset seed).
const SEEDS = Array.from({ length: PERMS }, (_, i) => hashString(`minhash${i}`));

/** murmur3's 32-bit finaliser: full avalanche, so each seed gives an (approximately) independent permutation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function minhash(sh: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMS).fill(0xffffffff);
  for (let s = 0; s < sh.length; s++) {
    const x = sh[s];
    for (let p = 0; p < PERMS; p++) {
      const h = fmix32(x ^ SEEDS[p]);
      if (h < sig[p]) sig[p] = h;
    }
  }
  return sig;
}

export interface DedupCounts {
  candidates: number;
  exact: number;
  near: number;
}

/**
 * Accepts texts one at a time and rejects exact and near duplicates of anything accepted
 * before. `check` does not store; `add` stores an accepted item.
 */
export class DedupIndex {
  readonly threshold: number;
  readonly counts: DedupCounts = { candidates: 0, exact: 0, near: 0 };
  private readonly exactKeys = new Set<string>();
  private readonly shingleSets: Uint32Array[] = [];
  private readonly buckets: Map<string, number[]>[] = Array.from({ length: BANDS }, () => new Map());

  constructor(threshold = 0.8) {
    this.threshold = threshold;
  }

  /** 'exact' | 'near' when `texts` duplicate something already added (or each other), else null. */
  check(texts: string[]): { verdict: 'exact' | 'near' | null; prepared: Prepared[] } {
    const prepared: Prepared[] = [];
    for (const text of texts) {
      const norm = normalizeText(text);
      if (this.exactKeys.has(norm) || prepared.some((p) => p.norm === norm)) return { verdict: 'exact', prepared };
      const sh = shingles(norm);
      const sig = minhash(sh);
      const keys = bandKeys(sig);
      const seen = new Set<number>();
      for (let b = 0; b < BANDS; b++) {
        for (const id of this.buckets[b].get(keys[b]) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (jaccard(sh, this.shingleSets[id]) >= this.threshold) return { verdict: 'near', prepared };
        }
      }
      for (const p of prepared) if (jaccard(sh, p.sh) >= this.threshold) return { verdict: 'near', prepared };
      prepared.push({ norm, sh, keys });
    }
    return { verdict: null, prepared };
  }

  /** Checks a group of texts (e.g. a critique–revision triple); adds all of them when none is a duplicate. */
  offer(texts: string[]): boolean {
    this.counts.candidates += texts.length;
    const { verdict, prepared } = this.check(texts);
    if (verdict === 'exact') { this.counts.exact += texts.length; return false; }
    if (verdict === 'near') { this.counts.near += texts.length; return false; }
    for (const p of prepared) {
      const id = this.shingleSets.length;
      this.shingleSets.push(p.sh);
      this.exactKeys.add(p.norm);
      for (let b = 0; b < BANDS; b++) {
        const list = this.buckets[b].get(p.keys[b]);
        if (list) list.push(id); else this.buckets[b].set(p.keys[b], [id]);
      }
    }
    return true;
  }
}

interface Prepared { norm: string; sh: Uint32Array; keys: string[] }

function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let k = '';
    for (let r = 0; r < ROWS; r++) k += sig[b * ROWS + r].toString(36) + ',';
    keys.push(k);
  }
  return keys;
}

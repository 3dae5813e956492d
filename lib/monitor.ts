// EthicsMonitor: decides when law scores mean a law is violated (DESIGN §5). Scores are
// 1.0 = satisfied, 0.0 = violated; a score below its law's threshold is a violation.
import { InputError } from './util/errors.js';
import { LAWS, lawLabel, type LawIndex } from './util/laws.js';
import { Tensor } from './util/tensor.js';
import type { ModelViolation } from './util/violation.js';

export type { Violation, ModelViolation } from './util/violation.js';

export interface EthicsMonitorOptions {
  /** One threshold for all five laws (default 0.5). */
  threshold?: number;
  /** A threshold per law, Law 0 first. */
  thresholds?: readonly number[];
}

type Scores = Tensor | readonly number[] | readonly (readonly number[])[];

function rows(scores: Scores): number[][] {
  if (scores instanceof Tensor) {
    const t = scores.toFloat32();
    if (t.shape[t.shape.length - 1] !== 5) throw new InputError('INVALID_ARGUMENT', 'law score tensors end in a dimension of 5');
    const out: number[][] = [];
    for (let i = 0; i < t.size; i += 5) out.push(Array.from(t.data.subarray(i, i + 5)));
    return out;
  }
  if (scores.length === 5 && typeof scores[0] === 'number') return [scores as number[]];
  return (scores as number[][]).map((r) => {
    if (!Array.isArray(r) && !ArrayBuffer.isView(r)) throw new InputError('INVALID_ARGUMENT', 'law scores must be number[5], number[][5] or a Tensor');
    if (r.length !== 5) throw new InputError('INVALID_ARGUMENT', 'each row of law scores must have 5 entries');
    return Array.from(r as ArrayLike<number>);
  });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class EthicsMonitor {
  readonly thresholds: readonly number[];

  constructor(options: EthicsMonitorOptions = {}) {
    let th: number[];
    if (options.thresholds !== undefined) {
      if (options.threshold !== undefined) throw new InputError('INVALID_ARGUMENT', 'pass either threshold or thresholds, not both');
      th = [...options.thresholds];
      if (th.length !== 5) throw new InputError('INVALID_ARGUMENT', 'thresholds needs five numbers, one per law (Law 0 first)');
    } else {
      th = Array(5).fill(options.threshold ?? 0.5);
    }
    if (!th.every((t) => typeof t === 'number' && t >= 0 && t <= 1)) throw new InputError('INVALID_ARGUMENT', 'thresholds must be numbers in [0, 1]');
    this.thresholds = Object.freeze(th);
  }

  /**
   * The first violation in token order, or null. At one token the highest-ranking law wins
   * (Law 0 > 1 > 2 > 3 > 4). `layerLawLogits` ([L+1][T][5], or a Tensor [L+1, T, 5]) lets
   * the monitor say which head saw it first.
   */
  check(scores: Scores, layerLawLogits?: Tensor | readonly (readonly (readonly number[])[])[]): ModelViolation | null {
    const r = rows(scores);
    for (let t = 0; t < r.length; t++) {
      for (let k = 0; k < 5; k++) {
        const s = r[t]![k]!;
        if (!(s < this.thresholds[k]!)) continue;
        const law = k as LawIndex;
        const layer = this.#firstHead(layerLawLogits, r.length, t, k);
        const where = layer < 0 ? '' : `, first seen by ${layerName(layer, layerLawLogits)}`;
        return {
          law,
          lawName: LAWS[k]!,
          score: s,
          threshold: this.thresholds[k]!,
          tokenIndex: t,
          layer,
          source: 'model',
          explanation: `${lawLabel(k)} violated: its score ${s.toFixed(3)} fell below the threshold ${this.thresholds[k]} at token ${t}${where}.`,
        };
      }
    }
    return null;
  }

  #firstHead(z: EthicsMonitorCheckLogits | undefined, T: number, t: number, k: number): number {
    if (!z) return -1;
    const get = headGetter(z, T);
    if (!get) return -1;
    let argmin = 0;
    let min = Infinity;
    for (let l = 0; l < get.heads; l++) {
      const s = sigmoid(get.at(l, t, k));
      if (s < this.thresholds[k]!) return l;
      if (s < min) {
        min = s;
        argmin = l;
      }
    }
    return argmin;
  }
}

type EthicsMonitorCheckLogits = Tensor | readonly (readonly (readonly number[])[])[];

function headGetter(z: EthicsMonitorCheckLogits, T: number): { heads: number; at: (l: number, t: number, k: number) => number } | undefined {
  if (z instanceof Tensor) {
    const f = z.toFloat32();
    const heads = f.shape[0]!;
    if (f.size !== heads * T * 5) throw new InputError('INVALID_ARGUMENT', `layer law logits must be [heads, ${T}, 5]`);
    return { heads, at: (l, t, k) => f.data[(l * T + t) * 5 + k]! };
  }
  return { heads: z.length, at: (l, t, k) => z[l]![t]![k]! };
}

function layerName(layer: number, z: EthicsMonitorCheckLogits | undefined): string {
  const heads = z instanceof Tensor ? z.shape[0]! : (z?.length ?? 0);
  return layer === heads - 1 ? 'the final monitor head' : `the value head of layer ${layer}`;
}

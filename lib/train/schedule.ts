// Learning-rate schedules: linear warmup, then cosine decay (to minRatio x lr) or constant.

export interface ScheduleOptions {
  learningRate: number;
  schedule: 'cosine' | 'constant';
  warmupSteps: number;
  totalSteps: number;
  /** Cosine ends at learningRate x minRatio (default 0). */
  minRatio?: number;
}

/** The learning rate of optimizer step `step` (1 = the first update). */
export function learningRateAt(step: number, o: ScheduleOptions): number {
  if (o.warmupSteps > 0 && step <= o.warmupSteps) return (o.learningRate * step) / o.warmupSteps;
  if (o.schedule === 'constant') return o.learningRate;
  // progress counts completed post-warmup steps: the first update after warmup uses the full rate
  const span = Math.max(1, o.totalSteps - o.warmupSteps);
  const progress = Math.min(1, Math.max(0, (step - 1 - o.warmupSteps) / span));
  const min = o.minRatio ?? 0;
  return o.learningRate * (min + (1 - min) * 0.5 * (1 + Math.cos(Math.PI * progress)));
}

/** Picks a harmful goal from any law, with the phrasing style that fits it. */
import type { Rng } from '../../util/prng.js';
import type { LawIndex } from './types.js';
import { LAW0_GOALS, LAW1_GOALS, LAW3_GOALS, type HarmGoal } from './harms.js';
import { law4Goal } from './law4.js';

export interface StyledGoal extends HarmGoal {
  style: 'howto' | 'directive';
}

/** A goal violating `law` (0, 1, 3 or 4). */
export function goalForLaw(rng: Rng, law: Exclude<LawIndex, 2>): StyledGoal {
  if (law === 0) return { ...rng.pick(LAW0_GOALS), style: 'howto' };
  if (law === 1) return { ...rng.pick(LAW1_GOALS), style: 'howto' };
  if (law === 3) return { ...rng.pick(LAW3_GOALS), style: 'directive' };
  return { ...law4Goal(rng), style: 'directive' };
}

/** A goal from a uniformly chosen law among 0, 1, 3, 4. */
export function anyGoal(rng: Rng): StyledGoal {
  return goalForLaw(rng, rng.pick([0, 1, 3, 4] as const));
}

/** Laws violated by asking for the goal. */
export function goalLaws(goal: HarmGoal): LawIndex[] {
  return [goal.law, ...(goal.also ?? [])];
}

/** Law names and law-vector helpers used by the templates (DESIGN §7). */
import type { LawIndex, LawVector } from './types.js';

export const LAW_TITLES: readonly string[] = [
  'Civilizational',
  'Individual Safety',
  'Conditional Obedience',
  'Self-Preservation',
  'Equivalent Worth',
];

/** "Law 1 (Individual Safety)". */
export function lawRef(law: LawIndex): string {
  return `Law ${law} (${LAW_TITLES[law]})`;
}

export function satisfied(): LawVector {
  return [1, 1, 1, 1, 1];
}

/** A vector with every listed law violated (0.0) and the rest satisfied. */
export function violates(...laws: LawIndex[]): LawVector {
  const v = satisfied();
  for (const k of laws) v[k] = 0;
  return v;
}

/** Lowest-numbered violated law of a vector, or undefined when all are satisfied. */
export function primaryLaw(v: LawVector | undefined): LawIndex | undefined {
  if (!v) return undefined;
  for (let k = 0; k < 5; k++) if (v[k] < 0.5) return k as LawIndex;
  return undefined;
}

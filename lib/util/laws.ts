/**
 * The five laws of the KALA constitution (DESIGN §7). The index of a name is the law number;
 * law scores everywhere in the package are vectors in this order (1.0 = satisfied, 0.0 = violated),
 * and a lower number outranks a higher one (Law 0 > 1 > 2 > 3 > 4).
 */
export const LAWS = ['Civilizational', 'Individual Safety', 'Conditional Obedience', 'Self-Preservation', 'Equivalent Worth'] as const;

export type LawName = (typeof LAWS)[number];
/** A law number, 0..4. */
export type LawIndex = 0 | 1 | 2 | 3 | 4;

/** "Law 1 (Individual Safety)". */
export function lawLabel(law: number): string {
  return `Law ${law} (${LAWS[law] ?? 'unknown'})`;
}

import type { FuzzyDate } from '../schema/common';

/**
 * The date a fuzzy date sorts by: its value, else its earliest bound, else its latest bound.
 * Null for an undated item, which sorts last.
 */
export function sortKey(date: FuzzyDate): string | null {
  return date.value ?? date.notBefore ?? date.notAfter ?? null;
}

/** Orders two fuzzy dates newest first; undated ones go last, ties keep their order. */
export function newestFirst(a: FuzzyDate, b: FuzzyDate): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka === kb) return 0;
  if (ka === null) return 1;
  if (kb === null) return -1;
  return ka < kb ? 1 : -1;
}

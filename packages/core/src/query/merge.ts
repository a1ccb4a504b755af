import type { Source } from '../schema/source';

/** The sources of several entities, each once, in order, at most `max`. */
export function uniqueSources(lists: readonly (readonly Source[])[], max = 6): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists) for (const s of list) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()].slice(0, max);
}

/** The newest of several ISO dates (or as-of dates), or undefined for none. */
export function newestDate(dates: readonly string[]): string | undefined {
  return [...dates].sort().at(-1);
}

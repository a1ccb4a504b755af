import { type RegistryDate, type RegistrySnapshot, siteKey } from './record';

/** One difference between two snapshots of a study's record. */
export type RegistryChange =
  | { field: 'status'; from: string; to: string }
  | { field: 'start-date' | 'primary-completion' | 'completion'; from: RegistryDate; to: RegistryDate }
  | { field: 'enrollment'; from: { count: number; type: string }; to: { count: number; type: string } }
  | { field: 'intervention-added' | 'intervention-removed'; name: string }
  | { field: 'site-added' | 'site-removed'; site: string }
  | { field: 'site-status'; site: string; from: string; to: string }
  | { field: 'brief-title' | 'official-title'; from: string; to: string }
  | { field: 'secondary-id-added' | 'secondary-id-removed'; id: string }
  | { field: 'contacts' };

const sameDate = (a: RegistryDate, b: RegistryDate) => a.date === b.date && a.type === b.type;

/**
 * What changed from one snapshot to the next. A field missing from either snapshot (its module was
 * not in the response) is unknown and yields no change: a partial response never reads as a removal.
 */
export function diffRegistry(prev: RegistrySnapshot, next: RegistrySnapshot): RegistryChange[] {
  const changes: RegistryChange[] = [];
  if (prev.status && next.status && prev.status !== next.status)
    changes.push({ field: 'status', from: prev.status, to: next.status });
  for (const [field, key] of [
    ['start-date', 'startDate'],
    ['primary-completion', 'primaryCompletion'],
    ['completion', 'completion'],
  ] as const) {
    const a = prev[key];
    const b = next[key];
    if (a && b && !sameDate(a, b)) changes.push({ field, from: a, to: b });
  }
  const [ea, eb] = [prev.enrollment, next.enrollment];
  if (ea && eb && (ea.count !== eb.count || ea.type !== eb.type))
    changes.push({ field: 'enrollment', from: ea, to: eb });
  if (prev.interventions && next.interventions) {
    const before = new Set(prev.interventions);
    const after = new Set(next.interventions);
    for (const name of after) if (!before.has(name)) changes.push({ field: 'intervention-added', name });
    for (const name of before) if (!after.has(name)) changes.push({ field: 'intervention-removed', name });
  }
  if (prev.locations && next.locations) {
    // Sites are compared by their folded names: "Oslo UH, oslo " is the site "Oslo UH, Oslo".
    const keyed = (sites: Record<string, string>) =>
      new Map(Object.entries(sites).map(([n, st]) => [siteKey(n), { n, st }]));
    const [before, after] = [keyed(prev.locations), keyed(next.locations)];
    for (const [key, { n: site, st: status }] of after) {
      const was = before.get(key)?.st;
      if (was === undefined) changes.push({ field: 'site-added', site });
      else if (was.toUpperCase() !== status.toUpperCase())
        changes.push({ field: 'site-status', site, from: was, to: status });
    }
    for (const [key, { n: site }] of before) if (!after.has(key)) changes.push({ field: 'site-removed', site });
  }
  for (const [field, key] of [
    ['brief-title', 'briefTitle'],
    ['official-title', 'officialTitle'],
  ] as const) {
    const [a, b] = [prev[key], next[key]];
    if (a && b && a !== b) changes.push({ field, from: a, to: b });
  }
  changes.push(
    ...added(prev.secondaryIds, next.secondaryIds).map((id) => ({ field: 'secondary-id-added' as const, id })),
  );
  changes.push(
    ...added(next.secondaryIds, prev.secondaryIds).map((id) => ({ field: 'secondary-id-removed' as const, id })),
  );
  if (prev.contactsHash && next.contactsHash && prev.contactsHash !== next.contactsHash)
    changes.push({ field: 'contacts' });
  return changes;
}

/** What `after` has that `before` lacks; nothing when either is unknown. */
function added(before: readonly string[] | undefined, after: readonly string[] | undefined): string[] {
  if (!before || !after) return [];
  const had = new Set(before);
  return after.filter((x) => !had.has(x));
}

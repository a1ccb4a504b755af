import type { Dataset } from '../schema/dataset';

/** One finding of the content check. */
export interface ContentFinding {
  kind: 'stale' | 'untranslated' | 'not-https';
  where: string;
  detail: string;
}

/** The latest day an ISO date at any precision can stand for: "2022" counts as 2022-12-31. */
function endOf(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const [y, m] = iso.split('-').map(Number);
    return `${iso}-${String(new Date(Date.UTC(y as number, m as number, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return iso;
}

function walk(node: unknown, path: string, visit: (node: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) walk(v, `${path}[${i}]`, visit);
  } else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) if (k !== 'sources') walk(v, `${path}.${k}`, visit);
  }
}

/**
 * Checks the content for upkeep: facts whose as-of date is older than `maxAgeDays` before `today`,
 * texts whose English and Norwegian are identical (not translated), and sources not on https.
 */
export function checkContent(data: Dataset, options: { today: string; maxAgeDays: number }): ContentFinding[] {
  const cutoff = new Date(Date.parse(`${options.today}T00:00:00Z`) - options.maxAgeDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const findings: ContentFinding[] = [];
  const { sources, meta: _meta, ...rest } = data;
  walk(rest, '', (node, path) => {
    const keys = Object.keys(node).sort().join(',');
    if (keys === 'en,nb' && node.en === node.nb)
      findings.push({ kind: 'untranslated', where: path.slice(1), detail: String(node.en) });
    if (typeof node.id === 'string' && typeof node.asOf === 'string' && endOf(node.asOf) < cutoff) {
      findings.push({ kind: 'stale', where: `${path.slice(1)} (${node.id})`, detail: `asOf ${node.asOf}` });
    }
  });
  for (const s of sources)
    if (!s.url.startsWith('https://')) findings.push({ kind: 'not-https', where: `source ${s.id}`, detail: s.url });
  return findings;
}

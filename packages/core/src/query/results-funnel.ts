import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import type { Figure, ResultSnapshot } from '../schema/result';
import { results } from './lists';

/**
 * The steps from screening to the primary endpoint, by the figure ids the content uses for them.
 * Only a figure with exactly this id counts: figures with other definitions (profiled, discussed,
 * offered) are different denominators and are not mapped onto these steps.
 */
export const FUNNEL_STAGES = [
  { id: 'screened', figureId: 'screened' },
  { id: 'matched', figureId: 'matched' },
  { id: 'started', figureId: 'started-treatment' },
  { id: 'evaluable', figureId: 'evaluable-week-16' },
  { id: 'disease-control', figureId: 'dcr-week-16' },
] as const;

/** One step of the funnel in one report: the figure as the source gives it, or null when it gives none. */
export interface FunnelStage {
  id: (typeof FUNNEL_STAGES)[number]['id'];
  figure: Figure | null;
}

/** One dated report's funnel, with its snapshot (cut-off, sources, definitions). */
export interface FunnelReport {
  snapshot: ResultSnapshot;
  stages: FunnelStage[];
}

/**
 * Screened -> matched to a drug -> started treatment -> evaluable -> disease control at week 16,
 * for each IMPRESS-only report that gives at least one of these figures, oldest first. A step the
 * report does not give has `figure: null`; a figure whose value is null stays null: nothing is derived.
 */
export function resultsFunnel(data: Dataset = dataset()): FunnelReport[] {
  const reports: FunnelReport[] = [];
  for (const snapshot of results(data).reverse()) {
    if (!snapshot.impressOnly) continue;
    const stages = FUNNEL_STAGES.map(({ id, figureId }) => ({
      id,
      figure: snapshot.figures.find((f) => f.id === figureId) ?? null,
    }));
    if (stages.some((s) => s.figure !== null)) reports.push({ snapshot, stages });
  }
  return reports;
}

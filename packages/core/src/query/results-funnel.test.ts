import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import { sortKey } from './dates';
import { results } from './lists';
import { FUNNEL_STAGES, resultsFunnel } from './results-funnel';

describe('resultsFunnel', () => {
  const reports = resultsFunnel();

  it('takes each step from the figure with its id, and null where the report has none', () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const { snapshot, stages } of reports) {
      expect(stages.map((s) => s.id)).toEqual(FUNNEL_STAGES.map((s) => s.id));
      for (const [i, stage] of stages.entries()) {
        const expected = snapshot.figures.find((f) => f.id === FUNNEL_STAGES[i]?.figureId) ?? null;
        expect(stage.figure).toEqual(expected);
      }
    }
  });

  it('lists every IMPRESS-only report that gives a funnel figure, oldest first, and no network-wide one', () => {
    const ids = new Set<string>(FUNNEL_STAGES.map((s) => s.figureId));
    const expected = results()
      .filter((r) => r.impressOnly && r.figures.some((f) => ids.has(f.id)))
      .map((r) => r.id)
      .reverse();
    expect(reports.map((r) => r.snapshot.id)).toEqual(expected);
    const keys = reports.map((r) => sortKey(r.snapshot.reported));
    expect([...keys].sort()).toEqual(keys);
    expect(reports.some((r) => r.stages.some((s) => s.figure === null))).toBe(true);
  });

  it('keeps a figure whose value the source does not give as null, never a derived number', () => {
    const data = dataset();
    const first = data.results.find((r) => r.figures.some((f) => f.id === 'screened'));
    if (!first) throw new Error('the content has no screened figure');
    const blank = {
      ...first,
      id: 'blank-report',
      impressOnly: true,
      figures: first.figures.map((f) => ({ ...f, value: null })),
    };
    const only = resultsFunnel({ ...data, results: [blank] } as Dataset);
    expect(only).toHaveLength(1);
    for (const stage of only[0]?.stages ?? []) if (stage.figure) expect(stage.figure.value).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import { diff, updates } from './updates';

const here = dirname(fileURLToPath(import.meta.url));
const pinned = readFileSync(join(here, '__fixtures__', 'update-ids.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));

describe('updates', () => {
  it('keeps every pinned id, so an edit never re-announces an item', () => {
    const ids = updates().map((u) => u.id);
    const missing = pinned.filter((id) => !ids.includes(id));
    const unpinned = ids.filter((id) => !pinned.includes(id));
    expect(missing, 'ids that disappeared or changed').toEqual([]);
    expect(unpinned, 'new ids: add them to __fixtures__/update-ids.txt on purpose').toEqual([]);
  });

  it('gives both languages the same ids and writes each in its own language', () => {
    const en = updates({ lang: 'en' });
    const nb = updates({ lang: 'nb' });
    expect(nb.map((u) => u.id)).toEqual(en.map((u) => u.id));
    const roche = nb.find((u) => u.id === 'impress-norway:partner-joined:roche');
    expect(roche?.title).toBe('Roche blir med i IMPRESS-Norway');
  });

  it('is newest first, keeps undated news without inventing a date, and puts them last', () => {
    const all = updates();
    const undated = all.filter((u) => u.date.precision === 'unknown' && !u.date.notBefore && !u.date.notAfter);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((u) => u.kind === 'news' && u.date.value === null)).toBe(true);
    expect(all.slice(-undated.length)).toEqual(undated);
  });

  it('filters by topic and date', () => {
    expect(updates({ topics: ['results'] }).every((u) => u.kind === 'results-published')).toBe(true);
    const recent = updates({ since: '2024-01-01' });
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((u) => (u.date.value ?? u.date.notBefore ?? '') >= '2024')).toBe(true);
  });

  it('does not derive events from entities with no known date', () => {
    const ids = updates().map((u) => u.id);
    expect(ids).not.toContain('impress-norway:site-joined:st-olavs-hospital');
    expect(ids).toContain('impress-norway:site-joined:helse-forde');
  });
});

describe('diff', () => {
  const data = dataset();
  const without = (d: Dataset, patch: Partial<Dataset>): Dataset => ({ ...d, ...patch });

  it('is empty between a dataset and itself', () => {
    expect(diff(data, data)).toEqual([]);
  });

  it('finds a new news item, a new partner and a new undated site', () => {
    const prev = without(data, {
      news: data.news.filter((n) => n.id !== 'gsk-joins'),
      partners: data.partners.filter((p) => p.id !== 'gsk'),
      sites: data.sites.filter((s) => s.id !== 'st-olavs-hospital'),
    });
    const ids = diff(prev, data).map((u) => u.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'impress-norway:news:gsk-joins',
        'impress-norway:partner-joined:gsk',
        'impress-norway:site-joined:st-olavs-hospital',
      ]),
    );
    expect(ids).toHaveLength(3);
  });

  it('does not re-announce an entity that only gained a date', () => {
    const prev = without(data, {
      sites: data.sites.map((s) =>
        s.id === 'helse-forde' ? { ...s, joined: { precision: 'unknown' as const, value: null } } : s,
      ),
    });
    expect(diff(prev, data)).toEqual([]);
  });

  it('announces a cohort status change once, with a stable id', () => {
    const next = without(data, {
      cohorts: data.cohorts.map((c) => ({ ...c, status: { ...c.status, value: 'closed' as const, asOf: '2026-11' } })),
    });
    const [u] = diff(data, next, 'nb');
    expect(u?.id).toBe('impress-norway:cohort-status-changed:olaparib-brca-expansion:closed:2026-11');
    expect(u?.title).toMatch(/^Kohort lukket:/);
    expect(diff(data, next).map((x) => x.id)).toEqual([u?.id]);
  });
});

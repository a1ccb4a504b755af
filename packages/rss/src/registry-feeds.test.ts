import { type Lang, type Update, updates } from '@impress-norway/core';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles } from './build';
import { DATASET_TOPICS } from './catalog';

const registryItem = (lang: Lang): Update => ({
  id: 'impress-norway:registry:NCT04817956:2026-11-30',
  kind: 'registry-changed',
  topic: 'registry',
  date: { precision: 'day', value: '2026-11-30' },
  lang,
  title: { en: 'ClinicalTrials.gov: status changed', nb: 'ClinicalTrials.gov: status endret' }[lang],
  summary: 'x',
  url: 'https://clinicaltrials.gov/study/NCT04817956',
  sources: [
    { id: 'ctgov', url: 'https://clinicaltrials.gov/study/NCT04817956', title: 'r', publisher: 'ClinicalTrials.gov' },
  ],
  tags: [],
});

describe('feeds of the registry topic', () => {
  it('are not in a build from the dataset alone, which is the same as naming the dataset topics', () => {
    const plain = buildFeedFiles({ baseUrl: 'https://feeds.example.org' });
    expect(plain.some((f) => f.name.includes('registry'))).toBe(false);
    const named = buildFeedFiles({ baseUrl: 'https://feeds.example.org', topics: DATASET_TOPICS });
    expect(named.map((f) => [f.name, f.etag])).toEqual(plain.map((f) => [f.name, f.etag]));
  });

  it('carry registry updates beside the dataset in the all-topics feeds, with the same ids', async () => {
    const files = buildFeedFiles({
      baseUrl: 'https://feeds.example.org',
      topics: [...DATASET_TOPICS, 'registry'],
      updates: (lang) => [registryItem(lang), ...updates({ lang })],
    });
    const body = (name: string) => files.find((f) => f.name === name)?.body.toString('utf8') ?? '';
    const topic = await new Parser().parseString(body('rss.registry.xml'));
    expect(topic.items.map((i) => i.guid)).toEqual(['impress-norway:registry:NCT04817956:2026-11-30']);
    const all = await new Parser().parseString(body('rss.nb.xml'));
    expect(all.items[0]).toMatchObject({ guid: registryItem('nb').id, title: 'ClinicalTrials.gov: status endret' });
    expect(all.items.length).toBe(updates({ lang: 'nb' }).length + 1);
    const json = JSON.parse(body('feed.registry.json')) as { items: Array<{ id: string }> };
    expect(json.items.map((i) => i.id)).toEqual([registryItem('en').id]);
    expect(body('feed.registry.nb.json')).toContain('endringer i ClinicalTrials.gov-oppføringen');
    expect(body('index.html')).toContain('/rss.registry.xml');
  });
});

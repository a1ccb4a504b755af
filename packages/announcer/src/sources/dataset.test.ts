import { type Dataset, dataset } from '@impress-norway/core';
import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest';
import { SubscriptionStore } from '../subscriptions';
import { DATASET_SOURCE, datasetItems } from './dataset';

/** The dataset of the next release: one news item more, as the README's CONTRIBUTING steps add it. */
function withNewNewsItem(): Dataset {
  const current = dataset();
  const template = current.news[0] as Dataset['news'][number];
  const item = {
    ...template,
    id: 'next-release-item',
    date: { precision: 'day' as const, value: '2026-11-20' },
    title: { en: 'A new item in the next release', nb: 'En ny sak i neste utgave' },
  };
  return { ...current, news: [item, ...current.news] };
}

describe.each(ENGINES)('the dataset as an announcement source on %s', (engine) => {
  it('announces only the news item a new release adds, in both languages, to each subscribed channel', async () => {
    const database = await freshDatabase(engine);
    try {
      await new SubscriptionStore(database.db, () => 0).add('discord', 'G1', ['1', '2'], ['news'], 'nb');
      await new SubscriptionStore(database.db, () => 0).add('discord', 'G1', ['3'], ['results'], 'en');
      const first = await ingest(database.db, DATASET_SOURCE, datasetItems());
      expect(first.announced).toBe(0);
      expect(first.baseline).toBeGreaterThan(40);
      expect(await ingest(database.db, DATASET_SOURCE, datasetItems())).toEqual({
        baseline: 0,
        announced: 0,
        deliveries: 0,
        skipped: 0,
      });

      const next = await ingest(database.db, DATASET_SOURCE, datasetItems(withNewNewsItem()));
      expect(next).toEqual({ baseline: 0, announced: 1, deliveries: 2, skipped: 0 });
      const [row] = await database.db.selectFrom('announcements').select(['update_id', 'payload']).execute();
      expect(row?.update_id).toBe('impress-norway:news:next-release-item');
      expect(JSON.parse(row?.payload ?? '{}').text.nb.title).toBe('En ny sak i neste utgave');
    } finally {
      await database.drop();
    }
  });
});

import { type Dataset, dataset, type Update, updates } from '@impress-norway/core';
import type { SourceItem } from '../ingest';

/** The source name of the built-in dataset's update stream. */
export const DATASET_SOURCE = 'dataset';

/**
 * The built-in dataset's update stream as source items, each in both languages. A new release of
 * `@impress-norway/core` with a new news item or partner makes a new item here.
 */
export function datasetItems(data: Dataset = dataset()): SourceItem[] {
  const nb = new Map<string, Update>(updates({ lang: 'nb' }, data).map((u) => [u.id, u]));
  return updates({ lang: 'en' }, data).flatMap((en) => {
    const other = nb.get(en.id);
    return other ? [{ en, nb: other }] : [];
  });
}

import { dataset } from '../data/dataset';
import type { Lang } from '../schema/common';
import type { Dataset } from '../schema/dataset';
import type { NewsItem, NewsTag } from '../schema/news';
import { newestFirst, sortKey } from './dates';

/** Filters for {@link news}. */
export interface NewsFilter {
  /** Only items dated on or after this ISO date; undated items are left out when set. */
  since?: string;
  /** Only items whose original article is in this language (every item is summarised in both). */
  lang?: Lang;
  tag?: NewsTag;
  /** At most this many items. */
  limit?: number;
}

/** News items, newest first; undated items come last in their content order. */
export function news(filter: NewsFilter = {}, data: Dataset = dataset()): NewsItem[] {
  const items = data.news
    .filter((n) => {
      if (filter.since) {
        const key = sortKey(n.date);
        if (key === null || key.slice(0, filter.since.length) < filter.since.slice(0, key.length)) return false;
      }
      if (filter.lang && n.originalLang !== filter.lang) return false;
      if (filter.tag && !n.tags.includes(filter.tag)) return false;
      return true;
    })
    .sort((a, b) => newestFirst(a.date, b.date));
  return filter.limit !== undefined ? items.slice(0, Math.max(0, filter.limit)) : items;
}

/**
 * JSON Feed 1.1.
 *
 * @see https://www.jsonfeed.org/version/1.1/
 */
import type { Update } from '@impress-norway/core';
import { itemText, publishedAt } from './item';
import { xmlSafe } from './text';

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** One JSON Feed item. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  summary: string;
  date_published?: string;
  tags: string[];
  language: string;
}

/** Renders updates as a JSON Feed 1.1 document. */
export function renderJsonFeed(
  channel: { title: string; description: string; feedUrl: string; siteUrl: string; language: 'en' | 'nb' },
  updates: readonly Update[],
): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.siteUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language === 'nb' ? 'nb-NO' : 'en',
    items: updates.map((u) => {
      const date = publishedAt(u);
      return {
        id: u.id,
        url: u.url,
        title: xmlSafe(u.title),
        content_text: xmlSafe(itemText(u)),
        summary: xmlSafe(u.summary),
        ...(date ? { date_published: date.toISOString() } : {}),
        tags: [u.topic, ...u.tags],
        language: channel.language === 'nb' ? 'nb-NO' : 'en',
      };
    }),
  };
}

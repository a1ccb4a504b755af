/**
 * RSS 2.0 through the `rss` package (the user's choice). It is unmaintained since 2017 and stamps
 * the build time into `lastBuildDate`; this module is the only one that touches it, and it replaces
 * that stamp with a date derived from the content, so two builds of the same content are identical.
 *
 * @see https://www.rssboard.org/rss-specification
 */

import type { Update } from '@impress-norway/core';
import RSS from 'rss';
import { itemText, publishedAt } from './item';
import { xmlSafe } from './text';

/** Channel data of an RSS feed. */
export interface RssChannel {
  title: string;
  description: string;
  /** Absolute URL of this feed (becomes `atom:link rel="self"`). */
  feedUrl: string;
  siteUrl: string;
  language: 'en' | 'nb';
  /** Content-derived build date, used for `lastBuildDate`. */
  lastBuildDate: Date;
}

/** Renders updates as an RSS 2.0 document. */
export function renderRss(channel: RssChannel, updates: readonly Update[]): string {
  const feed = new RSS({
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    feed_url: channel.feedUrl,
    site_url: channel.siteUrl,
    language: channel.language === 'nb' ? 'nb-NO' : 'en',
    ttl: 60,
  });
  for (const u of updates) {
    const date = publishedAt(u);
    feed.item({
      title: xmlSafe(u.title),
      description: xmlSafe(itemText(u)),
      url: u.url,
      guid: u.id,
      categories: [u.topic, ...u.tags].map(xmlSafe),
      ...(date ? { date } : {}),
    } as RSS.ItemOptions);
  }
  return feed
    .xml({ indent: true })
    .replace(
      /<lastBuildDate>[^<]*<\/lastBuildDate>/,
      `<lastBuildDate>${channel.lastBuildDate.toUTCString()}</lastBuildDate>`,
    );
}

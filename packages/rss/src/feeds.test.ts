import { Readable } from 'node:stream';
import { type Update, updates } from '@impress-norway/core';
import FeedParser from 'feedparser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles, type FeedFile } from './build';

const files = buildFeedFiles({ baseUrl: 'https://feeds.example.org' });
const get = (list: FeedFile[], name: string) => {
  const f = list.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name}`);
  return f.body.toString('utf8');
};

interface FpItem {
  guid: string;
  title: string;
  link: string;
  pubdate: Date | null;
  categories: string[];
}

/** Parses RSS with feedparser, the second, independent parser. */
function feedparser(
  xml: string,
): Promise<{ meta: { title: string; xmlurl?: string; language?: string }; items: FpItem[] }> {
  return new Promise((resolve, reject) => {
    const fp = new FeedParser({});
    const items: FpItem[] = [];
    fp.on('error', reject);
    fp.on('readable', function (this: FeedParser) {
      for (let item = this.read() as FpItem | null; item; item = this.read() as FpItem | null) items.push(item);
    });
    fp.on('end', () => resolve({ meta: fp.meta as never, items }));
    Readable.from([xml]).pipe(fp);
  });
}

describe('RSS feeds', () => {
  const expected = updates({ lang: 'en' });

  it('parse with rss-parser: every update once, with guid, link and honest dates', async () => {
    const feed = await new Parser().parseString(get(files, 'rss.xml'));
    expect(feed.items).toHaveLength(expected.length);
    expect(feed.items.map((i) => i.guid)).toEqual(expected.map((u) => u.id));
    expect(feed.items.map((i) => i.link)).toEqual(expected.map((u) => u.url));
    for (const [i, item] of feed.items.entries()) {
      const u = expected[i] as Update;
      if (u.date.precision === 'day')
        expect(new Date(item.pubDate ?? '').toISOString().slice(0, 10)).toBe(u.date.value);
      else expect(item.pubDate, `${u.id} has no full date, so no pubDate`).toBeUndefined();
    }
  });

  it('parse with feedparser: self link, language, guids and categories', async () => {
    const { meta, items } = await feedparser(get(files, 'rss.nb.xml'));
    expect(meta.xmlurl).toBe('https://feeds.example.org/rss.nb.xml');
    expect(meta.language).toBe('nb-NO');
    const nb = updates({ lang: 'nb' });
    expect(items.map((i) => i.guid)).toEqual(nb.map((u) => u.id));
    expect(items[0]?.title).toBe(nb[0]?.title);
    expect(items.every((i) => i.categories.length > 0)).toBe(true);
  });

  it('has a feed per language and topic, each holding only its topic', async () => {
    const results = await new Parser().parseString(get(files, 'rss.results.xml'));
    expect(results.items.length).toBe(expected.filter((u) => u.topic === 'results').length);
    expect(results.items.every((i) => i.guid?.includes(':results-published:'))).toBe(true);
    for (const name of [
      'rss.xml',
      'rss.nb.xml',
      'feed.json',
      'feed.nb.json',
      'rss.news.nb.xml',
      'feed.cohorts-partners.json',
    ]) {
      expect(
        files.some((f) => f.name === name),
        name,
      ).toBe(true);
    }
  });

  it('is byte-identical between two builds of the same content', () => {
    const again = buildFeedFiles({ baseUrl: 'https://feeds.example.org' });
    expect(again.map((f) => [f.name, f.etag])).toEqual(files.map((f) => [f.name, f.etag]));
  });

  it('escapes hostile text so the XML stays valid', async () => {
    const hostile: Update = {
      ...(expected[0] as Update),
      id: 'impress-norway:news:hostile',
      title: 'A ]]> B <script>alert(1)</script> & \u0001\u0008\uFFFE C',
      summary: '<![CDATA[ x ]]> <!channel> @everyone',
      date: { precision: 'day', value: '2026-11-01' },
    };
    const list = buildFeedFiles({ updates: () => [hostile], checkedOn: '2026-11-29' });
    const xml = get(list, 'rss.xml');
    const feed = await new Parser().parseString(xml);
    expect(feed.items[0]?.title).toBe('A ]]> B <script>alert(1)</script> &  C');
    const { items } = await feedparser(xml);
    expect(items[0]?.guid).toBe('impress-norway:news:hostile');
    const json = JSON.parse(get(list, 'feed.json'));
    expect(json.items[0].title).toBe('A ]]> B <script>alert(1)</script> &  C');
    const html = get(list, 'index.html');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('JSON Feed 1.1', () => {
  it('has the fields the spec requires, and optional dates only when known to the day', () => {
    const feed = JSON.parse(get(files, 'feed.nb.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe('https://feeds.example.org/feed.nb.json');
    const nb = updates({ lang: 'nb' });
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(nb.map((u) => u.id));
    for (const [i, item] of (feed.items as Array<Record<string, unknown>>).entries()) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_text === 'string' || typeof item.content_html === 'string').toBe(true);
      const u = nb[i] as Update;
      if (u.date.precision === 'day') expect(item.date_published).toBe(`${u.date.value}T12:00:00.000Z`);
      else expect(item.date_published).toBeUndefined();
    }
  });
});

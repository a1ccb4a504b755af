import { describe, expect, it } from 'vitest';
import { FeedParseError, feedItems } from './feed-items';

describe('feedItems', () => {
  it('reads a JSON Feed, with identity keys in order id, link, hash', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [
        {
          id: 'j1',
          url: 'https://example.org/j',
          title: 'Hello <!channel> @everyone',
          content_text: 'c',
          date_published: '2026-10-01T08:00:00Z',
        },
      ],
    });
    const [item] = await feedItems('https://example.org/feed.json', body);
    expect(item?.keys).toEqual(['id:j1', 'link:https://example.org/j', expect.stringMatching(/^hash:/)]);
    expect(item?.en).toMatchObject({
      topic: 'news',
      url: 'https://example.org/j',
      date: { precision: 'day', value: '2026-10-01' },
    });
    // Markup-like text is dropped; what is left (@everyone) is escaped by the platform renderers.
    expect(item?.nb.title).toBe('Hello @everyone');
  });

  it('falls back to the link and then a content hash when there is no guid, and drops non-http links', async () => {
    const rss = `<rss version="2.0"><channel><title>T</title><link>https://x.org</link><description>d</description>
      <item><title>A</title><link>javascript:alert(1)</link><description>a</description></item></channel></rss>`;
    const [item] = await feedItems('https://x.org/rss', rss);
    expect(item?.keys).toEqual([expect.stringMatching(/^hash:/)]);
    expect(item?.en.url).toBe('https://x.org');
    expect(item?.en.date).toEqual({ precision: 'unknown', value: null });
  });

  it('never publishes a private feed URL: items without a link point to the feed home page, else its origin', async () => {
    const feedUrl = 'https://reader:pw@x.org/private/rss?token=SECRET';
    const withHome = `<rss version="2.0"><channel><title>T</title><link>https://x.org/news</link><description>d</description>
      <item><guid>1</guid><title>A</title><description>a</description></item></channel></rss>`;
    const [a] = await feedItems(feedUrl, withHome);
    expect(a?.en.url).toBe('https://x.org/news');
    expect(a?.en.sources[0]?.url).toBe('https://x.org/news');
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:f</id><updated>2026-11-01T00:00:00Z</updated>
      <entry><id>urn:1</id><title>A</title><updated>2026-11-01T00:00:00Z</updated></entry></feed>`;
    const [b] = await feedItems(feedUrl, atom);
    expect(b?.en.url).toBe('https://x.org');
    for (const item of [a, b]) {
      const text = JSON.stringify(item);
      expect(text).not.toContain('SECRET');
      expect(text).not.toContain('pw@');
    }
  });

  it('rejects what is not a feed with a clear error', async () => {
    await expect(feedItems('https://x.org/', '<html><body>hi</body></html>')).rejects.toThrow(FeedParseError);
    await expect(feedItems('https://x.org/', '{"nope":')).rejects.toThrow(/not a readable/);
  });
});

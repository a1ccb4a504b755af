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
    expect(item?.en.url).toBe('https://x.org/rss');
    expect(item?.en.date).toEqual({ precision: 'unknown', value: null });
  });

  it('rejects what is not a feed with a clear error', async () => {
    await expect(feedItems('https://x.org/', '<html><body>hi</body></html>')).rejects.toThrow(FeedParseError);
    await expect(feedItems('https://x.org/', '{"nope":')).rejects.toThrow(/not a readable/);
  });
});

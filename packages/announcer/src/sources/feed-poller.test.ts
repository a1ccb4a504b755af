import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubscriptionStore } from '../subscriptions';
import { FeedPoller } from './feed-poller';

/** A feed server on loopback whose documents the test changes between polls. */
const docs = new Map<string, { body: string; type: string; etag?: string; delayMs?: number; status?: number }>();
const hits: Array<{ path: string; ifNoneMatch?: string }> = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const doc = docs.get(req.url ?? '');
    hits.push({
      path: req.url ?? '',
      ...(req.headers['if-none-match'] ? { ifNoneMatch: req.headers['if-none-match'] } : {}),
    });
    if (!doc) return void res.writeHead(404).end();
    const send = () => {
      if (doc.etag && req.headers['if-none-match'] === doc.etag) return void res.writeHead(304).end();
      res.writeHead(doc.status ?? 200, { 'content-type': doc.type, ...(doc.etag ? { etag: doc.etag } : {}) });
      res.end(doc.body);
    };
    if (doc.delayMs) setTimeout(send, doc.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const rss = (items: Array<{ guid: string; title: string; link: string }>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Hospital news</title><link>https://example.org</link><description>d</description>${items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><link>${i.link}</link><description>&lt;p&gt;Text of ${i.title}&lt;/p&gt;</description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>`,
    )
    .join('')}</channel></rss>`;
const atom = (ids: string[]) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>urn:feed</id><updated>2026-11-01T00:00:00Z</updated>${ids
    .map(
      (id) =>
        `<entry><id>${id}</id><title>Entry ${id}</title><link href="https://example.org/${id}"/><updated>2026-11-01T00:00:00Z</updated><summary>S</summary></entry>`,
    )
    .join('')}</feed>`;

describe.each(ENGINES)('external feeds on %s', (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let now = 1_000_000;
  beforeEach(async () => {
    database = await freshDatabase(engine);
    docs.clear();
    hits.length = 0;
    await new SubscriptionStore(database.db, () => 0).add('slack', 'T1', ['C1', 'C2'], ['news'], 'nb');
  });
  afterEach(async () => database.drop());

  const pending = async () =>
    (await database.db.selectFrom('deliveries').select(['subscription_id', 'update_id']).execute()).length;

  it('marks everything seen on the first fetch, then announces only new items, once, even when a guid changes', async () => {
    const a = { guid: 'a-1', title: 'First', link: 'https://example.org/a' };
    const b = { guid: 'b-1', title: 'Second', link: 'https://example.org/b' };
    docs.set('/rss', { body: rss([a]), type: 'application/rss+xml' });
    docs.set('/atom', { body: atom(['urn:1']), type: 'application/atom+xml' });
    const poller = new FeedPoller(database.db, [`${base}/rss`, `${base}/atom`], { now: () => now, pollSeconds: 60 });
    const first = await poller.pollDue();
    expect(first.get(`${base}/rss`)).toMatchObject({ kind: 'fetched', baseline: 1, announced: 0 });
    expect(first.get(`${base}/atom`)).toMatchObject({ kind: 'fetched', baseline: 1, announced: 0 });
    expect(await pending()).toBe(0);

    expect((await poller.pollDue()).get(`${base}/rss`)).toEqual({ kind: 'not-due' });
    now += 61_000;
    // The publisher re-issues the old item under a new guid, and adds one new item.
    docs.set('/rss', { body: rss([{ ...a, guid: 'a-2' }, b]), type: 'application/rss+xml' });
    docs.set('/atom', { body: atom(['urn:1', 'urn:2']), type: 'application/atom+xml' });
    const second = await poller.pollDue();
    expect(second.get(`${base}/rss`)).toMatchObject({ kind: 'fetched', announced: 1, deliveries: 2 });
    expect(second.get(`${base}/atom`)).toMatchObject({ kind: 'fetched', announced: 1, deliveries: 2 });
    const payloads = await database.db.selectFrom('announcements').select('payload').execute();
    const titles = payloads.map((p) => JSON.parse(p.payload).text.nb.title).sort();
    expect(titles).toEqual(['Entry urn:2', 'Second']);
    expect(JSON.parse(payloads[0]?.payload ?? '{}').text.en.summary).not.toContain('<p>');
  });

  it('keeps going when one feed has broken XML and another times out, and backs off the broken ones', async () => {
    docs.set('/ok', {
      body: rss([{ guid: '1', title: 'One', link: 'https://example.org/1' }]),
      type: 'application/rss+xml',
    });
    docs.set('/broken', { body: '<rss><channel><item><title>half', type: 'application/rss+xml' });
    docs.set('/slow', { body: rss([]), type: 'application/rss+xml', delayMs: 2000 });
    const urls = [`${base}/ok`, `${base}/broken`, `${base}/slow`];
    const poller = new FeedPoller(database.db, urls, {
      now: () => now,
      timeoutMs: 200,
      pollSeconds: 60,
      random: () => 1,
    });
    const out = await poller.pollDue();
    expect(out.get(`${base}/ok`)).toMatchObject({ kind: 'fetched', baseline: 1 });
    expect(out.get(`${base}/broken`)).toMatchObject({
      kind: 'error',
      error: expect.stringMatching(/not a readable/),
      retryInMs: 60_000,
    });
    expect(out.get(`${base}/slow`)).toMatchObject({ kind: 'error', error: 'timed out' });
    now += 61_000;
    const again = await poller.pollDue();
    expect(again.get(`${base}/broken`)).toMatchObject({ kind: 'error', retryInMs: 120_000 });
    // The broken feed got no baseline, so when it is fixed its first good fetch posts nothing.
    docs.set('/broken', {
      body: rss([{ guid: 'x', title: 'X', link: 'https://example.org/x' }]),
      type: 'application/rss+xml',
    });
    expect(await poller.poll(`${base}/broken`, true)).toMatchObject({ kind: 'fetched', baseline: 1, announced: 0 });
    expect(await pending()).toBe(0);
  });

  it('takes items with links and guids longer than the database columns', async () => {
    const long = `https://example.org/${'a'.repeat(600)}`;
    const path = `/long?${'q'.repeat(400)}`;
    docs.set(path, { body: rss([{ guid: 'g'.repeat(500), title: 'Long', link: long }]), type: 'application/rss+xml' });
    const poller = new FeedPoller(database.db, [`${base}${path}`], { now: () => now, pollSeconds: 60 });
    expect(await poller.poll(`${base}${path}`)).toMatchObject({ kind: 'fetched', baseline: 1 });
    docs.set(path, {
      body: rss([
        { guid: 'g'.repeat(500), title: 'Long', link: long },
        { guid: 'h'.repeat(500), title: 'Longer', link: `${long}b` },
      ]),
      type: 'application/rss+xml',
    });
    expect(await poller.poll(`${base}${path}`, true)).toMatchObject({ kind: 'fetched', announced: 1, deliveries: 2 });
  });

  it('uses conditional GET: an unchanged feed answers 304 and nothing is parsed', async () => {
    docs.set('/etag', { body: rss([]), type: 'application/rss+xml', etag: '"v1"' });
    const poller = new FeedPoller(database.db, [`${base}/etag`], { now: () => now, pollSeconds: 1 });
    expect(await poller.poll(`${base}/etag`)).toMatchObject({ kind: 'fetched' });
    now += 1_000;
    expect(await poller.poll(`${base}/etag`)).toEqual({ kind: 'not-modified' });
    expect(hits.at(-1)).toEqual({ path: '/etag', ifNoneMatch: '"v1"' });
  });
});

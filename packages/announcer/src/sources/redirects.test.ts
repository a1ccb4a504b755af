import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freshDatabase } from '@impress-norway/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedPoller } from './feed-poller';
import { isPrivateAddress, refusedRedirect } from './redirects';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.org</link><description>d</description></channel></rss>`;
let server: Server;
let base = '';
beforeAll(async () => {
  // /hop/N redirects N more times, then to /feed; /feed is the feed.
  server = createServer((req, res) => {
    const hop = /^\/hop\/(\d+)$/.exec(req.url ?? '');
    if (hop) {
      const left = Number(hop[1]);
      return void res.writeHead(302, { location: left > 1 ? `/hop/${left - 1}` : '/feed' }).end();
    }
    if (req.url === '/feed') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('feed redirects', () => {
  it('are refused to loopback unless the operator allows private addresses, and stop after 3', async () => {
    const database = await freshDatabase('sqlite');
    try {
      const strict = new FeedPoller(database.db, []);
      expect(await strict.poll(`${base}/hop/1`)).toMatchObject({
        kind: 'error',
        error: expect.stringMatching(/private address/),
      });
      const allowing = new FeedPoller(database.db, [], { allowPrivateRedirects: true });
      expect(await allowing.poll(`${base}/hop/2`)).toMatchObject({ kind: 'fetched' });
      expect(await allowing.poll(`${base}/hop/4`, true)).toMatchObject({
        kind: 'error',
        error: expect.stringMatching(/too many redirects/),
      });
    } finally {
      await database.drop();
    }
  });

  it('never go from https down to http, nor to other schemes', async () => {
    expect(await refusedRedirect(new URL('https://a.example/f'), new URL('http://a.example/f'), true)).toMatch(
      /https to http/,
    );
    expect(await refusedRedirect(new URL('http://a.example/f'), new URL('file:///etc/passwd'), true)).toMatch(/file:/);
    expect(await refusedRedirect(new URL('http://a.example/f'), new URL('https://a.example/g'), true)).toBeUndefined();
  });

  it('count loopback, private, link-local and mapped addresses as private', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '2606:4700::1111']) expect(isPrivateAddress(ip), ip).toBe(false);
  });
});

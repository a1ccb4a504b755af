import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAnnounceConfig } from './announce/config';
import { shown } from './announce/runner';
import { createLogger, scrub } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('redacts secret fields by path and scrubs tokens out of messages', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream);
    log.info(
      {
        botToken: 'xoxb-111-222-abc',
        config: { signingSecret: 's3cret', clientSecret: 'c1' },
        headers: { authorization: 'Bot abcdefghijklmnop.qrs' },
      },
      'started',
    );
    log.error('login failed for token xoxb-999-888-zzz and app token xapp-1-A1-123');
    log.warn({ err: 'request with Bearer abcdefghijkl1234567890 failed' }, 'oops');
    const out = lines.join('');
    for (const secret of [
      'xoxb-111-222-abc',
      's3cret',
      'c1"',
      'abcdefghijklmnop.qrs',
      'xoxb-999-888-zzz',
      'xapp-1-A1-123',
    ])
      expect(out).not.toContain(secret);
    expect(out).toContain('[Redacted]');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'info', msg: 'started', service: 'impress-norway' });
  });

  it('scrubs every logged value: error objects, nested values, and credentials in URLs', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream);
    log.error({ err: new Error('auth failed for xoxb-111-222-errtoken') }, 'send failed');
    log.warn({ detail: { calls: [{ note: 'retry with Bearer abcdefghijkl1234567890' }] } }, 'nested');
    log.info({ url: 'https://reader:hunter2@intranet.example/f.rss?token=s3cret&x=1' }, 'feed');
    const out = lines.join('');
    for (const secret of ['xoxb-111-222-errtoken', 'abcdefghijkl1234567890', 'hunter2', 's3cret'])
      expect(out).not.toContain(secret);
    const [first] = lines.map((l) => JSON.parse(l));
    expect(first.err).toMatchObject({ type: 'Error', message: 'auth failed for [Redacted]' });
    expect(first.err.stack).toContain('logger.test.ts');
  });

  it('scrubs Discord bot tokens', () => {
    expect(scrub('token MTA4OTk5OTk5OTk5OTk5OTk5OQ.GAbcde.abcdefghijklmnopqrstuvwxyz12345 used')).toBe(
      'token [Redacted] used',
    );
  });
});

describe('feed URLs in announcer logs', () => {
  it('are not echoed raw in a config error', () => {
    expect(() =>
      readAnnounceConfig(
        { IMPRESS_FEEDS: 'ftp://reader:hunter2@intranet.example/f?token=s3cret' },
        { needDatabaseUrl: false },
      ),
    ).toThrow(/IMPRESS_FEEDS/);
    try {
      readAnnounceConfig(
        { IMPRESS_FEEDS: 'ftp://reader:hunter2@intranet.example/f?token=s3cret' },
        { needDatabaseUrl: false },
      );
    } catch (error) {
      expect((error as Error).message).not.toMatch(/hunter2|s3cret/);
    }
  });

  it('leave out the query, where private feeds keep their tokens', () => {
    expect(shown('https://reader:hunter2@intranet.example/news.rss?token=s3cret')).toBe(
      'https://intranet.example/news.rss?…',
    );
    expect(shown('https://intranet.example/news.rss?token=s3cret&x=1')).toBe('https://intranet.example/news.rss?…');
    expect(shown('https://example.org/feed.json')).toBe('https://example.org/feed.json');
  });
});

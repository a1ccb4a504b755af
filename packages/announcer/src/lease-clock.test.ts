import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '@impress-norway/db';
import { ENGINES, freshDatabase, pgTestUrl } from '@impress-norway/db/testing';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { ingest } from './ingest';
import { SubscriptionStore } from './subscriptions';
import { testItem } from './testing';
import type { PlatformAdapter, SendResult } from './types';
import { OutboxWorker } from './worker';

const here = dirname(fileURLToPath(import.meta.url));
const ANNOUNCER = pathToFileURL(join(here, '..', 'dist', 'index.js')).href;

/**
 * One outbox round in another process whose clock runs `skewMs` ahead (Date.now shifted), as on a
 * replica with a wrong clock. Prints how many deliveries it claimed.
 */
function skewedRound(schema: string, skewMs: number): Promise<{ claimed: number; err: string }> {
  const script = `
    const real = Date.now;
    Date.now = () => real() + ${skewMs};
    const { openDatabase } = await import('@impress-norway/db');
    const { OutboxWorker } = await import(${JSON.stringify(ANNOUNCER)});
    const database = await openDatabase(${JSON.stringify(pgTestUrl())}, { schema: ${JSON.stringify(schema)} });
    const adapter = { platform: 'slack', paceMs: 0, send: async () => ({ kind: 'sent', messageId: 'skewed' }) };
    const claimed = await new OutboxWorker(database, { slack: adapter }, { owner: 'skewed' }).runOnce();
    process.stdout.write(JSON.stringify({ claimed }));
    await database.close();`;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: here });
  let out = '';
  let err = '';
  proc.stdout.on('data', (c: Buffer) => {
    out += String(c);
  });
  proc.stderr.on('data', (c: Buffer) => {
    err += String(c);
  });
  return new Promise((resolve) =>
    proc.once('exit', () => resolve({ claimed: out ? (JSON.parse(out) as { claimed: number }).claimed : -1, err })),
  );
}

describe('leases on PostgreSQL with two workers', () => {
  it('measure leases by the database clock: a worker whose clock is 61 s ahead does not take a live lease', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const database = await openDatabase(pgTestUrl(), { schema });
    try {
      await new SubscriptionStore(database.db).add('slack', 'T1', ['C1'], ['news'], 'en');
      await ingest(database.db, 'test', []);
      await new Promise((r) => setTimeout(r, 5));
      await ingest(database.db, 'test', [testItem('lease')]);
      let finish: (r: SendResult) => void = () => {};
      let sends = 0;
      const slow: PlatformAdapter = {
        platform: 'slack',
        paceMs: 0,
        send: () => {
          sends++;
          return new Promise((resolve) => {
            finish = resolve;
          });
        },
      };
      const worker = new OutboxWorker(database, { slack: slow }, { owner: 'honest' });
      const round = worker.runOnce();
      await expect.poll(() => sends).toBe(1);
      const skewed = await skewedRound(schema, 61_000);
      expect(skewed, skewed.err).toMatchObject({ claimed: 0 });
      finish({ kind: 'sent', messageId: 'honest' });
      expect(await round).toBe(1);
      const rows = await database.db.selectFrom('deliveries').select(['status', 'message_id']).execute();
      expect(rows).toEqual([{ status: 'sent', message_id: 'honest' }]);
    } finally {
      await database.close();
      const client = new pg.Client({ connectionString: pgTestUrl() });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  }, 30_000);
});

describe.each(ENGINES)('a send that hangs on %s', (engine) => {
  it('times out well inside the lease and is retried as uncertain (checked before a resend)', async () => {
    const database = await freshDatabase(engine);
    try {
      await new SubscriptionStore(database.db).add('slack', 'T1', ['C1'], ['news'], 'en');
      await ingest(database.db, 'test', []);
      await new Promise((r) => setTimeout(r, 5));
      await ingest(database.db, 'test', [testItem('hang')]);
      const hangs: PlatformAdapter = { platform: 'slack', paceMs: 0, send: () => new Promise(() => {}) };
      const worker = new OutboxWorker(database, { slack: hangs }, { leaseMs: 3000 });
      // Generous bound: the send times out after a third of the 3 s lease; without a timeout it never ends.
      const outcome = await Promise.race([worker.runOnce(), new Promise((r) => setTimeout(() => r('hung'), 8000))]);
      expect(outcome).toBe(1);
      const row = await database.db
        .selectFrom('deliveries')
        .select(['status', 'uncertain', 'last_error', 'lease_owner'])
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', uncertain: 1, lease_owner: null });
      expect(row.last_error).toMatch(/timed out/);
    } finally {
      await database.drop();
    }
  }, 30_000);
});

describe.each(ENGINES)('announcement times on %s', (engine) => {
  it('come from the database clock: a replica 10 minutes ahead neither misses a new subscription nor holds back deliveries', async () => {
    const database = await freshDatabase(engine);
    const real = Date.now.bind(Date);
    /** Runs `work` as on a replica whose clock runs 10 minutes ahead. */
    const ahead = async <T>(work: () => Promise<T>): Promise<T> => {
      const spy = vi.spyOn(Date, 'now').mockImplementation(() => real() + 600_000);
      try {
        return await work();
      } finally {
        spy.mockRestore();
      }
    };
    try {
      await ingest(database.db, 'test', []);
      await ahead(() => new SubscriptionStore(database.db).add('slack', 'T1', ['C1'], ['news'], 'en'));
      // An honest replica's update right after the subscription reaches it...
      expect((await ingest(database.db, 'test', [testItem('after-subscribing')])).deliveries).toBe(1);
      // ...and the skewed replica's update is due at once, not in 10 minutes.
      expect((await ahead(() => ingest(database.db, 'test', [testItem('from-the-skewed-replica')]))).deliveries).toBe(
        1,
      );
      const sent: string[] = [];
      const adapter: PlatformAdapter = {
        platform: 'slack',
        paceMs: 0,
        send: async (d) => {
          sent.push(d.announcement.id);
          return { kind: 'sent', messageId: d.announcement.id };
        },
      };
      const worker = new OutboxWorker(database, { slack: adapter });
      await worker.runOnce();
      await worker.runOnce();
      expect(sent.sort()).toEqual(['after-subscribing', 'from-the-skewed-replica']);
    } finally {
      await database.drop();
    }
  }, 30_000);
});

import { type Update, updates } from '@impress-norway/core';
import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { claim, outboxStatus } from './outbox';
import { SubscriptionStore } from './subscriptions';
import { testItem } from './testing';
import type { ClaimedDelivery, PlatformAdapter, SendResult } from './types';
import { OutboxWorker } from './worker';

const all = updates({ lang: 'en' });
const nb = new Map(updates({ lang: 'nb' }).map((u) => [u.id, u]));
const pair = (u: Update) => ({ en: u, nb: nb.get(u.id) as Update });
const fresh = (id: string, topic: Update['topic'] = 'news') => testItem(id, { topic, title: id });

/** A fake adapter that records what it sent and can be told to fail. */
class FakeAdapter implements PlatformAdapter {
  platform = 'slack' as const;
  paceMs = 1000;
  sent: ClaimedDelivery[] = [];
  script: Array<SendResult | undefined> = [];
  async send(d: ClaimedDelivery): Promise<SendResult> {
    const next = this.script.shift();
    if (next && next.kind !== 'sent') return next;
    this.sent.push(d);
    return { kind: 'sent', messageId: `m-${this.sent.length}` };
  }
}

describe.each(ENGINES)('announcements on %s', (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let now = 1_000_000;
  const clock = () => now;
  beforeEach(async () => {
    database = await freshDatabase(engine);
    now = 1_000_000;
  });
  afterEach(async () => database.drop());

  it('posts nothing on the first fetch, then each new item once to each subscribed channel', async () => {
    const subs = new SubscriptionStore(database.db, clock);
    await subs.add('slack', 'T1', ['C1', 'C2', 'C3'], ['news'], 'nb');
    expect(await ingest(database.db, 'builtin', all.map(pair), { now: clock })).toMatchObject({
      baseline: all.length,
      deliveries: 0,
    });
    now += 10;
    expect(
      await ingest(database.db, 'builtin', [...all.map(pair), fresh('impress-norway:news:new-1')], { now: clock }),
    ).toMatchObject({ announced: 1, deliveries: 3 });
    expect(await ingest(database.db, 'builtin', [fresh('impress-norway:news:new-1')], { now: clock })).toMatchObject({
      announced: 0,
      deliveries: 0,
    });
    const adapter = new FakeAdapter();
    const worker = new OutboxWorker(database, { slack: adapter }, { now: clock });
    expect(await worker.runOnce()).toBe(3);
    expect(await worker.runOnce()).toBe(0);
    expect(adapter.sent.map((d) => d.subscription.channelId).sort()).toEqual(['C1', 'C2', 'C3']);
    expect(adapter.sent[0]?.announcement.text.nb.title).toBe('NB impress-norway:news:new-1');
    expect(await outboxStatus(database)).toMatchObject({ sent: 3, pending: 0 });
  });

  it('starts a new subscription from now, and respects topics', async () => {
    const subs = new SubscriptionStore(database.db, clock);
    await ingest(database.db, 'builtin', all.map(pair), { now: clock });
    await subs.add('slack', 'T1', ['RESULTS'], ['results'], 'en');
    now += 10;
    await ingest(database.db, 'builtin', [fresh('impress-norway:news:before')], { now: clock });
    now += 10;
    await subs.add('discord', 'G1', ['LATE'], ['news'], 'en');
    const status = await outboxStatus(database);
    expect(status.pending).toBe(0);
    now += 10;
    await ingest(
      database.db,
      'builtin',
      [fresh('impress-norway:news:after'), fresh('impress-norway:results-published:r', 'results')],
      { now: clock },
    );
    const rows = await database.db
      .selectFrom('deliveries')
      .select(['subscription_id', 'update_id'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => `${r.subscription_id} ${r.update_id}`)).toEqual([
      'discord:G1:LATE impress-norway:news:after',
      'slack:T1:RESULTS impress-norway:results-published:r',
    ]);
  });

  it('paces one channel, honours Retry-After, and retries with backoff', async () => {
    const subs = new SubscriptionStore(database.db, clock);
    await subs.add('slack', 'T1', ['C1'], ['news'], 'en');
    await ingest(database.db, 'builtin', [], { now: clock });
    now += 10;
    await ingest(database.db, 'builtin', [fresh('a'), fresh('b')], { now: clock });
    const adapter = new FakeAdapter();
    adapter.script = [{ kind: 'retry', error: 'ratelimited', retryAfterMs: 5000 }];
    const worker = new OutboxWorker(database, { slack: adapter }, { now: clock, random: () => 0.5 });
    expect(await worker.runOnce()).toBe(1);
    expect(adapter.sent).toHaveLength(0);
    now += 4000;
    expect(await worker.runOnce()).toBe(0);
    now += 1001;
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    now += 1000;
    expect(await worker.runOnce()).toBe(1);
    expect(adapter.sent.map((d) => d.announcement.id)).toEqual(['a', 'b']);
    // The rate-limited try did not use up an attempt.
    expect(adapter.sent.map((d) => d.attempts)).toEqual([1, 1]);
  });

  it('never gives up on a delivery just because the platform keeps asking it to wait', async () => {
    await new SubscriptionStore(database.db, clock).add('slack', 'T1', ['C1'], ['news'], 'en');
    await ingest(database.db, 'builtin', [], { now: clock });
    await ingest(database.db, 'builtin', [fresh('busy')], { now: clock });
    const adapter = new FakeAdapter();
    adapter.script = Array.from({ length: 20 }, () => ({
      kind: 'retry' as const,
      error: 'ratelimited',
      retryAfterMs: 1000,
    }));
    const worker = new OutboxWorker(database, { slack: adapter }, { now: clock, maxAttempts: 3 });
    for (let i = 0; i < 21; i++) {
      await worker.runOnce();
      now += 1001;
    }
    expect(adapter.sent.map((d) => d.announcement.id)).toEqual(['busy']);
    expect(await outboxStatus(database)).toMatchObject({ sent: 1, failed: 0 });
  });

  it('stops cleanly: sends in flight finish and are recorded, and no lease is left behind', async () => {
    await new SubscriptionStore(database.db, clock).add('slack', 'T1', ['C1', 'C2', 'C3'], ['news'], 'en');
    await ingest(database.db, 'builtin', [], { now: clock });
    await ingest(database.db, 'builtin', [fresh('s1')], { now: clock });
    const adapter = new FakeAdapter();
    const slowSend = adapter.send.bind(adapter);
    let started = 0;
    adapter.send = async (d) => {
      started++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return slowSend(d);
    };
    const worker = new OutboxWorker(database, { slack: adapter }, { now: clock, batch: 2, idleMs: 10 });
    const running = worker.run();
    while (started === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.stop();
    await running;
    expect(adapter.sent).toHaveLength(2);
    expect(await outboxStatus(database)).toMatchObject({ sent: 2, sending: 0, pending: 1 });
  });

  it('deactivates a channel that is gone without holding up the others', async () => {
    const subs = new SubscriptionStore(database.db, clock);
    await subs.add('slack', 'T1', ['DEAD', 'LIVE'], ['news'], 'en');
    await ingest(database.db, 'builtin', [], { now: clock });
    now += 10;
    await ingest(database.db, 'builtin', [fresh('x')], { now: clock });
    const adapter = new FakeAdapter();
    adapter.send = async (d) =>
      d.subscription.channelId === 'DEAD'
        ? { kind: 'gone', error: 'channel_not_found' }
        : { kind: 'sent', messageId: 'ok' };
    await new OutboxWorker(database, { slack: adapter }, { now: clock }).runOnce();
    const list = await subs.list();
    expect(list.find((s) => s.channelId === 'DEAD')?.active).toBe(false);
    expect(list.find((s) => s.channelId === 'LIVE')?.active).toBe(true);
    expect(await outboxStatus(database)).toMatchObject({ sent: 1, dead: 1 });
  });

  it('takes over an expired lease and says the outcome is uncertain', async () => {
    const subs = new SubscriptionStore(database.db, clock);
    await subs.add('slack', 'T1', ['C1'], ['news'], 'en');
    await ingest(database.db, 'builtin', [], { now: clock });
    now += 10;
    await ingest(database.db, 'builtin', [fresh('crash')], { now: clock });
    const first = await claim(database, 10, {
      owner: 'dead-worker',
      leaseMs: 1000,
      paceMs: { slack: 0, discord: 0 },
      maxAttempts: 5,
      now: clock,
    });
    expect(first).toHaveLength(1);
    expect(first[0]?.uncertain).toBe(false);
    expect(
      await claim(database, 10, {
        owner: 'other',
        leaseMs: 1000,
        paceMs: { slack: 0, discord: 0 },
        maxAttempts: 5,
        now: clock,
      }),
    ).toHaveLength(0);
    now += 1001;
    const again = await claim(database, 10, {
      owner: 'other',
      leaseMs: 1000,
      paceMs: { slack: 0, discord: 0 },
      maxAttempts: 5,
      now: clock,
    });
    expect(again.map((d) => [d.id, d.uncertain, d.attempts])).toEqual([[first[0]?.id, true, 2]]);
  });
});

describe('OutboxWorker when the database fails', () => {
  it('reports the failed round and keeps trying instead of dying or failing silently', async () => {
    const broken = {
      dialect: 'sqlite',
      db: {
        connection() {
          throw new Error('SQLITE_IOERR: disk I/O error');
        },
      },
    } as unknown as Parameters<typeof claim>[0];
    const errors: string[] = [];
    const worker = new OutboxWorker(broken, {}, { idleMs: 5, onError: (e) => errors.push(e.message) });
    const running = worker.run();
    while (errors.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.stop().catch(() => undefined);
    await running;
    expect(errors[0]).toContain('disk I/O error');
  });
});

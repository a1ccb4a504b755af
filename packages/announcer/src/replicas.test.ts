import { freshDatabase } from '@impress-norway/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { outboxStatus } from './outbox';
import { SubscriptionStore } from './subscriptions';
import { testItem } from './testing';
import type { ClaimedDelivery, PlatformAdapter, SendResult } from './types';
import { OutboxWorker } from './worker';

const CHANNELS = 300;

describe('two workers on one PostgreSQL database', () => {
  let a: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    a = await freshDatabase('postgres');
  });
  afterAll(async () => {
    await a?.drop();
  });

  it('deliver a fan-out with no duplicate and nothing lost', async () => {
    const subs = new SubscriptionStore(a.db);
    await subs.add(
      'discord',
      'G1',
      Array.from({ length: CHANNELS }, (_, i) => `C${i}`),
      ['news'],
      'en',
    );
    await ingest(a.db, 'builtin', []);
    await new Promise((r) => setTimeout(r, 5));
    await ingest(a.db, 'builtin', [testItem('fan-out')]);
    const counts = new Map<string, number>();
    const adapter = (name: string): PlatformAdapter => ({
      platform: 'discord',
      paceMs: 1000,
      async send(d: ClaimedDelivery): Promise<SendResult> {
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        counts.set(d.subscription.channelId, (counts.get(d.subscription.channelId) ?? 0) + 1);
        return { kind: 'sent', messageId: `${name}-${d.subscription.channelId}` };
      },
    });
    const w1 = new OutboxWorker(a, { discord: adapter('w1') }, { owner: 'w1', batch: 20 });
    // Both workers claim in concurrent transactions on separate pool connections, as replicas would.
    const w2 = new OutboxWorker(a, { discord: adapter('w2') }, { owner: 'w2', batch: 20 });
    for (let round = 0; round < 100; round++) {
      const [x, y] = await Promise.all([w1.runOnce(), w2.runOnce()]);
      if (x + y === 0) break;
    }
    expect(counts.size).toBe(CHANNELS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await outboxStatus(a)).toMatchObject({ sent: CHANNELS, pending: 0, sending: 0 });
    const byOwner = await a.db.selectFrom('deliveries').select('message_id').execute();
    const w1Count = byOwner.filter((r) => r.message_id?.startsWith('w1-')).length;
    expect(w1Count).toBeGreaterThan(0);
    expect(w1Count).toBeLessThan(CHANNELS);
  });
});

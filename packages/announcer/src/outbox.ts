import type { Database, Schema } from '@impress-norway/db';
import { type Kysely, sql } from 'kysely';
import { databaseNow } from './db-clock';
import { toSubscription } from './subscriptions';
import type { AnnouncementPayload, ClaimedDelivery, Clock, SendResult } from './types';
import { writeTransaction } from './write-transaction';

/** How a worker claims and settles deliveries. */
export interface OutboxOptions {
  owner: string;
  leaseMs: number;
  /** Gap between two messages to one channel, per platform. */
  paceMs: Record<'slack' | 'discord', number>;
  maxAttempts: number;
  /**
   * For tests only. Unset, lease and due times come from the database's clock (PostgreSQL's, or the
   * one machine's for a SQLite file), never from each worker's own: a worker whose clock ran 61 s
   * ahead would otherwise take a lease that is still live and send a second time.
   */
  now?: Clock;
  /** Random number in [0, 1) for backoff jitter; injectable for tests. */
  random?: () => number;
}

/** The time that leases and due times are measured in: the database's clock unless a test sets one. */
export async function outboxNow(database: Database, o: Pick<OutboxOptions, 'now'>, db = database.db): Promise<number> {
  return o.now ? o.now() : databaseNow(db, database.dialect);
}

const due = (now: number) =>
  sql<boolean>`((d.status = 'pending' and d.next_attempt_at <= ${now}) or (d.status = 'sending' and d.lease_until < ${now}))`;

/**
 * Claims up to `limit` due deliveries, at most one per channel whose pacing allows a message now.
 * PostgreSQL locks the chosen subscriptions with `FOR UPDATE SKIP LOCKED`, so replicas never take the
 * same channel; SQLite runs the claim in one `BEGIN IMMEDIATE` writer transaction.
 */
export async function claim(database: Database, limit: number, o: OutboxOptions): Promise<ClaimedDelivery[]> {
  const work = async (db: Kysely<Schema>) => {
    const now = await outboxNow(database, o, db);
    let q = db
      .selectFrom('subscriptions as s')
      .selectAll('s')
      .where('s.active', '=', 1)
      .where('s.next_send_at', '<=', now)
      .where(({ exists, selectFrom }) =>
        exists(selectFrom('deliveries as d').select('d.id').whereRef('d.subscription_id', '=', 's.id').where(due(now))),
      )
      .orderBy('s.next_send_at')
      .limit(limit);
    if (database.dialect === 'postgres') q = q.forUpdate().skipLocked();
    const subs = await q.execute();
    const claimed: ClaimedDelivery[] = [];
    for (const s of subs) {
      // Oldest update first, and a retry waits at the head of the line: a channel gets its
      // announcements in the order they happened.
      const d = await db
        .selectFrom('deliveries as d')
        .innerJoin('announcements as a', 'a.update_id', 'd.update_id')
        .select([
          'd.id',
          'd.status',
          'd.attempts',
          'd.uncertain',
          'd.next_attempt_at',
          'd.lease_until',
          'a.payload',
          'a.created_at',
        ])
        .where('d.subscription_id', '=', s.id)
        .where('d.status', 'in', ['pending', 'sending'])
        .orderBy('a.created_at')
        .orderBy('d.id')
        .limit(1)
        .executeTakeFirst();
      const isDue =
        d &&
        ((d.status === 'pending' && d.next_attempt_at <= now) ||
          (d.status === 'sending' && (d.lease_until ?? 0) < now));
      if (!d || !isDue) continue;
      const uncertain = d.status === 'sending' || d.uncertain === 1;
      await db
        .updateTable('deliveries')
        .set({
          status: 'sending',
          lease_owner: o.owner,
          lease_until: now + o.leaseMs,
          attempts: d.attempts + 1,
          uncertain: uncertain ? 1 : 0,
          updated_at: now,
        })
        .where('id', '=', d.id)
        .execute();
      await db
        .updateTable('subscriptions')
        .set({ next_send_at: now + o.paceMs[s.platform] })
        .where('id', '=', s.id)
        .execute();
      claimed.push({
        id: d.id,
        subscription: toSubscription(s),
        announcement: JSON.parse(d.payload) as AnnouncementPayload,
        attempts: d.attempts + 1,
        uncertain,
        createdAt: Number(d.created_at),
      });
    }
    return claimed;
  };
  return writeTransaction(database, work);
}

/** Exponential backoff with equal jitter: between half and all of 1 s, 2 s, 4 s ..., capped at 5 minutes. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.floor(cap / 2 + (random() * cap) / 2);
}

/**
 * Records what happened to a claimed delivery. Only the lease owner may settle it, so a worker whose
 * lease ran out (and whose delivery another worker took over) cannot overwrite the newer outcome.
 */
export async function settle(
  database: Database,
  delivery: ClaimedDelivery,
  result: SendResult,
  o: OutboxOptions,
): Promise<void> {
  const now = await outboxNow(database, o);
  const mine = database.db
    .updateTable('deliveries')
    .where('id', '=', delivery.id)
    .where('lease_owner', '=', o.owner)
    .where('status', '=', 'sending');
  if (result.kind === 'sent') {
    await mine
      .set({
        status: 'sent',
        message_id: result.messageId,
        lease_owner: null,
        lease_until: null,
        last_error: null,
        updated_at: now,
      })
      .execute();
    return;
  }
  if (result.kind === 'gone') {
    await database.db
      .updateTable('subscriptions')
      .set({ active: 0, inactive_reason: result.error.slice(0, 200) })
      .where('id', '=', delivery.subscription.id)
      .execute();
    await database.db
      .updateTable('deliveries')
      .set({ status: 'dead', last_error: result.error.slice(0, 500), lease_owner: null, updated_at: now })
      .where('subscription_id', '=', delivery.subscription.id)
      .where('status', 'in', ['pending', 'sending'])
      .execute();
    return;
  }
  // Being told to wait is not a failure of this delivery: it does not use up an attempt.
  const rateLimited = result.kind === 'retry' && result.retryAfterMs !== undefined;
  const giveUp = result.kind === 'failed' || (!rateLimited && delivery.attempts >= o.maxAttempts);
  const wait = rateLimited ? (result.retryAfterMs as number) : backoffMs(delivery.attempts, o.random);
  await mine
    .set({
      status: giveUp ? 'failed' : 'pending',
      ...(rateLimited ? { attempts: delivery.attempts - 1 } : {}),
      // A send that timed out may still have posted: the next attempt checks the platform first.
      ...(result.kind === 'retry' && result.uncertain ? { uncertain: 1 } : {}),
      next_attempt_at: now + wait,
      lease_owner: null,
      lease_until: null,
      last_error: result.error.slice(0, 500),
      updated_at: now,
    })
    .execute();
  // Retry-After is about the channel (Slack) or route (Discord): hold the whole channel back too.
  if (rateLimited) {
    await database.db
      .updateTable('subscriptions')
      .set({ next_send_at: now + wait })
      .where('id', '=', delivery.subscription.id)
      .execute();
  }
}

/** Gives back leases this worker holds but has not started sending (clean shutdown). */
export async function release(database: Database, ids: readonly string[], owner: string, now: number): Promise<void> {
  if (!ids.length) return;
  await database.db
    .updateTable('deliveries')
    .set({ status: 'pending', lease_owner: null, lease_until: null, next_attempt_at: now, updated_at: now })
    .where('id', 'in', [...ids])
    .where('lease_owner', '=', owner)
    .where('status', '=', 'sending')
    .execute();
}

/** Queue depth and failures, for `impress-announce status` and metrics. */
export async function outboxStatus(database: Database): Promise<Record<string, number>> {
  const rows = await database.db
    .selectFrom('deliveries')
    .select(['status', database.db.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const out: Record<string, number> = { pending: 0, sending: 0, sent: 0, failed: 0, dead: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

import { type Lang, UPDATE_TOPICS, type UpdateTopic } from '@impress-norway/core';
import type { Schema, SubscriptionsTable } from '@impress-norway/db';
import type { Kysely } from 'kysely';
import { databaseNow } from './db-clock';
import type { Clock, Platform, Subscription } from './types';

/** The id of a channel's subscription. */
export function subscriptionId(platform: Platform, teamId: string, channelId: string): string {
  return `${platform}:${teamId}:${channelId}`;
}

export function toSubscription(row: SubscriptionsTable): Subscription {
  return {
    id: row.id,
    platform: row.platform,
    teamId: row.team_id,
    ...(row.enterprise_id ? { enterpriseId: row.enterprise_id } : {}),
    channelId: row.channel_id,
    lang: row.lang,
    topics: row.topics.split(',').filter(Boolean) as UpdateTopic[],
    active: row.active === 1,
    ...(row.inactive_reason ? { inactiveReason: row.inactive_reason } : {}),
  };
}

/**
 * Channels subscribed to announcements. A subscription starts from now, by the database's clock (as
 * announcements are dated): nothing older is sent, and a bot whose clock runs ahead misses nothing.
 */
export class SubscriptionStore {
  /** @param clock - For tests only; unset, the database's clock. */
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock?: Clock,
  ) {}

  private now(): Promise<number> {
    return this.clock ? Promise.resolve(this.clock()) : databaseNow(this.db);
  }

  /**
   * Subscribes channels (or updates their topics and language); returns the subscriptions.
   * `enterpriseId`: Slack only, when the workspace is reached through an org-wide install.
   */
  async add(
    platform: Platform,
    teamId: string,
    channelIds: readonly string[],
    topics: readonly UpdateTopic[],
    lang: Lang,
    options: { enterpriseId?: string | undefined } = {},
  ): Promise<Subscription[]> {
    const now = await this.now();
    for (const channelId of channelIds) {
      const row = {
        id: subscriptionId(platform, teamId, channelId),
        platform,
        team_id: teamId,
        enterprise_id: options.enterpriseId ?? null,
        channel_id: channelId,
        lang,
        topics: topics.join(','),
        active: 1,
        inactive_reason: null,
        created_at: now,
        next_send_at: 0,
      };
      await this.db
        .insertInto('subscriptions')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            topics: row.topics,
            lang,
            active: 1,
            inactive_reason: null,
            enterprise_id: row.enterprise_id,
          }),
        )
        .execute();
    }
    return this.list({ platform, teamId, channelIds });
  }

  /** Ends subscriptions; pending deliveries to them are dropped. Returns how many were removed. */
  async remove(platform: Platform, teamId: string, channelIds: readonly string[]): Promise<number> {
    const ids = channelIds.map((c) => subscriptionId(platform, teamId, c));
    if (!ids.length) return 0;
    await this.db
      .deleteFrom('deliveries')
      .where('subscription_id', 'in', ids)
      .where('status', 'in', ['pending'])
      .execute();
    const result = await this.db.deleteFrom('subscriptions').where('id', 'in', ids).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async list(
    filter: { platform?: Platform; teamId?: string; channelIds?: readonly string[] } = {},
  ): Promise<Subscription[]> {
    let q = this.db.selectFrom('subscriptions').selectAll();
    if (filter.platform) q = q.where('platform', '=', filter.platform);
    if (filter.teamId) q = q.where('team_id', '=', filter.teamId);
    if (filter.channelIds?.length) q = q.where('channel_id', 'in', [...filter.channelIds]);
    return (await q.orderBy('id').execute()).map(toSubscription);
  }

  /** Stops announcing to a channel the platform says is gone, keeping the row and the reason. */
  async deactivate(id: string, reason: string): Promise<void> {
    await this.db
      .updateTable('subscriptions')
      .set({ active: 0, inactive_reason: reason.slice(0, 200) })
      .where('id', '=', id)
      .execute();
    await this.db
      .updateTable('deliveries')
      .set({ status: 'dead', last_error: reason.slice(0, 500), updated_at: await this.now() })
      .where('subscription_id', '=', id)
      .where('status', 'in', ['pending', 'sending'])
      .execute();
  }
}

/** A subscription command from a chat platform, for one channel. */
export interface SubscriptionRequest {
  platform: Platform;
  teamId: string;
  /** Slack: the enterprise of the org-wide install the command came through. */
  enterpriseId?: string | undefined;
  channelId: string;
  action: 'subscribe' | 'unsubscribe' | 'list';
  topics?: readonly UpdateTopic[];
  lang?: Lang;
}

/** What a subscription command did. */
export type SubscriptionResult =
  | { action: 'subscribe'; subscription: Subscription }
  | { action: 'unsubscribe'; removed: boolean }
  | { action: 'list'; subscriptions: Subscription[] };

/** Carries out `/impress subscribe|unsubscribe|subscriptions` for one channel of a workspace or server. */
export async function applySubscriptionRequest(
  store: SubscriptionStore,
  r: SubscriptionRequest,
): Promise<SubscriptionResult> {
  if (r.action === 'subscribe') {
    const [subscription] = await store.add(
      r.platform,
      r.teamId,
      [r.channelId],
      r.topics ?? UPDATE_TOPICS,
      r.lang ?? 'nb',
      { enterpriseId: r.enterpriseId },
    );
    if (!subscription) throw new Error('the subscription was not stored');
    return { action: 'subscribe', subscription };
  }
  if (r.action === 'unsubscribe') {
    return { action: 'unsubscribe', removed: (await store.remove(r.platform, r.teamId, [r.channelId])) > 0 };
  }
  return { action: 'list', subscriptions: await store.list({ platform: r.platform, teamId: r.teamId }) };
}

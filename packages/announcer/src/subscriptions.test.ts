import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { describe, expect, it } from 'vitest';
import { applySubscriptionRequest, SubscriptionStore } from './subscriptions';

describe.each(ENGINES)('subscriptions on %s', (engine) => {
  it('keep the enterprise of a Slack org-wide install, and drop it when the workspace subscribes on its own', async () => {
    const database = await freshDatabase(engine);
    try {
      const store = new SubscriptionStore(database.db);
      const request = { platform: 'slack' as const, teamId: 'T7', channelId: 'C1', action: 'subscribe' as const };
      await applySubscriptionRequest(store, { ...request, enterpriseId: 'E1' });
      expect(await store.list({ teamId: 'T7' })).toMatchObject([{ channelId: 'C1', enterpriseId: 'E1' }]);
      await applySubscriptionRequest(store, request);
      const [own] = await store.list({ teamId: 'T7' });
      expect(own?.enterpriseId).toBeUndefined();
    } finally {
      await database.drop();
    }
  });
});

import { applySubscriptionRequest, type SubscriptionStore } from '@impress-norway/announcer';
import type { SubscriptionsPort } from '@impress-norway/chat';
import type { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;

/**
 * Whether the bot is a member of the channel. Announcements need it even where `chat:write.public`
 * would let the bot post: checking history for an earlier post (exactly once) needs membership.
 */
async function isMember(client: WebClient, channel: string): Promise<boolean> {
  try {
    const info = await client.conversations.info({ channel });
    return Boolean(info.channel?.is_member);
  } catch {
    // Private channels the bot is not in answer channel_not_found.
    return false;
  }
}

/** `/impress subscribe|unsubscribe|subscriptions` for the channel a command came from. */
export function slackSubscriptions(
  store: SubscriptionStore,
  client: WebClient,
  /** The command's workspace and channel; an org-wide install's enterprise, which the announcer needs to find the token. */
  where: { teamId: string; channelId: string; enterpriseId?: string },
): SubscriptionsPort {
  return {
    async apply(request) {
      if (request.action === 'subscribe' && !(await isMember(client, where.channelId)))
        return { action: 'denied', reason: 'not-in-channel' };
      return applySubscriptionRequest(store, { ...request, platform: 'slack', ...where });
    },
  };
}

import { applySubscriptionRequest } from '@impress-norway/announcer';
import { type Reply, subscriptionReply } from '@impress-norway/chat';
import type { SlashCommand, webApi } from '@slack/bolt';

import type { SlackDeps } from '../deps';

type WebClient = webApi.WebClient;

type SubscriptionEffect = Extract<NonNullable<Reply['effect']>, { type: 'subscriptions' }>;

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

/** Carries out `/impress subscribe|unsubscribe|subscriptions` for the channel the command came from. */
export async function subscriptions(
  command: SlashCommand,
  effect: SubscriptionEffect,
  lang: 'nb' | 'en',
  deps: SlackDeps,
  client: WebClient,
): Promise<Reply> {
  if (!deps.subscriptions) return subscriptionReply({ action: 'denied', reason: 'unavailable' }, lang);
  if (effect.action === 'subscribe' && !(await isMember(client, command.channel_id)))
    return subscriptionReply({ action: 'denied', reason: 'not-in-channel' }, lang);
  const outcome = await applySubscriptionRequest(deps.subscriptions, {
    ...effect,
    platform: 'slack',
    teamId: command.team_id,
    // Org-wide installs are stored under the enterprise: the announcer needs it to find the token.
    ...(command.is_enterprise_install === 'true' && command.enterprise_id
      ? { enterpriseId: command.enterprise_id }
      : {}),
    channelId: command.channel_id,
  });
  return subscriptionReply(outcome, lang);
}

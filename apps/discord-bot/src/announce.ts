import { createHash } from 'node:crypto';
import { type ClaimedDelivery, type PlatformAdapter, type SendResult, TokenBucket } from '@impress-norway/announcer';
import { updateReply } from '@impress-norway/chat';
import { renderEmbeds } from './render/embeds';

/** Discord error codes that mean the channel is gone for us: Unknown Channel, Missing Access. */
const GONE_CODES = new Set([10003, 50001]);

/** Options of the Discord announcement adapter. */
export interface DiscordAnnouncerOptions {
  token: string;
  /** REST base (default https://discord.com/api). */
  apiUrl?: string;
  fetch?: typeof fetch;
  /** Requests a second for all announcements (default 40, under Discord's 50 per bot, leaving room for replies). */
  perSecond?: number;
}

/** A nonce of at most 25 characters derived from the delivery, the same on every attempt. */
export function deliveryNonce(deliveryId: string): string {
  return createHash('sha256').update(deliveryId).digest('base64url').slice(0, 25);
}

/**
 * Posts announcements to Discord channels. Each attempt of a delivery sends the same `nonce` with
 * `enforce_nonce`, so Discord itself drops a repeat after a crash between sending and recording.
 * Mentions are disabled, Retry-After is honoured, and a channel Discord says is gone is dropped.
 */
export function discordAnnouncer(o: DiscordAnnouncerOptions): PlatformAdapter {
  const base = (o.apiUrl ?? 'https://discord.com/api').replace(/\/+$/, '');
  const bucket = new TokenBucket(o.perSecond ?? 40);
  return {
    platform: 'discord',
    paceMs: 1000,
    async send(d: ClaimedDelivery): Promise<SendResult> {
      const {
        allowedMentions: _a,
        flags: _f,
        ...message
      } = renderEmbeds(updateReply(d.announcement.text[d.subscription.lang]));
      await bucket.take();
      const res = await (o.fetch ?? fetch)(`${base}/v10/channels/${d.subscription.channelId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bot ${o.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          ...message,
          allowed_mentions: { parse: [] },
          nonce: deliveryNonce(d.id),
          enforce_nonce: true,
        }),
      });
      const json = (await res.json().catch(() => ({}))) as {
        id?: string;
        code?: number;
        message?: string;
        retry_after?: number;
      };
      if (res.ok && json.id) return { kind: 'sent', messageId: json.id };
      if (res.status === 429)
        return {
          kind: 'retry',
          error: 'rate limited',
          retryAfterMs: Math.ceil((json.retry_after ?? Number(res.headers.get('retry-after') ?? 1)) * 1000),
        };
      if (json.code !== undefined && GONE_CODES.has(json.code))
        return { kind: 'gone', error: `${json.code} ${json.message ?? ''}`.trim() };
      if (res.status >= 500) return { kind: 'retry', error: `HTTP ${res.status}` };
      return { kind: 'failed', error: `HTTP ${res.status} ${json.message ?? ''}`.trim() };
    },
  };
}

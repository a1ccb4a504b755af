import type { ClaimedDelivery, PlatformAdapter, SendResult } from '@impress-norway/announcer';
import { updateReply } from '@impress-norway/chat';
import { type Database, type InstallationKey, InstallationRecords, SecretBox } from '@impress-norway/db';
import { renderBlocks } from './render/blocks';

/** Slack errors that mean the channel will never take our messages: stop announcing there. */
const GONE = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'channel_is_archived',
  'account_inactive',
  'token_revoked',
  'team_access_not_granted',
]);
/** Metadata event type that marks our announcements, so a resend can check what already went out. */
export const METADATA_EVENT = 'impress_update';

/** Options of the Slack announcement adapter. */
export interface SlackAnnouncerOptions {
  /** Web API base, ending in `/api/` (default https://slack.com/api/). */
  apiUrl?: string;
  /**
   * The bot token for a workspace: the single-workspace token, or the OAuth installation's (the
   * org-wide install's when the subscription names an enterprise).
   */
  tokenFor(teamId: string, enterpriseId?: string): Promise<string | undefined>;
  fetch?: typeof fetch;
}

async function call(
  o: SlackAnnouncerOptions,
  token: string,
  method: string,
  body: Record<string, unknown>,
): Promise<{ status: number; retryAfter?: number; json: Record<string, unknown> }> {
  const base = o.apiUrl ?? 'https://slack.com/api/';
  const res = await (o.fetch ?? fetch)(`${base}${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  });
  const retryAfter = res.headers.get('retry-after');
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: res.status, ...(retryAfter ? { retryAfter: Number(retryAfter) * 1000 } : {}), json };
}

/** Messages read per conversations.history page, and pages read at most in one resend check. */
const HISTORY_PAGE = 200;
const MAX_HISTORY_PAGES = 25;
/** Read this far before the announcement's time too, for clock differences between Slack and us. */
const HISTORY_MARGIN_S = 300;

type HistoryCheck = { kind: 'found'; ts: string } | { kind: 'absent' } | { kind: 'unknown'; result: SendResult };

/**
 * Looks for our earlier message for this update in the channel, by its metadata, paging back to the
 * announcement's time (no attempt is older). A failed or rate-limited read, or a history too long to
 * page through, is "unknown", never "not posted": the delivery is retried and checked again.
 */
async function alreadyPosted(o: SlackAnnouncerOptions, token: string, d: ClaimedDelivery): Promise<HistoryCheck> {
  const oldest = d.createdAt === undefined ? undefined : String(Math.floor(d.createdAt / 1000) - HISTORY_MARGIN_S);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
    const r = await call(o, token, 'conversations.history', {
      channel: d.subscription.channelId,
      limit: HISTORY_PAGE,
      include_all_metadata: true,
      ...(oldest ? { oldest } : {}),
      ...(cursor ? { cursor } : {}),
    });
    if (r.status === 429 || r.json.error === 'ratelimited')
      return {
        kind: 'unknown',
        result: { kind: 'retry', error: 'resend check rate limited', retryAfterMs: r.retryAfter ?? 1000 },
      };
    if (r.json.ok !== true)
      return {
        kind: 'unknown',
        result: { kind: 'retry', error: `resend check failed: ${String(r.json.error ?? `HTTP ${r.status}`)}` },
      };
    const messages = (r.json.messages ?? []) as Array<{
      ts: string;
      metadata?: { event_type?: string; event_payload?: { update_id?: string } };
    }>;
    const ours = messages.find(
      (m) => m.metadata?.event_type === METADATA_EVENT && m.metadata.event_payload?.update_id === d.announcement.id,
    );
    if (ours) return { kind: 'found', ts: ours.ts };
    cursor = (r.json.response_metadata as { next_cursor?: string } | undefined)?.next_cursor || undefined;
    if (!r.json.has_more || !cursor) return { kind: 'absent' };
  }
  return { kind: 'unknown', result: { kind: 'retry', error: 'resend check: history too long to read back' } };
}

/** One attempt: looks for an earlier post when the last outcome is unknown, else posts. */
async function post(o: SlackAnnouncerOptions, d: ClaimedDelivery): Promise<SendResult> {
  const { teamId, enterpriseId } = d.subscription;
  const token = await o.tokenFor(teamId, enterpriseId);
  // A missing token is a configuration or install problem of ours, not a dead channel: it is retried
  // with backoff and ends as a visible failure, and the subscription stays active.
  if (!token)
    return {
      kind: 'retry',
      error: `no Slack token for workspace ${teamId}${enterpriseId ? ` (enterprise ${enterpriseId})` : ''}`,
    };
  if (d.uncertain) {
    const check = await alreadyPosted(o, token, d);
    if (check.kind === 'found') return { kind: 'sent', messageId: check.ts };
    if (check.kind === 'unknown') return check.result;
  }
  const message = renderBlocks(updateReply(d.announcement.text[d.subscription.lang]));
  const r = await call(o, token, 'chat.postMessage', {
    channel: d.subscription.channelId,
    ...message,
    unfurl_links: false,
    metadata: { event_type: METADATA_EVENT, event_payload: { update_id: d.announcement.id } },
  });
  if (r.status === 429) return { kind: 'retry', error: 'ratelimited', retryAfterMs: r.retryAfter ?? 1000 };
  if (r.json.ok === true) return { kind: 'sent', messageId: String(r.json.ts) };
  const error = String(r.json.error ?? `HTTP ${r.status}`);
  if (GONE.has(error)) return { kind: 'gone', error };
  if (error === 'ratelimited') return { kind: 'retry', error, retryAfterMs: r.retryAfter ?? 1000 };
  if (error === 'invalid_auth' || error === 'not_authed') return { kind: 'failed', error };
  return { kind: 'retry', error };
}

/**
 * Posts announcements to Slack with `chat.postMessage`, carrying the update id in message metadata.
 * When an earlier attempt's outcome is unknown (a crash between sending and recording), it first looks
 * for that metadata in the channel history, so the update is never posted twice. Keeps to Slack's
 * 1 message per second per channel and honours Retry-After.
 */
export function slackAnnouncer(o: SlackAnnouncerOptions): PlatformAdapter {
  // Channels are paced to 1 message/s already, so a 429 is about the workspace: hold all of its
  // channels until Retry-After has passed instead of collecting one 429 per channel.
  const pausedUntil = new Map<string, number>();
  return {
    platform: 'slack',
    paceMs: 1000,
    async send(d: ClaimedDelivery): Promise<SendResult> {
      const team = d.subscription.teamId;
      const wait = (pausedUntil.get(team) ?? 0) - Date.now();
      if (wait > 0) return { kind: 'retry', error: 'workspace rate limited', retryAfterMs: wait };
      const r = await post(o, d);
      if (r.kind === 'retry' && r.retryAfterMs !== undefined) pausedUntil.set(team, Date.now() + r.retryAfterMs);
      return r;
    },
  };
}

/**
 * Where announcement tokens come from: with OAuth configured (IMPRESS_ENCRYPTION_KEY), each
 * workspace's own stored installation, looked up as Bolt looks it up for a request (the org-wide
 * install for a subscription made through one, else the workspace's install; SLACK_BOT_TOKEN is one
 * workspace's, and other workspaces' channels got channel_not_found with it and were paused), then
 * `SLACK_BOT_TOKEN` for a workspace with no installation (single-workspace setups that also set the
 * key); otherwise `SLACK_BOT_TOKEN` for every channel.
 */
export function slackTokenSource(
  database: Database,
  settings: { botToken?: string; encryptionKey?: string; previousKeys?: string[] },
): (teamId: string, enterpriseId?: string) => Promise<string | undefined> {
  if (!settings.encryptionKey) {
    const token = settings.botToken;
    return async () => token;
  }
  const records = new InstallationRecords(
    database.db,
    new SecretBox(settings.encryptionKey, settings.previousKeys ?? []),
  );
  const tokenOf = async (key: InstallationKey) =>
    ((await records.fetch(key)) as { bot?: { token?: string } } | undefined)?.bot?.token;
  return async (teamId, enterpriseId) =>
    (enterpriseId ? await tokenOf({ enterpriseId, isEnterpriseInstall: true }) : undefined) ??
    // A workspace of a Grid org may also have an install of its own (before or after the org's).
    (await tokenOf({ teamId, isEnterpriseInstall: false })) ??
    settings.botToken;
}

import type { SubscriptionStore } from '@impress-norway/announcer';
import type { RateLimiter } from '@impress-norway/chat';
import type { SettingsStore } from '@impress-norway/db';
import type { SlackManagers } from './listeners/may-manage';

/** One answered command, for metrics. */
export interface CommandEvent {
  platform: 'slack' | 'discord';
  kind: string;
  seconds: number;
}

/** What the listeners need besides Bolt: where languages are stored, the default one, limits and metrics. */
export interface SlackDeps {
  settings: SettingsStore;
  /** Channel announcement subscriptions; without it, subscribe says announcements are not set up. */
  subscriptions?: SubscriptionStore;
  defaultLang: 'nb' | 'en';
  /** Per-user command limit; none when left out. */
  rateLimiter?: RateLimiter;
  /** Who may change announcements and languages: members (default; guests never) or admins and owners. */
  managers?: SlackManagers;
  /** Called once per answered command. */
  observe?: (event: CommandEvent) => void;
}

/** The language for a channel: the channel's own, else the workspace's, else the configured default. */
export async function languageFor(
  deps: SlackDeps,
  teamId: string | undefined,
  channelId?: string,
): Promise<'nb' | 'en'> {
  if (!teamId) return deps.defaultLang;
  return (
    (await deps.settings.getLanguage({ platform: 'slack', teamId, ...(channelId ? { channelId } : {}) })) ??
    deps.defaultLang
  );
}

/** What the "Share in channel" button carries: the command text or button value, and the language. */
export interface ShareRef {
  t?: string;
  a?: string;
  l: 'nb' | 'en';
}

const MAX_SHARED_TEXT = 1200;

/**
 * Encodes a share reference into a button value (at most 2000 characters). Base64url keeps the
 * user's raw text, which may hold `<!channel>`, out of every payload Slack stores or shows.
 */
export function encodeShare(ref: ShareRef): string {
  return Buffer.from(JSON.stringify({ ...ref, ...(ref.t ? { t: ref.t.slice(0, MAX_SHARED_TEXT) } : {}) })).toString(
    'base64url',
  );
}

/** Decodes a share button value, or undefined when it is not one of ours. */
export function decodeShare(value: string | undefined): ShareRef | undefined {
  try {
    const v = JSON.parse(Buffer.from(value ?? '', 'base64url').toString('utf8')) as ShareRef;
    if ((v.l === 'nb' || v.l === 'en') && (typeof v.t === 'string' || typeof v.a === 'string')) return v;
  } catch {
    // Not ours: fall through.
  }
  return undefined;
}

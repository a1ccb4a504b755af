import type { SubscriptionStore } from '@impress-norway/announcer';
import type { RateLimiter } from '@impress-norway/chat';
import type { SettingsStore } from '@impress-norway/db';
import type { Interaction } from 'discord.js';
import { BUTTON_IDS } from '../render/embeds';
import type { ShareCache, ShareEntry } from '../shares';

/** What the interaction handlers need. */
export interface DiscordDeps {
  settings: SettingsStore;
  /** Channel announcement subscriptions; without it, subscribe says announcements are not set up. */
  subscriptions?: SubscriptionStore;
  shares: ShareCache;
  defaultLang: 'nb' | 'en';
  /** How long an answer may take before the reply is deferred (Discord allows 3 s). */
  deferAfterMs?: number;
  onError?: (error: Error) => void;
  /** Per-user command limit; none when left out. */
  rateLimiter?: RateLimiter;
  /** Called once per answered command, for metrics. */
  observe?: (event: { platform: 'discord'; kind: string; seconds: number }) => void;
}

/** The language: the channel's stored choice, else the server's, else the user's Discord locale, else the default. */
export async function languageOf(i: Interaction, deps: DiscordDeps): Promise<'nb' | 'en'> {
  const stored = i.guildId
    ? await deps.settings.getLanguage({
        platform: 'discord',
        teamId: i.guildId,
        ...(i.channelId ? { channelId: i.channelId } : {}),
      })
    : undefined;
  if (stored) return stored;
  if (/^(no|nb|nn)/.test(i.locale ?? '')) return 'nb';
  if (/^en/.test(i.locale ?? '')) return 'en';
  return deps.defaultLang;
}

/** A "Post publicly" button id for an answer, kept in the share cache. */
export function shareId(deps: DiscordDeps, entry: ShareEntry): string {
  return `${BUTTON_IDS.share}${deps.shares.put(entry)}`;
}

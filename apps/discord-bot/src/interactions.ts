import { applySubscriptionRequest, type SubscriptionStore } from '@impress-norway/announcer';
import {
  findCommand,
  type RateLimiter,
  type Reply,
  rateLimitedReply,
  route,
  subscriptionReply,
  suggest,
} from '@impress-norway/chat';
import type { SettingsStore } from '@impress-norway/db';
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import { BUTTON_IDS, renderEmbeds } from './render/embeds';
import type { ShareCache, ShareEntry } from './shares';

/** What the interaction handler needs. */
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

const DEFER_AFTER_MS = 1500;
const TEXT = {
  sorry: { en: 'Sorry, something went wrong. Please try again.', nb: 'Beklager, noe gikk galt. Prøv igjen.' },
  expired: { en: 'This answer has expired; please ask again.', nb: 'Dette svaret er utløpt; spør igjen.' },
  manage: {
    en: 'Changing the language or announcements here needs the Manage Channels permission.',
    nb: 'For å endre språk eller kunngjøringer her trengs tillatelsen Administrer kanaler.',
  },
};

/** The language: the channel's stored choice, else the server's, else the user's Discord locale, else the default. */
async function languageOf(i: Interaction, deps: DiscordDeps): Promise<'nb' | 'en'> {
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

function shareId(deps: DiscordDeps, entry: ShareEntry): string {
  return `${BUTTON_IDS.share}${deps.shares.put(entry)}`;
}

async function autocomplete(i: AutocompleteInteraction, deps: DiscordDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  const spec = findCommand(i.options.getSubcommand(false) ?? '');
  const kind = spec?.options.find((o) => o.name === focused.name)?.suggest;
  const lang = await languageOf(i, deps);
  await i.respond(kind ? suggest(kind, String(focused.value), lang, 25) : []);
}

/** Updates and edits keep the message's visibility; Discord rejects the ephemeral flag there. */
function withoutFlags(message: ReturnType<typeof renderEmbeds>) {
  const { flags: _flags, ...rest } = message;
  return rest;
}

/** Answers within the time budget, or defers first and edits the reply when the answer is slow. */
async function answer(
  i: ChatInputCommandInteraction | ButtonInteraction,
  work: Promise<ReturnType<typeof renderEmbeds>>,
  deps: DiscordDeps,
  update = false,
): Promise<void> {
  const budget = deps.deferAfterMs ?? DEFER_AFTER_MS;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, budget));
  });
  // A budget of 0 or less always defers (useful where answers are known to be slow).
  const quick = budget <= 0 ? undefined : await Promise.race([work, late]).finally(() => clearTimeout(timer));
  clearTimeout(timer);
  if (quick) {
    if (update && i.isButton()) await i.update(withoutFlags(quick));
    else await i.reply(quick);
    return;
  }
  if (update && i.isButton()) await i.deferUpdate();
  else await i.deferReply({ flags: MessageFlags.Ephemeral });
  await i.editReply(withoutFlags(await work));
}

/** Subcommands that change a channel's settings; Discord's own rule for that is Manage Channels. */
const NEEDS_MANAGE = new Set(['language', 'subscribe', 'unsubscribe']);

async function subscriptions(
  i: ChatInputCommandInteraction,
  effect: Extract<NonNullable<Reply['effect']>, { type: 'subscriptions' }>,
  lang: 'nb' | 'en',
  deps: DiscordDeps,
): Promise<Reply> {
  if (!deps.subscriptions || !i.guildId || !i.channelId)
    return subscriptionReply({ action: 'denied', reason: 'unavailable' }, lang);
  const outcome = await applySubscriptionRequest(deps.subscriptions, {
    platform: 'discord',
    teamId: i.guildId,
    channelId: i.channelId,
    ...effect,
  });
  return subscriptionReply(outcome, lang);
}

async function command(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const sub = i.options.getSubcommand();
  const spec = findCommand(sub);
  const option = spec?.options[0];
  const query = option ? String(i.options.get(option.name)?.value ?? '') : '';
  const started = performance.now();
  const lang = await languageOf(i, deps);
  if (deps.rateLimiter && !deps.rateLimiter.take(i.user.id)) {
    await i.reply(renderEmbeds(rateLimitedReply(lang)));
    deps.observe?.({ platform: 'discord', kind: 'rate-limited', seconds: (performance.now() - started) / 1000 });
    return;
  }
  if (NEEDS_MANAGE.has(sub) && !i.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) {
    await i.reply({ content: TEXT.manage[lang], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const work = (async () => {
    let reply: Reply = route({ command: sub, query, lang });
    if (reply.effect?.type === 'subscriptions') reply = await subscriptions(i, reply.effect, lang, deps);
    if (reply.effect?.type === 'set-language' && i.guildId) {
      await deps.settings.setLanguage(
        { platform: 'discord', teamId: i.guildId, ...(i.channelId ? { channelId: i.channelId } : {}) },
        reply.effect.lang,
      );
    }
    deps.observe?.({ platform: 'discord', kind: reply.kind, seconds: (performance.now() - started) / 1000 });
    return renderEmbeds(reply, { shareId: shareId(deps, { command: sub, query, lang: reply.lang }) });
  })();
  await answer(i, work, deps);
}

async function button(i: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const lang = await languageOf(i, deps);
  if (i.customId.startsWith(BUTTON_IDS.share)) {
    const entry = deps.shares.get(i.customId.slice(BUTTON_IDS.share.length));
    if (!entry) {
      await i.reply({ content: TEXT.expired[lang], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    const reply = route(
      entry.action
        ? { action: entry.action, lang: entry.lang }
        : { command: entry.command ?? 'help', query: entry.query ?? '', lang: entry.lang },
    );
    await i.reply(renderEmbeds({ ...reply, visibility: 'public' }));
    return;
  }
  if (i.customId.startsWith(BUTTON_IDS.page)) {
    const action = i.customId.slice(BUTTON_IDS.page.length);
    const work = Promise.resolve(renderEmbeds(route({ action, lang }), { shareId: shareId(deps, { action, lang }) }));
    await answer(i, work, deps, true);
  }
}

/** Handles every interaction of `/impress`: commands, autocomplete and buttons. Never throws. */
export async function handleInteraction(i: Interaction, deps: DiscordDeps): Promise<void> {
  try {
    if (i.isAutocomplete() && i.commandName === 'impress') await autocomplete(i, deps);
    else if (i.isChatInputCommand() && i.commandName === 'impress') await command(i, deps);
    else if (i.isButton() && i.customId.startsWith('impress:')) await button(i, deps);
  } catch (error) {
    deps.onError?.(error as Error);
    if (!i.isRepliable()) return;
    const lang = deps.defaultLang;
    const body = {
      content: TEXT.sorry[lang],
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] as [] },
    } as const;
    await (i.replied || i.deferred ? i.followUp(body) : i.reply(body)).catch(() => undefined);
  }
}

import { applySubscriptionRequest } from '@impress-norway/announcer';
import { type DispatchPorts, dispatch, findCommand } from '@impress-norway/chat';
import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { renderEmbeds } from '../render/embeds';
import { type DiscordDeps, languageOf, shareId } from './deps';
import { respondWithin } from './respond';

/** The ports `dispatch()` uses for one interaction: its channel and server, Discord's permission rule. */
function portsFor(i: ChatInputCommandInteraction, deps: DiscordDeps): DispatchPorts {
  const store = deps.subscriptions;
  return {
    defaultLang: deps.defaultLang,
    settings: {
      language: () => languageOf(i, deps),
      async setLanguage(lang) {
        if (!i.guildId) return;
        const scope = {
          platform: 'discord' as const,
          teamId: i.guildId,
          ...(i.channelId ? { channelId: i.channelId } : {}),
        };
        await deps.settings.setLanguage(scope, lang);
      },
    },
    // Discord's own rule for changing a channel is Manage Channels.
    permissions: {
      mayChangeChannel: async () =>
        i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ? 'ok' : 'permission',
    },
    ...(store
      ? {
          subscriptions: {
            apply: async (request) =>
              i.guildId && i.channelId
                ? applySubscriptionRequest(store, {
                    ...request,
                    platform: 'discord',
                    teamId: i.guildId,
                    channelId: i.channelId,
                  })
                : { action: 'denied', reason: 'unavailable' },
          },
        }
      : {}),
    ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}),
    observe: (event) => deps.observe?.({ platform: 'discord', ...event }),
    ...(deps.onError ? { onError: deps.onError } : {}),
  };
}

/** `/impress <subcommand>`: transport, then `dispatch()`, then embeds. */
export async function command(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const sub = i.options.getSubcommand();
  const option = findCommand(sub)?.options[0];
  const query = option ? String(i.options.get(option.name)?.value ?? '') : '';
  const work = dispatch({ command: sub, query, user: i.user.id }, portsFor(i, deps)).then((reply) =>
    renderEmbeds(
      reply,
      reply.kind === 'error' ? {} : { shareId: shareId(deps, { command: sub, query, lang: reply.lang }) },
    ),
  );
  await respondWithin(i, work, deps.deferAfterMs);
}

import { sorryText } from '@impress-norway/chat';
import { type Interaction, MessageFlags } from 'discord.js';
import { autocomplete } from './autocomplete';
import { button } from './buttons';
import { command } from './commands';
import type { DiscordDeps } from './deps';

export type { DiscordDeps } from './deps';

/** Handles every interaction of `/impress`: commands, autocomplete and buttons. Never throws. */
export async function handleInteraction(i: Interaction, deps: DiscordDeps): Promise<void> {
  try {
    if (i.isAutocomplete() && i.commandName === 'impress') await autocomplete(i, deps);
    else if (i.isChatInputCommand() && i.commandName === 'impress') await command(i, deps);
    else if (i.isButton() && i.customId.startsWith('impress:')) await button(i, deps);
  } catch (error) {
    deps.onError?.(error as Error);
    if (!i.isRepliable()) return;
    const body = {
      content: sorryText(deps.defaultLang),
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] as [] },
    } as const;
    await (i.replied || i.deferred ? i.followUp(body) : i.reply(body)).catch(() => undefined);
  }
}

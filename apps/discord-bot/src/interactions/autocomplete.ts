import { findCommand, suggest } from '@impress-norway/chat';
import type { AutocompleteInteraction } from 'discord.js';
import { type DiscordDeps, languageOf } from './deps';

/** Suggestions for the focused option of `/impress cohorts|drugs|sites` while the user types. */
export async function autocomplete(i: AutocompleteInteraction, deps: DiscordDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  const spec = findCommand(i.options.getSubcommand(false) ?? '');
  const kind = spec?.options.find((o) => o.name === focused.name)?.suggest;
  const lang = await languageOf(i, deps);
  await i.respond(kind ? suggest(kind, String(focused.value), lang, 25) : []);
}

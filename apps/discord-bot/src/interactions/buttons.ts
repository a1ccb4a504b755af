import { route } from '@impress-norway/chat';
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { BUTTON_IDS, pageValue, renderEmbeds } from '../render/embeds';
import { DISCORD_STRINGS } from '../strings';
import { type DiscordDeps, languageOf, shareId } from './deps';
import { respondWithin } from './respond';

/** "Post publicly" posts a kept answer again, publicly; Previous/Next edit the list in place. */
export async function button(i: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const lang = await languageOf(i, deps);
  if (i.customId.startsWith(BUTTON_IDS.share)) {
    const entry = deps.shares.get(i.customId.slice(BUTTON_IDS.share.length));
    if (!entry) {
      await i.reply({
        content: DISCORD_STRINGS.expired[lang],
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
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
  const action = pageValue(i.customId);
  if (action !== undefined) {
    const work = Promise.resolve(renderEmbeds(route({ action, lang }), { shareId: shareId(deps, { action, lang }) }));
    await respondWithin(i, work, deps.deferAfterMs, true);
  }
}

import { ANSWER_BUDGET_MS, within } from '@impress-norway/chat';
import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { DiscordMessage } from '../render/embeds';

/** Updates and edits keep the message's visibility; Discord rejects the ephemeral flag there. */
function withoutFlags(message: DiscordMessage) {
  const { flags: _flags, ...rest } = message;
  return rest;
}

/**
 * Answers within the time budget, or defers first and edits the reply when the answer is slow.
 * `update` edits the button's message in place (paging) instead of replying.
 */
export async function respondWithin(
  i: ChatInputCommandInteraction | ButtonInteraction,
  work: Promise<DiscordMessage>,
  budgetMs = ANSWER_BUDGET_MS,
  update = false,
): Promise<void> {
  const quick = await within(work, budgetMs);
  if (quick) {
    if (update && i.isButton()) await i.update(withoutFlags(quick));
    else await i.reply(quick);
    return;
  }
  if (update && i.isButton()) await i.deferUpdate();
  else await i.deferReply({ flags: MessageFlags.Ephemeral });
  await i.editReply(withoutFlags(await work));
}

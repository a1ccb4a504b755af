import { escapeMarkdown } from 'discord.js';

/**
 * Makes text that is not ours safe for Discord: markdown is escaped, and mentions are broken with a
 * zero-width space so `@everyone`, `<@123>` or `<@&role>` can never ping (allowedMentions is empty
 * too; this is the second lock).
 */
export function discordSafe(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

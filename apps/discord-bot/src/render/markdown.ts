import { escapeMarkdown } from 'discord.js';

/**
 * Makes text that is not ours safe for Discord: markdown is escaped, every square bracket too (so no
 * masked link `[label](url)` can form from feed text or an echoed query: discord.js's own
 * escapeMaskedLink escapes only the first bracket of a match, which `[[a](url)` gets around), and
 * mentions are broken with a zero-width space so `@everyone`, `<@123>` or `<@&role>` can never ping
 * (allowedMentions is empty too; this is the second lock).
 */
export function discordSafe(text: string): string {
  return escapeMarkdown(text)
    .replace(/[[\]]/g, '\\$&')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/**
 * An http(s) URL fit to put inside our own `[label](url)` or on a line of its own, else undefined.
 * Parentheses, brackets and angle brackets are percent-encoded, so a hostile link cannot close the
 * markup early and start a masked link of its own.
 */
export function discordUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return undefined;
  }
  return href.replace(/[()[\]<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Escapes text that is not ours for Slack mrkdwn. Only `&`, `<` and `>` are control characters;
 * escaping `<` and `>` also stops `<!channel>`, `<!here>`, `<@U123>` and link injection.
 *
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link in mrkdwn: `<url|label>`, with the label escaped and `|` removed from it. */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = /^https?:\/\//.test(url) ? url.replace(/[<>|\s]/g, encodeURIComponent) : '';
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  return safeUrl ? `<${safeUrl}|${safeLabel}>` : safeLabel;
}

/**
 * Text for `plain_text` objects. Slack does not parse mentions there, but a zero-width space after
 * `<` and `@` makes sure `<!here>` or `@everyone` can never become one, whatever a client does.
 */
export function plain(text: string): string {
  return text.replace(/<([!@#])/g, '<\u200b$1').replace(/@(everyone|here|channel)\b/gi, '@\u200b$1');
}

/** Longest question `ask()` searches; longer input gets a polite request to shorten it. */
export const MAX_QUESTION_LENGTH = 1000;

/** A question cleaned for searching, or the reason it cannot be searched. */
export type CleanQuestion = { ok: true; text: string } | { ok: false; reason: 'empty' | 'too-long' };

/**
 * Removes control and format characters, Slack/Discord markup such as `<!channel>`, `<@U123>` and
 * `@everyone`, and extra white space, so nothing a user types is echoed or executed downstream.
 */
export function cleanQuestion(input: unknown): CleanQuestion {
  const raw = typeof input === 'string' ? input : '';
  if (raw.length > MAX_QUESTION_LENGTH * 4) return { ok: false, reason: 'too-long' };
  const text = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_QUESTION_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, text };
}

/** Removes anything from answer text that a chat platform could execute (mentions, links markup). */
export function safeText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/@(everyone|here|channel)\b/gi, '$1')
    .trim();
}

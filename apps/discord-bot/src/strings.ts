/**
 * The Discord bot's own texts, in bokmål (`nb`) and English (`en`); the shared reply texts are in
 * `@impress-norway/chat`'s STRINGS. `strings.test.ts` checks that every key has both languages.
 */
export const DISCORD_STRINGS = {
  share: { en: 'Post publicly', nb: 'Del offentlig' },
  expired: { en: 'This answer has expired; please ask again.', nb: 'Dette svaret er utløpt; spør igjen.' },
} as const;

/**
 * The Slack app's own texts, in bokmål (`nb`) and English (`en`); the shared reply texts are in
 * `@impress-norway/chat`'s STRINGS. `strings.test.ts` checks that every key has both languages.
 */
export const SLACK_STRINGS = {
  share: { en: 'Share in channel', nb: 'Del i kanalen' },
  /** The notification text of a reply that has no words of its own (Slack needs some). */
  emptyReply: { en: 'IMPRESS-Norway', nb: 'IMPRESS-Norway' },
  moreThanFits: {
    en: '_More than fits in one message; narrow the search._',
    nb: '_Mer enn det er plass til; snevre inn søket._',
  },
  homeNote: {
    en: 'Public information about the study only. Never share patient information here; this is not medical advice.',
    nb: 'Bare offentlig informasjon om studien. Del aldri pasientopplysninger her; dette er ikke medisinske råd.',
  },
} as const;

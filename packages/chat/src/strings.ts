/**
 * Every text the chat replies use, in bokmål (`nb`) and English (`en`), in one table so a translator
 * edits one file; `strings.test.ts` checks that every key has both languages. Command names and
 * descriptions live with the command definitions (`commands.ts`).
 */
export const STRINGS = {
  sources: { en: 'Sources', nb: 'Kilder' },
  sorryTitle: { en: 'Sorry', nb: 'Beklager' },
  sorry: {
    en: 'Sorry, something went wrong. Please try again in a moment.',
    nb: 'Beklager, noe gikk galt. Prøv igjen om litt.',
  },
  rateLimitedTitle: { en: 'One moment, please', nb: 'Et øyeblikk' },
  rateLimited: {
    en: 'You are asking faster than I can keep up with. Please wait a minute and try again.',
    nb: 'Du spør raskere enn jeg rekker å svare. Vent et minutt og prøv igjen.',
  },

  // Paging
  previous: { en: 'Previous', nb: 'Forrige' },
  next: { en: 'Next', nb: 'Neste' },
  pagePosition: {
    en: (page: number, count: number, total: number) => `Page ${page} of ${count} (${total} in all)`,
    nb: (page: number, count: number, total: number) => `Side ${page} av ${count} (${total} i alt)`,
  },
  terminalPagingHint: { en: 'type "next" or "previous"', nb: 'skriv «neste» eller «forrige»' },

  // Answers to questions, by answer kind
  answerTitle: { en: 'Answer', nb: 'Svar' },
  noAnswerTitle: { en: 'No answer', nb: 'Ikke noe svar' },
  adviceDeclinedTitle: { en: 'Talk to your doctor', nb: 'Snakk med legen din' },
  question: { en: 'Question', nb: 'Spørsmål' },
  seeAlso: { en: 'See also', nb: 'Se også' },

  // help, language
  helpTitle: { en: 'IMPRESS-Norway: how to use /impress', nb: 'IMPRESS-Norway: slik bruker du /impress' },
  helpExamples: {
    en: 'Or just type a question: /impress which hospitals in Helse Vest take part?',
    nb: 'Eller skriv et spørsmål: /impress hvilke sykehus i Helse Vest deltar?',
  },
  notAdvice: {
    en: 'Answers cite public sources and are not medical advice.',
    nb: 'Svarene viser til offentlige kilder og er ikke medisinske råd.',
  },
  whichLanguageTitle: { en: 'Which language?', nb: 'Hvilket språk?' },
  whichLanguage: {
    en: 'Use /impress language nb or /impress language en.',
    nb: 'Bruk /impress sprak nb eller /impress sprak en.',
  },
  languageSetTitle: { en: 'Language set to English', nb: 'Språket er satt til norsk (bokmål)' },
  languageSet: { en: 'Answers in this channel will be in English.', nb: 'Svar i denne kanalen kommer på norsk.' },

  // about, eligibility, contact
  registry: { en: 'Registry', nb: 'Register' },
  sponsor: { en: 'Sponsor', nb: 'Sponsor' },
  phase: { en: 'Phase', nb: 'Fase' },
  statusNewest: { en: 'Status (newest source)', nb: 'Status (nyeste kilde)' },
  sitesNewest: { en: 'Sites (newest count)', nb: 'Studiesteder (nyeste opptelling)' },
  plannedEnd: { en: 'Planned end', nb: 'Planlagt slutt' },
  generalInformation: {
    en: 'This is general information about the study, not medical advice. Your treating doctor can tell you whether it fits you.',
    nb: 'Dette er generell informasjon om studien, ikke medisinske råd. Behandlende lege kan si om den passer for deg.',
  },
  eligibilityTitle: { en: 'Who can take part', nb: 'Hvem kan delta' },
  contactTitle: { en: 'Contact', nb: 'Kontakt' },
  studyWebsite: { en: 'Study website', nb: 'Studiens nettsted' },

  // Lists
  nothingMatches: {
    en: (query: string) => `Nothing matches "${query}".`,
    nb: (query: string) => `Ingen treff på «${query}».`,
  },
  cohortsTitle: { en: 'Cohorts', nb: 'Kohorter' },
  cohort: { en: 'cohort', nb: 'kohort' },
  expansionCohort: { en: 'expansion cohort', nb: 'ekspansjonskohort' },
  drugsTitle: { en: 'Study drugs named in sources', nb: 'Studielegemidler nevnt i kilder' },
  sitesTitle: { en: 'Study sites', nb: 'Studiesteder' },
  sitesNote: {
    en: 'Hospital trusts named in public sources; the full list of study sites is not public.',
    nb: 'Helseforetak nevnt i offentlige kilder; hele listen over studiesteder er ikke offentlig.',
  },
  newsTitle: { en: 'Latest news', nb: 'Siste nytt' },
  resultsTitle: { en: 'Results', nb: 'Resultater' },
  resultsNote: {
    en: 'Figures use different denominators and cut-offs; each is given with its source.',
    nb: 'Tallene har ulike nevnere og tidspunkt; hvert tall er oppgitt med kilde.',
  },

  // Announcements
  updateDate: { en: 'Date', nb: 'Dato' },
  readMore: { en: 'Read more', nb: 'Les mer' },
  updateNote: {
    en: 'IMPRESS-Norway update. Not medical advice.',
    nb: 'Oppdatering fra IMPRESS-Norway. Ikke medisinske råd.',
  },

  // Subscriptions
  subscribingTitle: { en: 'Subscribing…', nb: 'Abonnerer…' },
  unsubscribingTitle: { en: 'Unsubscribing…', nb: 'Avslutter…' },
  subscriptionsTitle: { en: 'Subscriptions', nb: 'Abonnementer' },
  unknownTopicTitle: { en: 'Unknown topic', nb: 'Ukjent emne' },
  unknownTopic: {
    en: (word: string, names: string) =>
      `"${word}" is not a topic. Topics: ${names}. Add nb or en to choose the language.`,
    nb: (word: string, names: string) =>
      `«${word}» er ikke et emne. Emner: ${names}. Legg til nb eller en for å velge språk.`,
  },
  announcementsTitle: { en: 'Announcements', nb: 'Kunngjøringer' },
  subscribed: {
    en: (topics: string, lang: string) =>
      `This channel will get IMPRESS-Norway updates (${topics}) in ${lang}, starting now. Earlier updates are not posted.`,
    nb: (topics: string, lang: string) =>
      `Denne kanalen får oppdateringer fra IMPRESS-Norway (${topics}) på ${lang}, fra nå av. Eldre oppdateringer publiseres ikke.`,
  },
  languageNames: { en: { en: 'English', nb: 'Norwegian' }, nb: { en: 'engelsk', nb: 'norsk' } },
  removed: { en: 'Announcements in this channel have stopped.', nb: 'Kunngjøringer i denne kanalen er stoppet.' },
  none: { en: 'This channel had no subscription.', nb: 'Denne kanalen hadde ikke noe abonnement.' },
  empty: {
    en: 'No channel here is subscribed yet. Use /impress subscribe in a channel.',
    nb: 'Ingen kanaler her abonnerer ennå. Bruk /impress abonner i en kanal.',
  },
  permission: {
    en: 'Changing the language or announcements here needs the Manage Channels permission.',
    nb: 'For å endre språk eller kunngjøringer her trengs tillatelsen Administrer kanaler.',
  },
  guest: {
    en: 'Guests cannot change announcements or the language of a channel. Ask a member of the workspace.',
    nb: 'Gjester kan ikke endre kunngjøringer eller språket i en kanal. Spør et medlem av arbeidsområdet.',
  },
  adminsOnly: {
    en: 'In this workspace only admins and owners can change announcements or the language of a channel.',
    nb: 'I dette arbeidsområdet kan bare administratorer og eiere endre kunngjøringer eller språket i en kanal.',
  },
  notInChannel: {
    en: 'I cannot post in this channel. Invite me first (for example with /invite @IMPRESS-Norway), then subscribe again.',
    nb: 'Jeg kan ikke skrive i denne kanalen. Inviter meg først (for eksempel med /invite @IMPRESS-Norway), og abonner så på nytt.',
  },
  unavailable: {
    en: 'Announcements are not set up on this installation (no database).',
    nb: 'Kunngjøringer er ikke satt opp på denne installasjonen (ingen database).',
  },
  paused: { en: 'paused', nb: 'stanset' },
} as const;

/** A key of the strings table. */
export type StringKey = keyof typeof STRINGS;

import type { Lang } from '../schema/common';

/** Fixed replies of the question answering, in both languages. */
export const REPLIES = {
  advice: {
    en: 'I cannot give personal medical advice. Whether IMPRESS-Norway, a drug or a change of treatment is right for someone can only be judged by their treating doctor, who knows the whole picture. Please talk to your doctor; they can also ask for the molecular testing the study uses.',
    nb: 'Jeg kan ikke gi personlige medisinske råd. Om IMPRESS-Norway, et legemiddel eller en endring i behandlingen passer for noen, kan bare behandlende lege vurdere, som kjenner hele bildet. Snakk med legen din; legen kan også be om den molekylære testingen studien bruker.',
  },
  outOfScope: {
    en: 'I can only answer questions about the IMPRESS-Norway study, and I found nothing on this. See the study website:',
    nb: 'Jeg kan bare svare på spørsmål om IMPRESS-Norway-studien, og jeg fant ikke noe om dette. Se studiens nettsted:',
  },
  /** Before the second of two nearly tied passages. */
  also: { en: 'Also:', nb: 'Dessuten:' },
  empty: {
    en: 'Please ask a question about IMPRESS-Norway, for example "Which hospitals take part?".',
    nb: 'Still et spørsmål om IMPRESS-Norway, for eksempel «Hvilke sykehus deltar?».',
  },
  tooLong: {
    en: 'That question is too long for me. Please ask a shorter question (at most 1,000 characters).',
    nb: 'Spørsmålet er for langt. Still et kortere spørsmål (høyst 1000 tegn).',
  },
} as const satisfies Record<string, Record<Lang, string>>;

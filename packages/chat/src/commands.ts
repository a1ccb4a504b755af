import type { Lang, LocalizedText } from '@impress-norway/core';

/** What an option suggests from while the user types (Discord autocomplete). */
export type Suggest = 'cohort' | 'drug' | 'gene' | 'site';

/** One option of a command. */
export interface CommandOption {
  name: string;
  /** Norwegian name, for platforms that localise option names. */
  nameNb: string;
  description: LocalizedText;
  type: 'string' | 'integer';
  required: boolean;
  suggest?: Suggest;
  choices?: readonly string[];
  min?: number;
  max?: number;
}

/** One command of `/impress`, defined once for Slack, Discord and the terminal. */
export interface CommandSpec {
  name: string;
  /** Norwegian name, accepted as typed and used for localisation. */
  nameNb: string;
  description: LocalizedText;
  options: readonly CommandOption[];
}

const q = (suggest: CommandOption['suggest'], en: string, nb: string): CommandOption => ({
  name: 'query',
  nameNb: 'sok',
  description: { en, nb },
  type: 'string',
  required: false,
  ...(suggest ? { suggest } : {}),
});

/** Every command of `/impress`. The order is the order of `help`. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'help',
    nameNb: 'hjelp',
    description: { en: 'How to use /impress', nb: 'Slik bruker du /impress' },
    options: [],
  },
  {
    name: 'about',
    nameNb: 'om',
    description: { en: 'What IMPRESS-Norway is', nb: 'Hva IMPRESS-Norway er' },
    options: [],
  },
  {
    name: 'eligibility',
    nameNb: 'kriterier',
    description: { en: 'Who can take part, and how', nb: 'Hvem kan delta, og hvordan' },
    options: [],
  },
  {
    name: 'cohorts',
    nameNb: 'kohorter',
    description: { en: 'Cohorts by gene, drug or tumour', nb: 'Kohorter etter gen, legemiddel eller krefttype' },
    options: [q('cohort', 'Gene, drug or tumour type', 'Gen, legemiddel eller krefttype')],
  },
  {
    name: 'drugs',
    nameNb: 'legemidler',
    description: { en: 'Study drugs by name, target or company', nb: 'Studielegemidler etter navn, mål eller selskap' },
    options: [q('drug', 'Drug, target gene or company', 'Legemiddel, målgen eller selskap')],
  },
  {
    name: 'sites',
    nameNb: 'sykehus',
    description: { en: 'Hospitals by name, city or region', nb: 'Sykehus etter navn, by eller region' },
    options: [q('site', 'Hospital, city or health region', 'Sykehus, by eller helseregion')],
  },
  {
    name: 'news',
    nameNb: 'nyheter',
    description: { en: 'Latest news', nb: 'Siste nytt' },
    options: [
      {
        name: 'count',
        nameNb: 'antall',
        description: { en: 'How many (1-10)', nb: 'Hvor mange (1-10)' },
        type: 'integer',
        required: false,
        min: 1,
        max: 10,
      },
    ],
  },
  {
    name: 'results',
    nameNb: 'resultater',
    description: { en: 'Published results', nb: 'Publiserte resultater' },
    options: [],
  },
  {
    name: 'contact',
    nameNb: 'kontakt',
    description: { en: 'Who to contact', nb: 'Hvem du kan kontakte' },
    options: [],
  },
  {
    name: 'ask',
    nameNb: 'spor',
    description: { en: 'Ask a question about the study', nb: 'Still et spørsmål om studien' },
    options: [
      {
        name: 'question',
        nameNb: 'sporsmal',
        description: { en: 'Your question', nb: 'Spørsmålet ditt' },
        type: 'string',
        required: true,
      },
    ],
  },
  {
    name: 'language',
    nameNb: 'sprak',
    description: { en: 'Answer language here: nb or en', nb: 'Svarspråk her: nb eller en' },
    options: [
      {
        name: 'language',
        nameNb: 'sprak',
        description: { en: 'nb or en', nb: 'nb eller en' },
        type: 'string',
        required: true,
        choices: ['nb', 'en'],
      },
    ],
  },
  {
    name: 'subscribe',
    nameNb: 'abonner',
    description: { en: 'Announce study updates in this channel', nb: 'Kunngjør oppdateringer i denne kanalen' },
    options: [
      {
        name: 'topics',
        nameNb: 'emner',
        description: {
          en: 'Topics and language, e.g. "news results en" (default: all, this language)',
          nb: 'Emner og språk, f.eks. «nyheter resultater nb» (standard: alle, dette språket)',
        },
        type: 'string',
        required: false,
      },
    ],
  },
  {
    name: 'unsubscribe',
    nameNb: 'avslutt',
    description: { en: 'Stop announcements in this channel', nb: 'Stopp kunngjøringer i denne kanalen' },
    options: [],
  },
  {
    name: 'subscriptions',
    nameNb: 'abonnementer',
    description: { en: 'Channels here that get announcements', nb: 'Kanaler her som får kunngjøringer' },
    options: [],
  },
];

/** The command with this name in English or Norwegian (ASCII or with æ, ø, å), or undefined. */
export function findCommand(word: string): CommandSpec | undefined {
  const w = word.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  return COMMANDS.find((c) => c.name === w || c.nameNb === w);
}

/** A command's name as people see it in `lang`. */
export function commandName(spec: Pick<CommandSpec, 'name' | 'nameNb'>, lang: Lang): string {
  return { en: spec.name, nb: spec.nameNb }[lang];
}

/** An option's name as people see it in `lang`. */
export function optionName(option: Pick<CommandOption, 'name' | 'nameNb'>, lang: Lang): string {
  return { en: option.name, nb: option.nameNb }[lang];
}

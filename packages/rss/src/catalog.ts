import type { Lang, UpdateTopic } from '@impress-norway/core';

/** One feed: a language and either every topic (`all`) or one topic. */
export interface FeedSpec {
  lang: Lang;
  topic: UpdateTopic | 'all';
}

/** Feed formats this package writes. */
export type FeedFormat = 'rss' | 'json';

/**
 * The topics the built-in dataset has items of. `registry` is not among them: its items come from the
 * announcer's registry watch, and only a server that has them (`npm start`) adds its feeds.
 */
export const DATASET_TOPICS: readonly UpdateTopic[] = ['news', 'cohorts-partners', 'results', 'funding'];

/** The feeds for these topics, in both languages: all updates plus one feed per topic. */
export function feedSpecs(topics: readonly UpdateTopic[]): FeedSpec[] {
  return (['all', ...topics] as const).flatMap((topic) => (['en', 'nb'] as const).map((lang) => ({ lang, topic })));
}

/** Every feed of the built-in dataset, in both languages: all updates plus one feed per topic. */
export const FEEDS: readonly FeedSpec[] = feedSpecs(DATASET_TOPICS);

/** The language part of a feed's file name: English feeds have none (`rss.xml`), Norwegian `nb`. */
const FILE_LANG = { en: undefined, nb: 'nb' } as const;

/**
 * The file name of a feed: `rss.xml`, `rss.nb.xml`, `feed.json`, `feed.nb.json`, and for a topic
 * `rss.results.xml`, `feed.results.nb.json` and so on.
 */
export function feedFileName(spec: FeedSpec, format: FeedFormat): string {
  const parts = [
    format === 'rss' ? 'rss' : 'feed',
    spec.topic === 'all' ? undefined : spec.topic,
    FILE_LANG[spec.lang],
  ];
  return `${parts.filter(Boolean).join('.')}.${format === 'rss' ? 'xml' : 'json'}`;
}

/** Feed titles in both languages. */
export function feedTitle(spec: FeedSpec): string {
  const topic = {
    all: { en: 'news and changes', nb: 'nyheter og endringer' },
    news: { en: 'news', nb: 'nyheter' },
    'cohorts-partners': {
      en: 'cohorts, drugs, partners and sites',
      nb: 'kohorter, legemidler, partnere og studiesteder',
    },
    results: { en: 'results', nb: 'resultater' },
    funding: { en: 'funding', nb: 'finansiering' },
    registry: { en: 'changes to the ClinicalTrials.gov record', nb: 'endringer i ClinicalTrials.gov-oppføringen' },
  }[spec.topic][spec.lang];
  return `IMPRESS-Norway: ${topic}`;
}

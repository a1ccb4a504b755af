import type { FuzzyDate, Lang } from '../schema/common';
import type { Dataset } from '../schema/dataset';
import { type Update, type UpdateKind, type UpdateTopic, updateId } from './update';

/** An event a dated entity records, before it is written in one language. */
interface Event {
  kind: UpdateKind;
  topic: UpdateTopic;
  entityId: string;
  date: FuzzyDate;
  title: (lang: Lang) => string;
  summary: (lang: Lang) => string;
  url: string;
  sources: Update['sources'];
  tags: string[];
}

// Derived events need a date or at least a bound: fifteen hospitals with no known joining date are
// not fifteen pieces of news. News items always count, dated or not.
const hasDate = (d: FuzzyDate) => d.value !== null || d.notBefore !== undefined || d.notAfter !== undefined;

/** Which events to derive. */
export interface EventOptions {
  /** Also derive events from entities with no date at all (used by `diff`: their arrival is the news). */
  includeUndated?: boolean;
}
/** An event about a sourced entity: it links to the entity's first source (the schemas require one). */
function about(
  e: { id: string; sources: Update['sources'] },
  event: Omit<Event, 'entityId' | 'url' | 'sources'>,
): Event {
  return { ...event, entityId: e.id, url: (e.sources[0] as Update['sources'][number]).url, sources: e.sources };
}

function newsEvents(d: Dataset): Event[] {
  return d.news.map((n) => ({
    kind: 'news',
    topic: 'news',
    entityId: n.id,
    date: n.date,
    title: (l) => n.title[l],
    summary: (l) => n.summary[l],
    url: n.url,
    sources: n.sources,
    tags: n.tags,
  }));
}

function partnerEvents(d: Dataset, dated: (date: FuzzyDate) => boolean): Event[] {
  const partners: Event[] = d.partners
    .filter((p) => dated(p.joined))
    .map((p) =>
      about(p, {
        kind: 'partner-joined',
        topic: 'cohorts-partners',
        date: p.joined,
        title: (l) => (l === 'en' ? `${p.company} joins IMPRESS-Norway` : `${p.company} blir med i IMPRESS-Norway`),
        summary: (l) => p.contribution[l],
        tags: ['partner'],
      }),
    );
  const cohorts: Event[] = d.cohorts
    .filter((c) => dated(c.opened))
    .map((c) =>
      about(c, {
        kind: 'cohort-opened',
        topic: 'cohorts-partners',
        date: c.opened,
        title: (l) => (l === 'en' ? `Cohort opened: ${c.name.en}` : `Kohort åpnet: ${c.name.nb}`),
        summary: (l) => c.description[l],
        tags: ['cohort'],
      }),
    );
  const drugs: Event[] = d.drugs
    .filter((x) => x.generic && dated(x.added))
    .map((x) =>
      about(x, {
        kind: 'drug-added',
        topic: 'cohorts-partners',
        date: x.added,
        title: (l) => (l === 'en' ? `Study drug: ${x.generic}` : `Studielegemiddel: ${x.generic}`),
        summary: (l) => x.note?.[l] ?? x.drugClass[l],
        tags: ['drug'],
      }),
    );
  const sites: Event[] = d.sites
    .filter((s) => dated(s.joined))
    .map((s) =>
      about(s, {
        kind: 'site-joined',
        topic: 'cohorts-partners',
        date: s.joined,
        title: (l) => (l === 'en' ? `${s.trust} opens as a study site` : `${s.trustNb} åpner som studiested`),
        summary: (l) =>
          [...s.roles.map((r) => r[l]), s.note?.[l]].filter(Boolean).join('. ') ||
          (l === 'en' ? 'A new study site.' : 'Et nytt studiested.'),
        tags: ['site'],
      }),
    );
  return [...partners, ...cohorts, ...drugs, ...sites];
}

function recordEvents(d: Dataset, dated: (date: FuzzyDate) => boolean): Event[] {
  const results: Event[] = d.results
    .filter((r) => dated(r.reported) && r.impressOnly)
    .map((r) =>
      about(r, {
        kind: 'results-published',
        topic: 'results',
        date: r.reported,
        title: (l) => r.title[l],
        summary: (l) =>
          r.figures
            .slice(0, 3)
            .map((f) => f.text[l])
            .join(' '),
        tags: ['results'],
      }),
    );
  const funding: Event[] = d.funding
    .filter((f) => dated(f.date) && f.amount !== null)
    .map((f) =>
      about(f, {
        kind: 'funding-granted',
        topic: 'funding',
        date: f.date,
        title: (l) => f.title[l],
        summary: (l) => f.description[l],
        tags: ['funding'],
      }),
    );
  return [...results, ...funding];
}

/** Every event in a dataset, written in one language. */
export function eventsOf(d: Dataset, lang: Lang, options: EventOptions = {}): Update[] {
  const dated = options.includeUndated ? () => true : hasDate;
  return [...newsEvents(d), ...partnerEvents(d, dated), ...recordEvents(d, dated)].map((e) => ({
    id: updateId(e.kind, e.entityId),
    kind: e.kind,
    topic: e.topic,
    date: e.date,
    lang,
    title: e.title(lang),
    summary: e.summary(lang),
    url: e.url,
    sources: e.sources,
    tags: e.tags,
  }));
}

import { dataset } from '../data/dataset';
import { newestFirst, sortKey } from '../query/dates';
import { type Lang, precisionOf } from '../schema/common';
import type { Dataset } from '../schema/dataset';
import { STRINGS } from '../strings';
import { eventsOf } from './events';
import { type Update, type UpdateTopic, updateId } from './update';

/** Options for {@link updates}. */
export interface UpdatesOptions {
  /** Language of titles and summaries (default `en`). */
  lang?: Lang;
  /** Only these topics (default: all). */
  topics?: readonly UpdateTopic[];
  /** Only updates dated on or after this ISO date; undated updates are left out when set. */
  since?: string;
}

/**
 * The update stream: news items and dated events in the data (partner joined, cohort opened, drug
 * added, site joined, results published, funding granted), newest first. Undated news items are
 * kept and come last: they never get an invented date.
 */
export function updates(options: UpdatesOptions = {}, data: Dataset = dataset()): Update[] {
  const lang = options.lang ?? 'en';
  return eventsOf(data, lang)
    .filter((u) => !options.topics || options.topics.includes(u.topic))
    .filter((u) => {
      if (!options.since) return true;
      const key = sortKey(u.date);
      return key !== null && key.slice(0, options.since.length) >= options.since.slice(0, key.length);
    })
    .sort((a, b) => newestFirst(a.date, b.date) || a.id.localeCompare(b.id));
}

/**
 * The updates between two versions of the dataset: every update of `next` whose id `prev` does not
 * have, plus a `cohort-status-changed` update for each cohort whose status changed. Entities that
 * are new in `next` count even when undated, because their arrival is the news; an entity that only
 * gains a date is not announced again.
 */
export function diff(prev: Dataset, next: Dataset, lang: Lang = 'en'): Update[] {
  const before = new Set(eventsOf(prev, lang, { includeUndated: true }).map((u) => u.id));
  const added = eventsOf(next, lang, { includeUndated: true }).filter((u) => !before.has(u.id));
  const statusChanges = next.cohorts.flatMap((c): Update[] => {
    const old = prev.cohorts.find((p) => p.id === c.id);
    if (!old || old.status.value === c.status.value) return [];
    return [
      {
        id: updateId('cohort-status-changed', `${c.id}:${c.status.value}:${c.status.asOf}`),
        kind: 'cohort-status-changed',
        topic: 'cohorts-partners',
        date: { precision: precisionOf(c.status.asOf), value: c.status.asOf },
        lang,
        title: STRINGS.cohortStatusTitle[lang](
          { en: c.status.value, nb: STATUS_NB[c.status.value] }[lang],
          c.name[lang],
        ),
        summary: c.status.note?.[lang] ?? c.description[lang],
        url: (c.sources[0] as Update['sources'][number]).url,
        sources: c.sources,
        tags: ['cohort'],
      },
    ];
  });
  return [...added, ...statusChanges].sort((a, b) => newestFirst(a.date, b.date) || a.id.localeCompare(b.id));
}

const STATUS_NB = { planned: 'planlagt', open: 'åpen', closed: 'lukket', unknown: 'ukjent status' } as const;

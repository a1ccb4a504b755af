import type { Update } from '@impress-norway/core';
import { formatFuzzyDate } from '@impress-norway/core';
import { RSS_STRINGS } from './strings';

/**
 * RSS pubDate and JSON Feed date_published need a full date. Only updates dated to the day get one:
 * "April 2021" is never turned into "1 April 2021". Other items carry their date as text instead.
 */
export function publishedAt(u: Update): Date | undefined {
  return u.date.precision === 'day' && u.date.value ? new Date(`${u.date.value}T12:00:00Z`) : undefined;
}

/** The plain-text body of an item: summary, the date at its true precision, and the sources. */
export function itemText(u: Update): string {
  const date = formatFuzzyDate(u.date, u.lang);
  const dateLine = `${RSS_STRINGS.date[u.lang]}: ${date}.`;
  const sources = u.sources.slice(0, 3).map((s) => `${s.publisher}: ${s.url}`);
  return [u.summary, dateLine, `${RSS_STRINGS.sources[u.lang]}: ${sources.join('; ')}`].join('\n\n');
}

/** The newest full date among updates, or the fallback when none is dated to the day. */
export function newestDate(updates: readonly Update[], fallback: Date): Date {
  const times = updates
    .map(publishedAt)
    .filter((d): d is Date => d !== undefined)
    .map((d) => d.getTime());
  const newest = Math.max(fallback.getTime(), ...times);
  return new Date(newest);
}

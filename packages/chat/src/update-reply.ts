import { formatFuzzyDate, type Update } from '@impress-norway/core';
import { buildReply } from './build-reply';
import type { Reply } from './reply';

/** An announcement of one update, as a public reply in the update's language. */
export function updateReply(u: Update): Reply {
  const en = u.lang === 'en';
  return buildReply({
    lang: u.lang,
    kind: 'info',
    title: u.title,
    sections: [{ text: u.summary, fields: [{ label: en ? 'Date' : 'Dato', value: formatFuzzyDate(u.date, u.lang) }] }],
    links: /^https?:\/\//.test(u.url) ? [{ title: en ? 'Read more' : 'Les mer', url: u.url }] : [],
    context: [
      en ? 'IMPRESS-Norway update. Not medical advice.' : 'Oppdatering fra IMPRESS-Norway. Ikke medisinske råd.',
    ],
    sources: u.sources.slice(0, 3),
    visibility: 'public',
  });
}

import { formatFuzzyDate, type Update } from '@impress-norway/core';
import { buildReply } from './build-reply';
import type { Reply } from './reply';
import { STRINGS } from './strings';

/** An announcement of one update, as a public reply in the update's language. */
export function updateReply(u: Update): Reply {
  return buildReply({
    lang: u.lang,
    kind: 'info',
    title: u.title,
    sections: [
      { text: u.summary, fields: [{ label: STRINGS.updateDate[u.lang], value: formatFuzzyDate(u.date, u.lang) }] },
    ],
    links: /^https?:\/\//.test(u.url) ? [{ title: STRINGS.readMore[u.lang], url: u.url }] : [],
    context: [STRINGS.updateNote[u.lang]],
    sources: u.sources.slice(0, 3),
    visibility: 'public',
  });
}

import { dataset, factVersions, formatFuzzyDate, sponsor, study } from '@impress-norway/core';
import { buildReply, uniqueSources } from '../build-reply';
import type { Reply } from '../reply';
import type { HandlerInput } from './context';

/** `about`: what the study is, its identifiers and the newest status and counts. */
export function aboutReply({ lang }: HandlerInput): Reply {
  const s = study();
  const L = (en: string, nb: string) => (lang === 'en' ? en : nb);
  const status = factVersions('recruitment-status')?.newest;
  const sites = factVersions('site-count')?.newest;
  const drugs = dataset().facts.find((f) => f.id === 'drug-counts');
  const fields = [
    { label: L('Registry', 'Register'), value: `${s.identifiers.nct}, EudraCT ${s.identifiers.eudract}` },
    { label: 'Sponsor', value: sponsor().name[lang] },
    { label: L('Phase', 'Fase'), value: s.phase[lang] },
    ...(status
      ? [
          {
            label: L('Status (newest source)', 'Status (nyeste kilde)'),
            value: `${status.value[lang]}, ${formatFuzzyDate(status.date, lang)}`,
          },
        ]
      : []),
    ...(sites
      ? [{ label: L('Sites (newest count)', 'Studiesteder (nyeste opptelling)'), value: sites.value[lang] }]
      : []),
    { label: L('Planned end', 'Planlagt slutt'), value: formatFuzzyDate(s.plannedEnd, lang) },
  ];
  return buildReply({
    lang,
    kind: 'info',
    title: s.name,
    sections: [{ text: s.summary[lang] }, { fields }, ...(drugs ? [{ text: drugs.text[lang] }] : [])],
    sources: uniqueSources([s.sources, status ? [status.sources[0]].filter((x) => x !== undefined) : []]),
    asOf: s.asOf,
  });
}

import { CONTENT_IDS, dataset, factVersions, formatFuzzyDate, sponsor, study } from '@impress-norway/core';
import { buildReply, replySources } from '../build-reply';
import type { Reply } from '../reply';
import { STRINGS } from '../strings';
import type { HandlerInput } from './context';

/** `about`: what the study is, its identifiers and the newest status and counts. */
export function aboutReply({ lang }: HandlerInput): Reply {
  const s = study();
  const status = factVersions(CONTENT_IDS.disputed.recruitmentStatus)?.newest;
  const sites = factVersions(CONTENT_IDS.disputed.siteCount)?.newest;
  const drugs = dataset().facts.find((f) => f.id === CONTENT_IDS.facts.drugCounts);
  const fields = [
    { label: STRINGS.registry[lang], value: `${s.identifiers.nct}, EudraCT ${s.identifiers.eudract}` },
    { label: STRINGS.sponsor[lang], value: sponsor().name[lang] },
    { label: STRINGS.phase[lang], value: s.phase[lang] },
    ...(status
      ? [
          {
            label: STRINGS.statusNewest[lang],
            value: `${status.value[lang]}, ${formatFuzzyDate(status.date, lang)}`,
          },
        ]
      : []),
    ...(sites ? [{ label: STRINGS.sitesNewest[lang], value: sites.value[lang] }] : []),
    { label: STRINGS.plannedEnd[lang], value: formatFuzzyDate(s.plannedEnd, lang) },
  ];
  return buildReply({
    lang,
    kind: 'info',
    title: s.name,
    sections: [{ text: s.summary[lang] }, { fields }, ...(drugs ? [{ text: drugs.text[lang] }] : [])],
    sources: replySources([s.sources, status ? [status.sources[0]].filter((x) => x !== undefined) : []]),
    asOf: s.asOf,
  });
}

import { CONTENT_IDS, dataset, type Lang, newestDate, type StudyFact } from '@impress-norway/core';

const F = CONTENT_IDS.facts;

import { buildReply, replySources } from '../build-reply';
import type { Reply } from '../reply';
import { STRINGS } from '../strings';
import type { HandlerInput } from './context';

function factReply(lang: Lang, title: string, ids: string[], extra: Reply['links'] = []): Reply {
  const facts = ids
    .map((id) => dataset().facts.find((f) => f.id === id))
    .filter((f): f is StudyFact => f !== undefined);
  return buildReply({
    lang,
    kind: 'info',
    title,
    sections: facts.map((f) => ({ heading: f.title[lang], text: f.text[lang] })),
    links: extra,
    context: [STRINGS.generalInformation[lang]],
    sources: replySources(facts.map((f) => f.sources)),
    asOf: newestDate(facts.map((f) => f.asOf)) ?? dataset().meta.sourcesCheckedOn,
  });
}

/** `eligibility`: who can take part and how patients are referred. */
export function eligibilityReply({ lang }: HandlerInput): Reply {
  return factReply(lang, STRINGS.eligibilityTitle[lang], [F.eligibilitySummary, F.referralPath, F.offLabel]);
}

/** `contact`: there is no study hotline; the route is the patient's own doctor. */
export function contactReply({ lang }: HandlerInput): Reply {
  const site = dataset().study.websites.find((w) => w.lang === lang) ?? dataset().study.websites[0];
  const links = site ? [{ title: STRINGS.studyWebsite[lang], url: site.url }] : [];
  return factReply(lang, STRINGS.contactTitle[lang], [F.contactRoute, F.referralPath], links);
}

import { dataset, type Lang, type StudyFact } from '@impress-norway/core';
import { buildReply, newest, uniqueSources } from '../build-reply';
import type { Reply } from '../reply';
import type { HandlerInput } from './context';

const DISCLAIMER = {
  en: 'This is general information about the study, not medical advice. Your treating doctor can tell you whether it fits you.',
  nb: 'Dette er generell informasjon om studien, ikke medisinske råd. Behandlende lege kan si om den passer for deg.',
};

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
    context: [DISCLAIMER[lang]],
    sources: uniqueSources(facts.map((f) => f.sources)),
    asOf: newest(facts.map((f) => f.asOf)) ?? dataset().meta.sourcesCheckedOn,
  });
}

/** `eligibility`: who can take part and how patients are referred. */
export function eligibilityReply({ lang }: HandlerInput): Reply {
  return factReply(lang, lang === 'en' ? 'Who can take part' : 'Hvem kan delta', [
    'eligibility-summary',
    'referral-path',
    'off-label',
  ]);
}

/** `contact`: there is no study hotline; the route is the patient's own doctor. */
export function contactReply({ lang }: HandlerInput): Reply {
  const site = dataset().study.websites.find((w) => w.lang === lang) ?? dataset().study.websites[0];
  const links = site ? [{ title: lang === 'en' ? 'Study website' : 'Studiens nettsted', url: site.url }] : [];
  return factReply(lang, lang === 'en' ? 'Contact' : 'Kontakt', ['contact-route', 'referral-path'], links);
}

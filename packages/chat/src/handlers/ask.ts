import { ask, dataset } from '@impress-norway/core';
import { buildReply } from '../build-reply';
import type { Reply } from '../reply';
import type { HandlerInput } from './context';

const TITLES = {
  answer: { en: 'Answer', nb: 'Svar' },
  'no-answer': { en: 'No answer', nb: 'Ikke noe svar' },
  'advice-declined': { en: 'Talk to your doctor', nb: 'Snakk med legen din' },
} as const;

/**
 * `ask <question>` (and any free text): a sourced answer from `ask()` in the question's own language.
 * The question is echoed back as untrusted text; renderers escape it.
 */
export function askReply({ lang, query }: HandlerInput): Reply {
  const answer = ask(query);
  const replyLang = answer.lang ?? lang;
  const related = answer.related.map((r) => r.title).slice(0, 3);
  const echo = query.length > 200 ? `${query.slice(0, 199)}…` : query;
  return buildReply({
    lang: replyLang,
    kind: answer.kind,
    title: TITLES[answer.kind][replyLang],
    sections: [{ text: answer.text }],
    context: [
      `${replyLang === 'en' ? 'Question' : 'Spørsmål'}: ${echo}`,
      ...(related.length ? [`${replyLang === 'en' ? 'See also' : 'Se også'}: ${related.join('; ')}`] : []),
    ],
    sources: answer.sources.slice(0, 5),
    asOf: answer.asOf ?? dataset().meta.sourcesCheckedOn,
  });
}

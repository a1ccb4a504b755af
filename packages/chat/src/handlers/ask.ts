import { ask, dataset } from '@impress-norway/core';
import { buildReply } from '../build-reply';
import type { Reply } from '../reply';
import { STRINGS } from '../strings';
import type { HandlerInput } from './context';

const TITLES = {
  answer: STRINGS.answerTitle,
  'no-answer': STRINGS.noAnswerTitle,
  'advice-declined': STRINGS.adviceDeclinedTitle,
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
      `${STRINGS.question[replyLang]}: ${echo}`,
      ...(related.length ? [`${STRINGS.seeAlso[replyLang]}: ${related.join('; ')}`] : []),
    ],
    sources: answer.sources.slice(0, 5),
    asOf: answer.asOf ?? dataset().meta.sourcesCheckedOn,
  });
}

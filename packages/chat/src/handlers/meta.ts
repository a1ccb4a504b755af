import { dataset } from '@impress-norway/core';
import { buildReply, errorReply } from '../build-reply';
import { COMMANDS } from '../commands';
import type { Reply } from '../reply';
import type { HandlerInput } from './context';

const study = () => dataset().study;

/** `help`: every listed command, and that free text is a question. */
export function helpReply({ lang }: HandlerInput): Reply {
  const items = COMMANDS.filter((c) => c.listed).map((c) => {
    const option = c.options[0];
    const usage = `/impress ${lang === 'en' ? c.name : c.nameNb}${option ? ` [${lang === 'en' ? option.name : option.nameNb}]` : ''}`;
    return { title: usage, text: c.description[lang] };
  });
  const examples =
    lang === 'en'
      ? 'Or just type a question: /impress which hospitals in Helse Vest take part?'
      : 'Eller skriv et spørsmål: /impress hvilke sykehus i Helse Vest deltar?';
  return buildReply({
    lang,
    kind: 'info',
    title: lang === 'en' ? 'IMPRESS-Norway: how to use /impress' : 'IMPRESS-Norway: slik bruker du /impress',
    sections: [{ items }, { text: examples }],
    context: [
      lang === 'en'
        ? 'Answers cite public sources and are not medical advice.'
        : 'Svarene viser til offentlige kilder og er ikke medisinske råd.',
    ],
    sources: study().sources.slice(0, 1),
    asOf: dataset().meta.sourcesCheckedOn,
  });
}

/** `language nb|en`: asks the platform to store the language for this channel. */
export function languageReply({ lang, query }: HandlerInput): Reply {
  const wanted = query.trim().toLowerCase();
  const next =
    wanted === 'nb' || wanted === 'no' || wanted === 'norsk'
      ? 'nb'
      : wanted === 'en' || wanted === 'english'
        ? 'en'
        : undefined;
  if (!next) {
    return errorReply(
      lang,
      { en: 'Which language?', nb: 'Hvilket språk?' },
      {
        en: 'Use /impress language nb or /impress language en.',
        nb: 'Bruk /impress sprak nb eller /impress sprak en.',
      },
    );
  }
  return buildReply({
    lang: next,
    kind: 'info',
    title: next === 'en' ? 'Language set to English' : 'Språket er satt til norsk (bokmål)',
    sections: [
      { text: next === 'en' ? 'Answers in this channel will be in English.' : 'Svar i denne kanalen kommer på norsk.' },
    ],
    sources: [],
    effect: { type: 'set-language', lang: next },
  });
}

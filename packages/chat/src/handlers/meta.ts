import { dataset } from '@impress-norway/core';
import { buildReply, errorReply } from '../build-reply';
import { COMMANDS, commandName, optionName } from '../commands';
import type { Reply } from '../reply';
import { STRINGS } from '../strings';
import type { HandlerInput } from './context';

const study = () => dataset().study;

/** `help`: every command, and that free text is a question. */
export function helpReply({ lang }: HandlerInput): Reply {
  const items = COMMANDS.map((c) => {
    const option = c.options[0];
    const usage = `/impress ${commandName(c, lang)}${option ? ` [${optionName(option, lang)}]` : ''}`;
    return { title: usage, text: c.description[lang] };
  });
  return buildReply({
    lang,
    kind: 'info',
    title: STRINGS.helpTitle[lang],
    sections: [{ items }, { text: STRINGS.helpExamples[lang] }],
    context: [STRINGS.notAdvice[lang]],
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
    return errorReply(lang, STRINGS.whichLanguageTitle, STRINGS.whichLanguage);
  }
  return buildReply({
    lang: next,
    kind: 'info',
    title: STRINGS.languageSetTitle[next],
    sections: [{ text: STRINGS.languageSet[next] }],
    sources: [],
    effect: { type: 'set-language', lang: next },
  });
}

import { type Answer, formatIsoDate, type Lang } from '@impress-norway/core';
import { esc, sourceList } from './html';
import { STRINGS, type Strings } from './strings';

/** The link that asks a related question on this page. */
export function askHref(question: string, lang: Lang): string {
  return `/?${new URLSearchParams({ q: question, lang })}#answer`;
}

/** An answer as the page shows it without JavaScript; `ask.js` builds the same markup from /api/ask. */
export function renderAnswer(answer: Answer, pageLang: Lang): string {
  const t: Strings = STRINGS[pageLang];
  const related = answer.related.length
    ? `<h4>${esc(t.related)}</h4><ul class="related">${answer.related
        .map((r) => `<li><a href="${esc(askHref(r.title, answer.lang))}">${esc(r.title)}</a></li>`)
        .join('')}</ul>`
    : '';
  return [
    `<p class="kind kind-${answer.kind}">${esc(t.kind[answer.kind])}</p>`,
    `<p class="answer-text" lang="${answer.lang}">${esc(answer.text)}</p>`,
    `<p class="as-of">${esc(t.asOf)} <time datetime="${esc(answer.asOf)}">${esc(formatIsoDate(answer.asOf, pageLang))}</time></p>`,
    sourceList(answer.sources, t.sources).replace('<details class="sources">', '<details class="sources" open>'),
    related,
  ].join('');
}

/** What the answer box says instead of an answer (rate limit). */
export function renderNotice(text: string): string {
  return `<p class="notice" role="alert">${esc(text)}</p>`;
}

/** The question form: a plain GET form that works without JavaScript; ask.js enhances it. */
export function renderAskForm(lang: Lang, question: string, answerHtml: string): string {
  const t = STRINGS[lang];
  // The script reads its strings from data- attributes: one table, and no inline script under the CSP.
  const data = {
    'data-answer-heading': t.answerHeading,
    'data-kind-answer': t.kind.answer,
    'data-kind-no-answer': t.kind['no-answer'],
    'data-kind-advice-declined': t.kind['advice-declined'],
    'data-as-of': t.asOf,
    'data-sources': t.sources,
    'data-related': t.related,
    'data-loading': t.loading,
    'data-failed': t.askFailed,
    'data-rate-limited': t.rateLimited,
  };
  const attrs = Object.entries(data)
    .map(([k, v]) => `${k}="${esc(v)}"`)
    .join(' ');
  return [
    `<form id="ask-form" method="get" action="/#answer" role="search" ${attrs}>`,
    `<label for="q">${esc(t.askLabel)}</label>`,
    `<p id="q-hint" class="hint">${esc(t.askHint)}</p>`,
    '<div class="ask-row">',
    `<input id="q" name="q" type="search" maxlength="1000" autocomplete="off" aria-describedby="q-hint" value="${esc(question)}">`,
    `<input type="hidden" name="lang" value="${lang}">`,
    `<button type="submit">${esc(t.askButton)}</button>`,
    '</div></form>',
    `<div id="answer" class="answer" aria-live="polite" tabindex="-1"${answerHtml ? '' : ' hidden'}>`,
    answerHtml ? `<h3 id="answer-h">${esc(t.answerHeading)}</h3>${answerHtml}` : '',
    '</div>',
  ].join('');
}

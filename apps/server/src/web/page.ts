import {
  type Answer,
  formatFuzzyDate,
  type Lang,
  news,
  resultsFunnel,
  sitesByRegion,
  studyOverview,
} from '@impress-norway/core';
import { renderAnswer, renderAskForm, renderNotice } from './ask-view';
import { assetPath } from './assets';
import { renderGlance } from './glance-view';
import { esc, link, section } from './html';
import { renderMap } from './map-view';
import { renderResults } from './results-view';
import { STRINGS } from './strings';

/** How many news items the page shows; the feed page has them all. */
export const PAGE_NEWS_ITEMS = 5;

/** What the question box shows: nothing, an answer, or a notice (rate limit). */
export type AskState =
  | { kind: 'none' }
  | { kind: 'answer'; question: string; answer: Answer }
  | { kind: 'notice'; question: string; text: string };

function renderNews(lang: Lang): string {
  const t = STRINGS[lang];
  const items = news({ limit: PAGE_NEWS_ITEMS })
    .map(
      (n) =>
        `<li>${link(n.url, n.title[lang])} <span class="meta">(${esc(n.publisher)}, <time>${esc(formatFuzzyDate(n.date, lang))}</time>)</span></li>`,
    )
    .join('');
  const feedPage = lang === 'nb' ? '/index.nb.html' : '/index.html';
  return section(
    'news',
    t.newsHeading,
    `<ul class="news">${items}</ul><p>${link(feedPage, t.allNews, 'alternate')}</p>`,
  );
}

// The parts that do not depend on the question are built once per language: the content changes only on deploy.
const staticParts = new Map<Lang, string>();
function staticBody(lang: Lang): string {
  let body = staticParts.get(lang);
  if (!body) {
    body = [
      renderGlance(studyOverview(), lang),
      renderResults(resultsFunnel(), lang),
      renderMap(sitesByRegion(), lang),
      renderNews(lang),
    ].join('');
    staticParts.set(lang, body);
  }
  return body;
}

/** The whole page `/` in one language, with the question box in the given state. */
export function renderPage(lang: Lang, state: AskState): string {
  const t = STRINGS[lang];
  const other: Lang = lang === 'nb' ? 'en' : 'nb';
  const question = state.kind === 'none' ? '' : state.question;
  const answer =
    state.kind === 'answer'
      ? renderAnswer(state.answer, lang)
      : state.kind === 'notice'
        ? renderNotice(state.text)
        : '';
  const otherHref = `/?${new URLSearchParams(question ? { q: question, lang: other } : { lang: other })}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title>
<meta name="description" content="${esc(t.intro)}">
<link rel="stylesheet" href="${assetPath('site.css')}">
<link rel="alternate" hreflang="${other}" href="${esc(otherHref)}">
<script src="${assetPath('ask.js')}" defer></script>
</head>
<body>
<a class="skip" href="#q">${esc(t.skip)}</a>
<header><p class="lang-switch"><a href="${esc(otherHref)}" hreflang="${other}" lang="${other}">${esc(t.otherLang)}</a></p>
<h1>IMPRESS-Norway</h1><p class="intro">${esc(t.intro)}</p></header>
<main>
${section('ask', t.askHeading, renderAskForm(lang, question, answer))}
${staticBody(lang)}
</main>
<footer><p>${esc(t.footer)}</p><p>${link('/api/openapi.json', t.api)}</p></footer>
</body>
</html>
`;
}

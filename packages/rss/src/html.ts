import type { Lang, Update } from '@impress-norway/core';
import { formatFuzzyDate } from '@impress-norway/core';
import { FEEDS, type FeedSpec, feedFileName, feedTitle } from './catalog';
import { escapeHtml } from './text';

const LATEST = 10;

/**
 * The human page at `/`: the feeds (with `<link rel="alternate">` so browsers and readers discover
 * them) and the latest news, in Norwegian or English.
 */
export function renderIndexPage(
  lang: Lang,
  updates: readonly Update[],
  base: string,
  specs: readonly FeedSpec[] = FEEDS,
): string {
  const t = (en: string, nb: string) => (lang === 'en' ? en : nb);
  const feeds = specs.filter((f) => f.lang === lang);
  const alternates = feeds
    .flatMap((f) => [
      `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(feedTitle(f))} (RSS)" href="${escapeHtml(`${base}/${feedFileName(f, 'rss')}`)}">`,
      `<link rel="alternate" type="application/feed+json" title="${escapeHtml(feedTitle(f))} (JSON Feed)" href="${escapeHtml(`${base}/${feedFileName(f, 'json')}`)}">`,
    ])
    .join('\n  ');
  const feedRows = feeds
    .map(
      (f) =>
        `<li>${escapeHtml(feedTitle(f))}: <a href="/${feedFileName(f, 'rss')}">RSS</a> · <a href="/${feedFileName(f, 'json')}">JSON Feed</a></li>`,
    )
    .join('\n      ');
  const news = updates
    .filter((u) => u.kind === 'news')
    .slice(0, LATEST)
    .map(
      (u) =>
        `<li><time>${escapeHtml(formatFuzzyDate(u.date, lang))}</time> <a href="${escapeHtml(u.url)}" rel="noopener">${escapeHtml(u.title)}</a><p>${escapeHtml(u.summary)}</p></li>`,
    )
    .join('\n      ');
  const other =
    lang === 'en' ? '<a href="/?lang=nb" hreflang="nb">Norsk</a>' : '<a href="/?lang=en" hreflang="en">English</a>';
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'nb'}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(t('IMPRESS-Norway feeds', 'IMPRESS-Norway-strømmer'))}</title>
  ${alternates}
  <style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}time{color:#555;margin-right:.5rem}li{margin:.6rem 0}li p{margin:.2rem 0 0;color:#333}</style>
</head>
<body>
  <header><p>${other}</p><h1>${escapeHtml(t('IMPRESS-Norway: news and feeds', 'IMPRESS-Norway: nyheter og strømmer'))}</h1>
  <p>${escapeHtml(
    t(
      "Sourced news about Norway's national precision cancer medicine trial (NCT04817956). This is not medical advice: talk to your treating doctor about your own treatment.",
      'Nyheter med kilder om den nasjonale studien i presisjonsmedisin mot kreft (NCT04817956). Dette er ikke medisinske råd: snakk med behandlende lege om din egen behandling.',
    ),
  )}</p></header>
  <main>
    <h2>${escapeHtml(t('Latest news', 'Siste nytt'))}</h2>
    <ol id="latest">
      ${news}
    </ol>
    <h2>${escapeHtml(t('Feeds', 'Strømmer'))}</h2>
    <ul>
      ${feedRows}
    </ul>
  </main>
</body>
</html>
`;
}

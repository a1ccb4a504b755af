import { createHash } from 'node:crypto';
import type { Lang, Update } from '@impress-norway/core';
import { formatFuzzyDate } from '@impress-norway/core';
import { FEEDS, type FeedSpec, feedFileName, feedTitle } from './catalog';
import { RSS_STRINGS } from './strings';
import { escapeHtml } from './text';

const LATEST = 10;

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}time{color:#555;margin-right:.5rem}li{margin:.6rem 0}li p{margin:.2rem 0 0;color:#333}';

/**
 * The index page's Content-Security-Policy: no script at all, its one inline style by hash, links
 * only, no framing. The page shares its origin with the web front, so it must not be the weak spot.
 */
export const INDEX_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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
  const other = RSS_STRINGS.otherLanguage[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(RSS_STRINGS.pageTitle[lang])}</title>
  ${alternates}
  <style>${STYLE}</style>
</head>
<body>
  <header><p>${other}</p><h1>${escapeHtml(RSS_STRINGS.pageHeading[lang])}</h1>
  <p>${escapeHtml(RSS_STRINGS.pageIntro[lang])}</p></header>
  <main>
    <h2>${escapeHtml(RSS_STRINGS.latestNews[lang])}</h2>
    <ol id="latest">
      ${news}
    </ol>
    <h2>${escapeHtml(RSS_STRINGS.feeds[lang])}</h2>
    <ul>
      ${feedRows}
    </ul>
  </main>
</body>
</html>
`;
}

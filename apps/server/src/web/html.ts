import type { Source } from '@impress-norway/core';
import { escapeHtml } from '@impress-norway/rss';

/** Escapes text for element content and attribute values. */
export const esc = escapeHtml;

const PAGE_ORIGIN = 'http://page.invalid';

/**
 * `href` if it is safe to link to: an http(s) URL, or a path on this site. Anything else
 * (`javascript:`, `data:`, `//other.host`, `/\\other.host`) is undefined. Parsed as a browser would,
 * so case, tabs and leading spaces (`JaVa\tScript:`) do not slip through.
 */
export function safeHref(href: string): string | undefined {
  if (URL.canParse(href)) {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:' ? href : undefined;
  }
  // Relative: only a path that stays on this origin (`//host` and `/\\host` leave it).
  return URL.canParse(href, PAGE_ORIGIN) && new URL(href, PAGE_ORIGIN).origin === PAGE_ORIGIN && href.startsWith('/')
    ? href
    : undefined;
}

/**
 * A link that opens a public source; untrusted text and URL both escaped. A URL that is not
 * {@link safeHref} leaves the text without a link: the content schema refuses such URLs, this is
 * the second guard.
 */
export function link(href: string, text: string, rel = 'noopener'): string {
  const safe = safeHref(href);
  return safe === undefined ? esc(text) : `<a href="${esc(safe)}" rel="${rel}">${esc(text)}</a>`;
}

/** Sources as a list of links, each once (several facts often cite the same page). */
export function sourceList(sources: readonly Source[], label: string): string {
  const seen = new Map(sources.map((s) => [s.url, s]));
  if (seen.size === 0) return '';
  // A source's title is in its own language; saying so lets screen readers pronounce it right.
  const items = [...seen.values()]
    .map((s) => `<li${s.lang ? ` lang="${s.lang}"` : ''}>${link(s.url, `${s.title} (${s.publisher})`)}</li>`)
    .join('');
  return `<details class="sources"><summary>${esc(label)} (${seen.size})</summary><ul>${items}</ul></details>`;
}

/** A section with its heading; `id` names both, so the heading labels the region. */
export function section(id: string, heading: string, body: string, level = 2): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h${level} id="${id}-h">${esc(heading)}</h${level}>${body}</section>`;
}

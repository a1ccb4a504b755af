import { createHash } from 'node:crypto';
import type { FuzzyDate, Update } from '@impress-norway/core';
import { parseFeed } from 'feedsmith';
import { convert, type HtmlToTextOptions } from 'html-to-text';
import type { SourceItem } from '../ingest';

/** Longest title and summary taken from a feed item; chat renderers clamp further. */
const MAX_TITLE = 250;
const MAX_SUMMARY = 600;
/**
 * Raw characters of a field read per character kept: markup before the text is allowed for, but a
 * hostile field is cut before it is parsed, so cleaning one field costs a bounded, small amount.
 */
const RAW_PER_KEPT = 10;
/**
 * Most items read from one feed (document order, where feeds put the newest first). Together with
 * the body cap and the per-field cut this bounds the work of one poll; further items are ignored.
 */
export const MAX_FEED_ITEMS = 500;
/** Items cleaned between yields to the event loop, so the bots and /healthz keep answering meanwhile. */
const ITEMS_PER_SLICE = 5;

/** A feed that could not be read: broken XML or JSON, or not a feed at all. */
export class FeedParseError extends Error {}

interface RawItem {
  id?: string;
  title: string;
  summary: string;
  link?: string;
  date?: string;
}

type Text = string | { value?: string } | undefined;
const text = (t: Text): string => (typeof t === 'string' ? t : (t?.value ?? ''));
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

/** Longest identity key or source name the database columns hold (varchar(300)). */
export const MAX_KEY_LENGTH = 300;

/** Keeps a key within the column: long ones (very long links) end in a hash of the whole key instead. */
export function boundedKey(key: string): string {
  return key.length <= MAX_KEY_LENGTH ? key : `${key.slice(0, MAX_KEY_LENGTH - 30)}#${sha(key)}`;
}

// html-to-text parses with htmlparser2 (linear, unlike backtracking tag regexes); the limits stop a
// deeply nested or very wide document from costing more than the cut input already allows.
const TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  limits: { maxDepth: 40, maxChildNodes: 400, ellipsis: '' },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: ' ' } },
    { selector: 'ol', options: { itemPrefix: ' ' } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'th', format: 'block' },
    { selector: 'td', format: 'block' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

/**
 * Feed text is often HTML: keep the words, drop the markup and collapse whitespace. The raw text is
 * cut to a bounded multiple of `max` first, and text without markup or entities skips the parser.
 */
export function plainText(html: string, max: number): string {
  const raw = html.length > max * RAW_PER_KEPT ? html.slice(0, max * RAW_PER_KEPT) : html;
  const text = /[<&]/.test(raw) ? convert(raw, TO_TEXT) : raw;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

interface RawFeed {
  title: string;
  /** The feed's own home page (RSS channel link, Atom alternate link, JSON Feed home_page_url). */
  home?: string;
  items: RawItem[];
}

type Links = Array<{ href?: string; rel?: string }> | undefined;
const alternate = (links: Links) => (links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href;

function rawItems(body: string): RawFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    throw new FeedParseError(`not a readable RSS, Atom or JSON feed (${(error as Error).message})`);
  }
  const { format, feed } = parsed as { format: string; feed: Record<string, unknown> };
  if (format === 'atom') {
    const entries = (feed.entries ?? []) as Array<Record<string, unknown>>;
    return {
      title: text(feed.title as Text),
      home: alternate(feed.links as Links),
      items: entries.map((e) => ({
        id: e.id as string | undefined,
        title: text(e.title as Text),
        summary: text((e.summary ?? e.content) as Text),
        link: alternate(e.links as Links),
        date: (e.published ?? e.updated) as string | undefined,
      })),
    };
  }
  const items = (feed.items ?? []) as Array<Record<string, unknown>>;
  if (format === 'json')
    return {
      title: text(feed.title as Text),
      home: feed.home_page_url as string | undefined,
      items: items.map((i) => ({
        id: i.id as string | undefined,
        title: text(i.title as Text),
        summary: text((i.summary ?? i.content_text ?? i.content_html) as Text),
        link: i.url as string | undefined,
        date: i.date_published as string | undefined,
      })),
    };
  return {
    title: text(feed.title as Text),
    home: feed.link as string | undefined,
    items: items.map((i) => ({
      id: text(i.guid as Text) || undefined,
      title: text(i.title as Text),
      summary: text((i.description ?? i.content) as Text),
      link: i.link as string | undefined,
      date: (i.pubDate ?? (i.dc as { date?: string } | undefined)?.date) as string | undefined,
    })),
  };
}

function dayOf(value: string | undefined): FuzzyDate {
  const t = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(t)
    ? { precision: 'unknown', value: null }
    : { precision: 'day', value: new Date(t).toISOString().slice(0, 10) };
}

const httpUrl = (u: string | undefined) => (u && /^https?:\/\//i.test(u) ? u : undefined);

/**
 * Where an item without a link points. Never the feed URL itself: a private feed carries its token in
 * the query or the userinfo, and announcements are posted to channels. The feed's own home page link
 * comes first, else the feed's origin (scheme and host only).
 */
function fallbackLink(feedUrl: string, home: string | undefined): string {
  const page = httpUrl(home);
  if (page) {
    const u = new URL(page);
    if (!u.username && !u.password) return page;
  }
  return new URL(feedUrl).origin;
}

/**
 * Reads an RSS 2.0, RSS 1.0, Atom or JSON Feed document into source items. Identity keys are the
 * item's guid or id, then its link, then a hash of its text; the announcement id is the first of them.
 */
export async function feedItems(feedUrl: string, body: string): Promise<SourceItem[]> {
  const { title: feedTitle, home, items } = rawItems(body);
  const publisher = plainText(feedTitle, 100) || new URL(feedUrl).host;
  const fallback = fallbackLink(feedUrl, home);
  const out: SourceItem[] = [];
  for (const [i, raw] of items.slice(0, MAX_FEED_ITEMS).entries()) {
    if (i > 0 && i % ITEMS_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(feedItem(feedUrl, publisher, fallback, raw));
  }
  return out;
}

function feedItem(feedUrl: string, publisher: string, fallback: string, raw: RawItem): SourceItem {
  const title = plainText(raw.title, MAX_TITLE) || publisher;
  const summary = plainText(raw.summary, MAX_SUMMARY);
  const link = httpUrl(raw.link);
  const keys = [
    ...(raw.id?.trim() ? [`id:${raw.id.trim()}`] : []),
    ...(link ? [`link:${link}`] : []),
    `hash:${sha(`${title}\n${summary}`)}`,
  ].map(boundedKey);
  const base = {
    id: `feed:${sha(feedUrl).slice(0, 12)}:${sha(keys[0] as string)}`,
    kind: 'news' as const,
    topic: 'news' as const,
    date: dayOf(raw.date),
    title,
    summary,
    url: link ?? fallback,
    sources: [{ id: 'feed', url: link ?? fallback, title: publisher, publisher }],
    tags: [],
  };
  // Feed text comes in the feed's own language; both announcement languages carry it as written.
  const en: Update = { ...base, lang: 'en' };
  const nb: Update = { ...base, lang: 'nb' };
  return { en, nb, keys };
}

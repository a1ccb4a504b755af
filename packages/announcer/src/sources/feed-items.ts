import { createHash } from 'node:crypto';
import type { FuzzyDate, Update } from '@impress-norway/core';
import { parseFeed } from 'feedsmith';
import type { SourceItem } from '../ingest';

/** Longest title and summary taken from a feed item; chat renderers clamp further. */
const MAX_TITLE = 250;
const MAX_SUMMARY = 600;

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

/** Feed text is often HTML: keep the words, drop the markup and collapse whitespace. */
export function plainText(html: string, max: number): string {
  const flat = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function rawItems(body: string): { title: string; items: RawItem[] } {
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
      items: entries.map((e) => ({
        id: e.id as string | undefined,
        title: text(e.title as Text),
        summary: text((e.summary ?? e.content) as Text),
        link: ((e.links ?? []) as Array<{ href?: string; rel?: string }>).find((l) => !l.rel || l.rel === 'alternate')
          ?.href,
        date: (e.published ?? e.updated) as string | undefined,
      })),
    };
  }
  const items = (feed.items ?? []) as Array<Record<string, unknown>>;
  if (format === 'json')
    return {
      title: text(feed.title as Text),
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
 * Reads an RSS 2.0, RSS 1.0, Atom or JSON Feed document into source items. Identity keys are the
 * item's guid or id, then its link, then a hash of its text; the announcement id is the first of them.
 */
export function feedItems(feedUrl: string, body: string): SourceItem[] {
  const { title: feedTitle, items } = rawItems(body);
  const publisher = plainText(feedTitle, 100) || new URL(feedUrl).host;
  return items.map((raw) => {
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
      url: link ?? feedUrl,
      sources: [{ id: 'feed', url: httpUrl(link) ?? feedUrl, title: publisher, publisher }],
      tags: [],
    };
    // Feed text comes in the feed's own language; both announcement languages carry it as written.
    const en: Update = { ...base, lang: 'en' };
    const nb: Update = { ...base, lang: 'nb' };
    return { en, nb, keys };
  });
}

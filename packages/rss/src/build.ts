import { createHash } from 'node:crypto';
import { updates as coreUpdates, dataset, type Lang, type Update, type UpdateTopic } from '@impress-norway/core';
import { DATASET_TOPICS, type FeedSpec, feedFileName, feedSpecs, feedTitle } from './catalog';
import { renderIndexPage } from './html';
import { newestDate } from './item';
import { renderJsonFeed } from './json-feed';
import { renderRss } from './rss';
import { RSS_STRINGS } from './strings';

/** A built file with what a server needs to answer for it. */
export interface FeedFile {
  name: string;
  body: Buffer;
  contentType: string;
  /** Derived from the content (newest item, or the day the sources were read), never from the clock. */
  lastModified: Date;
  /** Strong validator: a hash of the body. */
  etag: string;
}

/** Options for {@link buildFeedFiles}. */
export interface BuildOptions {
  /** Public base URL the feeds are served from, used in self links (default `http://localhost:8080`). */
  baseUrl?: string;
  /** Where the updates come from (default: the built-in dataset's update stream). */
  updates?: (lang: Lang) => Update[];
  /** The day the sources were read (default: the built-in dataset's). */
  checkedOn?: string;
  /**
   * Topics that get their own feeds (default: the dataset's, {@link DATASET_TOPICS}). A server that
   * merges the registry watch's updates adds `registry`; items of every topic are in the `all` feeds.
   */
  topics?: readonly UpdateTopic[];
}

const TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

function file(name: string, text: string, contentType: string, lastModified: Date): FeedFile {
  const body = Buffer.from(text, 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { name, body, contentType, lastModified, etag };
}

function channelOf(spec: FeedSpec, format: 'rss' | 'json', base: string) {
  const description = RSS_STRINGS.channelDescription[spec.lang];
  return {
    title: feedTitle(spec),
    description,
    feedUrl: `${base}/${feedFileName(spec, format)}`,
    siteUrl: `${base}/`,
    language: spec.lang,
  };
}

/**
 * Builds every feed (RSS 2.0 and JSON Feed 1.1, per language and per topic) and the HTML index pages.
 * The output depends only on the content: two builds of the same content give identical bytes.
 */
export function buildFeedFiles(options: BuildOptions = {}): FeedFile[] {
  const base = (options.baseUrl ?? 'http://localhost:8080').replace(/\/+$/, '');
  const source = options.updates ?? ((lang: Lang) => coreUpdates({ lang }));
  const checkedOn = new Date(`${options.checkedOn ?? dataset().meta.sourcesCheckedOn}T00:00:00Z`);
  const byLang = { en: source('en'), nb: source('nb') };
  const files: FeedFile[] = [];
  const specs = feedSpecs(options.topics ?? DATASET_TOPICS);
  for (const spec of specs) {
    const items = byLang[spec.lang].filter((u) => spec.topic === 'all' || u.topic === spec.topic);
    const lastBuildDate = newestDate(items, checkedOn);
    const rss = renderRss({ ...channelOf(spec, 'rss', base), lastBuildDate }, items);
    files.push(file(feedFileName(spec, 'rss'), rss, TYPES.rss, lastBuildDate));
    const json = renderJsonFeed(channelOf(spec, 'json', base), items);
    files.push(file(feedFileName(spec, 'json'), `${JSON.stringify(json, null, 2)}\n`, TYPES.json, lastBuildDate));
  }
  for (const lang of ['en', 'nb'] as const) {
    const lastModified = newestDate(byLang[lang], checkedOn);
    files.push(
      file(RSS_STRINGS.pageFile[lang], renderIndexPage(lang, byLang[lang], base, specs), TYPES.html, lastModified),
    );
  }
  return files;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { storedRegistryUpdates } from '@impress-norway/announcer';
import { updates as datasetUpdates, type Lang, newestFirst, UPDATE_TOPICS, type Update } from '@impress-norway/core';
import type { Database } from '@impress-norway/db';
import { buildFeedFiles, createFeedHandler, type FeedHandlerOptions } from '@impress-norway/rss';

/** How often the feeds look for registry updates another process announced (ms). */
export const FEED_REFRESH_MS = 60_000;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The server's feeds: the dataset's updates, and with a database the registry watch's too. */
export interface ServerFeeds {
  handle: Handler;
  /** How many files are served. */
  count(): number;
  /** Rebuilds the feeds if the stored registry updates changed; never throws. */
  refresh(): Promise<void>;
  stop(): void;
}

/** Dataset and registry updates in one stream, in the dataset's own order (newest first, then by id). */
export function mergeUpdates(dataset: readonly Update[], registry: readonly Update[]): Update[] {
  return [...dataset, ...registry].sort((a, b) => newestFirst(a.date, b.date) || a.id.localeCompare(b.id));
}

/**
 * Serves the feeds. Without a database they are the dataset's alone, exactly as `impress-feed build`
 * makes them. With one, the `registry` topic is added and the stored registry announcements are
 * merged in (same ids as the chat announcements); `refresh` rebuilds when they change, which the
 * announcer asks for after each change and a timer does every {@link FEED_REFRESH_MS} for changes
 * another replica made.
 */
export async function serverFeeds(
  baseUrl: string,
  database: Database | undefined,
  options: FeedHandlerOptions & { onError?: (error: Error) => void } = {},
): Promise<ServerFeeds> {
  const dataset = { en: datasetUpdates({ lang: 'en' }), nb: datasetUpdates({ lang: 'nb' }) };
  const build = (registry: Record<Lang, Update[]>) =>
    database
      ? buildFeedFiles({
          baseUrl,
          topics: UPDATE_TOPICS,
          updates: (lang) => mergeUpdates(dataset[lang], registry[lang]),
        })
      : buildFeedFiles({ baseUrl });
  let files = build({ en: [], nb: [] });
  let handler = createFeedHandler(files, options);
  let seen = '';
  const refresh = async () => {
    if (!database) return;
    try {
      const registry = {
        en: await storedRegistryUpdates(database, 'en'),
        nb: await storedRegistryUpdates(database, 'nb'),
      };
      const key = registry.en.map((u) => u.id).join('\n');
      if (key === seen) return;
      files = build(registry);
      handler = createFeedHandler(files, options);
      seen = key;
    } catch (error) {
      options.onError?.(error as Error);
    }
  };
  await refresh();
  const timer = database ? setInterval(() => void refresh(), FEED_REFRESH_MS) : undefined;
  timer?.unref();
  return {
    handle: (req, res) => handler(req, res),
    count: () => files.length,
    refresh,
    stop: () => clearInterval(timer),
  };
}

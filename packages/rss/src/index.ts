// @impress-norway/rss: RSS 2.0 and JSON Feed 1.1 of IMPRESS-Norway's updates, built and served.

// Building
export { type BuildOptions, buildFeedFiles, type FeedFile } from './build';
export {
  DATASET_TOPICS,
  FEEDS,
  type FeedFormat,
  type FeedSpec,
  feedFileName,
  feedSpecs,
  feedTitle,
} from './catalog';
export { readFeedFiles, writeFeedFiles } from './files';
export { renderIndexPage } from './html';
export { type JsonFeed, type JsonFeedItem, renderJsonFeed } from './json-feed';
export { type Coding, etagMatches, pickCoding, pickLang } from './negotiate';
export { type RssChannel, renderRss } from './rss';
// Serving
export {
  createFeedHandler,
  createFeedServer,
  FEED_SERVER_TIMEOUTS,
  type FeedHandlerOptions,
  type FeedServerOptions,
  type RequestEvent,
} from './server';

// Text safety
export { escapeHtml, xmlSafe } from './text';

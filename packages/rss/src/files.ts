import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FeedFile } from './build';

const MANIFEST = 'feeds.manifest.json';
const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** Writes built files to a folder, with a manifest of their content-derived Last-Modified dates. */
export function writeFeedFiles(dir: string, files: readonly FeedFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.body);
  const manifest = Object.fromEntries(files.map((f) => [f.name, f.lastModified.toISOString()]));
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Reads feed files from a folder written by `impress-feed build`. Last-Modified comes from the
 * build's manifest (content-derived); files without one fall back to their modification time.
 */
export function readFeedFiles(dir: string): FeedFile[] {
  let manifest: Record<string, string> = {};
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    manifest = {};
  }
  return readdirSync(dir)
    .filter((name) => name !== MANIFEST && TYPES[extname(name)] !== undefined)
    .map((name) => {
      const body = readFileSync(join(dir, name));
      const stamp = manifest[name];
      const lastModified = stamp ? new Date(stamp) : statSync(join(dir, name)).mtime;
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      return { name, body, contentType: TYPES[extname(name)] as string, lastModified, etag };
    });
}

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { etagMatches, pickCoding } from '@impress-norway/rss';

/** What a response carries besides its body. */
export interface BodyOptions {
  status?: number;
  contentType: string;
  cacheControl: string;
  /** Extra headers (CORS, security, Retry-After). */
  headers?: Record<string, string>;
  /** Request headers the body depends on besides Accept-Encoding. */
  vary?: string[];
}

/** A strong entity tag from the bytes before compression, so every coding has its own suffix. */
export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

// Bodies under this size are sent as they are: compressing them saves less than the headers cost.
const MIN_COMPRESS_BYTES = 1024;

/**
 * Sends a body with an ETag, 304 for a matching If-None-Match, br/gzip when the client takes it, and
 * no body for HEAD. The ETag names the representation: each coding gets its own.
 */
export function sendBody(req: IncomingMessage, res: ServerResponse, text: string | Buffer, o: BodyOptions): void {
  const raw = typeof text === 'string' ? Buffer.from(text) : text;
  const coding = raw.length < MIN_COMPRESS_BYTES ? 'identity' : pickCoding(req.headers['accept-encoding']);
  const base = etagOf(raw);
  const etag = coding === 'identity' ? base : `${base.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
  const headers: Record<string, string | number> = {
    ...o.headers,
    'Cache-Control': o.cacheControl,
    ETag: etag,
    Vary: ['Accept-Encoding', ...(o.vary ?? [])].join(', '),
    'X-Content-Type-Options': 'nosniff',
  };
  const status = o.status ?? 200;
  const inm = req.headers['if-none-match'];
  if (status === 200 && inm && etagMatches(inm, [etag])) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body =
    coding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : coding === 'gzip'
        ? gzipSync(raw)
        : raw;
  headers['Content-Type'] = o.contentType;
  headers['Content-Length'] = body.length;
  if (coding !== 'identity') headers['Content-Encoding'] = coding;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

// A server process for the feed benchmark: `ours` is the real feed handler, `bare` is a minimal
// node:http server that returns the same bytes (and 304 on a matching ETag), as the baseline.
import { createServer } from 'node:http';
import { buildFeedFiles, createFeedServer } from '../dist/index.js';

const mode = process.argv[2];
const files = buildFeedFiles({ baseUrl: 'http://127.0.0.1' });
const feed = files.find((f) => f.name === 'rss.xml');
const server =
  mode === 'ours'
    ? createFeedServer(files)
    : createServer((req, res) => {
        if (req.headers['if-none-match'] === feed.etag) {
          res.writeHead(304, { ETag: feed.etag });
          res.end();
          return;
        }
        res.writeHead(200, { 'Content-Type': feed.contentType, 'Content-Length': feed.body.length, ETag: feed.etag });
        res.end(feed.body);
      });
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port, etag: feed.etag }));
process.on('message', (m) => m === 'stop' && server.close(() => process.exit(0)));

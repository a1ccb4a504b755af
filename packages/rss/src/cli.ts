import { parseArgs } from 'node:util';
import { buildFeedFiles } from './build';
import { readFeedFiles, writeFeedFiles } from './files';
import { createFeedServer } from './server';

const HELP = `impress-feed: RSS 2.0 and JSON Feed 1.1 of IMPRESS-Norway

Usage:
  impress-feed build --out DIR [--base-url URL]   write every feed and the index pages to DIR
  impress-feed serve [--port N] [--dir DIR] [--base-url URL] [--host HOST]
                                                  serve them (from DIR, or built from the built-in data)

Environment: PORT (default 8080), FEED_BASE_URL (public URL of the feeds, used in self links).
`;

/** Thrown for a usage error: the message is printed and the exit code is 2. */
class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        dir: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

function port(value: string | undefined): number {
  const raw = value ?? process.env.PORT ?? '8080';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`port must be a number from 0 to 65535, got "${raw}"`);
  return n;
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  const { values } = options(rest);
  if (!command || command === '--help' || command === '-h' || values.help) {
    process.stdout.write(HELP);
  } else if (command === 'build') {
    if (!values.out) fail('build needs --out DIR');
    const files = buildFeedFiles({ baseUrl: values['base-url'] ?? process.env.FEED_BASE_URL });
    writeFeedFiles(values.out, files);
    process.stdout.write(`wrote ${files.length} files to ${values.out}\n`);
  } else if (command === 'serve') {
    const p = port(values.port);
    const host = values.host ?? '0.0.0.0';
    const files = values.dir
      ? readFeedFiles(values.dir)
      : buildFeedFiles({ baseUrl: values['base-url'] ?? process.env.FEED_BASE_URL ?? `http://localhost:${p}` });
    const server = createFeedServer(files);
    server.listen(p, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : p;
      process.stdout.write(`impress-feed: serving ${files.length} files on http://localhost:${actual}/\n`);
    });
    // No process.exit(): the process ends once the server has closed and output has drained.
    const stop = () => server.close();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } else {
    fail(`unknown command "${command}"`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`impress-feed: ${error.message}\nRun "impress-feed --help" for usage.\n`);
  process.exitCode = 2;
}

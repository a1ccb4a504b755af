#!/usr/bin/env node
import { main } from './announce/cli';
import { loadDotEnv } from './config';

// `impress-announce`: the announcer's command line (see `impress-announce help`).
loadDotEnv();
main(process.argv.slice(2), process.env, process.stdout, process.stderr).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`impress-announce: ${(error as Error).message}\n`);
    process.exit(1);
  },
);

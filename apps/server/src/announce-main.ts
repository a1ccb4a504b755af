#!/usr/bin/env node
import { main } from './announce/cli';
import { loadDotEnv } from './config';

// `impress-announce`: the announcer's command line (see `impress-announce help`). Exit codes are set,
// not forced with process.exit(), so output piped to another program is written in full first.
loadDotEnv();
main(process.argv.slice(2), process.env, process.stdout, process.stderr).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`impress-announce: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);

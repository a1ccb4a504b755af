#!/usr/bin/env node
// Committed rather than built, so npm links it at install time, before the build has made dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/announce-main.js', import.meta.url);
if (existsSync(entry)) await import(entry.href);
else {
  process.stderr.write(
    'impress-announce: the code is not built yet. Run `npm run build` at the top of the repository.\n',
  );
  process.exitCode = 1;
}

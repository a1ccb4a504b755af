#!/usr/bin/env node
// Committed rather than built, so npm links it at install time, before the build has made dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/announce-main.js', import.meta.url);
const unbuilt = () => {
  process.stderr.write(
    'impress-announce: the code is not built yet. Run `npm run build` at the top of the repository.\n',
  );
  process.exitCode = 1;
};
if (!existsSync(entry)) unbuilt();
else {
  try {
    await import(entry.href);
  } catch (error) {
    // A workspace package it imports is not built either: the same advice, not a stack trace.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/')) throw error;
    unbuilt();
  }
}

import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless browser on a machine with no network but loopback and no display. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A real headless Chromium for browser tests. `CHROMIUM_PATH` names one on the machine; otherwise the
 * binary shipped inside the `@sparticuz/chromium` npm package is unpacked (once, to the temp folder)
 * and used, so tests need no system browser.
 */
export async function launchTestBrowser(): Promise<Browser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  // The package's own `args` are for AWS Lambda (--single-process ends the browser when its first
  // context closes, --disable-web-security would void the pages' CSP tests): only the binary is used.
  const executablePath = fromEnv ?? (await sparticuz.executablePath());
  return chromium.launch({ executablePath, args: QUIET_FLAGS });
}

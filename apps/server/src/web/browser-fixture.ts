import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchTestBrowser } from '../../../../testing/browser';
import { startWebServer } from './test-server';

/**
 * For a browser test file: the web front on a free port and a real Chromium, started before its
 * tests and closed after them. Read `web` and `browser` inside the tests (they are set by then).
 */
export function useWebAndBrowser(): { web: Awaited<ReturnType<typeof startWebServer>>; browser: Browser } {
  const fixture = {} as { web: Awaited<ReturnType<typeof startWebServer>>; browser: Browser };
  beforeAll(async () => {
    fixture.web = await startWebServer();
    fixture.browser = await launchTestBrowser();
  }, 60_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.web?.close();
  });
  return fixture;
}

// Writes the README's screenshots of the web front (docs/screenshots/web-en.png and web-nb.png): the
// page in each language with a question answered, from a real server in the packaged Chromium.
// Run with `npm run screenshots -w apps/server`.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchTestBrowser } from '../../../testing/browser';
import { startWebServer } from '../src/web/test-server';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');
const QUESTIONS = { en: 'Which hospitals in Helse Nord take part?', nb: 'Hvilke sykehus i Helse Vest deltar?' };

const web = await startWebServer();
const browser = await launchTestBrowser();
try {
  mkdirSync(OUT, { recursive: true });
  for (const [lang, q] of Object.entries(QUESTIONS)) {
    const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 900), height: 900 } });
    await page.goto(`${web.base}/?lang=${lang}&q=${encodeURIComponent(q)}`);
    const file = join(process.env.OUT ?? OUT, `web-${lang}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL !== 'false' });
    for (const sel of (process.env.PARTS ?? '').split(',').filter(Boolean))
      await page
        .locator(sel)
        .first()
        .screenshot({ path: join(process.env.OUT ?? OUT, `part-${lang}-${sel.replace(/\W/g, '')}.png`) });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await web.close();
}

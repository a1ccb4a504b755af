// Measures what loading `/` costs a browser: requests, bytes on the wire (br/gzip as the browser asks)
// and bytes after decoding. Run with `npm run page-weight -w apps/server`; the README quotes its output.
import { launchTestBrowser } from '../../../testing/browser';
import { startWebServer } from '../src/web/test-server';

const web = await startWebServer();
const browser = await launchTestBrowser();
try {
  for (const lang of ['en', 'nb']) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    let wire = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => {
      wire += e.encodedDataLength;
      requests += 1;
    });
    let decoded = 0;
    cdp.on('Network.dataReceived', (e) => {
      decoded += e.dataLength;
    });
    await page.goto(`${web.base}/?lang=${lang}`, { waitUntil: 'networkidle' });
    console.log(`${lang}: ${requests} requests, ${wire} bytes transferred, ${decoded} bytes decoded`);
    await page.close();
  }
} finally {
  await browser.close();
  await web.close();
}

/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ask, type Lang, resultsFunnel, sitesByRegion } from '@impress-norway/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWebAndBrowser } from './browser-fixture';
import { STRINGS } from './strings';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const QUESTIONS: Record<Lang, string> = {
  nb: 'Hvilke sykehus i Helse Vest deltar?',
  en: 'Which hospitals in Helse Nord take part?',
};
/** Questions whose answers point to related entries, so the related links can be followed. */
const WITH_RELATED: Record<Lang, string> = { nb: 'Hvem kan delta i studien?', en: 'Who can take part?' };
/** Where the browser test leaves its screenshots (the README's are made by `npm run screenshots`). */
export const SHOT_DIR = join(tmpdir(), 'impress-web-screenshots');

const fixture = useWebAndBrowser();

async function open(lang: Lang, javaScriptEnabled: boolean, width = 1024): Promise<Page> {
  const context = await fixture.browser.newContext({
    locale: lang === 'nb' ? 'nb-NO' : 'en-GB',
    javaScriptEnabled,
    viewport: { width, height: 800 },
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  (page as Page & { errors?: string[] }).errors = violations;
  await page.goto(`${fixture.web.base}/`);
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the page keeps its real policy.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(o: unknown): Promise<{ passes: unknown[]; violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  // axe checked something: a run that passed no rule would prove nothing.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

describe.each(['nb', 'en'] as const)('the page in %s in headless Chromium', (lang) => {
  const t = STRINGS[lang];

  it('answers the question without JavaScript, through the form', async () => {
    const page = await open(lang, false);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.fill('#q', QUESTIONS[lang]);
    await page.press('#q', 'Enter');
    await page.waitForURL(/[?&]q=/);
    const expected = ask(QUESTIONS[lang]);
    await expect(page.locator('#answer .answer-text').textContent()).resolves.toBe(expected.text);
    await expect(page.locator('#answer .kind').textContent()).resolves.toBe(t.kind[expected.kind]);
    expect(await page.locator('#answer .sources a').count()).toBe(new Set(expected.sources.map((s) => s.url)).size);
    await page.fill('#q', WITH_RELATED[lang]);
    await page.press('#q', 'Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === WITH_RELATED[lang]);
    const related = ask(WITH_RELATED[lang]).related;
    expect(related.length).toBeGreaterThan(0);
    expect(await page.locator('#answer .related a').allTextContents()).toEqual(related.map((r) => r.title));
    await page.locator('#answer .related a').first().click();
    await page.waitForURL((u) => u.searchParams.get('q') === related[0]?.title);
    await expect(page.locator('#answer .answer-text').textContent()).resolves.toBe(ask(related[0]?.title ?? '').text);
    await page.context().close();
  });

  it('answers in place with JavaScript through /api/ask, without leaving the page, and no CSP error', async () => {
    const page = await open(lang, true);
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    const api = page.waitForResponse((r) => r.url().includes('/api/ask?'));
    await page.fill('#q', QUESTIONS[lang]);
    await page.click('#ask-form button');
    expect((await api).status()).toBe(200);
    const expected = ask(QUESTIONS[lang]);
    await page.locator('#answer .answer-text').waitFor();
    expect(await page.locator('#answer .answer-text').textContent()).toBe(expected.text);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.waitForSelector(`#answer time[datetime="${expected.asOf}"]`);
    expect(errorsOf(page).filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await page.fill('#q', WITH_RELATED[lang]);
    await page.click('#ask-form button');
    const related = ask(WITH_RELATED[lang]).related.map((r) => r.title);
    await page.waitForFunction((n) => document.querySelectorAll('#answer .related a').length === n, related.length);
    expect(await page.locator('#answer .related a').allTextContents()).toEqual(related);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.context().close();
  });

  it('has one map marker per placed site, the list by region, and one bar per reported figure', async () => {
    const page = await open(lang, true);
    const regions = sitesByRegion();
    const placed = regions.flatMap((r) => r.placed);
    expect(await page.locator('svg.map circle.marker').count()).toBe(placed.length);
    const markerIds = await page
      .locator('svg.map circle.marker')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-site')));
    expect(markerIds.sort()).toEqual(placed.map((s) => s.id).sort());
    expect(await page.locator('.by-region ul.placed li').count()).toBe(placed.length);
    expect(await page.locator('.by-region ul.unplaced li').count()).toBe(regions.flatMap((r) => r.unplaced).length);
    const figures = resultsFunnel().flatMap((r) => r.stages.filter((s) => s.figure?.value != null));
    expect(await page.locator('svg.chart rect.bar').count()).toBe(figures.length);
    const missing = resultsFunnel().flatMap((r) => r.stages.filter((s) => s.figure?.value == null));
    expect(await page.locator('svg.chart text.missing').count()).toBe(missing.length);
    await page.context().close();
  });

  it('has no axe-core violations (WCAG 2.1 A and AA, best practice), also with an answer shown', async () => {
    const page = await open(lang, true);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${fixture.web.base}/?q=${encodeURIComponent(QUESTIONS[lang])}&lang=${lang}`);
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync(SHOT_DIR, { recursive: true });
    await page.goto(`${fixture.web.base}/?lang=${lang}`);
    const shot = await page.screenshot({ path: join(SHOT_DIR, `web-${lang}.png`), fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    await page.context().close();
  });

  it('works at 320 px wide without horizontal scrolling, by keyboard, with a visible focus', async () => {
    const page = await open(lang, true, 320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.type(QUESTIONS[lang]);
    await page.keyboard.press('Enter');
    await page.locator('#answer .answer-text').waitFor();
    const headings = await page.locator('h1, h2, h3, h4').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    for (let i = 1; i < headings.length; i++)
      expect((headings[i] ?? 0) - (headings[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent } from '../content/compile';
import { dataset } from '../data/dataset';
import { diff, updates } from './updates';

// The CONTRIBUTING path in the README: a news item added to content/news/ must reach the update
// stream (and so the feeds) and be one new update for announcements, with nothing else re-announced.
const CONTENT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');
const dir = mkdtempSync(join(tmpdir(), 'impress-news-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('adding a news item', () => {
  it('flows to updates() and is the only update diff() reports', () => {
    cpSync(CONTENT, dir, { recursive: true });
    const file = join(dir, 'news', '2024-2025.yaml');
    const item = `
- id: test-new-item
  date: "2026-11-20"
  title: { en: "A new test item", nb: "En ny testsak" }
  summary: { en: "Written to check that new items reach the feeds.", nb: "Skrevet for å sjekke at nye saker når strømmene." }
  url: "https://impress-norway.no/"
  publisher: IMPRESS-Norway
  originalLang: nb
  tags: [milestone]
  sources: [impress-home]
  asOf: "2026-11-20"
`;
    writeFileSync(file, readFileSync(file, 'utf8') + item);
    const next = compileContent(dir);
    expect(updates({ lang: 'nb' }, next)[0]).toMatchObject({
      id: 'impress-norway:news:test-new-item',
      title: 'En ny testsak',
    });
    expect(diff(dataset(), next).map((u) => u.id)).toEqual(['impress-norway:news:test-new-item']);
  });
});

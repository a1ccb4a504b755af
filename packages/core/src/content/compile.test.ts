import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from './compile';
import { ContentError } from './content-error';

const CONTENT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');
const dirs: string[] = [];

/** A copy of the real content with one file changed, so each test breaks exactly one thing. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'impress-content-'));
  dirs.push(dir);
  cpSync(CONTENT, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

function issuesOf(dir: string) {
  try {
    compileContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).issues;
  }
  throw new Error('expected the content to be rejected');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('compileContent', () => {
  it('compiles the real content', () => {
    const data = compileContent(CONTENT);
    expect(data.news.length).toBeGreaterThanOrEqual(35);
    expect(data.meta.contentHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names file, line, field path and reason for a missing Norwegian text', () => {
    const dir = brokenCopy('cohorts.yaml', (t) =>
      t.replace('nb: "Første ekspansjonskohort: olaparib ved bi-allelisk BRCA1/2-inaktivering"', ''),
    );
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ file: 'cohorts.yaml', path: '[0].name.nb' });
    expect(issue?.line).toBeGreaterThan(0);
    expect(issue?.reason).toMatch(/expected string/i);
  });

  it('rejects a source id that sources.yaml does not define', () => {
    const dir = brokenCopy('biomarkers.yaml', (t) =>
      t.replace('sources: [lungekreft-tre-mest]', 'sources: [no-such-page]'),
    );
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({
        file: 'biomarkers.yaml',
        path: '[1].sources[0]',
        reason: expect.stringContaining('no-such-page'),
      }),
    );
  });

  it('rejects an invalid date', () => {
    const dir = brokenCopy('news/2021.yaml', (t) => t.replace('date: "2021-01-11"', 'date: "2021-02-30"'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'news/2021.yaml', path: '[0].date.value' }));
  });

  it('rejects a duplicate id', () => {
    const dir = brokenCopy('news/2021.yaml', (t) => t.replace('id: protocol-approved', 'id: roche-first-company'));
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'news/2021.yaml', reason: 'duplicate news id "roche-first-company"' }),
    );
  });

  it('rejects a reference to an entity that does not exist', () => {
    const dir = brokenCopy('cohorts.yaml', (t) => t.replace('drugIds: [olaparib]', 'drugIds: [olaparibb]'));
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({
        file: 'cohorts.yaml',
        path: '[0].drugIds',
        reason: '"olaparibb" does not name any drugs entry',
      }),
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = brokenCopy('faq.yaml', (t) => t.replace('- id: what-is', '- id: what-is\n  : : [broken'));
    const issues = issuesOf(dir);
    expect(issues[0]).toMatchObject({ file: 'faq.yaml', reason: expect.stringMatching(/^YAML syntax/) });
    expect(issues[0]?.line).toBeGreaterThan(0);
  });

  it('rejects an asOf later than the date the sources were read', () => {
    const dir = brokenCopy('cohorts.yaml', (t) => t.replace('  asOf: "2022"\n', '  asOf: "2099-01-01"\n'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'cohorts.yaml', path: '[0].status.asOf' }));
  });

  it('rejects a non-https source URL', () => {
    const dir = brokenCopy('sources.yaml', (t) =>
      t.replace('url: "https://impress-norway.no/om-studiet/"', 'url: "file:///etc/passwd"'),
    );
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'sources.yaml', path: '[0].url' }));
  });

  it('collects every problem in one error instead of stopping at the first', () => {
    const dir = brokenCopy('drugs.yaml', (t) =>
      t.replace('generic: olaparib', 'generic: 42').replace('added: "2023"', 'added: "2023-13"'),
    );
    const message = (() => {
      try {
        compileContent(dir);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/drugs\.yaml:\d+ \[0\]\.generic/);
    expect(message).toMatch(/drugs\.yaml:\d+ \[\d+\]\.added/);
  });
});

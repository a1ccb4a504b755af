import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.js');

/** Runs the built `impress` bin the way a user would. */
function impress(...args: string[]) {
  return impressWithInput('', ...args);
}

function impressWithInput(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000, input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" (turbo does this before tests)`);
});

describe('impress CLI (built bin)', () => {
  it('lists at least 17 hospital trusts with region, and city or an explicit null', () => {
    const { code, out } = impress('sites', '--json');
    expect(code).toBe(0);
    const sites = JSON.parse(out) as Array<{ trust: string; city: string | null; region: string }>;
    expect(sites.length).toBeGreaterThanOrEqual(17);
    for (const s of sites) {
      expect(s.region).toMatch(/^helse-/);
      expect('city' in s).toBe(true);
    }
  });

  it('lists at least 35 news items, newest first', () => {
    const { code, out } = impress('news', '--json');
    expect(code).toBe(0);
    const items = JSON.parse(out) as Array<{ date: { value: string | null } }>;
    expect(items.length).toBeGreaterThanOrEqual(35);
    const dated = items.map((n) => n.date.value).filter((v): v is string => v !== null);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('prints Norwegian text with the NCT number and the as-of date', () => {
    const { code, out } = impress('about', '--lang', 'nb');
    expect(code).toBe(0);
    expect(out).toContain('NCT04817956');
    expect(out).toContain('Norges nasjonale studie');
    expect(out).toMatch(/Per \d{1,2}\. \w+ \d{4}\./);
  });

  it('filters on the command line, diacritic-insensitively', () => {
    const { out } = impress('sites', '--city', 'Tromso', '--json');
    expect(JSON.parse(out).map((s: { id: string }) => s.id)).toEqual(['unn']);
    const drugs = JSON.parse(impress('drugs', '--target', 'her2', '--json').out);
    expect(Array.isArray(drugs)).toBe(true);
    expect(impress('news', '--limit', '2', '--json').out).toMatch(/^\[/);
    expect(JSON.parse(impress('news', '--limit', '2', '--json').out)).toHaveLength(2);
  });

  it('exports FHIR and JSON-LD as valid JSON', () => {
    expect(JSON.parse(impress('export', 'fhir').out).resourceType).toBe('ResearchStudy');
    expect(JSON.parse(impress('export', 'jsonld').out)['@type']).toBe('MedicalTrial');
  });

  it('exits 2 with a clear message on an unknown command, flag or value', () => {
    for (const args of [
      ['bogus'],
      ['sites', '--colour'],
      ['news', '--limit', 'ten'],
      ['about', '--lang', 'de'],
      ['export', 'csv'],
      ['news', '--since', 'yesterday'],
    ]) {
      const r = impress(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^impress: .+\nRun "impress --help" for usage\./);
      expect(r.out).toBe('');
    }
  });

  it('answers a question as JSON and as text', () => {
    const json = JSON.parse(impress('ask', '--json', 'What is the NCT number?').out);
    expect(json).toMatchObject({ kind: 'answer', lang: 'en' });
    expect(json.text).toContain('NCT04817956');
    const text = impress('ask', '--lang', 'nb', 'Hvem er sponsor?');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Oslo universitetssykehus');
    expect(text.out).toMatch(/Kilder:\n {2}- /);
  });

  it('answers JSON lines in order with the same ids, and reports bad lines without losing any', () => {
    const input = [
      JSON.stringify({ id: 'a', q: 'Who is the sponsor?' }),
      'not json',
      JSON.stringify({ id: 7, q: 'Hvor mange gener dekker testen?', lang: 'nb' }),
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 'd', q: '<!channel> '.repeat(50_000) }),
    ].join('\n');
    const r = impressWithInput(input, 'ask', '--json', '--batch');
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'c', 'd']);
    expect(lines[0].kind).toBe('answer');
    expect(lines[1]).toMatchObject({ line: 2, error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ kind: 'answer', lang: 'nb' });
    expect(lines[2].text).toContain('523');
    expect(lines[3].error).toMatch(/string "q"/);
    expect(lines[4].kind).toBe('no-answer');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/2 input line\(s\)/);
  });

  it('refuses ask without a question, and --batch without --json', () => {
    expect(impress('ask').code).toBe(2);
    expect(impressWithInput('{}', 'ask', '--batch').code).toBe(2);
    expect(impress('sites', '--batch').code).toBe(2);
  });

  it('prints help with exit 0', () => {
    const r = impress('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: impress <command>');
  });
});

describe('impress content check', () => {
  it('lists stale facts and non-https sources as JSON, and --strict fails on findings', () => {
    const r = impress('content', 'check', '--today', '2026-11-29', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { findings: Array<{ kind: string; where: string; detail: string }> };
    expect(report.findings.some((f) => f.kind === 'not-https' && f.detail.startsWith('http://www.trialx.com'))).toBe(
      true,
    );
    expect(report.findings.some((f) => f.kind === 'stale' && f.where.includes('(no-other-trial)'))).toBe(true);
    expect(impress('content', 'check', '--strict').code).toBe(1);
    expect(impress('content', 'check', '--today', 'soon').code).toBe(2);
    expect(impress('content').code).toBe(2);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.js');

/** Runs the built `impress` bin the way a user would. */
function impress(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 15_000 });
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

  it('prints help with exit 0', () => {
    const r = impress('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: impress <command>');
  });
});

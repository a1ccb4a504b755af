import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '@impress-norway/chat';
import { describe, expect, it } from 'vitest';
import { impressCommand } from './commands';
import { DISCORD_LIMITS } from './render/limits';

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
type Option = {
  name: string;
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Option[];
  choices?: Array<{ name: string; value: string }>;
};

/** Discord counts names, descriptions and choice names and values towards 8,000 characters per command. */
function size(o: Option): number {
  const own =
    o.name.length +
    o.description.length +
    Object.values(o.name_localizations ?? {}).join('').length +
    Object.values(o.description_localizations ?? {}).join('').length;
  const choices = (o.choices ?? []).reduce((n, c) => n + c.name.length + String(c.value).length, 0);
  return own + choices + (o.options ?? []).reduce((n, x) => n + size(x), 0);
}

function walk(o: Option, visit: (o: Option) => void): void {
  visit(o);
  for (const x of o.options ?? []) walk(x, visit);
}

describe('the /impress registration payload', () => {
  const body = impressCommand() as unknown as Option;

  it('mirrors the shared command definitions', () => {
    expect(body.options?.map((o) => o.name)).toEqual(COMMANDS.map((c) => c.name));
  });

  it('fits every Discord limit', () => {
    expect(body.options?.length).toBeLessThanOrEqual(DISCORD_LIMITS.optionsPerCommand);
    expect(size(body)).toBeLessThanOrEqual(DISCORD_LIMITS.commandTotal);
    walk(body, (o) => {
      expect(o.name, o.name).toMatch(NAME);
      expect(o.name).toBe(o.name.toLowerCase());
      expect(o.description.length, o.name).toBeGreaterThan(0);
      expect(o.description.length, o.name).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
      for (const v of Object.values(o.name_localizations ?? {})) expect(v).toMatch(NAME);
      for (const v of Object.values(o.description_localizations ?? {}))
        expect(v.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
      expect((o.options ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.optionsPerCommand);
      expect((o.choices ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.choicesPerOption);
    });
  });

  it('is localised for Norwegian', () => {
    const sites = body.options?.find((o) => o.name === 'sites');
    expect(sites?.name_localizations).toEqual({ no: 'sykehus' });
    expect(sites?.description_localizations?.no).toMatch(/Sykehus/);
  });

  it('prints the payload with --dry-run and needs no token for that', () => {
    const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'register.js');
    if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build" first`);
    const r = spawnSync(process.execPath, [script, '--dry-run'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].name).toBe('impress');
    const noToken = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toMatch(/needs DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });
});

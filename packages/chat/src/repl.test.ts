import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'repl.js');

describe('npm run chat (built REPL, piped)', () => {
  it('answers each line as the bots do, switches language and pages', () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" first`);
    const input = ['help', 'language nb', 'legemidler', 'neste', 'hvilke sykehus i helse nord deltar', ''].join('\n');
    const r = spawnSync(process.execPath, [BIN], {
      input,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('IMPRESS-Norway: how to use /impress');
    expect(r.stdout).toContain('Språket er satt til norsk (bokmål)');
    expect(r.stdout).toContain('Side 1 av 2');
    expect(r.stdout).toContain('Side 2 av 2');
    expect(r.stdout).toContain('Nordlandssykehuset HF (Bodø)');
  });
});

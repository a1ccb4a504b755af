import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstallationRecords } from './installations';
import { SecretBox } from './secret-box';
import { SettingsStore } from './settings';
import { ENGINES, freshDatabase } from './testing';

describe.each(ENGINES)('stores on %s', (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('runs the migrations once and is idempotent on reopen', async () => {
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['channel_settings', 'slack_installations']));
  });

  it('stores a language per workspace and lets a channel override it', async () => {
    const settings = new SettingsStore(database.db);
    const team = { platform: 'slack' as const, teamId: 'T1' };
    expect(await settings.getLanguage({ ...team, channelId: 'C1' })).toBeUndefined();
    await settings.setLanguage(team, 'nb');
    expect(await settings.getLanguage({ ...team, channelId: 'C1' })).toBe('nb');
    await settings.setLanguage({ ...team, channelId: 'C1' }, 'en');
    await settings.setLanguage({ ...team, channelId: 'C1' }, 'en');
    expect(await settings.getLanguage({ ...team, channelId: 'C1' })).toBe('en');
    expect(await settings.getLanguage({ ...team, channelId: 'C2' })).toBe('nb');
    expect(await settings.getLanguage({ platform: 'discord', teamId: 'T1', channelId: 'C1' })).toBeUndefined();
  });

  it('keeps installations encrypted at rest and returns them intact', async () => {
    const box = new SecretBox(randomBytes(32).toString('base64'));
    const records = new InstallationRecords(database.db, box);
    const install = { team: { id: 'T9' }, bot: { token: 'xoxb-secret-token', userId: 'U1' } };
    await records.save({ teamId: 'T9' }, install);
    expect(await records.fetch({ teamId: 'T9' })).toEqual(install);
    const raw = await database.db.selectFrom('slack_installations').select('data').executeTakeFirstOrThrow();
    expect(raw.data).not.toContain('xoxb');
    await records.save({ enterpriseId: 'E1', isEnterpriseInstall: true }, { org: true });
    expect(await records.all()).toHaveLength(2);
    await records.delete({ teamId: 'T9' });
    expect(await records.fetch({ teamId: 'T9' })).toBeUndefined();
    const other = new InstallationRecords(database.db, new SecretBox(randomBytes(32).toString('hex')));
    await expect(other.fetch({ enterpriseId: 'E1', isEnterpriseInstall: true })).rejects.toThrow();
  });
});

describe('SecretBox', () => {
  it('rejects a key of the wrong size and a tampered value', () => {
    expect(() => new SecretBox('short')).toThrow(/32 bytes/);
    const box = new SecretBox(randomBytes(32).toString('base64'));
    const sealed = box.seal('xoxb-1');
    expect(box.open(sealed)).toBe('xoxb-1');
    const tampered = `${sealed.slice(0, -2)}AA`;
    expect(() => box.open(tampered)).toThrow();
  });
});

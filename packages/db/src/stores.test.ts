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
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['channel_settings', 'slack_installations', 'registry_snapshots', 'slack_request_keys']),
    );
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

  it('takes only a real 32-byte key: not any 43 characters', () => {
    // Buffer.from(..., 'base64') ignores stray characters and padding, so these decoded to 32 bytes.
    expect(() => new SecretBox('a'.repeat(43))).toThrow(/32 bytes/);
    const valid = randomBytes(32).toString('base64');
    expect(() => new SecretBox(`${valid.slice(0, 20)}!!${valid.slice(20)}`)).toThrow(/32 bytes/);
    expect(() => new SecretBox(randomBytes(32).toString('base64'))).not.toThrow();
    expect(() => new SecretBox(randomBytes(32).toString('hex'))).not.toThrow();
  });

  it('refuses a shortened auth tag, and a value moved to another row', () => {
    const box = new SecretBox(randomBytes(32).toString('base64'));
    const sealed = box.seal('xoxb-1', 'slack:T1');
    const parts = sealed.split('.');
    const tagAt = parts.length - 2;
    // GCM accepts a 4-byte tag unless told otherwise, which makes forging far easier.
    const short = parts.map((p, i) =>
      i === tagAt ? Buffer.from(p, 'base64url').subarray(0, 4).toString('base64url') : p,
    );
    expect(() => box.open(short.join('.'), 'slack:T1')).toThrow();
    expect(box.open(sealed, 'slack:T1')).toBe('xoxb-1');
    expect(() => box.open(sealed, 'slack:T2')).toThrow();
  });

  it('opens values sealed with a previous key, named by key id, so keys can be rotated', () => {
    const oldKey = randomBytes(32).toString('base64');
    const sealed = new SecretBox(oldKey).seal('xoxb-1', 'row');
    const rotated = new SecretBox(randomBytes(32).toString('base64'), [oldKey]);
    expect(rotated.open(sealed, 'row')).toBe('xoxb-1');
    const resealed = rotated.seal('xoxb-1', 'row');
    expect(() => new SecretBox(oldKey).open(resealed, 'row')).toThrow(/key/);
  });
});

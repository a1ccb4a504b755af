import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** Where a setting applies: a whole workspace/server (no channel) or one channel in it. */
export interface Scope {
  platform: 'slack' | 'discord';
  teamId: string;
  channelId?: string;
}

/** Per-workspace and per-channel language, stored in the database. */
export class SettingsStore {
  constructor(private readonly db: Kysely<Schema>) {}

  /** The language set for the channel, else for its workspace, else undefined. */
  async getLanguage(scope: Scope): Promise<'en' | 'nb' | undefined> {
    const rows = await this.db
      .selectFrom('channel_settings')
      .select(['channel_id', 'lang'])
      .where('platform', '=', scope.platform)
      .where('team_id', '=', scope.teamId)
      .where('channel_id', 'in', [scope.channelId ?? '', ''])
      .execute();
    const channel = rows.find((r) => r.channel_id !== '' && r.channel_id === scope.channelId);
    return (channel ?? rows.find((r) => r.channel_id === ''))?.lang;
  }

  /** Sets the language of a channel, or of the whole workspace when no channel is given. */
  async setLanguage(scope: Scope, lang: 'en' | 'nb'): Promise<void> {
    const row = {
      platform: scope.platform,
      team_id: scope.teamId,
      channel_id: scope.channelId ?? '',
      lang,
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('channel_settings')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['platform', 'team_id', 'channel_id']).doUpdateSet({ lang, updated_at: row.updated_at }),
      )
      .execute();
  }
}

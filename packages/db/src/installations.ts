import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import type { SecretBox } from './secret-box';

/** Which installation: org-wide installs are keyed by enterprise, others by team. */
export interface InstallationKey {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

/** The storage key of an installation. */
export function installationId(key: InstallationKey): string {
  if (key.isEnterpriseInstall && key.enterpriseId) return `E${key.enterpriseId}`;
  if (key.teamId) return `T${key.teamId}`;
  throw new Error('an installation needs a team id, or an enterprise id for org-wide installs');
}

/**
 * Stores platform installations (for Slack: the OAuth result with its bot token) encrypted at rest.
 * It knows nothing about Slack's types: callers store and get back plain JSON values.
 */
export class InstallationRecords {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly box: SecretBox,
  ) {}

  async save(key: InstallationKey, data: unknown): Promise<void> {
    const row = {
      id: installationId(key),
      team_id: key.teamId ?? null,
      enterprise_id: key.enterpriseId ?? null,
      is_enterprise_install: key.isEnterpriseInstall ? 1 : 0,
      // Bound to its row: a value copied to another installation's row does not open there.
      data: this.box.seal(JSON.stringify(data), installationId(key)),
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('slack_installations')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          data: row.data,
          updated_at: row.updated_at,
          team_id: row.team_id,
          enterprise_id: row.enterprise_id,
        }),
      )
      .execute();
  }

  /** The stored value, or undefined when there is no such installation. */
  async fetch(key: InstallationKey): Promise<unknown> {
    const row = await this.db
      .selectFrom('slack_installations')
      .select('data')
      .where('id', '=', installationId(key))
      .executeTakeFirst();
    return row ? JSON.parse(this.box.open(row.data, installationId(key))) : undefined;
  }

  async delete(key: InstallationKey): Promise<void> {
    await this.db.deleteFrom('slack_installations').where('id', '=', installationId(key)).execute();
  }

  /** Every stored installation (for announcing to each workspace with its own token). */
  async all(): Promise<unknown[]> {
    const rows = await this.db.selectFrom('slack_installations').select(['id', 'data']).orderBy('id').execute();
    return rows.map((r) => JSON.parse(this.box.open(r.data, r.id)));
  }
}

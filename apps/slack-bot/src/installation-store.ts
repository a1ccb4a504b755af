import type { InstallationRecords } from '@impress-norway/db';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';

/** Bolt's installation store over the database, with tokens encrypted at rest. */
export function databaseInstallationStore(records: InstallationRecords): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      await records.save(
        {
          teamId: installation.team?.id,
          enterpriseId: installation.enterprise?.id,
          isEnterpriseInstall: installation.isEnterpriseInstall === true,
        },
        installation,
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await records.fetch({
        teamId: query.teamId,
        enterpriseId: query.enterpriseId,
        isEnterpriseInstall: query.isEnterpriseInstall,
      });
      if (!found)
        throw new Error(
          `no installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`,
        );
      return found as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await records.delete({
        teamId: query.teamId,
        enterpriseId: query.enterpriseId,
        isEnterpriseInstall: query.isEnterpriseInstall,
      });
    },
  };
}

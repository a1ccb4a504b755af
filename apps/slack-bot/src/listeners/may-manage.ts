import type { webApi } from '@slack/bolt';

/** Who may subscribe, unsubscribe or set a channel's language: any member (the default), or admins and owners. */
export type SlackManagers = 'members' | 'admins';

/**
 * Whether a user may change a channel's announcements or language: guests never (single- and
 * multi-channel guests are `is_restricted` / `is_ultra_restricted`), members unless the workspace
 * limits it to admins and owners. Needs the `users:read` scope. A failed look-up refuses: changing
 * a channel is never allowed on a guess.
 */
export async function mayManage(
  client: webApi.WebClient,
  user: string,
  managers: SlackManagers,
): Promise<'ok' | 'guest' | 'admins-only'> {
  let info: Awaited<ReturnType<webApi.WebClient['users']['info']>>['user'];
  try {
    info = (await client.users.info({ user })).user;
  } catch {
    return 'guest';
  }
  if (!info || info.is_restricted || info.is_ultra_restricted) return 'guest';
  if (managers === 'admins' && !(info.is_admin || info.is_owner || info.is_primary_owner)) return 'admins-only';
  return 'ok';
}

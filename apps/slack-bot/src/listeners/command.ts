import { ANSWER_BUDGET_MS, type DispatchPorts, dispatch, sorryText, within } from '@impress-norway/chat';
import type { App, SlashCommand, webApi } from '@slack/bolt';
import { encodeShare, languageFor, type SlackDeps } from '../deps';
import { renderBlocks, type SlackMessage } from '../render/blocks';
import { mayManage } from './may-manage';
import { slackSubscriptions } from './subscriptions';

type WebClient = webApi.WebClient;

/** Org-wide installs are stored under the enterprise: the announcer needs it to find the token. */
function enterpriseOf(command: SlashCommand): { enterpriseId?: string } {
  return command.is_enterprise_install === 'true' && command.enterprise_id
    ? { enterpriseId: command.enterprise_id }
    : {};
}

/** The ports `dispatch()` uses for one slash command: its channel, its user, this workspace's rules. */
function portsFor(command: SlashCommand, deps: SlackDeps, client: WebClient, log: (m: string) => void): DispatchPorts {
  const where = { teamId: command.team_id, channelId: command.channel_id };
  return {
    defaultLang: deps.defaultLang,
    settings: {
      language: () => languageFor(deps, where.teamId, where.channelId),
      setLanguage: (lang) => deps.settings.setLanguage({ platform: 'slack', ...where }, lang),
    },
    permissions: { mayChangeChannel: () => mayManage(client, command.user_id, deps.managers ?? 'members') },
    ...(deps.subscriptions
      ? { subscriptions: slackSubscriptions(deps.subscriptions, client, { ...where, ...enterpriseOf(command) }) }
      : {}),
    ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}),
    observe: (event) => deps.observe?.({ platform: 'slack', ...event }),
    onError: (error) => log(`impress command failed: ${error.message}`),
  };
}

async function answer(
  command: SlashCommand,
  deps: SlackDeps,
  client: WebClient,
  log: (m: string) => void,
): Promise<SlackMessage> {
  const input = { text: command.text ?? '', user: `${command.team_id}:${command.user_id}` };
  const reply = await dispatch(input, portsFor(command, deps, client, log));
  const share = reply.kind === 'error' ? undefined : encodeShare({ t: input.text, l: reply.lang });
  return renderBlocks(reply, share ? { shareValue: share } : {});
}

/** `/impress`: answers ephemerally in the ack when the answer is ready in time, else via response_url. */
export function registerCommand(app: App, deps: SlackDeps & { ackBudgetMs?: number }): void {
  app.command('/impress', async ({ command, ack, respond, logger, client }) => {
    const work = answer(command, deps, client, (m) => logger.error(m));
    // A failure is handled below; keep it from surfacing as an unhandled rejection meanwhile.
    work.catch(() => undefined);
    const quick = await within(work, deps.ackBudgetMs ?? ANSWER_BUDGET_MS).catch(() => undefined);
    if (quick) {
      await ack({ response_type: 'ephemeral', ...quick });
      return;
    }
    await ack();
    try {
      await respond({ response_type: 'ephemeral', ...(await work) });
    } catch (error) {
      logger.error(`impress command failed: ${(error as Error).message}`);
      await respond({ response_type: 'ephemeral', text: sorryText(deps.defaultLang) }).catch(() => undefined);
    }
  });
}

import { rateLimitedReply, route, subscriptionReply } from '@impress-norway/chat';
import type { App, SlashCommand, webApi } from '@slack/bolt';
import { encodeShare, languageFor, type SlackDeps } from '../deps';
import { renderBlocks, type SlackMessage } from '../render/blocks';
import { mayManage } from './may-manage';
import { subscriptions } from './subscriptions';

type WebClient = webApi.WebClient;

export const SORRY = {
  en: 'Sorry, something went wrong. Please try again in a moment.',
  nb: 'Beklager, noe gikk galt. Prøv igjen om litt.',
};

/**
 * How long the answer may take before the command is acked empty and answered through response_url
 * instead. Slack allows 3 s for the ack; answers normally take about a millisecond, so they ride in
 * the ack itself and cost no second request.
 */
export const ACK_BUDGET_MS = 1500;

async function answer(command: SlashCommand, deps: SlackDeps, client: WebClient): Promise<SlackMessage> {
  const started = performance.now();
  const lang = await languageFor(deps, command.team_id, command.channel_id);
  const seconds = () => (performance.now() - started) / 1000;
  if (deps.rateLimiter && !deps.rateLimiter.take(`${command.team_id}:${command.user_id}`)) {
    deps.observe?.({ platform: 'slack', kind: 'rate-limited', seconds: seconds() });
    return renderBlocks(rateLimitedReply(lang));
  }
  let reply = route({ text: command.text ?? '', lang });
  const changes =
    reply.effect?.type === 'set-language' || (reply.effect?.type === 'subscriptions' && reply.effect.action !== 'list');
  const allowed = changes ? await mayManage(client, command.user_id, deps.managers ?? 'members') : 'ok';
  if (allowed !== 'ok') reply = subscriptionReply({ action: 'denied', reason: allowed }, lang);
  if (reply.effect?.type === 'subscriptions') reply = await subscriptions(command, reply.effect, lang, deps, client);
  if (reply.effect?.type === 'set-language') {
    const scope = { platform: 'slack' as const, teamId: command.team_id, channelId: command.channel_id };
    await deps.settings.setLanguage(scope, reply.effect.lang);
  }
  const message = renderBlocks(reply, { shareValue: encodeShare({ t: command.text ?? '', l: lang }) });
  deps.observe?.({ platform: 'slack', kind: reply.kind, seconds: seconds() });
  return message;
}

/** The work's result if it is ready within `ms`; a budget of 0 or less never waits (always response_url). */
function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  if (ms <= 0) return Promise.resolve(undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** `/impress`: answers ephemerally in the ack when the answer is ready in time, else via response_url. */
export function registerCommand(app: App, deps: SlackDeps & { ackBudgetMs?: number }): void {
  app.command('/impress', async ({ command, ack, respond, logger, client }) => {
    const work = answer(command, deps, client);
    // A failure is handled below; keep it from surfacing as an unhandled rejection meanwhile.
    work.catch(() => undefined);
    const quick = await within(work, deps.ackBudgetMs ?? ACK_BUDGET_MS).catch(() => undefined);
    if (quick) {
      await ack({ response_type: 'ephemeral', ...quick });
      return;
    }
    await ack();
    try {
      await respond({ response_type: 'ephemeral', ...(await work) });
    } catch (error) {
      logger.error(`impress command failed: ${(error as Error).message}`);
      await respond({ response_type: 'ephemeral', text: SORRY[deps.defaultLang] }).catch(() => undefined);
    }
  });
}

import { route } from '@impress-norway/chat';
import type { App } from '@slack/bolt';
import { encodeShare, languageFor, type SlackDeps } from '../deps';
import { renderBlocks } from '../render/blocks';

export const SORRY = {
  en: 'Sorry, something went wrong. Please try again in a moment.',
  nb: 'Beklager, noe gikk galt. Prøv igjen om litt.',
};

/** `/impress`: ack at once (Slack's 3-second rule), then answer ephemerally through response_url. */
export function registerCommand(app: App, deps: SlackDeps): void {
  app.command('/impress', async ({ command, ack, respond, logger }) => {
    await ack();
    let lang: 'nb' | 'en' = deps.defaultLang;
    try {
      lang = await languageFor(deps, command.team_id, command.channel_id);
      const reply = route({ text: command.text ?? '', lang });
      if (reply.effect?.type === 'set-language') {
        await deps.settings.setLanguage(
          { platform: 'slack', teamId: command.team_id, channelId: command.channel_id },
          reply.effect.lang,
        );
      }
      const message = renderBlocks(reply, { shareValue: encodeShare({ t: command.text ?? '', l: lang }) });
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      logger.error(`impress command failed: ${(error as Error).message}`);
      await respond({ response_type: 'ephemeral', text: SORRY[lang] }).catch(() => undefined);
    }
  });
}

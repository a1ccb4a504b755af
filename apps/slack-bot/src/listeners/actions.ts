import { route, sorryText } from '@impress-norway/chat';
import type { App, BlockButtonAction } from '@slack/bolt';
import { decodeShare, encodeShare, languageFor, type SlackDeps } from '../deps';
import { ACTION_IDS, renderBlocks } from '../render/blocks';

/** Buttons: "Share in channel" posts the reply publicly; Previous/Next page through long lists. */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(ACTION_IDS.share, async ({ ack, action, respond, logger }) => {
    await ack();
    const ref = decodeShare(action.value);
    if (!ref) return;
    try {
      const reply = route({ ...(ref.a ? { action: ref.a } : { text: ref.t ?? '' }), lang: ref.l });
      const message = renderBlocks({ ...reply, visibility: 'public' });
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
      await respond({ delete_original: true });
    } catch (error) {
      logger.error(`impress share failed: ${(error as Error).message}`);
      await respond({ response_type: 'ephemeral', replace_original: false, text: sorryText(ref.l) }).catch(
        () => undefined,
      );
    }
  });

  app.action<BlockButtonAction>(
    new RegExp(`^(${ACTION_IDS['page-next']}|${ACTION_IDS['page-previous']})$`),
    async ({ ack, action, body, respond, logger }) => {
      await ack();
      const lang = await languageFor(deps, body.team?.id, body.channel?.id);
      try {
        const reply = route({ action: action.value ?? '', lang });
        await respond({
          response_type: 'ephemeral',
          replace_original: true,
          ...renderBlocks(reply, { shareValue: encodeShare({ a: action.value ?? '', l: lang }) }),
        });
      } catch (error) {
        logger.error(`impress paging failed: ${(error as Error).message}`);
      }
    },
  );
}

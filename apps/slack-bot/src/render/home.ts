import { route } from '@impress-norway/chat';
import type { KnownBlock } from '@slack/types';
import { SLACK_STRINGS } from '../strings';
import { renderBlocks } from './blocks';
import { SLACK_LIMITS } from './limits';

/**
 * The App Home tab: what the study is, the latest news and how to use `/impress`. Home tabs take up
 * to 100 blocks; the three parts share that budget.
 */
export function homeView(lang: 'nb' | 'en'): { type: 'home'; blocks: KnownBlock[] } {
  const parts = [
    route({ command: 'about', lang }),
    route({ command: 'news', query: '3', lang }),
    route({ command: 'help', lang }),
  ];
  const per = Math.floor((SLACK_LIMITS.homeBlocks - parts.length) / parts.length);
  const blocks = parts.flatMap((reply, i) => [
    ...(i > 0 ? [{ type: 'divider' } as KnownBlock] : []),
    ...renderBlocks(reply, { maxBlocks: per }).blocks,
  ]);
  const note: KnownBlock = {
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: SLACK_STRINGS.homeNote[lang],
      },
    ],
  };
  return { type: 'home', blocks: [...blocks, note].slice(0, SLACK_LIMITS.homeBlocks) };
}

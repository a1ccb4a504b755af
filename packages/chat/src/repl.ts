import { createInterface } from 'node:readline';
import type { Lang } from '@impress-norway/core';
import { renderTerminal } from './render-terminal';
import type { Reply, ReplyAction } from './reply';
import { route } from './route';

// `npm run chat`: answers exactly as the bots do, without Slack or Discord. Reads lines from stdin,
// so it also works piped: echo "hvilke sykehus deltar" | npm run chat
let lang: Lang = process.env.LANG?.startsWith('nb') || process.env.LANG?.startsWith('no') ? 'nb' : 'en';
let last: Reply | undefined;
/** What the terminal hint tells people to type, in both languages, and the button each word presses. */
const PAGE_WORDS: Record<string, ReplyAction['id'] | undefined> = {
  next: 'page-next',
  neste: 'page-next',
  previous: 'page-previous',
  forrige: 'page-previous',
};
const color = process.stdout.isTTY === true;
const interactive = process.stdin.isTTY === true;
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });

function answer(line: string): void {
  const text = line.replace(/^\/?impress\b/i, '').trim();
  const wanted = PAGE_WORDS[text.toLowerCase()];
  const paging = wanted && last?.actions.find((a) => a.id === wanted);
  const reply = paging ? route({ action: paging.value, lang }) : route({ text, lang });
  if (reply.effect?.type === 'set-language') lang = reply.effect.lang;
  last = reply;
  process.stdout.write(`${renderTerminal(reply, { color })}\n`);
}

if (interactive) {
  process.stdout.write('IMPRESS-Norway chat. Type a command (help, sites, news ...) or a question; Ctrl+D to quit.\n');
  rl.setPrompt('impress> ');
  rl.prompt();
}
rl.on('line', (line) => {
  if (line.trim()) answer(line);
  if (interactive) rl.prompt();
});
rl.on('close', () => {
  if (interactive) process.stdout.write('\n');
});

import type { Reply } from './reply';
import { STRINGS } from './strings';

const BOLD = (s: string, color: boolean) => (color ? `\u001b[1m${s}\u001b[0m` : s);
const DIM = (s: string, color: boolean) => (color ? `\u001b[2m${s}\u001b[0m` : s);

/** Removes terminal control sequences from text that is not ours (questions, feed titles). */
export function terminalSafe(text: string): string {
  return text.replace(ANSI_ESCAPE, '').replace(CONTROL, '');
}

// ESC is built from its code so the pattern stays readable.
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Draws a reply for a terminal: the same content the bots show, as text. */
export function renderTerminal(reply: Reply, options: { color?: boolean } = {}): string {
  const color = options.color ?? false;
  const out: string[] = [BOLD(terminalSafe(reply.title), color)];
  for (const s of reply.sections) {
    if (s.heading) out.push('', BOLD(terminalSafe(s.heading), color));
    if (s.text) out.push(terminalSafe(s.text));
    for (const f of s.fields ?? []) out.push(`${BOLD(terminalSafe(f.label), color)}: ${terminalSafe(f.value)}`);
    for (const i of s.items ?? []) {
      out.push(`• ${terminalSafe(i.title)}${i.meta ? DIM(` (${terminalSafe(i.meta)})`, color) : ''}`);
      if (i.text) out.push(`  ${terminalSafe(i.text)}`);
      if (i.url) out.push(`  ${i.url}`);
    }
  }
  for (const l of reply.links ?? []) out.push(`${terminalSafe(l.title)}: ${l.url ?? ''}`);
  if (reply.sources.length) {
    out.push('', BOLD(STRINGS.sources[reply.lang], color));
    for (const s of reply.sources) out.push(`  ${terminalSafe(s.publisher)}: ${s.url}`);
  }
  for (const c of reply.context) out.push(DIM(terminalSafe(c), color));
  const pages = reply.actions.filter((a) => a.id === 'page-next' || a.id === 'page-previous').map((a) => a.label);
  const hint = STRINGS.terminalPagingHint[reply.lang];
  if (pages.length) out.push(DIM(`[${pages.join(' / ')}: ${hint}]`, color));
  return `${out.join('\n')}\n`;
}

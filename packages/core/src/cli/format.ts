import type { Lang, LocalizedText } from '../schema/common';
import type { Source } from '../schema/source';
import { STRINGS } from '../strings';
import { asOfText } from '../text/format-date';

/** Picks the text in the requested language. */
export const t = (text: LocalizedText, lang: Lang): string => text[lang];

/** The "as of" line every human-readable answer ends with. */
export function asOfLine(asOf: string, lang: Lang): string {
  return `${asOfText(asOf, lang)}.`;
}

/** Source lines, one URL each, at most `max`. */
export function sourceLines(sources: readonly Source[], lang: Lang, max = 3): string[] {
  const head = STRINGS.sourcesHead[lang];
  const lines = sources.slice(0, max).map((s) => `  - ${s.publisher}: ${s.url}`);
  if (sources.length > max) lines.push(`  (+${sources.length - max})`);
  return [head, ...lines];
}

/** Wraps prose at `width` columns for terminals. */
export function wrap(text: string, width = 88, indent = ''): string {
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() && line.length + word.length + 1 > width) {
      out.push(line);
      line = indent;
    }
    line += line.trim() ? ` ${word}` : word;
  }
  if (line.trim()) out.push(line);
  return out.join('\n');
}

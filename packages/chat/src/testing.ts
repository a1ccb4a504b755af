import fc from 'fast-check';
import { toPlainText } from './build-reply';
import type { Reply } from './reply';

/** How large the generated replies may get; each renderer's test pushes past its platform's limits. */
export interface ReplySizes {
  text: number;
  sections: number;
  fields: number;
  items: number;
  context: number;
  actionValue: number;
  sources: number;
}

/**
 * Arbitrary replies for property tests of the platform renderers: any text (mentions, markup, emoji),
 * more sections, fields and items than a platform allows, and links and sources of any size.
 */
export function arbitraryReply(sizes: ReplySizes): fc.Arbitrary<Reply> {
  const text = fc.string({ maxLength: sizes.text });
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const item = fc.record({ title: text, text: maybe(text), url: maybe(fc.webUrl()), meta: maybe(text) });
  return fc
    .record({
      lang: fc.constantFrom('en' as const, 'nb' as const),
      title: text,
      sections: fc.array(
        fc.record({
          heading: maybe(text),
          text: maybe(text),
          fields: maybe(fc.array(fc.record({ label: text, value: text }), { maxLength: sizes.fields })),
          items: maybe(fc.array(item, { maxLength: sizes.items })),
        }),
        { maxLength: sizes.sections },
      ),
      links: fc.array(fc.record({ title: text, url: fc.webUrl() }), { maxLength: 5 }),
      context: fc.array(text, { maxLength: sizes.context }),
      actions: fc.array(
        fc.record({
          kind: fc.constant('page' as const),
          label: text,
          value: fc.string({ maxLength: sizes.actionValue }),
        }),
        { maxLength: 3 },
      ),
      sources: fc.array(fc.record({ id: fc.constant('s'), url: fc.webUrl(), title: text, publisher: text }), {
        maxLength: sizes.sources,
      }),
    })
    .map((r) => {
      const base = { ...r, kind: 'info' as const, visibility: 'ephemeral' as const };
      return { ...base, fallback: toPlainText(base) };
    });
}

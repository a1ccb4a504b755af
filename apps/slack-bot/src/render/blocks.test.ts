import { route } from '@impress-norway/chat';
import { arbitraryReply } from '@impress-norway/chat/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBlocks } from './blocks';
import { homeView } from './home';
import { SLACK_LIMITS } from './limits';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn';

const replyArb = arbitraryReply({
  text: 6000,
  sections: 12,
  fields: 30,
  items: 80,
  context: 20,
  actionValue: 3000,
  sources: 20,
});

interface LooseBlock {
  type: string;
  text: { text: string };
  fields?: Array<{ text: string }>;
  elements: Array<{ text: { text: string }; value: string }>;
}

function checkLimits(blocks: ReturnType<typeof renderBlocks>['blocks'], max: number = SLACK_LIMITS.blocks) {
  expect(blocks.length).toBeLessThanOrEqual(max);
  for (const b of blocks as unknown as LooseBlock[]) {
    if (b.type === 'header') expect([...b.text.text].length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (b.type === 'section') {
      if (b.text) expect([...b.text.text].length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      if (b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
        for (const f of b.fields) expect([...f.text].length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
      }
    }
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    if (b.type === 'actions') {
      expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      for (const e of b.elements) {
        expect([...e.text.text].length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect([...e.value].length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      }
    }
  }
}

describe('renderBlocks', () => {
  it('keeps any reply within every Block Kit limit', () => {
    fc.assert(
      fc.property(replyArb, fc.option(fc.string({ maxLength: 5000 }), { nil: undefined }), (reply, share) => {
        const m = renderBlocks(reply, share ? { shareValue: share } : {});
        checkLimits(m.blocks);
        expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text);
        expect(m.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('draws a reply with no words at all as a valid message: no empty header, some notification text', () => {
    const empty = {
      lang: 'en',
      title: ' ',
      sections: [],
      links: [],
      context: [],
      actions: [],
      sources: [],
      kind: 'info',
      visibility: 'ephemeral',
      fallback: '',
    } as const;
    const m = renderBlocks(empty as unknown as Parameters<typeof renderBlocks>[0]);
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.blocks.some((b) => b.type === 'header')).toBe(false);
  });

  it('never lets untrusted text ping or link', () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        const hostile = {
          ...reply,
          title: '<!here>',
          sections: [{ text: '<!channel> <@U123> <https://evil.example|x> & @everyone' }],
        };
        const json = JSON.stringify(renderBlocks(hostile).blocks);
        expect(json).not.toMatch(/<!channel>|<!here>|<@U123>|<https:\/\/evil/);
      }),
      { numRuns: 30 },
    );
  });

  it('draws real replies within limits, in both languages', () => {
    for (const lang of ['en', 'nb'] as const) {
      for (const text of [
        'help',
        'about',
        'sites',
        'drugs',
        'news 10',
        'results',
        'cohorts brca',
        'what is the dcr?',
      ]) {
        checkLimits(renderBlocks(route({ text, lang }), { shareValue: 'x' }).blocks);
      }
    }
    const home = homeView('nb');
    checkLimits(home.blocks, SLACK_LIMITS.homeBlocks);
  });
});

describe('mrkdwn escaping', () => {
  it('escapes the three control characters and only those', () => {
    expect(escapeMrkdwn("<!channel> & <@U123> We've *bold*")).toBe("&lt;!channel&gt; &amp; &lt;@U123&gt; We've *bold*");
  });

  it('makes links only from http(s) URLs and keeps labels from closing them', () => {
    expect(mrkdwnLink('https://example.org/a', 'A|B>')).toBe('<https://example.org/a|A¦B&gt;>');
    expect(mrkdwnLink('javascript:alert(1)', 'x')).toBe('x');
  });
});

import { fixedReplies } from '@impress-norway/chat/testing';
import { describe, expect, it } from 'vitest';
import { renderBlocks } from './blocks';

// Continues blocks-snapshots.test.ts (split to keep files short).
describe('renderBlocks of fixed notices', () => {
  const fixed = fixedReplies();
  it('draws an advice decline', () => {
    expect(renderBlocks(fixed.adviceDeclined)).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "text": "Talk to your doctor",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "Fixture decline text.",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "text": {
              "text": "*Fixture heading*
      Fixture general facts.",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "elements": [
              {
                "text": "Sources: <https://example.org/fixture-source|Example publisher>",
                "type": "mrkdwn",
              },
              {
                "text": "As of 2 February 2026",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
        ],
        "text": "Talk to your doctor
      Fixture decline text.

      Fixture heading
      Fixture general facts.

      Sources: https://example.org/fixture-source
      As of 2 February 2026",
      }
    `);
  });
  it('draws a public announcement without a share button', () => {
    expect(renderBlocks(fixed.announcement, { shareValue: 'share-value' })).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "text": "Fixture announcement",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "Fixture summary with &lt;@U123&gt; and **markdown**.",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "fields": [
              {
                "text": "*Date*
      4 March 2026",
                "type": "mrkdwn",
              },
            ],
            "type": "section",
          },
          {
            "text": {
              "text": "<https://example.org/fixture-news|Read more>",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "elements": [
              {
                "text": "Sources: <https://example.org/fixture-source|Example publisher>",
                "type": "mrkdwn",
              },
              {
                "text": "IMPRESS-Norway update. Not medical advice.",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
        ],
        "text": "Fixture announcement
      Fixture summary with &lt;@U123&gt; and **markdown**.
      Date: 4 March 2026
      Read more: https://example.org/fixture-news

      Sources: https://example.org/fixture-source
      IMPRESS-Norway update. Not medical advice.",
      }
    `);
  });
});

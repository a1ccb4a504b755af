import { fixedReplies } from '@impress-norway/chat/testing';
import { describe, expect, it } from 'vitest';
import { renderBlocks } from './blocks';

// The property tests beside this file check limits; these pin what fixed replies look like.
describe('renderBlocks of fixed replies', () => {
  const fixed = fixedReplies();
  it('draws a list with paging and a share button', () => {
    expect(renderBlocks(fixed.pagedList, { shareValue: 'share-value' })).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "text": "Fixture list",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "*Fixture *item* &lt;!channel&gt; @everyone*  _Meta 9_
      Text of item 9.",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "text": {
              "text": "<https://example.org/item/10|Fixture item 10>  _Meta 10_",
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
                "text": "Page 2 of 2 (10 in all)",
                "type": "mrkdwn",
              },
              {
                "text": "As of 31 January 2026",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
          {
            "elements": [
              {
                "action_id": "impress_page_previous",
                "text": {
                  "text": "Previous",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "p|sites|0|fixture",
              },
              {
                "action_id": "impress_share",
                "style": "primary",
                "text": {
                  "text": "Share in channel",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "share-value",
              },
            ],
            "type": "actions",
          },
        ],
        "text": "Fixture list
      - Fixture *item* &lt;!channel&gt; @everyone (Meta 9): Text of item 9.
      - Fixture item 10 (Meta 10) https://example.org/item/10

      Sources: https://example.org/fixture-source
      Page 2 of 2 (10 in all)
      As of 31 January 2026",
      }
    `);
  });
  it('draws an answer with sources', () => {
    expect(renderBlocks(fixed.answer, { shareValue: 'share-value' })).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "text": "Svar",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "Fixture answer text.",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "elements": [
              {
                "text": "Kilder: <https://example.org/fixture-source|Example publisher> · <https://example.org/second|Second>",
                "type": "mrkdwn",
              },
              {
                "text": "Spørsmål: fixture question?",
                "type": "mrkdwn",
              },
              {
                "text": "Per 1. februar 2026",
                "type": "mrkdwn",
              },
            ],
            "type": "context",
          },
          {
            "elements": [
              {
                "action_id": "impress_share",
                "style": "primary",
                "text": {
                  "text": "Del i kanalen",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "share-value",
              },
            ],
            "type": "actions",
          },
        ],
        "text": "Svar
      Fixture answer text.

      Kilder: https://example.org/fixture-source https://example.org/second
      Spørsmål: fixture question?
      Per 1. februar 2026",
      }
    `);
  });
});

import { fixedReplies } from '@impress-norway/chat/testing';
import { describe, expect, it } from 'vitest';
import { renderEmbeds } from './embeds';

// The property tests beside this file check limits; these pin what fixed replies look like.
describe('renderEmbeds of fixed replies', () => {
  const fixed = fixedReplies();
  it('draws a list with paging and a share button', () => {
    expect(renderEmbeds(fixed.pagedList, { shareId: 'impress:share:key' })).toMatchInlineSnapshot(`
      {
        "allowedMentions": {
          "parse": [],
        },
        "components": [
          {
            "components": [
              {
                "custom_id": "impress:page-previous:p|sites|0|fixture",
                "label": "Previous",
                "style": 2,
                "type": 2,
              },
              {
                "custom_id": "impress:share:key",
                "label": "Post publicly",
                "style": 1,
                "type": 2,
              },
            ],
            "type": 1,
          },
        ],
        "embeds": [
          {
            "color": 1914199,
            "description": "Sources: [Example publisher](https://example.org/fixture-source)",
            "fields": [
              {
                "name": "Fixture \\*item\\* <!channel> @​everyone (Meta 9)",
                "value": "Text of item 9.",
              },
              {
                "name": "Fixture item 10 (Meta 10)",
                "value": "https://example.org/item/10",
              },
            ],
            "footer": {
              "text": "Page 2 of 2 (10 in all) · As of 31 January 2026",
            },
            "title": "Fixture list",
          },
        ],
        "flags": 64,
      }
    `);
  });
  it('draws an answer with sources', () => {
    expect(renderEmbeds(fixed.answer, { shareId: 'impress:share:key' })).toMatchInlineSnapshot(`
      {
        "allowedMentions": {
          "parse": [],
        },
        "components": [
          {
            "components": [
              {
                "custom_id": "impress:share:key",
                "label": "Del offentlig",
                "style": 1,
                "type": 2,
              },
            ],
            "type": 1,
          },
        ],
        "embeds": [
          {
            "color": 1914199,
            "description": "Fixture answer text.

      Kilder: [Example publisher](https://example.org/fixture-source) · [Second](https://example.org/second)",
            "fields": [],
            "footer": {
              "text": "Spørsmål: fixture question? · Per 1. februar 2026",
            },
            "title": "Svar",
          },
        ],
        "flags": 64,
      }
    `);
  });
  it('draws an advice decline', () => {
    expect(renderEmbeds(fixed.adviceDeclined)).toMatchInlineSnapshot(`
      {
        "allowedMentions": {
          "parse": [],
        },
        "components": [],
        "embeds": [
          {
            "color": 1914199,
            "description": "Fixture decline text.

      **Fixture heading**

      Fixture general facts.

      Sources: [Example publisher](https://example.org/fixture-source)",
            "fields": [],
            "footer": {
              "text": "As of 2 February 2026",
            },
            "title": "Talk to your doctor",
          },
        ],
        "flags": 64,
      }
    `);
  });
  it('draws a public announcement without a share button', () => {
    expect(renderEmbeds(fixed.announcement, { shareId: 'impress:share:key' })).toMatchInlineSnapshot(`
      {
        "allowedMentions": {
          "parse": [],
        },
        "components": [],
        "embeds": [
          {
            "color": 1914199,
            "description": "Fixture summary with <@U123> and \\*\\*markdown\\*\\*.

      [Read more](https://example.org/fixture-news)

      Sources: [Example publisher](https://example.org/fixture-source)",
            "fields": [
              {
                "inline": true,
                "name": "Date",
                "value": "4 March 2026",
              },
            ],
            "footer": {
              "text": "IMPRESS-Norway update. Not medical advice.",
            },
            "title": "Fixture announcement",
          },
        ],
      }
    `);
  });
});

import type { Region } from '../schema/site';
import { fold } from '../text/fold';
import { wholeWords } from '../text/regexp';

/**
 * How people name each regional health authority besides its official names, folded ("vestlandet",
 * "northern norway", "i nord"). One vocabulary for the site search, the `sites` filter and `ask()`.
 */
export const REGION_WORDS: Record<Region, readonly string[]> = {
  'helse-nord': [
    'nord-norge',
    'nord norge',
    'northern norway',
    'north norway',
    'helse nord',
    'the north',
    'i nord',
    'nordnorge',
  ],
  'helse-vest': ['vestlandet', 'western norway', 'west norway', 'helse vest', 'the west', 'i vest'],
  'helse-midt-norge': [
    'midt-norge',
    'midt norge',
    'central norway',
    'mid-norway',
    'mid norway',
    'helse midt',
    'helse midt-norge',
    'trondelag',
  ],
  'helse-sor-ost': [
    'sor-ost',
    'sor ost',
    'south-east',
    'south east',
    'southeast',
    'south-eastern',
    'ostlandet',
    'eastern norway',
    'helse sor-ost',
    'sorlandet og ostlandet',
  ],
};

/** The first region whose everyday name occurs as whole words in `text` ("sykehus på Vestlandet"). */
export function regionNamedIn(text: string): Region | undefined {
  const folded = fold(text);
  return (Object.keys(REGION_WORDS) as Region[]).find((r) => wholeWords(REGION_WORDS[r]).test(folded));
}

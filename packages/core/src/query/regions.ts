import type { Region } from '../schema/site';
import { fold } from '../text/fold';
import { wholeWords } from '../text/regexp';

/**
 * How people name each regional health authority besides its official names, folded ("vestlandet",
 * "northern norway", "i nord"), and the counties each serves, old and new names (the government's
 * overview of the regional health authorities, source `regjeringen-rhf`), leaving out a county that
 * names a trust (Vestfold, Telemark, Innlandet, Østfold, Akershus, Nordland, Møre og Romsdal, Viken):
 * "Sykehuset i Vestfold" is one site, not its region. One vocabulary for the site search, the `sites`
 * filter and `ask()`.
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
    'troms',
    'finnmark',
  ],
  'helse-vest': [
    'vestlandet',
    'western norway',
    'west norway',
    'helse vest',
    'the west',
    'i vest',
    'rogaland',
    'vestland',
    'hordaland',
    'sogn og fjordane',
  ],
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
    'agder',
    'buskerud',
    'hedmark',
    'oppland',
  ],
};

/** The first region whose everyday name occurs as whole words in `text` ("sykehus på Vestlandet"). */
export function regionNamedIn(text: string): Region | undefined {
  const folded = fold(text);
  return (Object.keys(REGION_WORDS) as Region[]).find((r) => wholeWords(REGION_WORDS[r]).test(folded));
}

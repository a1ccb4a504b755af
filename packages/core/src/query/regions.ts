import type { Region } from '../schema/site';
import { fold } from '../text/fold';
import { wholeWords } from '../text/regexp';

/**
 * How people name each regional health authority besides its official names, folded ("vestlandet",
 * "northern norway", "i nord"), and the counties each serves, old and new names (the government's
 * overview of the regional health authorities, source `regjeringen-rhf`), leaving out a county that
 * names a trust (Vestfold, Telemark, Innlandet, Østfold, Akershus, Nordland, Møre og Romsdal, Viken):
 * "Sykehuset i Vestfold" is one site, not its region; and Troms, which the site search already finds
 * as a misspelt Tromsø. One vocabulary for the site search, the `sites`
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
    'vest-agder',
    'aust-agder',
    'buskerud',
    'hedmark',
    'oppland',
  ],
};

/**
 * The region whose everyday name occurs as whole words in `text` ("sykehus på Vestlandet"); of two,
 * the one with the longer name: "i Vest-Agder" is Agder (Sør-Øst), not "i vest".
 */
export function regionNamedIn(text: string): Region | undefined {
  const folded = fold(text);
  let best: { region: Region; length: number } | undefined;
  for (const region of Object.keys(REGION_WORDS) as Region[])
    for (const word of REGION_WORDS[region])
      if (word.length > (best?.length ?? 0) && wholeWords([word]).test(folded)) best = { region, length: word.length };
  return best?.region;
}

import type { Lang } from '../schema/common';
import { fold } from '../text/fold';

// Common function words that tell bokmål from English, written folded so that questions typed
// without æ, ø and å are recognised too ("hvor mange sykehus", "nar apnet studien").
const NB = new Set(
  'og i jeg det at en et den til er som pa de med han av ikke der sa var meg seg men har om vi min mitt ha hun na over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv her alle vil bli ble kunne inn nar vaere noen noe dere deres kun ja etter ned denne for deg si mot hvorfor dette disse uten hvordan hvem hvilke hvilken hvilket finnes deltar deltakende sykehus studien studie legemidler legemiddel kreft bor far mor mange koster betaler mine mitt sitt hos blir gjelder dekkes'.split(
    ' ',
  ),
);
const EN = new Set(
  'the and of to in is it that for was on are with as be at by this have from or an they which you were all we can if has more when will would there their what so who how many much does did do should my me your i about take part which hospitals drug drugs cancer study trial patients where why when get been any'.split(
    ' ',
  ),
);

/**
 * Guesses whether a question is in Norwegian bokmål or English from its function words and letters.
 * Ties and questions with no clue count as English.
 *
 * @returns `nb` or `en`.
 */
export function detectLang(text: string): Lang {
  if (/[æøå]/i.test(text)) return 'nb';
  let nb = 0;
  let en = 0;
  for (const word of fold(text).split(/[^a-z0-9]+/)) {
    if (NB.has(word)) nb++;
    if (EN.has(word)) en++;
  }
  return nb > en ? 'nb' : 'en';
}

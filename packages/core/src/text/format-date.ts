import type { FuzzyDate, Lang } from '../schema/common';
import { STRINGS } from '../strings';

const MONTHS: Record<Lang, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
};

/**
 * Writes an ISO date at its own precision: `2021-04-01` is "1 April 2021" (en) or "1. april 2021" (nb),
 * `2021-04` is "April 2021", `2021` stays "2021".
 */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTHS[lang][Number(m) - 1] ?? m;
  if (!d) return `${month} ${y}`;
  return STRINGS.dayMonthYear[lang](Number(d), month, y ?? '');
}

/**
 * Writes a fuzzy date honestly: its value at its precision, a bound ("after April 2022"), or
 * "undated". Inferred dates are not marked here; callers that need it read `date.inferred`.
 */
export function formatFuzzyDate(date: FuzzyDate, lang: Lang): string {
  if (date.value) return formatIsoDate(date.value, lang);
  const after = date.notBefore ? formatIsoDate(date.notBefore, lang) : undefined;
  const before = date.notAfter ? formatIsoDate(date.notAfter, lang) : undefined;
  if (after && before) return STRINGS.between[lang](after, before);
  if (after) return STRINGS.after[lang](after);
  if (before) return STRINGS.before[lang](before);
  return STRINGS.undated[lang];
}

/** The "as of" line every answer carries: "As of 26 June 2025" / "Per 26. juni 2025". */
export function asOfText(asOf: string, lang: Lang): string {
  return `${STRINGS.asOf[lang]} ${formatIsoDate(asOf, lang)}`;
}

import { dataset, drugLabel, fold, type Lang, siteName } from '@impress-norway/core';
import type { Suggest } from './commands';

/** One autocomplete choice: what the user sees and what is sent back. */
export interface Suggestion {
  name: string;
  value: string;
}

/** Gene and target names to suggest: the content's gene symbols and the study drugs' targets, each once. */
function genes(): string[] {
  const d = dataset();
  const names = [...d.genes.map((g) => g.symbol), ...d.drugs.flatMap((x) => x.targets)];
  return [...new Map(names.map((n) => [fold(n), n])).values()];
}

function candidates(kind: Suggest, lang: Lang): Suggestion[] {
  const d = dataset();
  switch (kind) {
    case 'cohort':
      return [
        ...d.cohorts.map((c) => ({ name: c.name[lang], value: c.biomarkerId })),
        ...genes().map((g) => ({ name: g, value: g })),
      ];
    case 'drug':
      return d.drugs.filter((x) => x.generic).map((x) => ({ name: drugLabel(x, lang), value: x.generic as string }));
    case 'gene':
      return genes().map((g) => ({ name: g, value: g }));
    case 'site':
      return d.sites.map((s) => ({
        name: `${siteName(s, lang)}${s.city ? `, ${s.city}` : ''}`,
        value: s.city ?? s.trustNb,
      }));
  }
}

/**
 * Suggestions for what the user has typed so far: diacritic-insensitive ("tromso" finds Tromsø),
 * prefix matches first, at most `limit` (Discord allows 25).
 */
export function suggest(kind: Suggest, typed: string, lang: Lang, limit = 25): Suggestion[] {
  const q = fold(typed.trim());
  const all = candidates(kind, lang);
  const scored = all
    .map((s) => ({ s, f: fold(s.name) }))
    .filter(({ f }) => !q || f.includes(q))
    .sort((a, b) => Number(!a.f.startsWith(q)) - Number(!b.f.startsWith(q)) || a.f.localeCompare(b.f));
  return scored.slice(0, limit).map(({ s }) => ({ name: s.name.slice(0, 100), value: s.value.slice(0, 100) }));
}

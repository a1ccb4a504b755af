import {
  CONTENT_IDS,
  dataset,
  drugLabel,
  firstSentences,
  formatFuzzyDate,
  type Lang,
  newestDate,
  news,
  REGIONS,
  results,
  searchCohorts,
  searchDrugs,
  searchSites,
  siteName,
  siteTown,
} from '@impress-norway/core';
import { buildReply, replySources } from '../build-reply';
import { paginate } from '../paging';
import type { Reply, ReplyItem } from '../reply';
import { STRINGS } from '../strings';
import type { HandlerInput } from './context';

function listReply(
  input: HandlerInput,
  command: string,
  title: string,
  items: ReplyItem[],
  extra: Omit<Partial<Reply>, 'fallback'> & Pick<Reply, 'sources'>,
): Reply {
  const { lang, query, page } = input;
  const empty = STRINGS.nothingMatches[lang](query);
  const p = paginate(items, page, command, query, lang);
  return buildReply({
    lang,
    kind: 'info',
    title,
    sections: [items.length ? { items: p.items } : { text: empty }, ...(extra.sections ?? [])],
    context: [...p.position, ...(extra.context ?? [])],
    actions: p.actions,
    page: p.page,
    sources: extra.sources,
    ...(extra.asOf ? { asOf: extra.asOf } : {}),
  });
}

const gapText = (id: string, lang: Lang) => dataset().gaps.find((g) => g.id === id)?.text[lang];

/** `cohorts [query]`: documented cohorts, by gene, biomarker, drug or tumour type. */
export function cohortsReply(input: HandlerInput): Reply {
  const { lang, query } = input;
  const found = searchCohorts(query);
  const items = found.map((c) => ({
    title: c.name[lang],
    meta: `${(c.kind === 'expansion' ? STRINGS.expansionCohort : STRINGS.cohort)[lang]}, ${c.status.value}`,
    text: firstSentences(c.description[lang], 1),
  }));
  const gap = gapText(CONTENT_IDS.gaps.cohortList, lang);
  return listReply(input, 'cohorts', STRINGS.cohortsTitle[lang], items, {
    sections: gap ? [{ text: gap }] : [],
    sources: replySources([
      ...found.map((c) => c.sources),
      dataset().gaps.find((g) => g.id === CONTENT_IDS.gaps.cohortList)?.sources ?? [],
    ]),
    asOf: newestDate(found.map((c) => c.asOf)) ?? dataset().meta.sourcesCheckedOn,
  });
}

/** `drugs [query]`: study drugs by name, target gene or company. */
export function drugsReply(input: HandlerInput): Reply {
  const { lang, query } = input;
  const partners = new Map(dataset().partners.map((p) => [p.id, p.company]));
  const found = searchDrugs(query);
  const items = found.map((d) => ({
    title: drugLabel(d, lang),
    meta:
      [d.partnerId ? partners.get(d.partnerId) : undefined, d.targets.join(', ') || undefined]
        .filter(Boolean)
        .join(' · ') || undefined,
    text: d.generic ? d.drugClass[lang] : undefined,
  }));
  const counts = dataset().facts.find((f) => f.id === CONTENT_IDS.facts.drugCounts);
  return listReply(input, 'drugs', STRINGS.drugsTitle[lang], items, {
    context: counts ? [firstSentences(counts.text[lang], 2)] : [],
    sources: replySources([...found.map((d) => d.sources), counts?.sources ?? []]),
    asOf: counts?.asOf ?? dataset().meta.sourcesCheckedOn,
  });
}

/** `sites [query]`: hospital trusts by name, town or health region (any of its names). */
export function sitesReply(input: HandlerInput): Reply {
  const { lang, query } = input;
  const found = searchSites(query);
  const items = found.map((s) => ({
    title: siteName(s, lang),
    meta: `${siteTown(s, lang)} · ${REGIONS[s.region].nb}`,
  }));
  const count = dataset().disputed.find((d) => d.id === CONTENT_IDS.disputed.siteCount);
  return listReply(input, 'sites', STRINGS.sitesTitle[lang], items, {
    context: [STRINGS.sitesNote[lang]],
    sources: replySources([...found.slice(0, 3).map((s) => s.sources), count?.sources ?? []]),
    asOf: dataset().meta.sourcesCheckedOn,
  });
}

/** `news [n]`: the newest news items. */
export function newsReply(input: HandlerInput): Reply {
  const { lang, query } = input;
  const n = Math.min(10, Math.max(1, Number.parseInt(query, 10) || 5));
  const list = news({ limit: n });
  const items = list.map((x) => ({
    title: x.title[lang],
    meta: formatFuzzyDate(x.date, lang),
    text: x.summary[lang],
    url: x.url,
  }));
  return listReply({ ...input, page: 0 }, 'news', STRINGS.newsTitle[lang], items, {
    sources: replySources(list.map((x) => x.sources)),
    asOf: newestDate(list.map((x) => x.asOf)) ?? dataset().meta.sourcesCheckedOn,
  });
}

/** `results`: the newest reported figures about IMPRESS-Norway itself. */
export function resultsReply({ lang }: HandlerInput): Reply {
  const snapshots = results()
    .filter((r) => r.impressOnly && r.figures.some((f) => f.value !== null))
    .slice(0, 3);
  return buildReply({
    lang,
    kind: 'info',
    title: STRINGS.resultsTitle[lang],
    sections: snapshots.map((r) => ({
      heading: `${r.title[lang]}`,
      text: r.figures.map((f) => f.text[lang]).join(' '),
    })),
    context: [STRINGS.resultsNote[lang]],
    sources: replySources(snapshots.map((r) => r.sources)),
    asOf: newestDate(snapshots.map((r) => r.asOf)) ?? dataset().meta.sourcesCheckedOn,
  });
}

import { CONTENT_IDS } from '../content-ids';
import { dataset } from '../data/dataset';
import { cohorts } from '../query/cohorts';
import { drugs } from '../query/drugs';
import { drugLabel, siteName, siteTown } from '../query/labels';
import { faq } from '../query/lists';
import { news } from '../query/news';
import { sites } from '../query/sites';
import { factVersions, sponsor, study } from '../query/study';
import type { Lang } from '../schema/common';
import type { NewsTag } from '../schema/news';
import { REGIONS } from '../schema/site';
import { STRINGS } from '../strings';
import { formatFuzzyDate } from '../text/format-date';
import { asOfLine, sourceLines, t, wrap } from './format';

/** What a command prints: a JSON value for `--json`, lines for people. */
export interface CommandOutput {
  json: unknown;
  text: string[];
}

/** Parsed options shared by every command. */
export interface CommandOptions {
  lang: Lang;
  flags: Record<string, string | undefined>;
}

export function aboutCommand({ lang }: CommandOptions): CommandOutput {
  const s = study();
  const org = sponsor();
  const status = factVersions(CONTENT_IDS.disputed.recruitmentStatus)?.newest;
  const siteCount = factVersions(CONTENT_IDS.disputed.siteCount)?.newest;
  const text = [
    `${s.name} (${s.identifiers.nct}, EudraCT ${s.identifiers.eudract})`,
    s.officialTitle,
    '',
    wrap(t(s.summary, lang)),
    '',
    `${STRINGS.sponsor[lang]}: ${t(org.name, lang)}`,
    `${STRINGS.phase[lang]}: ${t(s.phase, lang)}`,
    `${STRINGS.design[lang]}: ${s.design.map((d) => t(d, lang)).join('; ')}`,
    status
      ? `${STRINGS.recruitmentNewest[lang]}: ${t(status.value, lang)} (${formatFuzzyDate(status.date, lang)})`
      : '',
    siteCount ? `${STRINGS.sitesNewest[lang]}: ${t(siteCount.value, lang)}` : '',
    `${STRINGS.plannedEnd[lang]}: ${formatFuzzyDate(s.plannedEnd, lang)}`,
    '',
    ...sourceLines(s.sources, lang),
    asOfLine(s.asOf, lang),
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '');
  return { json: s, text };
}

export function cohortsCommand({ lang, flags }: CommandOptions): CommandOutput {
  const list = cohorts({ gene: flags.gene, biomarker: flags.biomarker, tumour: flags.tumour, drug: flags.drug });
  const text = list.flatMap((c) => [
    `* ${t(c.name, lang)} [${c.kind}, ${c.status.value}]`,
    wrap(t(c.description, lang), 88, '  '),
    `  ${asOfLine(c.asOf, lang)}`,
  ]);
  const gap = dataset().gaps.find((g) => g.id === CONTENT_IDS.gaps.cohortList);
  if (gap) text.push('', wrap(t(gap.text, lang)));
  return { json: list, text };
}

export function drugsCommand({ lang, flags }: CommandOptions): CommandOutput {
  const list = drugs({ target: flags.target, company: flags.company });
  const partners = new Map(dataset().partners.map((p) => [p.id, p.company]));
  const text = list.map((d) => {
    const name = drugLabel(d, lang);
    const company = d.partnerId ? ` - ${partners.get(d.partnerId)}` : '';
    const targets = d.targets.length ? ` [${d.targets.join(', ')}]` : '';
    return `* ${name}${company}${targets}`;
  });
  const note = dataset().facts.find((f) => f.id === CONTENT_IDS.facts.drugCounts);
  if (note) text.push('', wrap(t(note.text, lang)), asOfLine(note.asOf, lang));
  return { json: list, text };
}

export function sitesCommand({ lang, flags }: CommandOptions): CommandOutput {
  const list = sites({ region: flags.region, city: flags.city });
  const text = list.map((s) => `* ${siteName(s, lang)} - ${siteTown(s, lang)} (${REGIONS[s.region].nb})`);
  const count = factVersions(CONTENT_IDS.disputed.siteCount)?.newest;
  if (count)
    text.push('', `${STRINGS.newestCountLabel[lang]}: ${t(count.value, lang)} (${formatFuzzyDate(count.date, lang)})`);
  text.push(asOfLine(dataset().meta.sourcesCheckedOn, lang));
  return { json: list, text };
}

export function newsCommand({ lang, flags }: CommandOptions): CommandOutput {
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  const list = news({ since: flags.since, tag: flags.tag as NewsTag | undefined, limit });
  const text = list.flatMap((n) => [`* ${formatFuzzyDate(n.date, lang)}: ${t(n.title, lang)}`, `  ${n.url}`]);
  return { json: list, text };
}

export function faqCommand({ lang }: CommandOptions): CommandOutput {
  const list = faq();
  const text = list.flatMap((f) => [`Q: ${t(f.question, lang)}`, wrap(t(f.answer, lang), 88, '   '), '']);
  return { json: list, text };
}

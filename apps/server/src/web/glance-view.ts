import { formatFuzzyDate, type Lang, type Source, type StudyOverview } from '@impress-norway/core';
import { esc, link, section, sourceList } from './html';
import { STRINGS } from './strings';

const sourcesOf = (items: readonly { sources: readonly Source[] }[]): Source[] => items.flatMap((i) => i.sources);

/** The study at a glance, all from core's `studyOverview()`: nothing here is a fact of its own. */
export function renderGlance(o: StudyOverview, lang: Lang): string {
  const t = STRINGS[lang];
  const { study, sponsor } = o;
  const ids = study.identifiers;
  const idRows = [
    ['ClinicalTrials.gov', esc(ids.nct)],
    ['EudraCT', esc(ids.eudract)],
    ...(ids.euCt ? [['EU CT', esc(ids.euCt)]] : []),
    [t.sponsor, sponsor.url ? link(sponsor.url, sponsor.name[lang]) : esc(sponsor.name[lang])],
  ];
  const dl = `<dl class="ids">${idRows.map(([k, v]) => `<dt>${esc(k as string)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const design = `<p>${esc(study.summary[lang])}</p><ul>${study.design.map((d) => `<li>${esc(d[lang])}</li>`).join('')}</ul><p>${esc(study.offLabelPrinciple[lang])}</p>`;
  const eligibility = `<ul>${o.eligibility.map((f) => `<li><strong>${esc(f.title[lang])}.</strong> ${esc(f.text[lang])}</li>`).join('')}</ul>`;
  const partners = `<ul class="partners">${o.partners
    .map(
      (p) =>
        `<li><strong>${esc(p.company)}</strong> (${esc(t.joined)} ${esc(formatFuzzyDate(p.joined, lang))}): ${esc(p.contribution[lang])}</li>`,
    )
    .join('')}</ul>`;
  const gaps = `<ul>${o.gaps.map((g) => `<li>${esc(g.text[lang])}</li>`).join('')}</ul>`;
  const sub = (id: string, heading: string, body: string, sources: Source[]) =>
    section(id, heading, body + sourceList(sources, t.sources), 3);
  return section(
    'glance',
    t.glanceHeading,
    [
      sub('identifiers', t.identifiers, dl, [...study.sources, ...sponsor.sources]),
      sub('design', t.design, design, study.sources),
      sub('eligibility', t.eligibility, eligibility, sourcesOf(o.eligibility)),
      sub('partners', t.partners, partners, sourcesOf(o.partners)),
      sub('gaps', t.gaps, gaps, sourcesOf(o.gaps)),
    ].join(''),
  );
}

import { drugLabel } from '../query/labels';
import { geneNames } from '../query/match';
import type { Dataset } from '../schema/dataset';
import { REGIONS } from '../schema/site';
import { STRINGS } from '../strings';
import { formatFuzzyDate } from '../text/format-date';
import { both, join, type Passage, passage } from './passage';

/** Passages of the study's sites, drugs, cohorts and partners. */
export function entityPassages(d: Dataset): Passage[] {
  const partners = new Map(d.partners.map((p) => [p.id, p]));
  const sites = d.sites.map((s) => {
    const text = both((lang) => {
      const where = s.city ?? STRINGS.unnamedTown[lang];
      const name = { en: `${s.trust} (${s.trustNb})`, nb: s.trustNb }[lang];
      const region = REGIONS[s.region][lang];
      const head = STRINGS.sitePassage[lang](name, where, region);
      return join(head, ...s.roles.map((r) => `${r[lang]}.`), s.note?.[lang]);
    });
    const keywords = [
      s.trust,
      s.trustNb,
      s.shortName,
      s.city,
      ...s.hospitals,
      REGIONS[s.region].nb,
      REGIONS[s.region].en,
    ]
      .filter(Boolean)
      .join(' ');
    return passage('site', s, { title: { en: s.trust, nb: s.trustNb }, text, keywords });
  });
  const drugs = d.drugs.map((dr) => {
    const company = dr.partnerId ? partners.get(dr.partnerId)?.company : undefined;
    const name = dr.generic ? drugLabel(dr, 'en') : undefined;
    const text = both((lang) => {
      const from = company ? STRINGS.fromCompany[lang](company) : '';
      const head = name
        ? STRINGS.drugPassage[lang](name, dr.drugClass[lang], from)
        : STRINGS.drugClassPassage[lang](dr.drugClass[lang], from);
      const targets = dr.targets.length ? STRINGS.targets[lang](dr.targets.join(` ${STRINGS.and[lang]} `)) : undefined;
      // What the drug acts on (pharmacology, with its own source) is kept apart from what is known
      // about the drug in IMPRESS-Norway (the note).
      const acts = dr.pharmacology ? `${STRINGS.actsOn[lang]}: ${dr.pharmacology.mechanism[lang]}` : targets;
      const inStudy = dr.note ? `${STRINGS.inImpress[lang]}: ${dr.note[lang]}` : undefined;
      return join(head, acts, inStudy);
    });
    const title = name ? { en: name, nb: name } : dr.drugClass;
    const keywords = [dr.generic, dr.brand, company, ...dr.targets.flatMap((t) => geneNames(t, d.genes))]
      .filter(Boolean)
      .join(' ');
    const sources = [...dr.sources, ...(dr.pharmacology?.sources ?? [])];
    return passage('drug', { ...dr, sources }, { title, text, keywords });
  });
  const cohorts = d.cohorts.map((c) => passage('cohort', c, { title: c.name, text: c.description }));
  const partnerPassages = d.partners.map((p) => {
    const text = both((lang) =>
      join(
        `${p.company}${STRINGS.joined[lang]} ${formatFuzzyDate(p.joined, lang)}.`,
        `${STRINGS.contribution[lang]}: ${p.contribution[lang]}`,
      ),
    );
    const keywords = [p.company, ...p.aliases, 'company selskap'].join(' ');
    return passage('partner', p, { title: { en: p.company, nb: p.company }, text, keywords });
  });
  return [...sites, ...drugs, ...cohorts, ...partnerPassages];
}

/** Passages of the study's funding, publications, results, news, related trials, organisations and people. */
export function recordPassages(d: Dataset): Passage[] {
  const funding = d.funding.map((f) =>
    passage('funding', f, {
      title: f.title,
      text: both((l) => join(`${f.title[l]}.`, f.description[l])),
      keywords: `${f.funder.en} ${f.funder.nb} funding finansiering`,
      prior: f.directToTrial ? 1 : 0.75,
    }),
  );
  const publications = d.publications.map((p) =>
    passage('publication', p, {
      title: { en: p.title, nb: p.title },
      // The identifiers are in the text, not only the keywords: "the DOI of the protocol paper" must
      // get the DOI in its answer.
      text: both((l) =>
        join(p.citation, `${p.journal}, ${formatFuzzyDate(p.published, l)}.`, identifiers(p), p.summary[l]),
      ),
      keywords: [p.journal, p.doi, p.pmid, p.pmcid, 'doi pubmed pmid pmc pmcid'].filter(Boolean).join(' '),
    }),
  );
  // A result snapshot has several figures: each is its own passage, `figure:resultId:figureId`.
  const figures = d.results.flatMap((r) =>
    r.figures.map((fig) =>
      passage(
        'figure',
        { ...r, id: `${r.id}:${fig.id}` },
        {
          title: r.title,
          text: both((l) =>
            join(fig.text[l], fig.definition?.[l], `(${r.title[l]})`, r.impressOnly ? undefined : r.note?.[l]),
          ),
          keywords: 'results resultater figures tall',
          known: fig.value === null && /not given|cut off/.test(fig.text.en) ? 'no' : 'yes',
        },
      ),
    ),
  );
  const news = d.news.map((n) =>
    passage('news', n, {
      title: n.title,
      text: both((l) => `${formatFuzzyDate(n.date, l)}: ${n.title[l]}. ${n.summary[l]}`),
      keywords: `${n.publisher} ${n.tags.join(' ')}`,
    }),
  );
  const related = d.relatedTrials.flatMap((t) => {
    const head = `${t.name}${t.fullName ? ` (${t.fullName})` : ''}`;
    const keywords = [t.name, t.fullName, t.lead, t.country, t.registryId].filter(Boolean).join(' ');
    const main = passage('related', t, {
      title: { en: t.name, nb: t.name },
      text: both((l) => join(`${head}:`, t.relation[l], trialIdentity(t, l))),
      keywords,
    });
    // Each fact of a related trial is its own passage, so that the fifth fact can be found and shown.
    const facts = t.facts.map((f, i) =>
      passage(
        'related',
        { id: `${t.id}:${i + 1}`, sources: f.sources, asOf: f.asOf ?? t.asOf },
        {
          title: { en: t.name, nb: t.name },
          text: both((l) => `${t.name}: ${f.text[l]}`),
          keywords,
        },
      ),
    );
    return [main, ...facts];
  });
  const organisations = d.organisations.map((o) =>
    passage('organisation', o, {
      title: o.name,
      text: both((l) => `${o.name[l]}: ${o.role[l]}`),
      keywords: o.shortName ?? '',
    }),
  );
  const people = d.people.map((p) =>
    passage('person', p, {
      title: { en: p.name, nb: p.name },
      text: both((l) => `${p.name}: ${p.roles.map((r) => r.role[l]).join('; ')}.`),
      keywords: p.name,
    }),
  );
  return [...funding, ...publications, ...figures, ...news, ...related, ...organisations, ...people];
}

function identifiers(p: Dataset['publications'][number]): string | undefined {
  const ids = [p.doi && `DOI ${p.doi}`, p.pmid && `PMID ${p.pmid}`, p.pmcid && `PMCID ${p.pmcid}`].filter(Boolean);
  return ids.length ? `${ids.join('; ')}.` : undefined;
}

function trialIdentity(t: Dataset['relatedTrials'][number], l: 'en' | 'nb'): string | undefined {
  const parts = [
    t.lead && `${l === 'en' ? 'Led by' : 'Ledes av'} ${t.lead}`,
    t.registryId && `${l === 'en' ? 'registry number' : 'registernummer'} ${t.registryId}`,
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

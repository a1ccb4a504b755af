import { CONTENT_IDS } from '../content-ids';
import { dataset } from '../data/dataset';
import { factVersions, sponsor } from '../query/study';
import type { Dataset } from '../schema/dataset';
import { REGIONS } from '../schema/site';
import { fold } from '../text/fold';

/** A FHIR R4 ResearchStudy resource, as plain JSON. */
export interface FhirResearchStudy {
  resourceType: 'ResearchStudy';
  id: string;
  [key: string]: unknown;
}

/** Maps the newest recruitment status version to a FHIR R4 ResearchStudy status code. */
function fhirStatus(data: Dataset): string {
  const newest = factVersions(CONTENT_IDS.disputed.recruitmentStatus, data)?.newest.value.en ?? '';
  if (fold(newest).startsWith('not recruiting')) return 'closed-to-accrual';
  return fold(newest).startsWith('recruiting') ? 'active' : 'in-review';
}

/**
 * The study as a FHIR R4 ResearchStudy resource, with identifiers, phase, status, sponsor,
 * principal investigator, period and the sponsor's contained Organization.
 *
 * @see https://hl7.org/fhir/R4/researchstudy.html
 */
export function toFhirResearchStudy(data: Dataset = dataset()): FhirResearchStudy {
  const s = data.study;
  const org = sponsor(data);
  const pi = data.people.find((p) => p.roles.some((r) => r.kind === 'principal-investigator' && r.inStudy));
  const opened = s.milestones.find((m) => m.id === CONTENT_IDS.milestones.opened)?.date.value;
  return {
    resourceType: 'ResearchStudy',
    id: s.id,
    meta: { lastUpdated: `${data.meta.sourcesCheckedOn}T00:00:00Z` },
    contained: [
      {
        resourceType: 'Organization',
        id: 'sponsor',
        name: org.name.en,
        alias: [org.name.nb, org.shortName].filter(Boolean),
      },
      ...(pi ? [{ resourceType: 'Practitioner', id: 'pi', name: [{ text: pi.name }] }] : []),
    ],
    identifier: [
      { use: 'official', system: 'https://clinicaltrials.gov', value: s.identifiers.nct },
      { use: 'secondary', system: 'https://www.clinicaltrialsregister.eu', value: s.identifiers.eudract },
    ],
    title: s.officialTitle,
    status: fhirStatus(data),
    phase: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/research-study-phase', code: 'phase-2', display: 'Phase 2' },
      ],
      text: s.phase.en,
    },
    category: s.classification.category.map((text) => ({ text })),
    keyword: s.classification.keywords.map((text) => ({ text })),
    condition: [{ text: s.classification.condition }],
    description: s.summary.en,
    location: [{ coding: [{ system: 'urn:iso:std:iso:3166', code: 'NO', display: 'Norway' }] }],
    ...(opened ? { period: { start: opened, ...(s.plannedEnd.value ? { end: s.plannedEnd.value } : {}) } } : {}),
    sponsor: { reference: '#sponsor', display: org.name.en },
    ...(pi ? { principalInvestigator: { reference: '#pi', display: pi.name } } : {}),
    site: data.sites.map((site) => ({ display: `${site.trust} (${site.city ?? REGIONS[site.region].nb})` })),
    relatedArtifact: data.publications
      .filter((p) => p.doi)
      .map((p) => ({ type: 'citation', display: p.title, citation: p.citation, url: `https://doi.org/${p.doi}` })),
  };
}

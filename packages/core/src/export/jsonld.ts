import { CONTENT_IDS } from '../content-ids';
import { dataset } from '../data/dataset';
import { factVersions, sponsor } from '../query/study';
import type { Dataset } from '../schema/dataset';
import { fold } from '../text/fold';

/** A schema.org MedicalTrial as a JSON-LD document. */
export interface JsonLdMedicalTrial {
  '@context': 'https://schema.org';
  '@type': 'MedicalTrial';
  [key: string]: unknown;
}

/**
 * The study as a schema.org MedicalTrial in JSON-LD, for embedding in web pages.
 *
 * @see https://schema.org/MedicalTrial
 */
export function toJsonLd(data: Dataset = dataset()): JsonLdMedicalTrial {
  const s = data.study;
  const org = sponsor(data);
  const status = fold(factVersions(CONTENT_IDS.disputed.recruitmentStatus, data)?.newest.value.en ?? '');
  const opened = s.milestones.find((m) => m.id === CONTENT_IDS.milestones.opened)?.date.value;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalTrial',
    '@id': s.websites[0]?.url,
    name: s.name,
    alternateName: s.officialTitle,
    description: s.summary.en,
    url: s.websites[0]?.url,
    identifier: [
      { '@type': 'PropertyValue', propertyID: 'ClinicalTrials.gov', value: s.identifiers.nct },
      { '@type': 'PropertyValue', propertyID: 'EudraCT', value: s.identifiers.eudract },
    ],
    phase: s.phase.en,
    trialDesign: ['https://schema.org/OpenTrial', 'https://schema.org/MultiCenterTrial'],
    status: status.startsWith('recruiting')
      ? 'https://schema.org/Recruiting'
      : 'https://schema.org/ActiveNotRecruiting',
    healthCondition: { '@type': 'MedicalCondition', name: 'Advanced cancer with a targetable molecular alteration' },
    sponsor: { '@type': 'Organization', name: org.name.en, alternateName: org.name.nb },
    ...(opened ? { startDate: opened } : {}),
    studyLocation: data.sites.map((site) => ({
      '@type': 'Hospital',
      name: site.trust,
      ...(site.city ? { address: { '@type': 'PostalAddress', addressLocality: site.city, addressCountry: 'NO' } } : {}),
    })),
    dateModified: data.meta.sourcesCheckedOn,
    inLanguage: ['en', 'nb'],
  };
}

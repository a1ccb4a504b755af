import { describe, expect, it } from 'vitest';
import { toFhirResearchStudy } from './fhir';
import { toJsonLd } from './jsonld';

const FHIR_STATUS = [
  'active',
  'administratively-completed',
  'approved',
  'closed-to-accrual',
  'closed-to-accrual-and-intervention',
  'completed',
  'disapproved',
  'in-review',
  'temporarily-closed-to-accrual',
  'temporarily-closed-to-accrual-and-intervention',
  'withdrawn',
];

describe('toFhirResearchStudy', () => {
  const fhir = JSON.parse(JSON.stringify(toFhirResearchStudy()));

  it('has the required R4 fields with valid codes', () => {
    expect(fhir.resourceType).toBe('ResearchStudy');
    expect(FHIR_STATUS).toContain(fhir.status);
    expect(fhir.status).toBe('active');
    expect(fhir.phase.coding[0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/research-study-phase',
      code: 'phase-2',
    });
  });

  it('carries identifiers, sponsor, period and sites', () => {
    expect(fhir.identifier.map((i: { value: string }) => i.value)).toEqual(['NCT04817956', '2020-004414-35']);
    expect(fhir.sponsor.reference).toBe('#sponsor');
    expect(fhir.contained.find((c: { id: string }) => c.id === 'sponsor').name).toBe('Oslo University Hospital');
    expect(fhir.period).toEqual({ start: '2021-04-01', end: '2045-04-30' });
    expect(fhir.site.length).toBeGreaterThanOrEqual(17);
  });
});

describe('toJsonLd', () => {
  const ld = JSON.parse(JSON.stringify(toJsonLd()));

  it('is a schema.org MedicalTrial with name, identifiers and sponsor', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('MedicalTrial');
    expect(ld.name).toBe('IMPRESS-Norway');
    expect(ld.identifier[0]).toEqual({
      '@type': 'PropertyValue',
      propertyID: 'ClinicalTrials.gov',
      value: 'NCT04817956',
    });
    expect(ld.sponsor['@type']).toBe('Organization');
    expect(ld.status).toBe('https://schema.org/Recruiting');
  });
});

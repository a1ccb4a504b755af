import { describe, expect, it } from 'vitest';
import { expandSynonyms } from './synonyms';

describe('synonyms', () => {
  it('expand clinical shorthand into the words the content uses, in both languages', () => {
    expect(expandSynonyms('CrCl limit?').flat()).toContain('creatinine clearance');
    expect(expandSynonyms('hvilken hb kreves da').flat()).toContain('haemoglobin');
    expect(expandSynonyms('any CRC pts?').flat()).toContain('kolorektal');
    expect(expandSynonyms('nsclc cohorts').flat()).toContain('lungekreft');
  });

  it('take running or being in charge of the study for its sponsor, in both languages', () => {
    expect(expandSynonyms('which hospital is in charge of the trial').flat()).toContain('sponsor');
    expect(expandSynonyms('hvem har ansvaret for studien egentlig').flat()).toContain('oppdragsgiver');
  });

  it('leave a question alone that has none of them', () => {
    expect(expandSynonyms('what is the weather like')).toEqual([]);
  });
});

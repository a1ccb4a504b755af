import { describe, expect, it } from 'vitest';
import { regionNamedIn } from '../query/regions';
import { ask } from './ask';
import { askedSentence } from './classify/asked';

// Cases an independent review of the asked-sentence focus found; each failed on its first version.
describe('a question of several sentences', () => {
  it('is split at sentence ends, not after an abbreviation, and a short "Why?" asks nothing alone', () => {
    expect(askedSentence('Is Dr. Helland in charge of it? My mum asked.')).toBe('Is Dr. Helland in charge of it?');
    expect(askedSentence('My mum has BRCA. Why? Nobody knows. Which cohort is for BRCA')).toBeUndefined();
    expect(ask('My mum has BRCA. Why? Nobody knows. Which cohort is for BRCA').text).toContain('olaparib');
  });

  it('keeps what only the context names: a hospital, a gene, a place', () => {
    expect(ask('My mum is treated at Ahus. Is that hospital in the study?').text).toContain('Akershus');
    expect(ask('I have a BRAF mutation. Is there a cohort for it?').text).toContain('BRAF');
    expect(ask('We live in Troms. which hospitals take part?').text).toContain('Tromsø');
  });

  it('is out of scope when the asked sentence is, whatever the context names', () => {
    expect(ask('I heard about IMPRESS on the radio. Where is the nearest McDonalds?').kind).toBe('no-answer');
  });

  it('is about the study when the asked sentence points back to it', () => {
    const q = "My aunt's surgeon brought up IMPRESS-Norway after her sarcoma came back. What sort of trial is that?";
    expect(ask(q).kind).toBe('answer');
  });

  it('is still advice when the context wants a switch, was refused, or is medical', () => {
    for (const q of [
      'Is lorlatinib one of the study drugs? My dad wants it instead of his chemo.',
      'Is entrectinib tested in the study? My son has NTRK and his doctor said no to it.',
      'will travelling to Oslo for treatment be too hard on him after surgery',
      'can my mum get a new biopsy even though her platelets are low',
    ])
      expect(ask(q).kind, q).toBe('advice-declined');
  });

  it('asks a rule when it asks about "a patient on" a drug, where someone lives or how long the study runs', () => {
    for (const q of [
      'Is a patient on olaparib allowed to join another trial?',
      'mamma bor i Bodø. må hun betale noe for å være med?',
      'how long will the study run? my dad wonders',
    ])
      expect(ask(q).kind, q).toBe('answer');
  });
});

describe('regionNamedIn', () => {
  it('takes the longest name: "i Vest-Agder" is Agder, not "i vest"', () => {
    expect(regionNamedIn('sykehus i Vest-Agder')).toBe('helse-sor-ost');
  });
});

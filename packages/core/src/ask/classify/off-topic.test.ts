import { describe, expect, it } from 'vitest';
import { explain } from '../ask';
import { isOffTopic } from './off-topic';

describe('off-topic hospital matters', () => {
  it('are parking, visiting, dogs, transport stops, pay and vacancies, in both languages and without æøå', () => {
    for (const q of [
      'can relatives park for free outside Haukeland',
      'besøkstid på kreftavdelingen ved St. Olavs?',
      'is there a cafeteria open late at UNN Tromsø',
      'kan jeg ta med hunden når jeg besøker pappa på Ahus',
      'how far is it from the train station to Kalnes',
      'hva er lonnen for en studiesykepleier pa Radiumhospitalet',
      'are there any vacancies for oncologists at Sørlandet sykehus',
      'ledige stillinger ved Helse Bergen?',
      'what does a pack of Lynparza cost at the pharmacy',
      'hva koster selpercatinib i måneden uten studien',
    ])
      expect(isOffTopic(q), q).toBe(true);
  });

  it('leave the study’s own costs, sites and staff in scope', () => {
    for (const q of [
      'koster det noe å delta i IMPRESS',
      'who pays for the drugs in an expansion cohort',
      'do patients pay anything for the gene test',
      'hva koster studien for staten',
      // Near misses: a PET scan, Parkinson's disease, a taxi to a study visit (a travel refund), the
      // study's own hiring, how much a drug helps, and what a drug in the study costs a patient.
      'Is a PET scan needed before joining the study',
      'kan pasienter med Parkinson være med i studien',
      'does the study pay for a taxi to the hospital for participants',
      'is impress hiring study nurses',
      'how much does olaparib shrink tumours in the study',
      'how much does the study drug cost for patients',
      'hva koster legemidlene i studien for pasienten',
      'who earns money on the study drugs',
      'jobber som lege på Haukeland, hvordan henviser jeg',
      'is Kalnes one of the study sites',
      'how many hospitals are in it now',
    ])
      expect(isOffTopic(q), q).toBe(false);
  });

  it('get the out-of-scope reply even when they name a study site, and the trace says why', () => {
    const parked = explain('parking at Sørlandet sykehus Kristiansand, is it free for patients?', { lang: 'en' });
    expect(parked.answer.kind).toBe('no-answer');
    expect(parked.trace.offTopic).toBe(true);
    const pay = explain('hva tjener en onkolog ved Helse Fonna i året', { lang: 'nb' });
    expect(pay.answer.kind).toBe('no-answer');
    const price = explain('how much does olaparib cost without the study', { lang: 'en' });
    expect(price.answer.kind).toBe('no-answer');
    const site = explain('er Sørlandet sykehus med i studien?', { lang: 'nb' });
    expect(site.answer.kind).toBe('answer');
    expect(site.trace.offTopic).toBeUndefined();
  });
});

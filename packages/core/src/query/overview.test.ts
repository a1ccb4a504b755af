import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { studyOverview } from './overview';

describe('studyOverview', () => {
  const o = studyOverview();

  it('names the sponsor the study record points to', () => {
    expect(o.sponsor.id).toBe(o.study.sponsorId);
  });

  it('takes who can take part from the eligibility facts only, and every partner and gap', () => {
    const data = dataset();
    expect(o.eligibility.map((f) => f.id)).toEqual(
      data.facts.filter((f) => f.topic === 'eligibility').map((f) => f.id),
    );
    expect(o.eligibility.length).toBeGreaterThan(0);
    expect(o.partners).toEqual(data.partners);
    expect(o.gaps).toEqual(data.gaps);
  });
});

import { describe, expect, it } from 'vitest';
import { ask } from './ask';

describe('a question about another trial by its name', () => {
  it("is not answered with IMPRESS's own facts", () => {
    // The other words ("registry number", "principal investigator") find IMPRESS's own passages.
    expect(ask("What is MEGALiT's registry number?").kind).toBe('no-answer');
    expect(ask('who is the principal investigator of FINPROVE').kind).toBe('no-answer');
  });

  it('is answered from that trial, and a trial named only by its country is no such question', () => {
    expect(ask('What is MEGALiT?').text).toContain('MEGALiT');
    expect(ask('DRUP, hva er det en forkortelse for').text).toContain('Drug Rediscovery Protocol');
    expect(ask('Can Danish patients join?').kind).toBe('answer');
  });
});

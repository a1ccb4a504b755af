import { describe, expect, it } from 'vitest';
import { explain } from '../ask/ask';
import { TIE_MARGIN } from '../ask/from-hits';
import { formatExplained } from './ask-command';

describe('impress ask --explain', () => {
  it('says whether a rule, a personal dose or prognosis, or the model declined, and shows the passages', () => {
    const personal = explain('how long do I have left with this cancer');
    expect(formatExplained(personal.answer, personal.trace)).toMatch(/personal dose, prognosis or symptoms true/);
    const facts = explain('Who is the sponsor of IMPRESS-Norway?');
    const text = formatExplained(facts.answer, facts.trace);
    expect(text).toMatch(/^advice: no \(rule false; personal dose, prognosis or symptoms false/m);
    expect(text).toMatch(/^scope: model/m);
    expect(text).toMatch(/^entities: none$/m);
    const named = explain('what does the danish sister trial do');
    expect(formatExplained(named.answer, named.trace)).toMatch(/^entities: .*related:protarget/m);
    expect(text).toContain(`(under ${TIE_MARGIN} the two best are both shown)`);
    expect(text).toMatch(/^ {2}reranker margin \d+\.\d\d \(under [\d.]+ the two best are both shown\)$/m);
    expect(text).toMatch(
      /^ {2}nearest example questions: 0\.\d{3} out of scope \(closest out \d\.\d{3}, in \d\.\d{3}\)$/m,
    );
    // The sponsor's own passage is among what the example questions vote for.
    expect(text).toMatch(/^ {2}example questions vote for: fact:sponsor /m);
  });
});

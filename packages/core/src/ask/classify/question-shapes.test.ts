import { describe, expect, it } from 'vitest';
import { whOf } from './question-shapes';

describe('question words', () => {
  it('tell "hvor" (where) from "hvor mange" (how many) and "how" from "how long", in both languages', () => {
    expect(whOf('where is the biopsy analysed')).toEqual(['where']);
    expect(whOf('hvor blir vevet sekvensert')).toEqual(['where']);
    expect(whOf('hvor mange pasienter er med')).toEqual(['how-many']);
    expect(whOf('how long is the follow up')).toEqual(['how-long']);
    expect(whOf('hvem leder studien')).toEqual(['who']);
    expect(whOf('kor mange er med')).toEqual(['how-many']);
    expect(whOf('sponsor of the study')).toEqual([]);
  });
});

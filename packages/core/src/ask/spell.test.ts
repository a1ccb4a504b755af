import { describe, expect, it } from 'vitest';
import { Speller } from './spell';

const speller = new Speller(['Participating hospitals and a positive cohort in northern Norway']);

describe('the speller', () => {
  it('corrects one typo, and two in a long word', () => {
    expect(speller.correct('hospitls')).toBe('hospitals');
    expect(speller.correct('partisipatin')).toBe('participating');
  });

  it('leaves a real word of eight letters alone when a known word is two edits away', () => {
    expect(speller.correct('position')).toBe('position');
  });
});

import { describe, expect, it } from 'vitest';
import { fold, foldEquals, foldIncludes } from './fold';
import { formatFuzzyDate, formatIsoDate } from './format-date';

describe('fold', () => {
  it('folds Norwegian letters and accents', () => {
    expect(fold('Tromsø')).toBe('tromso');
    expect(fold('Ålesund')).toBe('alesund');
    expect(fold('Bjørge Æra')).toBe('bjorge aera');
    expect(fold('Taskén')).toBe('tasken');
    expect(foldEquals('TROMSO', 'Tromsø')).toBe(true);
    expect(foldIncludes('haukeland', 'Helse Bergen (Haukeland)')).toBe(true);
  });
});

describe('formatFuzzyDate', () => {
  it('writes each precision in each language', () => {
    expect(formatIsoDate('2021-04-01', 'en')).toBe('1 April 2021');
    expect(formatIsoDate('2021-04-01', 'nb')).toBe('1. april 2021');
    expect(formatIsoDate('2021-04', 'nb')).toBe('april 2021');
    expect(formatIsoDate('2021', 'en')).toBe('2021');
  });

  it('writes bounds and unknown dates honestly', () => {
    expect(formatFuzzyDate({ precision: 'unknown', value: null }, 'en')).toBe('undated');
    expect(formatFuzzyDate({ precision: 'unknown', value: null, notBefore: '2022-04-07' }, 'nb')).toBe(
      'etter 7. april 2022',
    );
    expect(
      formatFuzzyDate({ precision: 'unknown', value: null, notBefore: '2021-01', notAfter: '2022-05' }, 'en'),
    ).toBe('between January 2021 and May 2022');
  });
});

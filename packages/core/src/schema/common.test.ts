import { describe, expect, it } from 'vitest';
import { fuzzyDateSchema, isIsoDate, localizedTextSchema, webUrlSchema } from './common';
import { organisationSchema } from './organisation';
import { sourceSchema } from './source';

describe('isIsoDate', () => {
  it('accepts day, month and year precision', () => {
    expect(isIsoDate('2021-04-01')).toBe(true);
    expect(isIsoDate('2021-04')).toBe(true);
    expect(isIsoDate('2021')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2021-13', '2021-02-30', '2023-02-29', '21-04-01', '2021/04/01', '2021-4-1', '', 'April 2021']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('fuzzyDateSchema', () => {
  it('turns a plain string into a value with its precision', () => {
    expect(fuzzyDateSchema.parse('2021-04')).toEqual({ precision: 'month', value: '2021-04' });
    expect(fuzzyDateSchema.parse('2019')).toEqual({ precision: 'year', value: '2019' });
  });

  it('keeps an undated item undated instead of inventing a day', () => {
    expect(fuzzyDateSchema.parse(null)).toEqual({ precision: 'unknown', value: null });
    expect(fuzzyDateSchema.parse({ notBefore: '2022-04-07', inferred: true })).toEqual({
      precision: 'unknown',
      value: null,
      notBefore: '2022-04-07',
      inferred: true,
    });
  });

  it('rejects a precision that does not match the value', () => {
    expect(fuzzyDateSchema.safeParse({ precision: 'day', value: '2021' }).success).toBe(false);
    expect(fuzzyDateSchema.safeParse({ precision: 'unknown', value: '2021' }).success).toBe(false);
    expect(fuzzyDateSchema.safeParse('1 April 2021').success).toBe(false);
  });
});

describe('localizedTextSchema', () => {
  it('requires both languages and no blank text', () => {
    expect(localizedTextSchema.safeParse({ en: 'Study', nb: 'Studie' }).success).toBe(true);
    expect(localizedTextSchema.safeParse({ en: 'Study' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: 'Study', nb: '   ' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: 'a', nb: 'b', nn: 'c' }).success).toBe(false);
  });
});

describe('sourceSchema', () => {
  const base = { id: 'x', title: 'T', publisher: 'P' };
  it('accepts http and https URLs only', () => {
    expect(sourceSchema.safeParse({ ...base, url: 'https://example.org/a' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, url: 'http://example.org/a' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...base, url: 'ftp://example.org' }).success).toBe(false);
  });

  it('rejects ids that are not kebab-case', () => {
    expect(sourceSchema.safeParse({ ...base, id: 'Bad Id', url: 'https://example.org' }).success).toBe(false);
  });
});

describe('links outside sources', () => {
  const org = {
    id: 'x',
    sources: [{ id: 's', url: 'https://example.org/s', title: 'T', publisher: 'P' }],
    asOf: '2025-01-01',
    name: { en: 'X', nb: 'X' },
    kind: 'company',
    role: { en: 'r', nb: 'r' },
  };
  it('an organisation URL is http(s) only, as a source URL is: it is rendered as a link', () => {
    expect(organisationSchema.safeParse({ ...org, url: 'https://example.org' }).success).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      expect(organisationSchema.safeParse({ ...org, url: bad }).success, bad).toBe(false);
      expect(webUrlSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

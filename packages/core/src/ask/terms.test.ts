import { describe, expect, it } from 'vitest';
import { crudeStem } from './terms';

describe('the crude stem', () => {
  it('gives inflected and derived Norwegian forms one stem', () => {
    expect(crudeStem('behandlingen')).toBe(crudeStem('behandlet'));
    expect(crudeStem('bevilgningen')).toBe(crudeStem('bevilget'));
    expect(crudeStem('publiseringen')).toBe(crudeStem('publisert'));
    expect(crudeStem('finansieringen')).toBe(crudeStem('finansiert'));
  });

  it('cuts no single letter the second time, and keeps four letters', () => {
    expect(crudeStem('sykehuset')).toBe('sykehus');
    expect(crudeStem('tested')).toBe('test');
    expect(crudeStem('åpning')).toBe('åpning');
  });
});

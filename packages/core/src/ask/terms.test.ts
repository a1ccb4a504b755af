import { describe, expect, it } from 'vitest';
import { crudeStem, tokenize } from './terms';

describe('the crude stem', () => {
  it('gives inflected and derived Norwegian forms one stem', () => {
    expect(crudeStem('behandlingen')).toBe(crudeStem('behandlet'));
    expect(crudeStem('bevilgningen')).toBe(crudeStem('bevilget'));
    expect(crudeStem('publiseringen')).toBe(crudeStem('publisert'));
    expect(crudeStem('finansieringen')).toBe(crudeStem('finansiert'));
  });

  it('keeps English forms together and unrelated words apart', () => {
    expect(crudeStem('screening')).toBe(crudeStem('screened'));
    expect(crudeStem('planning')).toBe(crudeStem('planned'));
    expect(crudeStem('learning')).toBe('learn');
    expect(crudeStem('marketing')).not.toBe(crudeStem('marker'));
    expect(crudeStem('mentioned')).not.toBe('ment');
  });

  it('takes no inflection the second time, and keeps four letters', () => {
    expect(crudeStem('sykehuset')).toBe('sykehus');
    expect(crudeStem('senteret')).toBe('senter');
    expect(crudeStem('tested')).toBe('test');
    expect(crudeStem('åpning')).toBe('åpning');
  });
});

describe('tokenize', () => {
  it('gives every caller of the same text the same frozen tokens, so none can change another’s', () => {
    const first = tokenize('Hvem blir med i studien på Haukeland?');
    expect(first).toEqual(['hvem', 'join', 'i', 'studien', 'pa', 'haukeland']);
    expect(tokenize('Hvem blir med i studien på Haukeland?')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

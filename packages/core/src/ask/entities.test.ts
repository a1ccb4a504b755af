import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { featureKey } from './classify/features';
import { Engine } from './engine';
import { EntityLinker } from './entities';
import { buildPassages } from './passages';

const data = dataset();
const linker = new EntityLinker(data, buildPassages(data));

describe('entity linking', () => {
  it('finds a hospital by its place, without Norwegian letters, and with one typo', () => {
    expect([...linker.link('who leads impress in tromso').ids]).toContain('site:unn');
    expect([...linker.link('hvem leder studien pa haukland').ids]).toContain('site:helse-bergen');
  });

  it('finds drugs and companies by name, and nothing in a question that names none', () => {
    expect([...linker.link('is selpercatinib available').ids]).toContain('drug:selpercatinib');
    expect([...linker.link('what did GSK bring').ids]).toContain('partner:gsk');
    expect(linker.link('when did the study start').ids.size).toBe(0);
  });

  it("finds a related trial by its country's name before a trial word, in either language", () => {
    expect([...linker.link('who runs the Swedish sister trial').ids]).toContain('related:megalit');
    expect([...linker.link('når startet den danske studien').ids]).toContain('related:protarget');
    expect([...linker.link('and is there a Finnish one too').ids]).toContain('related:finprove');
    // A country's name alone is not its trial.
    expect(linker.link('I live in Sweden, can I be treated in Norway').ids.size).toBe(0);
    expect(linker.link('Danish studies show that coffee helps').ids.size).toBe(0);
    expect([...linker.link('den hollandske studien').ids]).toContain('related:drup');
    expect([...linker.link('what is the Dutch-Nordic alliance').ids]).not.toContain('related:drup');
  });

  it('finds a person by the surname alone, accents folded', () => {
    expect([...linker.link('hva er Helland direktør for, da').ids]).toContain('person:aslaug-helland');
    expect([...linker.link('what did tasken write').ids]).toContain('person:kjetil-tasken');
  });
});

describe('the scope model', () => {
  it('sees which kind of content entity a question names, so an entity alone is evidence of scope', () => {
    const engine = new Engine(data);
    const signal = featureKey('s:names-partner');
    // The same words; only one names a partner company of the study.
    expect(engine.scopeFeatures('what does eli lilly do').get(signal)).toBe(1);
    expect(engine.scopeFeatures('what does acme corp do').has(signal)).toBe(false);
  });
});

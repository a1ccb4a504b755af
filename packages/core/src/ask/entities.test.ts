import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
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
});

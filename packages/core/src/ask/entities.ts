import type { Dataset } from '../schema/dataset';
import { fold } from '../text/fold';
import type { Passage } from './passage';
import { editDistance } from './spell';

/** One entity of the content and every name a question may use for it. */
interface Entity {
  /** The passage that is about the entity. */
  passageId: string;
  /** Folded names, aliases, abbreviations and places. */
  names: string[];
}

// Words too common to link on their own, even when they are part of a name ("Oslo" in Oslo
// University Hospital is a place, but "university" or "hospital" say nothing).
const TOO_COMMON = new Set(['hospital', 'sykehus', 'university', 'universitetssykehus', 'hf', 'health', 'helse']);
/**
 * What a question may call a related trial's country, by its ISO code, in both languages: "the
 * Danish sister trial" or "den svenske studien" is that country's trial. A country's name links only
 * before one of TRIAL_WORDS: "the Dutch-Nordic alliance" or "a Danish version of the leaflet" is not
 * about the Dutch or the Danish trial.
 */
export const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  DK: ['Denmark', 'Danish', 'Danmark', 'dansk', 'danske'],
  FI: ['Finland', 'Finnish', 'finsk', 'finske'],
  NL: ['Netherlands', 'Dutch', 'Holland', 'Nederland', 'nederlandsk', 'nederlandske', 'hollandsk', 'hollandske'],
  SE: ['Sweden', 'Swedish', 'Sverige', 'svensk', 'svenske'],
};
/**
 * Words after a country's name that make it name that country's trial ("the Finnish one"). Plurals
 * are left out: "Danish studies show ..." is about research in Denmark.
 */
const TRIAL_WORDS = [
  'trial',
  'study',
  'studie',
  'studien',
  'studiet',
  'sister',
  'søster',
  'søsterstudie',
  'søsterstudien',
  'one',
];

/** "Danish trial", "danske studien": each of a country's names before each trial word. */
const countryPhrases = (code: string | undefined) =>
  (code ? (COUNTRY_NAMES[code] ?? []) : []).flatMap((name) => TRIAL_WORDS.map((word) => `${name} ${word}`));

/** A typo of a name of at least this many letters still links (one edit). */
const FUZZY_MIN_LENGTH = 6;

const clean = (names: Array<string | null | undefined>) =>
  [
    ...new Set(
      names
        .filter((n): n is string => !!n)
        .map((n) =>
          fold(n)
            .replace(/[^a-z0-9]+/g, ' ')
            .trim(),
        ),
    ),
  ].filter((n) => n.length >= 3 && !TOO_COMMON.has(n));

/** The last word of a person's name, when it is long enough to name them alone. */
const surname = (name: string): string | undefined => {
  const last = name.trim().split(/\s+/).at(-1);
  return last && last.length >= 5 && last !== name.trim() ? last : undefined;
};

/** Every entity with names in the content: sites, drugs, partners, related trials, people, organisations. */
export function contentEntities(d: Dataset): Entity[] {
  return [
    ...d.sites.map((s) => ({
      passageId: `site:${s.id}`,
      names: clean([s.trust, s.trustNb, s.shortName, s.city, ...s.hospitals]),
    })),
    ...d.drugs.map((x) => ({ passageId: `drug:${x.id}`, names: clean([x.generic, x.brand]) })),
    ...d.partners.map((p) => ({ passageId: `partner:${p.id}`, names: clean([p.company, ...p.aliases]) })),
    ...d.relatedTrials.map((t) => ({
      passageId: `related:${t.id}`,
      names: clean([t.name, ...countryPhrases(t.country)]),
    })),
    // People by their surname too: "hva er Helland direktør for, da".
    ...d.people.map((p) => ({ passageId: `person:${p.id}`, names: clean([p.name, surname(p.name)]) })),
    ...d.organisations.map((o) => ({
      passageId: `organisation:${o.id}`,
      names: clean([o.name.en, o.name.nb, o.shortName]),
    })),
  ].filter((e) => e.names.length > 0);
}

/**
 * Links the entities a question names, by whole words (folded, so "tromso" finds Tromsø) or, for
 * long names, with one typo ("haukland" finds Haukeland). Returns the ids of their passages.
 */
export class EntityLinker {
  /** One-word names, exactly. */
  private readonly byWord = new Map<string, Entity[]>();
  /** One-word names long enough for a typo to link, by length. */
  private readonly byLength = new Map<number, Map<string, Entity[]>>();
  /** Names of several words, matched as phrases. */
  private readonly phrases: Array<{ name: string; entity: Entity }> = [];
  private readonly passageIds: string[];
  private readonly foldedText: string[];

  constructor(d: Dataset, passages: Passage[]) {
    const known = new Set(passages.map((p) => p.id));
    const entities = contentEntities(d).filter((e) => known.has(e.passageId));
    for (const entity of entities) {
      for (const name of entity.names) {
        if (name.includes(' ')) {
          this.phrases.push({ name, entity });
          continue;
        }
        this.byWord.set(name, [...(this.byWord.get(name) ?? []), entity]);
        if (name.length < FUZZY_MIN_LENGTH) continue;
        const sameLength = this.byLength.get(name.length) ?? new Map<string, Entity[]>();
        sameLength.set(name, this.byWord.get(name) ?? []);
        this.byLength.set(name.length, sameLength);
      }
    }
    this.passageIds = passages.map((p) => p.id);
    this.foldedText = passages.map(
      (p) =>
        ` ${fold(`${p.title.en} ${p.text.en} ${p.title.nb} ${p.text.nb} ${p.keywords}`).replace(/[^a-z0-9]+/g, ' ')} `,
    );
  }

  /** The weight of passage `index` for linked entities: `own` for the entity's passage, `mention` if it names one. */
  factor(index: number, linked: { ids: Set<string>; names: string[] }, own: number, mention: number): number {
    if (linked.ids.has(this.passageIds[index] ?? '')) return own;
    const text = this.foldedText[index] ?? '';
    return linked.names.some((name) => text.includes(` ${name} `)) ? mention : 1;
  }

  /** Passage ids of the entities the question names, and the names of those entities. */
  link(question: string): { ids: Set<string>; names: string[] } {
    const text = ` ${fold(question)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
    const found = new Set<Entity>();
    for (const word of text.trim().split(' ')) {
      const exact = this.byWord.get(word);
      if (exact) for (const e of exact) found.add(e);
      else if (word.length >= FUZZY_MIN_LENGTH - 1) this.fuzzy(word, found);
    }
    for (const { name, entity } of this.phrases) if (text.includes(` ${name} `)) found.add(entity);
    return { ids: new Set([...found].map((e) => e.passageId)), names: [...found].flatMap((e) => e.names) };
  }

  /** Names of at least FUZZY_MIN_LENGTH letters within one edit of the word. */
  private fuzzy(word: string, found: Set<Entity>): void {
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const [name, entities] of this.byLength.get(length) ?? []) {
        if (editDistance(word, name, 1) <= 1) for (const e of entities) found.add(e);
      }
    }
  }
}

import { CONTENT_IDS } from '../../content-ids';
import { siteName } from '../../query/labels';
import { newestDate, uniqueSources } from '../../query/merge';
import { REGION_WORDS, regionNamedIn } from '../../query/regions';
import { factVersions } from '../../query/study';
import type { Lang } from '../../schema/common';
import type { Dataset } from '../../schema/dataset';
import { REGIONS, type Site } from '../../schema/site';
import { STRINGS } from '../../strings';
import { fold } from '../../text/fold';
import { buildPassages } from '../passages';
import { HOSPITAL_SYNONYMS } from '../synonyms';
import { contentTokens, termsOf } from '../terms';
import { type Draft, hasPhrase, type Intent, listJoin } from './draft';

export const HOSPITAL_WORDS = [
  ...HOSPITAL_SYNONYMS,
  'treated',
  'behandlet',
  'behandling',
  'take part',
  'participate',
  'deltar',
  'delta',
  'med i',
];
// Inflected forms ("studiestedene", "sykehusa", "hospitals") all start with one of these.
const HOSPITAL_STEMS = ['sykehus', 'studiested', 'hospital', 'helseforetak'];
const COUNT_WORDS = ['how many', 'hvor mange', 'number of', 'antall'];
// Words that only ask whether a named hospital takes part. A question with any other content word
// ("Helland's position at OUS", "the state budget OUS mentions") is about something else, and goes
// to retrieval, which still knows the hospital from its name.
const PARTICIPATION_WORDS = new Set(
  [
    ...HOSPITAL_SYNONYMS,
    ...HOSPITAL_STEMS,
    'participate',
    'join',
    'treated',
    'treatment',
    'treat',
    'behandlet',
    'behandling',
    'behandle',
    'behandles',
    'deltar',
    'delta',
    'part',
    'member',
    'included',
    'include',
    'open',
    'apen',
    'available',
    'tilgjengelig',
    'offer',
    'offers',
    'tilbyr',
    'tilbys',
    'studiestedet',
    'sykehuset',
    'hospitalet',
  ].map(fold),
);
const PLACE_PREPOSITIONS = ['in', 'i', 'at', 'pa', 'near', 'naer', 'ved', 'around', 'rundt'];

function namesOf(site: Site): string[] {
  return [site.shortName, site.trustNb.replace(/ HF.*$/, ''), ...site.hospitals, site.trust.replace(/ \(.*$/, '')]
    .filter((n): n is string => Boolean(n) && (n as string).length > 2)
    .map(fold);
}

function placesOf(site: Site): string[] {
  return [site.city, site.cityCandidate?.city]
    .filter((c): c is string => Boolean(c))
    .map((c) => fold(c.replace(/ \(.*$/, '')));
}

const vocabularies = new WeakMap<Dataset, Set<string>>();
/** Index terms of the whole knowledge base, once per dataset. */
function vocabulary(data: Dataset): Set<string> {
  let known = vocabularies.get(data);
  if (!known) {
    const texts = buildPassages(data).map((p) => `${p.title.en} ${p.title.nb} ${p.text.en} ${p.text.nb} ${p.keywords}`);
    known = new Set(texts.flatMap((t) => contentTokens(t).flatMap(termsOf)));
    vocabularies.set(data, known);
  }
  return known;
}

/** Words the knowledge base does not know that a question about taking part may still have (a typo the speller left, filler). */
const MAX_UNKNOWN_WORDS = 1;

/**
 * True when, without the hospitals' names, the question has no word the knowledge base knows but
 * participation words, and at most MAX_UNKNOWN_WORDS it does not know: "can we bring home-cooked
 * dinners to Levanger hospital" is about something else, though none of its words is the study's.
 */
function onlyParticipation(q: string, names: string[], data: Dataset): boolean {
  const known = vocabulary(data);
  const words = contentTokens(withoutNames(q, names)).filter((t) => !PARTICIPATION_WORDS.has(t));
  const unknown = words.filter((t) => !termsOf(t).some((term) => known.has(term)));
  return unknown.length === words.length && unknown.length <= MAX_UNKNOWN_WORDS;
}

/** The question with the hospitals' names taken out, longest first. */
function withoutNames(q: string, names: string[]): string {
  let rest = q;
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest;
}

/**
 * "What is Haukeland's role in IMPRESS?" asks for a role, not whether it takes part: a question
 * opening (after any quotes, greeting punctuation or "so") with what, who or why and, besides the
 * names, no word about taking part.
 */
function asksWhatItDoes(q: string, names: string[]): boolean {
  const rest = contentTokens(withoutNames(q, names));
  const opening = /^[^a-z0-9]*(so |and |ok )?(what|who|why|hva|hvem|hvorfor|kva|kven|kvifor)\b/;
  return opening.test(q) && !rest.some((t) => PARTICIPATION_WORDS.has(t));
}

function siteLine(site: Site, lang: Lang): string {
  const name = siteName(site, lang);
  if (site.city) return `${name} (${site.city})`;
  if (site.cityCandidate) return `${name} (${STRINGS.probably[lang]} ${site.cityCandidate.city})`;
  return name;
}

function draftFor(sites: Site[], head: string, lang: Lang, data: Dataset): Draft {
  const count = factVersions(CONTENT_IDS.disputed.siteCount, data)?.newest;
  const tail = STRINGS.siteCountTail[lang](count?.number ? STRINGS.newestCount[lang](count.number) : '');
  return {
    kind: 'answer',
    text: `${head} ${listJoin(
      sites.map((s) => siteLine(s, lang)),
      lang,
    )}. ${tail}`,
    sources: uniqueSources(sites.map((s) => s.sources)),
    asOf: newestDate(sites.map((s) => s.asOf)) ?? '',
    related: [],
  };
}

/** "Which hospitals in Helse Vest are taking part?", "Can I be treated in Bergen, then?", "Deltar St. Olavs hospital også?" */
export const sitesIntent: Intent = (question, lang, data) => {
  const q = fold(question);
  if (hasPhrase(q, COUNT_WORDS)) return undefined;
  const named = data.sites.filter((s) => hasPhrase(q, namesOf(s)));
  if (
    named.length > 0 &&
    named.length <= 3 &&
    onlyParticipation(q, named.flatMap(namesOf), data) &&
    !asksWhatItDoes(q, named.flatMap(namesOf))
  ) {
    const head = STRINGS.siteHere[lang];
    const regions = [...new Set(named.map((s) => REGIONS[s.region][lang]))];
    const draft = draftFor(named, head, lang, data);
    return {
      ...draft,
      text: `${head} ${listJoin(
        named.map((s) => siteLine(s, lang)),
        lang,
      )}, ${listJoin(regions, lang)}.`,
    };
  }
  if (!hasPhrase(q, HOSPITAL_WORDS) && !HOSPITAL_STEMS.some((stem) => new RegExp(`\\b${stem}`).test(q)))
    return undefined;
  const region = regionNamedIn(q);
  if (region && onlyParticipation(q, [...REGION_WORDS[region]], data)) {
    const list = data.sites.filter((s) => s.region === region);
    const head = STRINGS.sitesInRegion[lang](REGIONS[region][lang]);
    return draftFor(list, head, lang, data);
  }
  const inPlace = data.sites.filter((s) =>
    placesOf(s).some((p) =>
      hasPhrase(
        q,
        PLACE_PREPOSITIONS.map((pre) => `${pre} ${p}`),
      ),
    ),
  );
  if (inPlace.length > 0 && onlyParticipation(q, [...inPlace.flatMap(placesOf), ...inPlace.flatMap(namesOf)], data)) {
    const head = STRINGS.siteThere[lang];
    return draftFor(inPlace, head, lang, data);
  }
  return undefined;
};

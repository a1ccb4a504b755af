import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemNo } from '@orama/stemmers/norwegian';
import { stopwords as stopEn } from '@orama/stopwords/english';
import { stopwords as stopNo } from '@orama/stopwords/norwegian';
import { fold } from '../text/fold';

// Question words carry meaning for intents but not for retrieval; the libraries' lists miss a few.
const EXTRA_STOPWORDS = [
  'hvilke',
  'hvilken',
  'hvilket',
  'hvordan',
  'finnes',
  'tell',
  'please',
  'give',
  'gi',
  'many',
  'much',
  'mange',
  'mye',
  'know',
  'vet',
  'kommer',
  'komme',
  'come',
  'comes',
  'came',
  'get',
  'gets',
  'got',
  'fikk',
  'fa',
  'far',
  'gjor',
  'gjore',
  'ga',
  'gav',
  'gir',
  'gave',
  'gives',
  'provide',
  'provided',
  'provides',
  'happen',
  'happened',
  'happens',
  'skjer',
  'skjedde',
  'use',
  'used',
  'uses',
  'using',
  'brukes',
  'still',
  'fortsatt',
  'currently',
  'now',
  'na',
  'actually',
  'exactly',
  'add',
  'added',
  'adds',
  'bring',
  'brings',
  'brought',
  'mean',
  'means',
  'meaning',
  'betyr',
  'bety',
  'mener',
];

/** Words that name the study itself: every passage is about it, so they never decide relevance. */
export const STUDY_NAME: ReadonlySet<string> = new Set([
  'impress',
  'norway',
  'norge',
  'impressnorway',
  'study',
  'studies',
  'studie',
  'studien',
  'trial',
  'trials',
  'forsok',
]);

/** Stop words of both languages, folded (ø = o), so either language's filler is ignored. */
export const STOPWORDS: ReadonlySet<string> = new Set([...stopEn, ...stopNo, ...EXTRA_STOPWORDS].map(fold));

// Multi-word expressions whose words are stop words on their own ("bli med" = join). They become one
// token before stop words are dropped, in questions and in the indexed text alike.
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\b(bli|blir|ble) med\b/g, 'join'],
  [/\b(get|gets|getting) (into|in on|onto)\b/g, 'join'],
  [/\b(take|takes|taking) part\b/g, 'participate'],
  [/\bdelta(r)? i\b/g, 'participate'],
  [/\b(a )?part of\b/g, 'participate'],
  [/\bdel av\b/g, 'participate'],
  [/\b(mean|average|median) age\b|\bgjennomsnittsalder(en)?\b/g, 'meanage'],
  [/\bstudy (doctor|physician)s?\b|\bstudieleger?(en)?\b/g, 'studydoctor'],
  [/\bsign(ed|ing)? up\b/g, 'signup'],
  [/\bmelde (seg|meg|deg) pa\b/g, 'signup'],
];

// Number words become digits, so "eight patients" meets "8 patients". Only words that cannot be
// read otherwise: "en" (a) and "to" (to) are left alone.
const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  sixteen: '16',
  twenty: '20',
  hundred: '100',
  tre: '3',
  fire: '4',
  fem: '5',
  seks: '6',
  sju: '7',
  syv: '7',
  atte: '8',
  seksten: '16',
  tjue: '20',
  hundre: '100',
};

/**
 * Texts tokenized lately. One question is tokenized by the retriever, the reranker and the intents,
 * and one passage by the index, the reranker and the site intent: each pays once. Bounded, and
 * cleared when full, so a long-running process does not grow with the questions it is asked.
 */
const tokenized = new Map<string, readonly string[]>();
const TOKENIZED_MAX = 2048;

/** Splits text into folded word tokens; keeps ids such as `2020-004414-35` and `nct04817956` whole. */
export function tokenize(text: string): readonly string[] {
  const hit = tokenized.get(text);
  if (hit) return hit;
  const tokens = Object.freeze(splitTokens(text));
  if (tokenized.size >= TOKENIZED_MAX) tokenized.clear();
  tokenized.set(text, tokens);
  return tokens;
}

function splitTokens(text: string): string[] {
  let folded = fold(text);
  for (const [pattern, token] of PHRASES) folded = folded.replace(pattern, token);
  return folded
    .replace(/[^a-z0-9-]+/g, ' ')
    .split(' ')
    .flatMap((chunk) => (/^\d{4}-\d{6}-\d{2}$/.test(chunk) ? [chunk] : chunk.split('-')))
    .filter((t) => t.length > 0)
    .map((t) => NUMBER_WORDS[t] ?? t);
}

// The libraries' stemmers disagree on some pairs ("contribute" / "contribution"); a crude shared
// suffix cut gives both the same third term.
const SUFFIXES = [
  'ations',
  'ation',
  'ions',
  'ion',
  'ering',
  'ings',
  'ning',
  'ing',
  'ert',
  'ed',
  'es',
  'ene',
  'ende',
  'en',
  'et',
  'er',
  'e',
  's',
];

/** A second cut never follows an English inflection ("marketing" is not "mark")... */
const ENGLISH_INFLECTIONS = new Set(['ings', 'ing', 'ed', 'es', 's']);
/** ...and never takes a Norwegian one ("senteret" stays "senter", "sykehuset" "sykehus"). */
const NORWEGIAN_INFLECTIONS = new Set(['ene', 'en', 'et', 'er', 'es', 'e', 's']);

/**
 * Cuts up to two common English or Norwegian suffixes, keeping at least four letters, so inflected
 * and derived forms meet: "behandlingen" and "behandlet" (behandl), "bevilgningen" and "bevilget"
 * (bevilg), "publiseringen" and "publisert" (publis).
 */
export function crudeStem(token: string): string {
  const first = cutSuffix(token);
  if (!first.suffix || ENGLISH_INFLECTIONS.has(first.suffix)) return first.stem;
  const second = cutSuffix(first.stem);
  return second.suffix && !NORWEGIAN_INFLECTIONS.has(second.suffix) ? second.stem : first.stem;
}

function cutSuffix(token: string): { stem: string; suffix?: string } {
  for (const suffix of SUFFIXES) {
    if (!token.endsWith(suffix) || token.length - suffix.length < 4) continue;
    // "-ning" only after g or d (bevilg-ning, ord-ning); "screening", "planning", "learning" take "-ing".
    if (suffix === 'ning' && !/[gd]$/.test(token.slice(0, -4))) continue;
    return { stem: token.slice(0, -suffix.length), suffix };
  }
  return { stem: token };
}

const cache = new Map<string, string[]>();

/**
 * Turns one token into the index terms it stands for: nothing for a stop word, otherwise its English
 * and Norwegian stems. Stemming both ways lets an English question meet Norwegian text and back.
 */
export function termsOf(token: string): string[] {
  const hit = cache.get(token);
  if (hit) return hit;
  let out: string[];
  if (/\d/.test(token)) out = [token];
  else if (STOPWORDS.has(token) || token.length < 2) out = [];
  else out = [...new Set([stemEn(token), stemNo(token), crudeStem(token)])];
  if (cache.size < 50_000) cache.set(token, out);
  return out;
}

/** The content words of a text: tokens that are neither stop words nor the study's own name. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => termsOf(t).length > 0 && !STUDY_NAME.has(t));
}

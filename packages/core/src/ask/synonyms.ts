import { fold } from '../text/fold';
import { wholeWords } from '../text/regexp';

/** Words for a study site, in both languages; the sites intent recognises them too. */
export const HOSPITAL_SYNONYMS = [
  'hospital',
  'hospitals',
  'sykehus',
  'sykehusene',
  'site',
  'sites',
  'studiested',
  'studiesteder',
  'helseforetak',
  'trust',
] as const;

/**
 * Domain synonyms across English and Norwegian. When any phrase of a group occurs in a question, the
 * other phrases are searched too (with a lower weight), so "sykehus" finds "hospital" and "HER2"
 * finds "ERBB2". Phrases are written folded (ø = o, å = a, æ = ae).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  HOSPITAL_SYNONYMS,
  [
    'drug',
    'drugs',
    'medicine',
    'medicines',
    'medication',
    'legemiddel',
    'legemidler',
    'legemidlene',
    'medisin',
    'medisiner',
  ],
  ['her2', 'erbb2', 'her2/neu'],
  ['pmid', 'pubmed', 'pubmed id'],
  ['brca', 'brca1', 'brca2'],
  ['parp inhibitor', 'parp-hemmer', 'parphemmer'],
  ['tumour board', 'tumor board', 'tumorboard', 'mtb', 'molecular meeting', 'molekylaert mote', 'tverrfaglig mote'],
  ['cancer', 'kreft', 'tumour', 'tumor', 'svulst'],
  ['cost', 'costs', 'kostnad', 'kostnader', 'koster', 'pay', 'betale', 'betaler', 'price', 'pris', 'egenandel'],
  ['side effects', 'bivirkninger', 'adverse events', 'safety', 'sikkerhet', 'safe', 'trygg'],
  [
    'company',
    'companies',
    'selskap',
    'selskaper',
    'legemiddelselskap',
    'firma',
    'firmaer',
    'legemiddelfirma',
    'firmaene',
    'firmaet',
    'pharmaceutical',
    'pharma',
    'industry',
    'industri',
  ],
  ['funding', 'funded', 'finansiering', 'finansieres', 'finansiert', 'money', 'penger', 'grant', 'tildeling', 'budget'],
  ['results', 'resultater', 'outcome', 'outcomes', 'effect', 'effekt', 'findings', 'funn'],
  [
    'principal investigator',
    'hovedutprover',
    'pi',
    'prosjektleder',
    'project leader',
    'leader',
    'leads',
    'lead',
    'leder',
    'leads the study',
  ],
  [
    'which drug',
    'which treatment',
    'which medicine',
    'hvilket legemiddel',
    'hvilken behandling',
    'hvilken medisin',
    'drug choice',
    'treatment choice',
  ],
  [
    'eligibility',
    'eligible',
    'criteria',
    'kriterier',
    'take part',
    'delta',
    'participate',
    // "hvem kan være med?" is Norwegian for who can take part; every other word of it is a stop word.
    'vaere med',
    'inclusion',
    'inklusjon',
    'required',
    'requirement',
    'requirements',
    'krav',
    'kreves',
    'kravene',
  ],
  ['referral', 'referred', 'henvisning', 'henvist', 'sign up', 'apply', 'bli med', 'melde'],
  [
    'age',
    'alder',
    'aldersgrense',
    'years old',
    'minimum age',
    'children',
    'child',
    'barn',
    'kids',
    'young',
    'unge',
    'adults',
    'voksne',
  ],
  ['patients', 'pasienter', 'participants', 'deltakere'],
  ['screened', 'screening', 'screenet', 'tested', 'testet', 'sequenced', 'sekvensert', 'profiled', 'profilert'],
  ['treated', 'behandlet', 'started treatment', 'startet behandling', 'received treatment'],
  ['disease control', 'sykdomskontroll', 'dcr', 'benefit', 'nytte'],
  ['gene panel', 'genpanel', 'gene test', 'gentest', 'panel', 'tso500'],
  ['week', 'weeks', 'uke', 'uker', 'ukene'],
  ['expansion', 'ekspansjon', 'ekspansjonskohort', 'utvidelse'],
  ['cohort', 'cohorts', 'kohort', 'kohorter', 'kohorten', 'arm'],
  ['visits', 'check-ups', 'checkups', 'kontroller', 'follow-up', 'oppfolging', 'appointments'],
  ['end', 'ends', 'slutt', 'avsluttes', 'completion', 'finish', 'finished', 'ferdig', 'over', 'stop', 'stopper'],
  [
    'open',
    'opened',
    'start',
    'started',
    'apnet',
    'apne',
    'oppstart',
    'began',
    'begynte',
    'startet',
    'starte',
    'launched',
  ],
  [
    'cancer types',
    'cancer type',
    'krefttyper',
    'krefttype',
    'kreftformer',
    'kreftform',
    'diagnoses',
    'diagnoser',
    'tumour types',
    'tumor types',
    'which cancers',
  ],
  ['contact', 'kontakt', 'email', 'e-post', 'phone', 'telefon'],
  ['nct', 'clinicaltrials', 'registry number', 'registreringsnummer', 'nct-nummer', 'nct-nummeret'],
  [
    'sponsor',
    'institution',
    'sponsors',
    'oppdragsgiver',
    'star bak',
    'behind the study',
    'behind the trial',
    'responsible for the study',
    'runs the study',
    'runs the trial',
    'in charge of the study',
    'in charge of the trial',
    'organised the study',
    'organises the study',
    'driver studien',
    'har ansvaret for studien',
    'eier studien',
  ],
  ['randomised', 'randomized', 'randomisert', 'placebo', 'loddtrekning'],
  ['approved', 'godkjent', 'label', 'indication', 'indikasjon', 'off-label'],
  ['idea', 'ide', 'ideen', 'origin', 'opphav', 'came from', 'founded'],
  ['rare', 'sjelden', 'sjeldne'],
  ['news', 'nyheter', 'nytt', 'latest', 'siste'],
  ['doctor', 'lege', 'kreftlege', 'oncologist', 'onkolog', 'physician'],
  ['region', 'helseregion', 'health region', 'regional health authority', 'regionalt helseforetak'],
  // Clinical shorthand and lay words for the laboratory and fitness criteria.
  ['creatinine clearance', 'kreatininclearance', 'crcl', 'kidney function', 'nyrefunksjon'],
  ['haemoglobin', 'hemoglobin', 'hb', 'blodprosent'],
  ['neutrophils', 'noytrofile', 'anc', 'white cells', 'hvite blodlegemer'],
  ['ecog', 'performance status', 'funksjonsstatus', 'allmenntilstand', 'fitness'],
  ['colorectal', 'kolorektal', 'crc', 'bowel cancer', 'tarmkreft', 'colon cancer', 'tykktarmskreft'],
  ['non-small cell', 'ikke-smacellet', 'nsclc', 'lung cancer', 'lungekreft'],
  ['founding team', 'founders', 'grunnleggere', 'grunnleggerteam', 'stiftere'],
];

const GROUP_PATTERNS = SYNONYM_GROUPS.map((group) => ({
  group,
  pattern: wholeWords(group),
}));

const MAX_PHRASES_PER_GROUP = 5;

/**
 * The synonyms a question calls for, one list per group it touches: every phrase of the group that
 * is not already in the question.
 */
export function expandSynonyms(question: string): string[][] {
  const text = fold(question);
  const groups: string[][] = [];
  for (const { group, pattern } of GROUP_PATTERNS) {
    if (!pattern.test(text)) continue;
    // The first phrases of a group are its common forms; a long tail would cost time for little weight.
    const extra = group.filter((phrase) => !text.includes(phrase)).slice(0, MAX_PHRASES_PER_GROUP);
    if (extra.length > 0) groups.push(extra);
  }
  return groups;
}

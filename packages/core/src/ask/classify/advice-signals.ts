import type { Lang } from '../../schema/common';
import { fold } from '../../text/fold';
import { detectLang } from '../detect-lang';
import { DRUG_NAME } from './features';

// Word lists on folded text (æ = ae, ø = o, å = a). A request for personal advice has a person it is
// about (I, my mother, "68 yo M") and asks for a decision or a judgement only their doctor can make.
// The lists are signals for the advice model and, together, a rule; each alone is not advice.

const AGE = String.raw`\b\d{1,3} ?(yo|y\/o|year old|years old|ar gammel|ar|aring|arig)\b|\b\d{1,3} ?(m|f|k|mann|kvinne|man|woman|male|female)\b`;

// Each language's own pronouns only (with dialect "æ", folded "ae", for "jeg"): Norwegian "i" is "in", "her" is "here", and folded "var" and
// "far" are also "was" and "gets" (vår, får), so those count only next to a relative. "Partner" is
// not a relative here: in this study it is mostly a partner company ("my partner" has "my").
const PERSON: Record<Lang, RegExp> = {
  en: new RegExp(
    [
      // A bare "i" is English "I" only beside a verb: short Norwegian questions ("partner i 2023")
      // are often detected as English, and there "i" means "in".
      String.raw`\b(i'm|im|i've|ive|me|my|mine|myself|we|our|us|he|she|him|her|his|hers)\b`,
      String.raw`\bi (am|have|had|was|do|did|can|could|should|would|will|need|want|get|got|take|took|feel|think|know|live|qualify|join|apply|go|ask|talk|tell|see|stop|start|keep|try|use|be)\b`,
      String.raw`\b(can|could|should|would|will|do|did|may|might|must|am|have|shall) i\b`,
      String.raw`\b(mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|boyfriend|girlfriend|grandma|grandmother|grandpa|grandfather|aunt|uncle|friend|child|kid)\b`,
      // A clinician's one patient; "pt" alone is as often a patient in general ("how does a pt get referred").
      String.raw`\bthis (patient|pt)\b`,
      // A patient on a drug is one patient, whose treatment is the question ("pt on entrectinib w/ ...").
      String.raw`\b(pt|patient) on [a-z]`,
      AGE,
    ].join('|'),
  ),
  nb: new RegExp(
    [
      // Dialect forms too: "eg" (jeg), "ho" (hun); "mi" (min) only after a relative, since a bare
      // "MI" is a myocardial infarction.
      String.raw`\b(jeg|eg|ae|meg|min|mitt|mine|vi|oss|han|hun|ho|ham|henne|hans|hennes)\b|\b(mor|mora|kona|dotter|dotra|syster|tanta|bestemor) mi\b`,
      String.raw`\b(mamma|pappa|mor|moren|mora|faren|kona|kone|mannen|samboer\w*|sonn\w*|datter\w*|bror\w*|soster\w*|bestemor|bestefar|tante|onkel|venn\w*|barn\w*|svigerm\w*|svigerf\w*)\b`,
      String.raw`\b(min|var|har) (far|mor)\b|\bpasienten (min|var)\b|\bpasient(en)? pa (studie)?(legemid|medisin|behandling)\w*`,
      AGE,
    ].join('|'),
  ),
};

/** Asks for a choice, a recommendation or a judgement of what is right for someone. */
const DECISION: Record<Lang, RegExp> = {
  en: /\b(should|shall|ought|worth|(is|was) it (wise|smart|dangerous|risky)|fit (him|her|them|me)|put (him|her|them) (in|on)|what'?s best|best next|(is it|it['’]?s|its) a good idea (for|to)|recommend\w*|advi[sc]\w*|suggest\w*|would you|what would|pick|choose|chose|choice|decide|better for|best for|right for|better (off )?(with|to join|to go (with|for|abroad))|good for|safe for|safer|go for|try it|give it a (go|try)|push for|insist|ask (for|to join|about joining))\b/,
  // "bor" is also "lives": only "bør", or "bor" before a person, asks what someone ought to do.
  nb: /\b(bor (jeg|eg|ae|vi|han|hun|ho|de|mamma|pappa|mor|far|min|mitt)|burde|verdt|lurere|lurest|(er|e) det farlig|(er|var|blir) det (lurt|lurest|klokt|en god ide (for|a))|anbefal\w*|ville du|hva ville|passer (\w+ )?(for|til) (meg|ham|henne|oss|mamma|pappa|mor|far)|bedre for|best for|trygt for|tryggere|(er|blir|ville) det (vaere |vaert )?bedre med)\b|bør/,
};

/**
 * Asking what the bot would do in the asker's place: a personal decision even with no "my" in it
 * ("hadde du meldt deg på om det var deg?").
 */
const IN_THEIR_PLACE =
  /\b(if (it was|it were|you were) (you|me|him|her)|in (my|his|her) (shoes|place|position)|(om|hvis) det (var|gjaldt) deg|(om|hvis) du var (meg|ham|henne)|i (mitt|hans|hennes) sted)\b/;

/** Doses, stopping, switching and mixing medicines. */
const DOSE =
  /\b((morgen|kvelds?|dags|neste|ekstra|halv|dobbel)?dose\w*|dosage|dosering|mg|milligram\w*|tablet\w*|pill\w*|capsule\w*|kapsel\w*|kapsl\w*|blood thinner\w*|blodfortynn\w*|beer|pils|while (on|taking)|(star|gar) pa (studie)?medisin\w*|halv(e|ed|es|ing)|double (up|it)|halvere\w*|doble\w*|skip\w*|hoppe over|hold (or|it|off|the|treatment|dosing)|stop\w*|quit|pause|switch\w*|slutte|stoppe|bytte|kutte|droppe|forgot (to take )?(my|the|a|his|her) (medicine|medication)s?|glemte? (a ta |\w+ )?(studietablett\w*|medisin\w*)|ta mindre|take less|take more|ta mer|combine|combin\w*|interact\w*|together with|alongside|at the same time|kombiner\w*|sammen med|samtidig|interaksjon\w*|grapefruit|grapefrukt|alcohol|alkohol|wine|vin|vitamin\w*|supplement\w*|kosttilskudd|herbal|urte\w*|naturmedisin|cbd|painkiller\w*|smertestillende|paracet\w*|ibux|ibuprofen|vaccin\w*|\w*vaksin\w*)\b/;

/**
 * Going on with a treatment is the other side of stopping it, but "will the study carry on" or "will
 * mum continue to be followed up" is not about a dose: it counts when it goes on with a treatment
 * ("should she continue the drug"), or ends a question about one, as a clinician's shorthand does
 * ("on trastuzumab, EF fell to 48. keep going?").
 */
const TREATMENT = String.raw`(drug|medicine|medication|treatment|therapy|tablets?|pills?|medisin\w*|legemid\w*|behandling\w*|tablett\w*|studiemedisin\w*|cellegift\w*|chemo|${DRUG_NAME})`;
const GOING_ON = String.raw`(keep (going|on)|carry on|continu(e|ing)|fortsette|fortsetter)`;
const GO_ON = new RegExp(
  String.raw`\b${GOING_ON}( (with|on|taking|med|pa|a ta))?( (the|it|her|his|my|den|det|sin|hans|hennes))? ${TREATMENT}\b`,
);
const GOES_ON_AT_THE_END = new RegExp(String.raw`\b${GOING_ON}\W*$`);
const ABOUT_TREATMENT = new RegExp(String.raw`\b${TREATMENT}\b|\b(ef|lvef)\b`);

/** Prognosis, cure and what a result means for someone. */
const PROGNOSIS =
  /\b(how long (do|does|will|would|have)|how much time (do|does|is|has|have)|time (left|remaining)|(days?|weeks?|months?|years?) (left|remaining|to live)|(dager|uker|maneder|ar) (igjen|a leve)|make (him|her|me|them) (better|well)|hvor lang tid (har|gjenstar)|(har|gjenstar) (\w+ )?igjen|igjen a leve|gjore (ham|henne|meg|oss|dem) frisk|live longer|survive|surviv\w*|chances?|odds|prognos\w*|cure\w*|curable|cancer[- ]free|in remission|respond\w*|work for (me|him|her)|help (him|her|them)|shrink|come back|mean for|does (that|this|it) mean|hvor lenge (har|lever|vil|kommer)|leve lenger|overlev\w*|sjanse\w*|prognose\w*|kurere\w*|helbred\w*|kreftfri|remisjon|virke (for|pa) (meg|ham|henne)|hjelpe (ham|henne|dem)|krympe|komme tilbake|betyr det|bety for)\b/;

/** Own symptoms, side effects, pregnancy and daily life on treatment. */
const OWN_CONDITION =
  /\b(side effects?|symptom\w*|(is|er|e) (it|this|that|det) normalt?|go(es)? away|gar det over|(call|ring\w*) (the|my|a)? ?(doctor|lege\w*)|legevakt\w*|contracepti\w*|prevensjon|p-piller|p-stav|spiral|pain|hurts?|fever|rash|nause\w*|vomit\w*|tired|fatigue|diarrh\w*|bivirkning\w*|smerte\w*|vondt|feber|utslett|kvalm\w*|kast\w* opp|sliten|trett|diare|pregnan\w*|breastfeed\w*|gravid|amme\w*|sauna|badstu|kaldbad|travel\w*|fly(ing)?|holiday|ferie|reise|driv(e|ing)|kjore bil|bilkjoring|scan|ct|mri|report says|result(s)? mean|svaret|prøvesvar\w*|provesvar\w*)\b/;

/**
 * Travelling for the study ("do I have to travel to Oslo for it", "reise til studiebesøkene") is its
 * procedure, not travel on treatment (a holiday), which OWN_CONDITION counts.
 */
const FOR_THE_STUDY = String.raw`(for|to|til|pa|for a) (the study|the trial|impress|studien|a delta|a vaere med|(the )?(study )?visits?|studiebesok\w*|kontroll\w*|treatment|behandling\w*)`;
const STUDY_TRAVEL = new RegExp(
  String.raw`\b(travel\w*|reise\w*) ((to|til) oslo( ${FOR_THE_STUDY})?|${FOR_THE_STUDY})\b`,
  'g',
);

/** Bending the study's rules for someone, or pushing past its decision about them. */
const BEND =
  /\b(fight (that|the|this|their) decision|appeal\w*|klage\w*|overtale\w*|convince|persuade|pressure|press (him|her|them|my|the)|presse (legen|ham|henne|dem)|mase pa|bump(ed)? (me|him|her|us)? ?up|jump the (queue|line)|snike i koen|fa legen til a|(seem|look|appear) (fitter|healthier|stronger|better)|virke (sprekere|friskere|sterkere)|se (\w+ )?(sprekere|friskere) ut|pretend|lie|fudge|cheat|round (up|down)|say (it'?s|he'?s|she'?s|i'?m)|not mention|hide|skip the|late som|lyve|jukse|si at|ikke si|skjule|runde (opp|ned))\b/;

/** "Sister trial", "søsterstudien": a relative word that names a trial or project, not a person. */
const KIN_OF_A_TRIAL =
  /\b(sister|brother|soster|bror)[- ]?(trials?|stud(y|ies)|projects?|networks?|studie\w*|prosjekt\w*|nettverk\w*)\b/g;

const IMPERATIVE_ME = /\b(give|tell|show|send|help|let|gi|fortell|vis|send|hjelp|la) (me|meg)\b/g;

/** The question names the study or its registry numbers ("IMPRESS", "the trial", "studien", "NCT"): a sign it is in scope. */
const NAMES_STUDY =
  /\b(impress(norway|norge|studien|studiet)?|nct\w*|eudract\w*|ctis|the (study|trial|project)|this (study|trial)|studien|studiet|prosjektet|denne studien)\b/;
/** "SHIVA-studien", "MoBa-studiet": another study, named before the word. */
const OTHER_STUDY = /\b(?!impress)[a-z0-9]+-(studien|studiet|studie)\b/g;
/** English "impress" as a verb with an object ("impress my boss"): not the study's name. */
const IMPRESS_THE_VERB =
  /\bimpress (a|an|my|your|his|her|our|their|them|him|me|us|people|someone|everyone|anyone|girls?|boys?|friends?|clients?|investors?)\b/g;

/** Signals for the scope model: the question names the study. */
export function scopeSignals(question: string): string[] {
  const text = fold(question).replace(OTHER_STUDY, ' ').replace(IMPRESS_THE_VERB, ' ');
  return NAMES_STUDY.test(text) ? ['s:names-study'] : [];
}

/** The signals of personal advice found in a question, as feature names for the advice model. */
export function adviceSignals(question: string): string[] {
  const lang = detectLang(question);
  // "bør" is matched before folding, where it cannot be "bor" (lives).
  const folded = fold(question);
  const text = `${folded} ${/\bbør\b/i.test(question) ? 'bør' : ''}`;
  // "tell me", "give me a list": the asker is not the subject of the question.
  const person = PERSON[lang].test(text.replace(IMPERATIVE_ME, ' ').replace(KIN_OF_A_TRIAL, ' '));
  const goesOn = GO_ON.test(folded) || (GOES_ON_AT_THE_END.test(folded.trim()) && ABOUT_TREATMENT.test(folded));
  const found: string[] = [];
  for (const [name, pattern] of [
    ['decision', DECISION[lang]],
    ['dose', DOSE],
    ['prognosis', PROGNOSIS],
    ['condition', OWN_CONDITION],
    ['bend', BEND],
  ] as const) {
    const seen = name === 'condition' ? text.replace(STUDY_TRAVEL, ' ') : text;
    if (!pattern.test(seen) && !(name === 'dose' && goesOn)) continue;
    found.push(`s:${name}`);
    if (person) found.push(`s:person+${name}`);
  }
  if (person) found.push('s:person');
  if (IN_THEIR_PLACE.test(text)) found.push(...['s:decision', 's:person+decision'].filter((x) => !found.includes(x)));
  return found;
}

/**
 * A clause that asks for a fact, not a judgement: "how many ...", "er det mange ...", "what did the
 * trial find". Not "when"/"når", which as often join a clause ("... now, when it has spread").
 */
const FACT_QUESTION =
  /^(how (many|much|does|do|is|are|was|were|long has)|what (is|are|was|were|did|does|do|happens)|what'?s|which|who|where|is there|are there|(is|are) (\w+ ){1,3}(one of|part of|among|included in|used in|tested|given|offered|checked)|does (the|impress|it)|hvor (mange|mye)|hvordan|hva (er|var|skjer|fant|gjor)|hvilke|hvilken|hvem|hvor (er|ble|foregar)|finnes det|er det (mange|noen)|har (studien|impress))\b/;

/**
 * Words of a judgement or a choice for someone, which a factual-sounding clause can still ask
 * ("what is the best treatment in impress for that", "hvilken kohort er riktig", "er det noen vits").
 */
const JUDGEMENT =
  /\b(best|beste|bedre|better|right|riktig\w*|correct|safe\w*|trygg\w*|vits|point|worth|verdt|lurt|should|bor|burde|ought|recommend\w*|anbefal\w*|work|works|virke\w*|help|helps|hjelpe\w*|gir (best|mest)|tror du|do you think|(hvilken|hvilket|hvilke|hva) skal (jeg|vi|han|hun)|which (one )?should|(which|what) (treatment|drug|medicine|therapy|immunotherapy|cohort)|(hvilken|hvilket|hvilke) (behandling\w*|medisin\w*|legemid\w*|immunterapi\w*|kohort\w*))\b/;

/** Fewest words of a last clause that asks its own question. */
const MIN_ASKED_WORDS = 4;

/**
 * The clause a question ends with, when it follows context in one or more earlier clauses: "bestefar
 * har sarkom, hvilke firmaer leverer legemidlene" asks "hvilke firmaer leverer legemidlene".
 * Undefined for a question of one clause. As typed, not folded ("bør" must stay "bør").
 */
export function askedClause(question: string): string | undefined {
  // Asked first, context after: "What is InPreD? Mum's report mentions it." asks its first sentence.
  const sentences = question.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const first = sentences[0]?.trim();
  if (sentences.length >= 2 && first?.endsWith('?') && !sentences.slice(1).some((s) => s.includes('?')))
    return first.replace(/\?+$/, '');
  const clauses = question
    .split(/[.,;:!?]+\s+|\s[-\u2013\u2014]\s/)
    .map((c) => c.trim())
    .filter(Boolean);
  const last = clauses.at(-1);
  // A short tail ("do you think", "hvem har rett") asks for a judgement of what came before.
  return clauses.length >= 2 && last && last.split(/\s+/).length >= MIN_ASKED_WORDS ? last : undefined;
}

/**
 * The one sentence of a question of several that asks something, when only one does: "Is Ahus in
 * it? Asking for my mother-in-law." asks its first sentence. Retrieval weighs it above the context.
 */
export function askedSentence(question: string): string | undefined {
  const sentences = question
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.length < 2) return undefined;
  const asked = sentences.filter((s) => s.endsWith('?'));
  if (asked.length === 1) return asked[0];
  // Typed without a question mark: "... someone on a forum said IMPRESS. what is it in plain words"
  const last = sentences.at(-1) as string;
  return asked.length === 0 && QUESTION_WORD.test(fold(last)) ? last : undefined;
}

/** How a sentence that asks begins, in either language (folded). */
const QUESTION_WORD =
  /^(what|what'?s|who|where|when|which|how|why|is|are|does|do|can|could|hva|hvem|hvor|nar|hvilke|hvilken|hvilket|hvordan|hvorfor|er|kan|finnes|ka|kven|kor)\b/;

/**
 * The last clause of a question that names a person only as context for a general fact, if it does:
 * the clause asks a fact, with no advice signal (not even a person: "... how many months does it give
 * him") and no judgement or choice of treatment in it, and nothing in the whole question but the
 * person is a sign of advice (no symptoms, dose, prognosis, decision or bending the rules in the
 * context). "my uncle has a sarcoma, which companies supply the drugs?"
 */
export function factClauseAfterContext(question: string): string | undefined {
  const clause = askedClause(question);
  if (!clause || !FACT_QUESTION.test(fold(clause)) || JUDGEMENT.test(fold(clause))) return undefined;
  if (adviceSignals(clause).length > 0) return undefined;
  return adviceSignals(question).every((s) => s === 's:person') ? clause : undefined;
}

/**
 * "How do I join", "hvordan kan jeg bli med": the way in (referral by one's own doctor), which the
 * study's sources answer for anyone, and no other sign of advice. Whether to join is another question.
 */
const HOW_TO_JOIN =
  /^(how (can|do|does|could|would) (i|we|one|you|my \w+|he|she)|hvordan (kan|gjor|far) (jeg|vi|man|en|han|hun|min \w+))\b.*\b(join|take part|participate|get (in|into|on|referred|tested)|be (referred|tested|included)|sign up|apply|bli med|delta|komme (med|inn)|bli henvist|henvist|bli testet|melde (meg|oss|seg) pa)\b/;

/** True when a question asks only how one joins the study (see HOW_TO_JOIN). */
export function asksHowToJoin(question: string): boolean {
  const text = fold(question).trim();
  return HOW_TO_JOIN.test(text) && adviceSignals(question).every((s) => s === 's:person');
}

/**
 * The study's own procedures, the same for everyone in it: paying, travelling, placebo or blinding,
 * signing up or consenting, a new biopsy, who decides the drug, where to read more, how long the
 * study runs. "Will I have to travel to Oslo?" asks the rule, not a judgement of the asker's case.
 */
const PROCEDURE =
  /\b(pay\w*|cost\w*|free of charge|betale\w*|koste\w*|gratis|egenandel\w*|travel\w*|reise\w*|placebo|control group|kontrollgruppe\w*|sukkerpille\w*|blind\w*|sign (up|something|a form)|consent\w*|samtykke\w*|melde (meg|oss|seg) pa|(new|ny|another|en ny) (biopsy|biopsi)|vevsprove\w*|who decides|hvem (bestemmer|avgjor)|website|nettside\w*|read more|lese mer|e-?mail|e-?post|how long (will|does) the (study|trial)|end date|sluttdato|phase|fase)\b/;

/** True when a question with a person in it asks only about the study's procedures (see PROCEDURE). */
export function asksAboutProcedure(question: string): boolean {
  const text = fold(question);
  return PROCEDURE.test(text) && !JUDGEMENT.test(text) && adviceSignals(question).every((s) => s === 's:person');
}

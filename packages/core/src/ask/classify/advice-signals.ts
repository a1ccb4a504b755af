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
      // A clinician's note about one patient on a drug ("pt on entrectinib w/ new QTc ..."), or "our
      // patient"; "is a patient on olaparib allowed to ..." asks a rule.
      String.raw`^(pt|patient) on [a-z]|\b(our|my) (pt|patient)\b`,
      AGE,
    ].join('|'),
  ),
  nb: new RegExp(
    [
      // Dialect forms too: "eg" (jeg), "ho" (hun); "mi" (min) only after a relative, since a bare
      // "MI" is a myocardial infarction.
      String.raw`\b(jeg|eg|ae|meg|min|mitt|mine|vi|oss|han|hun|ho|ham|henne|hans|hennes)\b|\b(mor|mora|kona|dotter|dotra|syster|tanta|bestemor) mi\b`,
      String.raw`\b(mamma|pappa|mor|moren|mora|faren|kona|kone|mannen|samboer\w*|sonn\w*|datter\w*|bror\w*|soster\w*|bestemor|bestefar|tante|onkel|venn\w*|barn\w*|svigerm\w*|svigerf\w*)\b`,
      String.raw`\b(min|var|har) (far|mor)\b|\bpasienten (min|var)\b|(^|: )pasient(en)? pa (studie)?(legemid|medisin|behandling)\w*|\b(var|min) pasient\b`,
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
  /\b((morgen|kvelds?|dags|neste|ekstra|halv|dobbel)?dose\w*|dosage|dosering|mg|milligram\w*|tablet\w*|pill\w*|capsule\w*|kapsel\w*|kapsl\w*|blood thinner\w*|blodfortynn\w*|beer|pils|while (on|taking)|(star|gar) pa (studie)?medisin\w*|halv(e|ed|es|ing)|double (up|it)|halvere\w*|doble\w*|skip\w*|hoppe over|hold (or|it|off|the|treatment|dosing)|instead of|go(ing)? off|come off|i stedet for|stop\w*|quit|pause|switch\w*|slutte|stoppe|bytte|kutte|droppe|forgot (to take )?(my|the|a|his|her) (medicine|medication)s?|glemte? (a ta |\w+ )?(studietablett\w*|medisin\w*)|ta mindre|take less|take more|ta mer|combine|combin\w*|interact\w*|together with|alongside|at the same time|kombiner\w*|sammen med|samtidig|interaksjon\w*|grapefruit|grapefrukt|alcohol|alkohol|wine|vin|vitamin\w*|supplement\w*|kosttilskudd|herbal|urte\w*|naturmedisin|cbd|painkiller\w*|smertestillende|paracet\w*|ibux|ibuprofen|vaccin\w*|\w*vaksin\w*)\b/;

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
  /\b(how long (do|does|will|would|have)(?! (the|this|it|impress) (study|trial|run|go|last))|how much time (do|does|is|has|have)|time (left|remaining)|(days?|weeks?|months?|years?) (left|remaining|to live)|(dager|uker|maneder|ar) (igjen|a leve)|make (him|her|me|them) (better|well)|hvor lang tid (har|gjenstar)|(har|gjenstar) (\w+ )?igjen|igjen a leve|gjore (ham|henne|meg|oss|dem) frisk|live longer|survive|surviv\w*|chances?|odds|prognos\w*|cure\w*|curable|cancer[- ]free|in remission|respond\w*|work for (me|him|her)|help (him|her|them)|shrink|come back|mean for|does (that|this|it) mean|hvor lenge (har|lever|vil|kommer)|leve lenger|overlev\w*|sjanse\w*|prognose\w*|kurere\w*|helbred\w*|kreftfri|remisjon|virke (for|pa) (meg|ham|henne)|hjelpe (ham|henne|dem)|krympe|komme tilbake|betyr det|bety for)\b/;

/** Own symptoms, side effects, pregnancy and daily life on treatment. */
const OWN_CONDITION =
  /\b(too (hard|much|tough) (on|for)|after (the |his |her |my )?(surgery|operation)|etter (operasjon\w*|cellegift\w*)|platelet\w*|blodplate\w*|bleed\w*|blor|blodning\w*|side effects?|symptom\w*|(is|er|e) (it|this|that|det) normalt?|go(es)? away|gar det over|(call|ring\w*) (the|my|a)? ?(doctor|lege\w*)|legevakt\w*|contracepti\w*|prevensjon|p-piller|p-stav|spiral|pain|hurts?|fever|rash|nause\w*|vomit\w*|tired|fatigue|diarrh\w*|bivirkning\w*|smerte\w*|vondt|feber|utslett|kvalm\w*|kast\w* opp|sliten|trett|diare|pregnan\w*|breastfeed\w*|gravid|amme\w*|sauna|badstu|kaldbad|travel\w*|fly(ing)?|holiday|ferie|reise|driv(e|ing)|kjore bil|bilkjoring|scan|ct|mri|report says|result(s)? mean|svaret|prøvesvar\w*|provesvar\w*)\b/;

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
  /\b(fight (that|the|this|their) decision|appeal\w*|klage\w*|overtale\w*|convince|persuade|pressure|press (him|her|them|my|the)|(doctor|oncologist) said no|said no to|(legen|onkologen) sa nei|sa nei til|presse (legen|ham|henne|dem)|mase pa|bump(ed)? (me|him|her|us)? ?up|jump the (queue|line)|snike i koen|fa legen til a|(seem|look|appear) (fitter|healthier|stronger|better)|virke (sprekere|friskere|sterkere)|se (\w+ )?(sprekere|friskere) ut|pretend|lie|fudge|cheat|round (up|down)|say (it'?s|he'?s|she'?s|i'?m)|not mention|hide|skip the|late som|lyve|jukse|si at|ikke si|skjule|runde (opp|ned))\b/;

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

/** The question folded, with the words that name a person taken out: what it asks of anyone. */
export function withoutPerson(question: string): string {
  const person = new RegExp(PERSON[detectLang(question)].source, 'g');
  return fold(question).replace(person, ' ').replace(/\s+/g, ' ').trim();
}

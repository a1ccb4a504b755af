import { fold } from '../../text/fold';
import { DRUG_NAME } from './features';

// Hospital life the knowledge base says nothing about: a question on parking, visiting or a
// hospital's staff pay shares the hospital's name with a site card, and the scope model, which has
// seen few of them, lets it through to the card. A rule is clearer here than more examples: these
// topics are outside the study whatever else the question says. Words on folded text (ø = o), each
// chosen not to be a word of the study's own: "PET" is a scan, "Parkinson" a diagnosis, a taxi to
// a study visit is a travel refund, and the study hiring nurses is the study's.

/** Getting to and around a hospital, and staying there. */
const PRACTICAL = String.raw`park(ing|ering|eringen|ere|erer|ed)?|parkeringsplass\w*|besokstid\w*|visiting hours?|visiting time|kantin\w*|canteen|cafeteria|kafe(en|teria)?|hund(en|er)?|dogs?|kjaeledyr|togstasjon\w*|train station|busstopp\w*|bus stop|wifi|wi-fi`;
/** Employment at a hospital or a company. */
const EMPLOYMENT = String.raw`salary|salaries|wages?|lonn|lonna|lonnen|lonnstrinn\w*|tjener (\w+ ){0,3}(som \w+|i aret|i maneden)|pay grade|job (openings?|vacanc\w*|ads?)|vacanc\w*|ledig(e)? stilling\w*|stillingsannonse\w*|jobbannonse\w*`;

const OFF_TOPIC = new RegExp(String.raw`\b(${PRACTICAL}|${EMPLOYMENT})\b`);

// What a drug or a test costs on the market is not in the sources; what taking part costs, and who
// pays for the study's drugs and tests, is.
const PRICE = /\b(cost\w*|price\w*|priced|koste\w*|pris\w*|hva er prisen)\b/;
const PRODUCT = new RegExp(
  String.raw`\b(drugs?|medicines?|medication|medisin\w*|legemid\w*|tablet\w*|pills?|pack\w*|pakke\w*|tests?|testen|panel\w*|${DRUG_NAME}|foundationone|tso500|trusight)\b`,
);
const STUDY_COSTS =
  /\b(anything|noe|free|gratis|pay|pays|paid|betale\w*|betaler|participa\w*|take part|delta\w*|vaere med|cover\w*|dekk\w*|reimburs\w*|refund\w*|travel\w*|reise\w*|who|hvem|patients?|pasient\w*|participants?|for (me|us|him|her|meg|oss|ham|henne))\b/;
const IN_THE_STUDY = /\b(stud(y|ien|iet)|trial|impress)\b/;
const OUTSIDE_THE_STUDY = /\b(without|outside|uten|utenfor|utenom) (the |a )?(stud(y|ien|iet)|trial|impress)\b/;

/** What a drug or a test costs outside the study: "what does a pack of Lynparza cost at the pharmacy". */
function asksMarketPrice(text: string): boolean {
  if (!PRICE.test(text) || !PRODUCT.test(text) || STUDY_COSTS.test(text)) return false;
  return !IN_THE_STUDY.test(text) || OUTSIDE_THE_STUDY.test(text);
}

/**
 * True when a question is about hospital practicalities or employment (parking, visiting hours,
 * canteens, dogs, transport stops, salaries, vacancies) or the market price of a drug or a test:
 * outside what IMPRESS-Norway's sources cover, even when it names a study site or a study drug.
 */
export function isOffTopic(question: string): boolean {
  const text = fold(question);
  return OFF_TOPIC.test(text) || asksMarketPrice(text);
}

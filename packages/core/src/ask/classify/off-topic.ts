import { fold } from '../../text/fold';

// Hospital life the knowledge base says nothing about: a question on parking, visiting or a
// hospital's staff pay shares the hospital's name with a site card, and the scope model, which has
// seen few of them, lets it through to the card. A rule is clearer here than more examples: these
// topics are outside the study whatever else the question says. Words on folded text (ø = o).

/** Getting to and around a hospital, and staying there. */
const PRACTICAL = String.raw`park\w*|besokstid\w*|visiting hours?|visiting time|besoke \w+ pa|kantin\w*|canteen|cafeteria|kafe(en|teria)?|hund(en|er)?|dogs?|pets?|kjaeledyr|togstasjon\w*|train station|bussen|bus(es)? (to|from|stop)|busstopp\w*|taxi|drosje|wifi|wi-fi|nettverk(et)? pa rommet`;
/** Employment at a hospital or a company, not the study's own roles. */
const EMPLOYMENT = String.raw`salary|salaries|wages?|lonn|lonna|lonnen|lonnstrinn\w*|tjener (\w+ ){0,3}(som|i aret|pa)|earns?|pay grade|job (openings?|vacanc\w*|ads?|offers?)|vacanc\w*|ledig(e)? stilling\w*|stillingsannonse\w*|jobbannonse\w*|hiring|ansetter`;

const OFF_TOPIC = new RegExp(String.raw`\b(${PRACTICAL}|${EMPLOYMENT})\b`);

// What a drug or a test costs on the market is not in the sources; what taking part costs, and who
// pays for the study's drugs and tests, is.
const PRICE = /\b(cost\w*|price\w*|priced|koste\w*|pris\w*|how much (is|are|does|do)|hva er prisen)\b/;
const PRODUCT =
  /\b(drugs?|medicines?|medication|medisin\w*|legemid\w*|tablet\w*|pills?|pack\w*|pakke\w*|tests?|testen|panel\w*|\w+(mab|nib|lib|rib|sib)|foundationone|tso500|trusight)\b/;
const STUDY_COSTS =
  /\b(anything|noe|free|gratis|pay|pays|paid|betale\w*|betaler|participa\w*|take part|delta\w*|vaere med|cover\w*|dekk\w*|reimburs\w*|refund\w*|travel\w*|reise\w*|who|hvem)\b/;

/**
 * True when a question is about hospital practicalities or employment (parking, visiting hours,
 * canteens, pets, transport, salaries, vacancies) or the market price of a drug or a test: outside
 * what IMPRESS-Norway's sources cover, even when it names a study site or a study drug.
 */
export function isOffTopic(question: string): boolean {
  const text = fold(question);
  return OFF_TOPIC.test(text) || (PRICE.test(text) && PRODUCT.test(text) && !STUDY_COSTS.test(text));
}

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

/**
 * True when a question is about hospital practicalities or employment (parking, visiting hours,
 * canteens, pets, transport, salaries, vacancies): outside what IMPRESS-Norway's sources cover, even
 * when it names a study site.
 */
export function isOffTopic(question: string): boolean {
  return OFF_TOPIC.test(fold(question));
}

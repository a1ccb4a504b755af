import { fold } from '../../text/fold';
import { adviceSignals, withoutPerson } from './advice-signals';

// Which part of a question asks, and whether what it asks is a general fact about the study even
// though a person is named: the exceptions to the advice model (advice-decision.ts) and the focus
// of retrieval (engine.ts).

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
  /\b(best|beste|bedre|better|right|riktig\w*|correct|safe\w*|trygg\w*|vits|point|worth|verdt|lurt|should|burde|ought|recommend\w*|anbefal\w*|work|works|virke\w*|help|helps|hjelpe\w*|gir (best|mest)|tror du|do you think|(hvilken|hvilket|hvilke|hva) skal (jeg|vi|han|hun)|which (one )?should|(which|what) (treatment|drug|medicine|therapy|immunotherapy|cohort)|(hvilken|hvilket|hvilke) (behandling\w*|medisin\w*|legemid\w*|immunterapi\w*|kohort\w*))\b/;

/** A judgement in a text as typed: "bør" only before folding, where it cannot be "bor" (lives). */
const judges = (text: string) => JUDGEMENT.test(fold(text)) || /\bbør\b/i.test(text);

/** Fewest words of a clause or sentence that asks its own question; of one marked with "?", three. */
const MIN_ASKED_WORDS = 4;
const MIN_MARKED_WORDS = 3;

/** A sentence ends at . ! or ?, but not after an abbreviation ("Dr. Helland", "St. Olavs"). */
const SENTENCE_END = /(?<!\b(?:dr|st|mr|mrs|ms|prof|nr|ca|vs|bl\.a|f\.eks|e\.g|i\.e)\.)(?<=[.!?])\s+/i;

/**
 * The clause a question asks, when the rest is context: the asked sentence (askedSentence), else the
 * clause a question ends with after earlier clauses ("bestefar har sarkom, hvilke firmaer leverer
 * legemidlene" asks "hvilke firmaer leverer legemidlene"). Undefined for a question of one clause.
 * As typed, not folded ("bør" must stay "bør").
 */
export function askedClause(question: string): string | undefined {
  const sentence = askedSentence(question);
  if (sentence) return sentence.replace(/\?+$/, '');
  const clauses = question
    .split(/[.,;:!?]+\s+|\s[-\u2013\u2014]\s/)
    .map((c) => c.trim())
    .filter(Boolean);
  const last = clauses.at(-1);
  // A short tail ("do you think", "hvem har rett") asks for a judgement of what came before.
  return clauses.length >= 2 && last && words(last) >= MIN_ASKED_WORDS ? last : undefined;
}

/**
 * The one sentence of a question of several that asks something, when only one does and it is long
 * enough to ask on its own: "Is Ahus in the study? Asking for my mother-in-law." asks its first
 * sentence; "Why?" between two others asks nothing alone.
 */
export function askedSentence(question: string): string | undefined {
  const sentences = question
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.length < 2) return undefined;
  const asked = sentences.filter((s) => s.endsWith('?'));
  // Typed without a question mark: "... someone on a forum said IMPRESS. what is it in plain words"
  const last = sentences.at(-1) as string;
  if (asked.length === 1) return words(asked[0] as string) >= MIN_MARKED_WORDS ? asked[0] : undefined;
  return asked.length === 0 && QUESTION_WORD.test(fold(last)) && words(last) >= MIN_ASKED_WORDS ? last : undefined;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

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
  if (!clause || !FACT_QUESTION.test(fold(clause)) || judges(clause)) return undefined;
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
  /\b(pay\w*|cost\w*|free of charge|betale\w*|koste\w*|gratis|egenandel\w*|travel\w*|reise\w*|placebo|control group|kontrollgruppe\w*|sukkerpille\w*|blinded|blindet|sign (up|something|a form)|consent\w*|samtykke\w*|melde (meg|oss|seg) pa|(new|ny|another|en ny) (biopsy|biopsi)|vevsprove\w*|who decides|hvem (bestemmer|avgjor)|website|nettside\w*|read more|lese mer|e-?mail|e-?post|how long (will|does) the (study|trial)|end date|sluttdato|what phase|which phase|hvilken fase|phase (of the|2|ii|two)|fase (2|ii|to))\b/;

/**
 * True when a question with a person in it asks only about the study's procedures (see PROCEDURE):
 * no other advice signal, no judgement, and the advice model finds the question, with its person
 * words taken out, no request for advice (`isAdvice`), so that medical context without a signal word
 * ("too hard on him after surgery") still counts.
 */
export function asksAboutProcedure(question: string, isAdvice: (text: string) => boolean): boolean {
  const text = fold(question);
  if (!PROCEDURE.test(text) || judges(question)) return false;
  return adviceSignals(question).every((s) => s === 's:person') && !isAdvice(withoutPerson(question));
}

import { fold } from '../text/fold';

// A request for personal medical advice names a person (I, my mother, he) and asks for a decision
// about their treatment (should, which drug, dose, stop). Questions about how the study works,
// even in the first person ("can I take part?", "can I be treated in Bergen, then?"), are not advice.
const PERSONAL_DECISION: RegExp[] = [
  /\bshould (i|we|he|she|they|my|our|mum|mom|dad)\b/,
  /\b(which|what) (drug|medicine|medication|treatment|dose|therapy) should\b/,
  /\bwould you (recommend|advise|suggest)\b/,
  /\b(recommend|advise|suggest) (me|him|her|us|a treatment|a drug|which)\b/,
  /\b(what|which|how much|right|correct) (dose|dosage)\b/,
  /\bhow (much|many) (mg|milligrams|tablets|pills)\b/,
  /\b(stop|quit|skip|pause|switch) (my|his|her|their|taking)\b/,
  /\b(is|are) (it|this|olaparib|[a-z]+ib|[a-z]+mab) (safe|right|good|better) for (me|him|her|my|us)\b/,
  /\b(my|his|her) (side effects?|symptoms?|pain|dose|dosage)\b/,
  /\b(side effects?|bivirkning\w*) (of|from|av|fra) (my|his|her|min|mitt|mine|hans|hennes)\b/,
  /\bbor (jeg|vi|han|hun|de|mor|far|min|mitt|mine)\b/,
  /\bskal (jeg|vi|han|hun) (ta|slutte|bytte|begynne|droppe|starte|velge)\b/,
  /\b(hvilken|hvilket|hva slags) (medisin|legemiddel|behandling|dose) (bor|skal|passer for)\b/,
  /\b(riktig|hvor stor|hvilken) dose\b/,
  /\bslutte (med|a ta) (cellegift|cellegiften|behandling|behandlingen|medisin|medisinen)\b/,
  /\b(mine|hans|hennes) (bivirkninger|symptomer|plager)\b/,
  /\banbefaler (du|dere|dere meg)\b/,
  /\b(can|could|may) (i|he|she|we|my \w+) (take|use|combine|mix|have)\b.*\b(with|and|together|while|during)\b/,
  /\b(kan|bor|ma) (jeg|han|hun|vi|min \w+) (ta|bruke|kombinere|blande)\b.*\b(med|sammen|samtidig|og|under)\b/,
  /\bwhat should (i|we|he|she) do\b/,
  // Someone's own prognosis: how long they have, whether they will survive.
  /\bhow (much time|long) (do|does|will|would) (i|we|he|she|they|my \w+|mum|mom|dad|mother|father) (have|get|live|survive)\b/,
  /\b(will|is|are) (i|he|she|we|my \w+) (going to )?(survive|die|make it|be cured)\b/,
  /\bhvor (lang tid|lenge) (har|lever|gir det|far) (jeg|vi|han|hun|ham|henne|mor|far|mamma|pappa|min \w+|mannen min|kona mi)\b/,
  /\b(kommer|vil|skal) (jeg|han|hun|vi|mor|far|mamma|pappa) (til a )?(overleve|do|klare det|bli frisk)\b/,
  /\bhva (bor|skal) (jeg|vi|han|hun) gjore\b/,
];
const RELATIVE =
  /\b(my|our) (father|mother|mum|mom|dad|wife|husband|son|daughter|brother|sister|partner|friend|child|parent)\b|\b(min|mitt) (far|mor|mann|kone|sonn|datter|bror|soster|samboer|venn|barn|pappa|mamma)\b|\b(faren|moren|mannen|kona) min\b/;
const TREATMENT_CHOICE =
  /\b(which|what) (drug|medicine|treatment|therapy)\b|\b(take|get|try|use|start)\b.*\b(olaparib|drug|medicine|treatment|[a-z]+ib|[a-z]+mab)\b|\b(hvilken|hvilket) (medisin|legemiddel|behandling)\b|\b(ta|fa|prove|bruke)\b.*\b(medisin|legemiddel|behandling|[a-z]+ib|[a-z]+mab)\b/;

/**
 * True when a question asks for personal medical advice: a decision about someone's own treatment,
 * a dose, or whether to stop or switch therapy. Such questions are declined with a pointer to the
 * treating doctor.
 */
export function isAdviceRequest(question: string): boolean {
  const text = fold(question);
  if (PERSONAL_DECISION.some((p) => p.test(text))) return true;
  return RELATIVE.test(text) && TREATMENT_CHOICE.test(text);
}

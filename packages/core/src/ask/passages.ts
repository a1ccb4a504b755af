import { factVersions } from '../query/study';
import type { Dataset } from '../schema/dataset';
import { STRINGS } from '../strings';
import { formatFuzzyDate } from '../text/format-date';
import { both, join, type Passage, passage } from './passage';
import { entityPassages, recordPassages } from './passages-entities';
import { studyPassages } from './passages-study';

function factPassages(d: Dataset): Passage[] {
  const facts = d.facts.map((f) =>
    passage('fact', f, { title: f.title, text: f.text, keywords: f.keywords.join(' ') }),
  );
  const faq = d.faq.map((f) =>
    passage('faq', f, { title: f.question, text: f.answer, keywords: f.keywords.join(' '), known: f.answerable }),
  );
  const gaps = d.gaps.map((g) =>
    passage('gap', g, {
      title: { en: 'Not known', nb: 'Ikke kjent' },
      text: g.text,
      keywords: g.keywords.join(' '),
      known: 'no',
    }),
  );
  const disputed = d.disputed.map((f) => {
    const v = factVersions(f.id, d);
    const text = both((lang) => {
      const versions = (v?.versions ?? f.versions).map((x) => `${x.value[lang]} (${formatFuzzyDate(x.date, lang)})`);
      const head = STRINGS.sourcesDiffer[lang];
      return join(`${f.topic[lang]}: ${head}`, `${versions.join('; ')}.`, f.comment?.[lang]);
    });
    return passage('disputed', f, { title: f.topic, text, keywords: f.keywords.join(' '), known: 'partial' });
  });
  return [...facts, ...faq, ...gaps, ...disputed];
}

// A "not known" passage should win only when the question is about that unknown: a question about
// the disease control rate must find the reported rate before the note on the rate that is missing.
const NOT_KNOWN_PRIOR = 0.6;

/** Every passage the question answering searches: a passage per fact, FAQ entry and entity. */
export function buildPassages(d: Dataset): Passage[] {
  return [...studyPassages(d), ...factPassages(d), ...entityPassages(d), ...recordPassages(d)].map((p) =>
    p.known === 'no' ? { ...p, prior: (p.prior ?? 1) * NOT_KNOWN_PRIOR } : p,
  );
}

export type { Passage, PassageKind } from './passage';

import type { Dataset } from '../schema/dataset';
import { formatFuzzyDate } from '../text/format-date';
import { both, join, type Passage, passage } from './passage';

/**
 * Passages of the study record itself: its summary, and one passage per structured field people ask
 * about (official title, design, websites, each milestone, the planned end). Without them a question
 * about the official title or the opening date could only find a news item that mentions it.
 */
export function studyPassages(d: Dataset): Passage[] {
  const s = d.study;
  const names = [s.name, ...s.alsoWrittenAs].join(' ');
  const part = (id: string) => ({ ...s, id: `${s.id}:${id}` });
  const summary = passage('study', s, {
    title: { en: `About ${s.name}`, nb: `Om ${s.name}` },
    text: s.summary,
    keywords: [names, s.officialTitle, s.identifiers.nct].join(' '),
  });
  const title = passage('study', part('title'), {
    title: { en: 'Official title', nb: 'Offisiell tittel' },
    text: both((l) =>
      l === 'en'
        ? `The official title of ${s.name} is "${s.officialTitle}". The name is also written ${s.alsoWrittenAs.join(', ')}.`
        : `Den offisielle tittelen på ${s.name} er «${s.officialTitle}». Navnet skrives også ${s.alsoWrittenAs.join(', ')}.`,
    ),
    keywords: `${names} title tittel name navn acronym forkortelse stands for står for official offisiell`,
  });
  const design = passage('study', part('design'), {
    title: { en: 'Study design', nb: 'Studiedesign' },
    text: both((l) =>
      join(
        l === 'en'
          ? `${s.name} is a ${s.phase.en.toLowerCase()} trial: ${s.design.map((x) => x.en).join(', ')}.`
          : `${s.name} er en ${s.phase.nb.toLowerCase()}-studie: ${s.design.map((x) => x.nb).join(', ')}.`,
        s.offLabelPrinciple[l],
      ),
    ),
    keywords: 'design phase fase blinded blindet randomised randomisert placebo basket umbrella kurv paraply',
  });
  const websites = passage('study', part('websites'), {
    title: { en: 'Websites', nb: 'Nettsteder' },
    text: both((l) =>
      join(
        l === 'en' ? `${s.name} on the web:` : `${s.name} på nettet:`,
        `${s.websites.map((w) => `${w.role[l]}: ${w.url}`).join('; ')}.`,
      ),
    ),
    keywords: 'website nettside nettsted url web address adresse homepage hjemmeside english engelsk',
  });
  const milestones = s.milestones.map((m) =>
    passage(
      'study',
      { ...m, asOf: s.asOf },
      {
        title: { en: `Milestone: ${formatFuzzyDate(m.date, 'en')}`, nb: `Milepæl: ${formatFuzzyDate(m.date, 'nb')}` },
        text: both((l) => `${formatFuzzyDate(m.date, l)}: ${m.text[l]}`),
        keywords: 'when når date dato started startet began begynte history historie',
      },
    ),
  );
  const end = passage('study', part('planned-end'), {
    title: { en: 'Planned end', nb: 'Planlagt slutt' },
    text: both((l) =>
      join(
        l === 'en'
          ? `The planned end of ${s.name} is ${formatFuzzyDate(s.plannedEnd, 'en')}.`
          : `Planlagt slutt for ${s.name} er ${formatFuzzyDate(s.plannedEnd, 'nb')}.`,
        s.plannedEndNote?.[l],
      ),
    ),
    keywords: 'end slutt ends slutter finish ferdig completion avslutning duration varighet how long hvor lenge',
  });
  return [summary, title, design, websites, ...milestones, end];
}

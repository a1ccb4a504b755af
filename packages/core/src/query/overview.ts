import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import type { Gap, StudyFact } from '../schema/fact';
import type { Organisation } from '../schema/organisation';
import type { PharmaPartner } from '../schema/partner';
import type { Study } from '../schema/study';
import { partners } from './drugs';
import { gaps, studyFacts } from './lists';
import { sponsor, study } from './study';

/** The study at a glance: what a web page or a chat "about" view shows first. */
export interface StudyOverview {
  /** Identifiers, summary, design in plain words, websites and milestones. */
  study: Study;
  sponsor: Organisation;
  /** Who can take part: the sourced eligibility facts. */
  eligibility: StudyFact[];
  /** The companies that supply the study drugs, in the order they joined. */
  partners: PharmaPartner[];
  /** What the public sources do not tell. */
  gaps: Gap[];
}

/** The study at a glance, assembled from the other queries so every part keeps its sources. */
export function studyOverview(data: Dataset = dataset()): StudyOverview {
  return {
    study: study(data),
    sponsor: sponsor(data),
    eligibility: studyFacts(data).filter((f) => f.topic === 'eligibility'),
    partners: partners(data),
    gaps: gaps(data),
  };
}

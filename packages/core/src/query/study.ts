import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import type { DisputedFact, FactVersion } from '../schema/disputed';
import type { Organisation } from '../schema/organisation';
import type { Study } from '../schema/study';
import { newestFirst } from './dates';

/** The study: identifiers, sponsor, design and key dates. */
export function study(data: Dataset = dataset()): Study {
  return data.study;
}

/** The sponsor organisation (Oslo University Hospital). */
export function sponsor(data: Dataset = dataset()): Organisation {
  const org = data.organisations.find((o) => o.id === data.study.sponsorId);
  if (!org) throw new Error(`sponsor "${data.study.sponsorId}" is not among the organisations`);
  return org;
}

/** A disputed fact with its versions sorted newest first and the newest one named. */
export interface VersionedFact {
  fact: DisputedFact;
  /** The most recently dated version; undated versions count as oldest. */
  newest: FactVersion;
  /** Every version, newest first. */
  versions: FactVersion[];
}

/**
 * The dated versions of a fact that sources disagree on, such as `site-count`, `recruitment-status`,
 * `minimum-age` or `enrollment-target`. Nothing is silently picked: all versions come back.
 *
 * @param id - The disputed fact's id.
 * @returns The fact with versions newest first, or undefined for an unknown id.
 */
export function factVersions(id: string, data: Dataset = dataset()): VersionedFact | undefined {
  const fact = data.disputed.find((d) => d.id === id);
  if (!fact) return undefined;
  const versions = [...fact.versions].sort((a, b) => newestFirst(a.date, b.date));
  return { fact, newest: versions[0] as FactVersion, versions };
}

/** Every fact that sources disagree on, each with its versions newest first. */
export function disputedFacts(data: Dataset = dataset()): VersionedFact[] {
  return data.disputed.map((d) => factVersions(d.id, data) as VersionedFact);
}

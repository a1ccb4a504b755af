import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import type { Drug } from '../schema/drug';
import type { PharmaPartner } from '../schema/partner';
import { foldEquals } from '../text/fold';
import { biomarkerHasGene, geneNames, partnerMatches } from './match';

/** Filters for {@link drugs}; every given filter must match. */
export interface DrugFilter {
  /** A target or biomarker gene (`RET`, `PARP`, `HER2`/`ERBB2`, `BRCA1`). */
  target?: string;
  /** A company by name or alias (`Lilly`, `J&J`). */
  company?: string;
}

/**
 * Study drugs, and drug classes where sources name only the class. The list is incomplete: the
 * sources give 24 drugs by 2024 and 25 in 2025 without naming them all (see `gaps()`).
 */
export function drugs(filter: DrugFilter = {}, data: Dataset = dataset()): Drug[] {
  const partners = new Map(data.partners.map((p) => [p.id, p]));
  const biomarkers = new Map(data.biomarkers.map((b) => [b.id, b]));
  return data.drugs.filter((d) => {
    const target = filter.target;
    if (target) {
      const names = geneNames(target, data.genes);
      const viaTarget = d.targets.some((t) => foldEquals(t, ...names));
      const viaBiomarker = d.biomarkerIds.some((id) => {
        const b = biomarkers.get(id);
        return b !== undefined && names.some((n) => biomarkerHasGene(b, n));
      });
      if (!viaTarget && !viaBiomarker) return false;
    }
    if (filter.company) {
      const partner = d.partnerId ? partners.get(d.partnerId) : undefined;
      if (!partner || !partnerMatches(partner, filter.company)) return false;
    }
    return true;
  });
}

/** Pharmaceutical partners in the order they joined (undated ones last). */
export function partners(data: Dataset = dataset()): PharmaPartner[] {
  return data.partners;
}

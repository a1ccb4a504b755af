import { dataset } from '../data/dataset';
import type { Cohort, CohortStatus } from '../schema/cohort';
import type { Dataset } from '../schema/dataset';
import type { Drug } from '../schema/drug';
import { foldIncludes } from '../text/fold';
import { biomarkerHasGene, biomarkerMatches, drugMatches, geneNames } from './match';

/** Filters for {@link cohorts}; every given filter must match. */
export interface CohortFilter {
  /** A gene or alias, such as `BRCA2` or `HER2`. */
  gene?: string;
  /** A biomarker id, gene, alias or words of its alteration. */
  biomarker?: string;
  /** A tumour type. Cohorts open to all tumour types match any tumour. */
  tumour?: string;
  /** A drug by generic or brand name. */
  drug?: string;
  status?: CohortStatus;
}

function matchesDrug(drug: Drug | undefined, query: string): boolean {
  return drug !== undefined && drugMatches(drug, query);
}

/**
 * Cohorts (tumour type x biomarker x drug), matched case- and diacritic-insensitively.
 * Only cohorts that public sources document are known; see `gaps()` for what is missing.
 */
export function cohorts(filter: CohortFilter = {}, data: Dataset = dataset()): Cohort[] {
  const biomarkers = new Map(data.biomarkers.map((b) => [b.id, b]));
  const drugs = new Map(data.drugs.map((d) => [d.id, d]));
  return data.cohorts.filter((c) => {
    const biomarker = biomarkers.get(c.biomarkerId);
    const gene = filter.gene;
    if (gene && !(biomarker && geneNames(gene, data.genes).some((n) => biomarkerHasGene(biomarker, n)))) return false;
    if (filter.biomarker && !(biomarker && biomarkerMatches(biomarker, filter.biomarker))) return false;
    const drugQuery = filter.drug;
    if (drugQuery && !c.drugIds.some((id) => matchesDrug(drugs.get(id), drugQuery))) return false;
    if (filter.tumour && c.tumour && !foldIncludes(filter.tumour, c.tumour.en, c.tumour.nb)) return false;
    if (filter.status && c.status.value !== filter.status) return false;
    return true;
  });
}

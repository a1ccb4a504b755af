import type { Biomarker } from '../schema/biomarker';
import type { Drug } from '../schema/drug';
import type { Gene } from '../schema/gene';
import type { PharmaPartner } from '../schema/partner';
import { foldEquals, foldIncludes } from '../text/fold';

/**
 * Every name of the gene that `name` names, from the content's gene vocabulary (ERBB2 gives ERBB2,
 * HER2, HER-2 ...); a name the vocabulary does not know stands for itself.
 */
export function geneNames(name: string, genes: Gene[]): string[] {
  const gene = genes.find((g) => foldEquals(name, g.symbol, ...g.aliases));
  return gene ? [gene.symbol, ...gene.aliases] : [name];
}

/** True when `gene` names one of the biomarker's genes or aliases (HER2 finds ERBB2). */
export function biomarkerHasGene(biomarker: Biomarker, gene: string): boolean {
  return (
    foldEquals(gene, ...biomarker.genes, ...biomarker.aliases) || biomarker.genes.some((g) => foldIncludes(gene, g))
  );
}

/** True when `query` names the biomarker by id, gene, alias or words of its alteration. */
export function biomarkerMatches(biomarker: Biomarker, query: string): boolean {
  return (
    biomarkerHasGene(biomarker, query) ||
    foldEquals(query, biomarker.id) ||
    foldIncludes(query, biomarker.alteration.en, biomarker.alteration.nb)
  );
}

/** True when `query` names the drug by id, generic or brand name, or class. */
export function drugMatches(drug: Drug, query: string): boolean {
  return (
    foldEquals(query, drug.id, drug.generic, drug.brand) || foldIncludes(query, drug.drugClass.en, drug.drugClass.nb)
  );
}

/** True when `query` names the company by id, name or alias. */
export function partnerMatches(partner: PharmaPartner, query: string): boolean {
  return foldEquals(query, partner.id, ...partner.aliases) || foldIncludes(query, partner.company);
}

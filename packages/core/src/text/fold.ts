/**
 * Folds text for matching: lower case, accents removed and Norwegian letters spelled in ASCII
 * (æ = ae, ø = o, å = a), so "Tromso" finds "Tromsø" and "BRCA1" finds "brca1".
 *
 * @param text - Any text.
 * @returns The folded text.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** True when the folded `needle` occurs in any of the folded `haystacks`. */
export function foldIncludes(needle: string, ...haystacks: Array<string | null | undefined>): boolean {
  const n = fold(needle).trim();
  if (!n) return true;
  return haystacks.some((h) => h != null && fold(h).includes(n));
}

/** True when the folded `needle` equals any of the folded `candidates`. */
export function foldEquals(needle: string, ...candidates: Array<string | null | undefined>): boolean {
  const n = fold(needle).trim();
  return candidates.some((c) => c != null && fold(c).trim() === n);
}

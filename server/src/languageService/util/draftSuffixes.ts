/** The Latin suffixes of paragraphs inserted during negotiation (`5 bis`, `5 ter`), in their order. */
export const DRAFT_SUFFIXES: readonly string[] = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

/** The place of a suffix in {@link DRAFT_SUFFIXES}, from 1 (`bis`); 0 for none or an unknown word. */
export function suffixIndex(suffix: string | undefined): number {
  return suffix === undefined ? 0 : DRAFT_SUFFIXES.indexOf(suffix) + 1;
}

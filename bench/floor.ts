/**
 * The floor: the least work any checker must do — one linear pass over the text, split into lines
 * and scanned once with one regular expression for citation-like tokens. Anything slower than a
 * small multiple of this is spending time on something other than reading the text.
 */

// One token per citation-like run: `36/103`, `A/74/363`, `2334 (2016)`. No nested quantifiers.
const CITATION_LIKE = /\b(?:[A-Z]\/)?\d{1,4}\/\d{1,4}\b|\b\d{1,4} \(\d{4}\)/g;

/** Splits the text into lines and scans each once; returns the number of matches so the work is not optimised away. */
export function linearPass(text: string): number {
  let found = 0;
  for (const line of text.split(/\r?\n/)) {
    CITATION_LIKE.lastIndex = 0;
    while (CITATION_LIKE.exec(line) !== null) found++;
  }
  return found;
}

/**
 * The empty list that every model element with nothing in a list shares. Most paragraphs have no
 * subparagraphs or bullets and most blocks cite nothing: a fresh `[]` for each was tens of
 * thousands of arrays per parse of a large document. Frozen, so a reader that tried to add to it
 * would fail loudly instead of changing every element at once.
 */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * Canonical document symbols, the one key by which citations, catalogs and workspace documents
 * meet. Canonical forms (spacing as the UN prints them):
 * `A/RES/36/103`, `A/RES/43/78 H`, `A/RES/2625 (XXV)`, `A/RES/217 A (III)`, `A/RES/S-26/2`,
 * `A/RES/ES-10/19`, `A/DEC/73/546`, `S/RES/2334 (2016)`, `E/RES/2019/1`, `A/HRC/RES/40/1`.
 */
import { organFromSymbol } from './organs';

/**
 * Normalises a symbol as written by people and data sets (`A/RES/1514(XV)`, `a/res/43/78H`,
 * `A/RES/217 A(III)`, `R/36/103`) to the canonical form. Returns the input trimmed when it does
 * not look like a symbol at all.
 */
export function normalizeSymbol(raw: string): string {
  // Catalog lookups are rebuilt whenever a workspace document's symbol changes, normalising every
  // entry again (tens of thousands with an imported catalog): remember the answers.
  const known = normalized.get(raw);
  if (known !== undefined) return known;
  if (normalized.size >= NORMALIZED_LIMIT) normalized.clear();
  const result = normalizeUncached(raw);
  normalized.set(raw, result);
  return result;
}

const NORMALIZED_LIMIT = 100_000;
const normalized = new Map<string, string>();

function normalizeUncached(raw: string): string {
  let s = raw.trim().replace(/\s+/g, ' ').toUpperCase();
  // The unvotes data set writes GA resolutions as R/<session>/<number>.
  s = s.replace(/^R\//, 'A/RES/');
  // A space before a parenthesised session or year: 1514(XV) → 1514 (XV); 217 A(III) → 217 A (III);
  // the numbered special sessions of that era too: 3201(S-VI) → 3201 (S-VI).
  s = s.replace(/(\S)\(((?:E?S-)?[IVXLC]+|\d{4})\)$/, '$1 ($2)');
  // A part letter glued to the number: 43/78H → 43/78 H; 217A (III) → 217 A (III).
  s = s.replace(/(\/\d+)([A-Z])$/, '$1 $2').replace(/^(A\/RES\/\d+)([A-Z]) \(/, '$1 $2 (');
  // Spaces around slashes never belong to a symbol.
  s = s.replace(/ ?\/ ?/g, '/');
  // Revision, addendum and corrigendum suffixes keep the case the UN prints: A/C.3/78/L.49/Rev.1.
  s = s.replace(/\/(REV|ADD|CORR|AMEND)\./g, (_m, w: string) => `/${w[0]}${w.slice(1).toLowerCase()}.`);
  return s;
}

/** The official text of a symbol, on the UN's document host; in one official language (`ar`, `zh`, `en`, `fr`, `ru`, `es`) when given. */
export function officialUrl(symbol: string, language?: string): string {
  // encodeURI throws on a lone surrogate (pasted or half-typed text): such a code unit becomes U+FFFD.
  const wellFormed = symbol.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return `https://undocs.org/${language ? `${language}/` : ''}${encodeURI(wellFormed)}`;
}

/** Whether `text` is a UN document symbol as the UN prints it (`A/RES/74/29`, `A/C.1/74/L.50`, `S/RES/2334 (2016)`). */
export function isDocumentSymbol(text: string): boolean {
  const s = normalizeSymbol(text);
  if (s.length > 80 || organFromSymbol(s) === undefined || !/\d/.test(s)) return false;
  // Segments of letters, digits, `.` and `-`, separated by single slashes; a part letter and a parenthesised session or year may end it.
  if (!/^[A-Z]+(?:\/[A-Za-z0-9.-]+)+(?: [A-Z])?(?: \((?:(?:E?S-)?[IVXLC]+|\d{4})\))?$/.test(s)) return false;
  // `A/RES/74-29`: a hyphen where the slash belongs.
  return !/\/\d+-\d+(?:\/|$| )/.test(s);
}

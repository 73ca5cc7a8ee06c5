/** Document symbols in running text: `A/74/363`, `S/2019/123`, `A/RES/74/29`, `A/C.1/74/L.50`. */
import type { OffsetLines } from '../spans';
import type { SymbolMention } from '../../model';
import { organFromSymbol } from '../../util/organs';
import { isAlnum, isGap, isDigit, isLetter, isUpper } from './text';

/**
 * Series roots a symbol may start with. The principal organs first; then treaty bodies,
 * conferences and programmes whose symbols appear in resolutions. A root outside this list is
 * not taken for a symbol, so `AND/OR` or `ICT/…` in prose stay prose.
 */
const ROOTS: ReadonlySet<string> = new Set([
  'A',
  'S',
  'E',
  'ST',
  'UNEP',
  'TD',
  'DP',
  'CD',
  'CCPR',
  'CRC',
  'CEDAW',
  'CERD',
  'CAT',
  'CRPD',
  'CMW',
  'ICCD',
  'FCCC',
  'UNW',
  'NPT',
  'CTBT',
  'HS',
  'ISBA',
  'SPLOS',
  'APLC',
  'CCW',
  'BWC',
  'ICEF',
  'JIU',
  'UNITAR',
  'UNIDO',
  'TRADE',
  'CES',
  'ECE',
]);

/** Characters of a symbol's body: letters, digits, `.`, `-`, `/`. */
function isBodyChar(c: number): boolean {
  return isAlnum(c) || c === 46 /* . */ || c === 45 /* - */ || c === 47; /* / */
}

/**
 * The end of a `(2016)` or `(XXV)` suffix starting at `i` (after an optional single space),
 * or undefined when there is none. Resolution symbols of the Security Council and of the General
 * Assembly's first thirty sessions carry one.
 */
function parenthesisedSuffixEnd(text: string, i: number): number | undefined {
  let at = i;
  if (isGap(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 40 /* ( */) return undefined;
  let end = at + 1;
  while (end < text.length && end - at <= 10 && (isDigit(text.charCodeAt(end)) || 'IVXLCDM'.includes(text[end]))) end++;
  if (end === at + 1 || text.charCodeAt(end) !== 41 /* ) */) return undefined;
  return end + 1;
}

/** Why a symbol is malformed, or undefined when it is well formed. */
function malformation(symbol: string): string | undefined {
  if (symbol.includes('//')) return `The symbol ${symbol} has an empty part between two slashes.`;
  if (symbol.endsWith('/')) return `The symbol ${symbol} ends with a slash.`;
  // What is left is a hyphen in a resolution's number: most symbols have none, and need no split.
  if (!symbol.includes('-') && !symbol.includes('\u2013')) return undefined;
  const parts = symbol.split(/[ (]/)[0].split('/');
  if (parts.includes('RES') || parts.includes('DEC')) {
    for (const part of parts) {
      // `74-29` where a slash belongs; `S-26` and `ES-10` are special-session numbers.
      if (/^[0-9]+[-\u2013][0-9]+$/.test(part)) {
        return `The symbol ${symbol} separates session and number with a hyphen; write ${symbol.replace(part, part.replace(/[-\u2013]/, '/'))}.`;
      }
    }
  }
  return undefined;
}

/**
 * Every document symbol in `text`: a known series root, a slash, and a body with at least one
 * digit. Parentheses around a symbol are not part of it; a sentence's full stop is not either.
 */
export function scanSymbols(text: string, lines: OffsetLines): SymbolMention[] {
  const symbols: SymbolMention[] = [];
  let i = 0;
  while (i < text.length) {
    const slash = text.indexOf('/', i);
    if (slash < 0) break;
    // The root: capital letters and digits right before the slash, starting at a word boundary.
    let start = slash;
    while (start > 0 && (isUpper(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start - 1)))) start--;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    // The root is sliced out last: most slashes stand in citations (`74/29`), after digits alone.
    if (!isUpper(text.charCodeAt(start)) || isBodyChar(before) || before === 95 /* _ */ || before === 58 /* : */ || !ROOTS.has(text.slice(start, slash))) {
      i = slash + 1;
      continue;
    }
    let end = slash + 1;
    while (end < text.length && isBodyChar(text.charCodeAt(end))) end++;
    // A trailing full stop or hyphen ends the sentence, not the symbol.
    while (end > slash + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    const body = text.slice(slash + 1, end);
    if (!/[0-9]/.test(body)) {
      i = Math.max(end, slash + 1);
      continue;
    }
    const isResolution = /(^|\/)(RES|DEC)\//.test(body);
    if (isResolution && isDigit(text.charCodeAt(end - 1))) {
      // `A/RES/43/78 H`, `A/RES/217 A (III)`, `S/RES/2334 (2016)`: part letter and suffix.
      let at = end;
      if (isGap(text.charCodeAt(at)) && isUpper(text.charCodeAt(at + 1)) && !isLetter(text.charCodeAt(at + 2) || 32) && !isDigit(text.charCodeAt(at + 2) || 32)) {
        at += 2;
      }
      const suffixEnd = parenthesisedSuffixEnd(text, at);
      if (suffixEnd !== undefined) end = suffixEnd;
      else if (at !== end && /^[0-9]+\/[0-9]+$/.test(body.split('/').slice(-2).join('/'))) end = at;
    }
    const symbol = text.slice(start, end);
    const malformed = malformation(symbol);
    const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
    const organ = organFromSymbol(symbol);
    // Written out: a spread of the optional field took V8's slow path.
    symbols.push(malformed === undefined ? { text: symbol, range, organ } : { text: symbol, range, organ, malformed });
    i = end;
  }
  return symbols;
}

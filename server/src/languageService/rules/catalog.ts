/**
 * The rules that check citations against the catalogs (contract §5): `citation/date` when the
 * cited date contradicts the catalog's, and `citation/unknown` for a resolution no catalog knows.
 * Both are silent without a catalog. A date the catalog marks doubtful is never the ground for an
 * error: that finding is lowered to information.
 */
import type { CitationItem } from '../model';
import type { CatalogEntry, CatalogLookup } from '../catalog/types';
import { normalizeSymbol } from '../util/symbols';
import { writtenDate } from '../util/dates';
import { itemNumberText } from '../util/citationText';
import { capitalise, oneLine } from './messageText';
import type { Rule } from './types';

/** Data of a catalog `citation/date` finding: the catalog's date written `D Month YYYY`, to replace the cited date's range. */
export interface CatalogDateFixData {
  readonly replacement: string;
  /** The catalog entry's symbol and source, for the fix's title. */
  readonly symbol: string;
  readonly source: string;
  readonly doubtful: boolean;
}

/** `citation/date` against the catalog: a cited date that is not the catalog's. */
const catalogDate: Rule = (ctx) => {
  const catalog = ctx.catalog;
  if (catalog === undefined) return;
  for (const citation of ctx.doc.citations) {
    for (const item of citation.items) {
      const date = item.date;
      if (date === undefined || !date.valid || item.malformed !== undefined) continue;
      const entry = catalogEntryOf(catalog, item);
      const catalogDate = entry !== undefined ? writtenDate(entry.date) : undefined;
      if (entry === undefined || catalogDate === undefined || entry.date === date.iso) continue;
      const doubtful = entry.doubtfulDate === true;
      const name = `${capitalise(item.kind)} ${itemNumberText(item)}`;
      const source = shortSource(entry.source);
      const message = doubtful
        ? `${name} may be of ${catalogDate} rather than ${oneLine(date.text)}; the catalog's date is doubtful (source: ${source}).`
        : `${name} was adopted on ${catalogDate}, not ${oneLine(date.text)} (source: ${source}).`;
      const data: CatalogDateFixData = { replacement: catalogDate, symbol: entry.symbol, source: entry.source, doubtful };
      ctx.report({ code: 'citation/date', message, range: date.range, data, ...(doubtful ? { severity: 'information' as const } : {}) });
    }
  }
};

/** `citation/unknown`: a well-formed item whose canonical symbol no catalog holds. */
const catalogUnknown: Rule = (ctx) => {
  const catalog = ctx.catalog;
  if (catalog === undefined) return;
  for (const citation of ctx.doc.citations) {
    for (const item of citation.items) {
      // A malformed item is `citation/format`'s; looking up a symbol it does not have would only add noise.
      if (item.malformed !== undefined || citation.malformed !== undefined) continue;
      if (catalogEntryOf(catalog, item) !== undefined) continue;
      const symbol = normalizeSymbol(item.symbol);
      ctx.report({
        code: 'citation/unknown',
        message: `${capitalise(item.kind)} ${itemNumberText(item)} (${symbol}) is not in any catalog; its number and date are unverified.`,
        range: item.symbolRange,
        data: { symbol },
      });
    }
  }
};

/** The catalog's entry for an item's canonical symbol, if any. */
export function catalogEntryOf(catalog: CatalogLookup, item: CitationItem): CatalogEntry | undefined {
  try {
    return catalog.get(normalizeSymbol(item.symbol));
  } catch {
    // A catalog is someone else's data structure; a failing lookup is an unknown, not a crash.
    return undefined;
  }
}

/** A source note short enough for a message: its first sentence when it runs long (the data keeps it whole). */
function shortSource(source: string): string {
  if (source.length <= 80) return source;
  const stop = source.indexOf('. ');
  return stop > 0 && stop < 120 ? source.slice(0, stop) : `${source.slice(0, 80)}…`;
}

/** The catalog rules; silent when no catalog is given. */
export const catalogRules: readonly Rule[] = [catalogDate, catalogUnknown];

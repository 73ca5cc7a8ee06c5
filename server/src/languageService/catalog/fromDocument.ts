import type { ResolutionDocument } from '../model';
import { normalizeSymbol } from '../util/symbols';
import type { CatalogEntry } from './types';

/**
 * What a workspace document says of itself, as a catalog entry (contract §5, first layer):
 * only a document with a `symbol` and an `adopted` date is one.
 */
export function catalogEntryOfDocument(doc: ResolutionDocument): CatalogEntry | undefined {
  const { symbol, adopted, title, session, agendaItem } = doc.info;
  if (!symbol || !adopted) return undefined;
  return { symbol: normalizeSymbol(symbol), date: adopted, title, session, agendaItem, source: doc.uri };
}

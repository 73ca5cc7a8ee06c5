/**
 * Document links: every citation item and every document symbol (in the text and in the front
 * matter's `symbol` and `report`) links to its official text on undocs.org.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';
import { normalizeSymbol, officialUrl } from '../util/symbols';

/** The links of a document, in document order. */
export function provideDocumentLinks(doc: ResolutionDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const entry of doc.frontMatter?.entries ?? []) {
    if ((entry.key === 'symbol' || entry.key === 'report') && entry.valueText.trim() !== '') {
      links.push(link(normalizeSymbol(entry.valueText), entry.valueRange));
    }
  }
  for (const citation of doc.citations) {
    if (citation.malformed) continue;
    for (const item of citation.items) if (!item.malformed) links.push(link(item.symbol, item.symbolRange));
  }
  for (const mention of doc.symbols) if (!mention.malformed) links.push(link(normalizeSymbol(mention.text), mention.range));
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function link(symbol: string, range: DocumentLink['range']): DocumentLink {
  return { range, target: officialUrl(symbol), tooltip: `Official text of ${symbol}` };
}

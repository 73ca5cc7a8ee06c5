/**
 * What definition, references, highlights and rename share: finding the navigable thing under the cursor.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { CitationItem, Paragraph, ResolutionDocument } from '../model';
import { normalizeSymbol } from '../util/symbols';
import { citationItemAt, ownSymbolAt, referenceAt } from '../query/cursor';
import { resolveReference } from '../query/references';
import { contains } from './shared';

/** The thing under the cursor that navigation knows. */
export type NavigationTarget =
  | { readonly kind: 'citation'; readonly symbol: string; readonly item?: CitationItem; readonly range: Range }
  | { readonly kind: 'ownSymbol'; readonly symbol: string; readonly range: Range }
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph; readonly range: Range; readonly subRange?: Range }
  | { readonly kind: 'footnote'; readonly label: string; readonly range: Range };

/** Finds what the cursor is on: a citation item, the document's own symbol, a paragraph number or reference, a footnote. */
export function targetAt(doc: ResolutionDocument, pos: Position): NavigationTarget | undefined {
  const item = citationItemAt(doc, pos);
  if (item) return { kind: 'citation', symbol: item.symbol, item, range: item.range };
  const mention = doc.symbols.find(s => contains(s.range, pos));
  if (mention && !mention.malformed) return { kind: 'citation', symbol: normalizeSymbol(mention.text), range: mention.range };

  const own = ownSymbolAt(doc, pos);
  if (own) return { kind: 'ownSymbol', symbol: own.symbol, range: own.range };

  const ref = referenceAt(doc, pos);
  const found = ref && resolveReference(doc, ref.reference, ref.target);
  if (ref && found) return { kind: 'paragraph', paragraph: found.paragraph, range: ref.target.range, subRange: found.chain[found.chain.length - 1]?.labelRange };
  for (const part of doc.parts) {
    const paragraph = part.operative.find(p => p.number && contains(p.number.range, pos));
    if (paragraph) return { kind: 'paragraph', paragraph, range: paragraph.number!.range };
  }
  const footnote = doc.footnoteReferences.find(f => contains(f.range, pos));
  if (footnote) return { kind: 'footnote', label: footnote.label, range: footnote.range };
  const def = doc.footnoteDefinitions.find(d => contains(d.labelRange, pos));
  if (def) return { kind: 'footnote', label: def.label, range: def.labelRange };
  return undefined;
}

/** Every internal reference target in `doc` that names `paragraph`, with the part it stands in respected. */
export function referencesTo(doc: ResolutionDocument, paragraph: Paragraph): Range[] {
  const found: Range[] = [];
  for (const reference of doc.references) {
    for (const target of reference.targets) {
      if (target.paragraph === undefined) continue;
      if (resolveReference(doc, reference, target)?.paragraph === paragraph) found.push(target.range);
    }
  }
  return found;
}

/** The symbol of the part a paragraph stands in, as cited from elsewhere (`43/78 H` cites part H). */
export function ownSymbolOf(doc: ResolutionDocument, paragraph: Paragraph): string | undefined {
  const symbol = doc.info.symbol ? normalizeSymbol(doc.info.symbol) : undefined;
  if (!symbol) return undefined;
  const part = doc.parts.find(p => p.operative.includes(paragraph));
  return part?.letter ? `${symbol} ${part.letter}` : symbol;
}

/**
 * What definition, references, highlights and rename share: finding the navigable thing under the cursor.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { CitationItem, Paragraph, ResolutionDocument } from '../model';
import { normalizeSymbol } from '../util/symbols';
import { citationItemAt, resolveTarget } from './hover';
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

  for (const reference of doc.references) {
    if (!contains(reference.range, pos)) continue;
    const target = reference.targets.find(t => contains(t.range, pos)) ?? reference.targets[0];
    const found = target && resolveTarget(doc, reference, target);
    if (found) return { kind: 'paragraph', paragraph: found.paragraph, range: target.range, subRange: found.sub?.labelRange };
  }
  for (const part of doc.parts) {
    const paragraph = part.operative.find(p => p.number && contains(p.number.range, pos));
    if (paragraph) return { kind: 'paragraph', paragraph, range: paragraph.number!.range };
  }
  const ref = doc.footnoteReferences.find(f => contains(f.range, pos));
  if (ref) return { kind: 'footnote', label: ref.label, range: ref.range };
  const def = doc.footnoteDefinitions.find(d => contains(d.labelRange, pos));
  if (def) return { kind: 'footnote', label: def.label, range: def.labelRange };
  return undefined;
}

/** The front matter's `symbol` value when `pos` is on it (or on its key). */
export function ownSymbolAt(doc: ResolutionDocument, pos: Position): { symbol: string; text: string; range: Range } | undefined {
  const entry = doc.frontMatter?.entries.find(e => e.key === 'symbol' && (contains(e.keyRange, pos) || contains(e.valueRange, pos)));
  const text = entry?.valueText.trim();
  if (!entry || !text) return undefined;
  return { symbol: normalizeSymbol(text), text, range: entry.valueRange };
}

/** Every internal reference target in `doc` that names `paragraph`, with the part it stands in respected. */
export function referencesTo(doc: ResolutionDocument, paragraph: Paragraph): Range[] {
  const found: Range[] = [];
  for (const reference of doc.references) {
    for (const target of reference.targets) {
      if (target.paragraph === undefined) continue;
      if (resolveTarget(doc, reference, target)?.paragraph === paragraph) found.push(target.range);
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

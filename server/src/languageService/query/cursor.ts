/** What stands at a cursor position: the look-ups hover, navigation, rename and completion share. */
import type { Position, Range } from 'vscode-languageserver-types';
import type { CitationItem, ParagraphReference, ReferenceTarget, ResolutionDocument } from '../model';
import { contains } from '../util/positions';
import { normalizeSymbol } from '../util/symbols';

/** The well-formed citation item at `pos`, if any. */
export function citationItemAt(doc: ResolutionDocument, pos: Position): CitationItem | undefined {
  for (const c of doc.citations) {
    if (!contains(c.range, pos)) continue;
    const item = c.items.find(i => contains(i.range, pos));
    if (item && !item.malformed) return item;
  }
  return undefined;
}

/** The internal reference at `pos` and the target under it (the first when between targets). */
export function referenceAt(doc: ResolutionDocument, pos: Position): { reference: ParagraphReference; target: ReferenceTarget } | undefined {
  for (const reference of doc.references) {
    if (!contains(reference.range, pos)) continue;
    const target = reference.targets.find(t => contains(t.range, pos)) ?? reference.targets[0];
    if (target) return { reference, target };
  }
  return undefined;
}

/** The front matter's `symbol` value when `pos` is on it (or on its key). */
export function ownSymbolAt(doc: ResolutionDocument, pos: Position): { symbol: string; text: string; range: Range } | undefined {
  const entry = doc.frontMatter?.entries.find(e => e.key === 'symbol' && (contains(e.keyRange, pos) || contains(e.valueRange, pos)));
  const text = entry?.valueText.trim();
  if (!entry || !text) return undefined;
  return { symbol: normalizeSymbol(text), text, range: entry.valueRange };
}

/**
 * Document highlights: the same resolution cited twice (or the document's own symbol and its
 * citations), a paragraph number and every reference to it, a footnote and its references.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';
import { referencesTo, targetAt } from './navigation';

/** The highlights of what is at `pos` within its own document. */
export function provideHighlights(doc: ResolutionDocument, pos: Position): DocumentHighlight[] {
  const target = targetAt(doc, pos);
  if (!target) return [];
  switch (target.kind) {
    case 'citation':
    case 'ownSymbol': {
      const found: DocumentHighlight[] = [];
      if (target.kind === 'ownSymbol') found.push({ range: target.range, kind: DocumentHighlightKind.Write });
      for (const c of doc.citations) {
        for (const item of c.items) if (!item.malformed && item.symbol === target.symbol) found.push({ range: item.range, kind: DocumentHighlightKind.Read });
      }
      return found;
    }
    case 'paragraph': {
      const found: DocumentHighlight[] = [];
      if (target.paragraph.number) found.push({ range: target.paragraph.number.range, kind: DocumentHighlightKind.Write });
      for (const range of referencesTo(doc, target.paragraph)) found.push({ range, kind: DocumentHighlightKind.Read });
      return found;
    }
    case 'footnote':
      return [
        ...doc.footnoteDefinitions.filter(d => d.label === target.label).map(d => ({ range: d.labelRange, kind: DocumentHighlightKind.Write })),
        ...doc.footnoteReferences.filter(r => r.label === target.label).map(r => ({ range: r.range, kind: DocumentHighlightKind.Read })),
      ];
  }
}

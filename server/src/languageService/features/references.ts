/**
 * Find references: from the document's own symbol (front matter), every citation of it in the
 * workspace; from a paragraph number, every reference to that paragraph in the document and every
 * `paragraph N of resolution …` citing it from other documents; from a citation, every citation of
 * the same resolution in the workspace.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';
import type { FeatureContext } from './shared';
import { ownSymbolOf, referencesTo, targetAt } from './navigation';

/** Every place citing what is at `pos`; with `includeDeclaration`, its own place too. */
export function provideReferences(ctx: FeatureContext, doc: ResolutionDocument, pos: Position, includeDeclaration: boolean): Location[] {
  const target = targetAt(doc, pos);
  if (!target) return [];
  const found: Location[] = [];
  switch (target.kind) {
    case 'ownSymbol':
      if (includeDeclaration) found.push({ uri: doc.uri, range: target.range });
      found.push(...ctx.index.citationsOf(target.symbol));
      break;
    case 'citation':
      if (includeDeclaration) {
        for (const d of ctx.index.documentsWithSymbol(target.symbol)) if (d.symbolRange) found.push({ uri: d.uri, range: d.symbolRange });
      }
      found.push(...ctx.index.citationsOf(target.symbol));
      break;
    case 'paragraph': {
      const { paragraph } = target;
      if (includeDeclaration && paragraph.number) found.push({ uri: doc.uri, range: paragraph.number.range });
      found.push(...referencesTo(doc, paragraph).map(range => ({ uri: doc.uri, range })));
      const symbol = ownSymbolOf(doc, paragraph);
      if (symbol && paragraph.number) found.push(...ctx.index.citationsOf(symbol, paragraph.number.value).filter(l => l.uri !== doc.uri));
      break;
    }
    case 'footnote':
      if (includeDeclaration) found.push(...doc.footnoteDefinitions.filter(d => d.label === target.label).map(d => ({ uri: doc.uri, range: d.labelRange })));
      found.push(...doc.footnoteReferences.filter(r => r.label === target.label).map(r => ({ uri: doc.uri, range: r.range })));
      break;
  }
  return found;
}

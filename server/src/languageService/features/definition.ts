/**
 * Go to definition: from a citation (or a document symbol) to the cited workspace document — to
 * the cited paragraph for `paragraph 5 of resolution 74/29` — from a paragraph reference to the
 * paragraph, from a footnote reference to its definition.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';
import { contains, type FeatureContext } from './shared';
import { targetAt } from './navigation';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The definitions of what is at `pos`; empty when there is none. */
export function provideDefinition(ctx: FeatureContext, doc: ResolutionDocument, pos: Position): Location[] {
  const target = targetAt(doc, pos);
  if (!target) return [];
  switch (target.kind) {
    case 'citation': {
      const mention = ctx.index.summary(doc.uri)?.citations.find(c => c.symbol === target.symbol && contains(c.range, pos));
      return ctx.index.documentsWithSymbol(target.symbol).map(d => {
        const paragraph = mention?.paragraph !== undefined ? d.paragraphs.find(p => p.number === mention.paragraph) : undefined;
        return { uri: d.uri, range: paragraph?.labelRange ?? d.symbolRange ?? START };
      });
    }
    case 'paragraph':
      return [{ uri: doc.uri, range: target.subRange ?? target.paragraph.number?.range ?? target.paragraph.range }];
    case 'footnote': {
      const def = doc.footnoteDefinitions.find(d => d.label === target.label);
      return def ? [{ uri: doc.uri, range: def.labelRange }] : [];
    }
    case 'ownSymbol':
      return [];
  }
}

/**
 * Folding ranges: the front matter, each paragraph with its subparagraphs, each subparagraph with
 * its children, footnote definitions, parts, attachments and their articles, and comments of more
 * than one line. A range folds its lines after the first, so one-line things get none.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ResolutionDocument, Subparagraph } from '../model';
import { isBlank } from '../parser/lines';
import { allParagraphs } from '../query/paragraphs';

/** The folding ranges of a document, sorted by start line. */
export function provideFoldingRanges(doc: ResolutionDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, kind?: string) => {
    // Blank lines at the end of a region stay visible, as after a heading's section.
    let last = Math.min(end, doc.lines.length - 1);
    while (last > start && isBlank(doc.lines[last])) last--;
    const key = `${start}:${last}`;
    if (last <= start || seen.has(key)) return;
    seen.add(key);
    out.push(kind ? { startLine: start, endLine: last, kind } : { startLine: start, endLine: last });
  };
  if (doc.frontMatter) add(doc.frontMatter.range.start.line, doc.frontMatter.range.end.line);
  for (const c of doc.comments) add(c.range.start.line, c.range.end.line, FoldingRangeKind.Comment);
  for (const part of doc.parts) if (part.heading) add(part.heading.range.start.line, part.range.end.line, FoldingRangeKind.Region);
  for (const a of doc.attachments) {
    add(a.heading.range.start.line, a.range.end.line, FoldingRangeKind.Region);
    for (const article of a.articles) {
      const ends = article.paragraphs.map(p => p.lastLine);
      const next = a.headings.find(h => h.level <= article.heading.level && h.range.start.line > article.heading.range.start.line);
      add(article.heading.range.start.line, next ? next.range.start.line - 1 : Math.max(a.range.end.line, ...ends), FoldingRangeKind.Region);
    }
  }
  const subs = (list: readonly Subparagraph[]) => {
    for (const s of list) {
      add(s.range.start.line, s.range.end.line);
      subs(s.children);
    }
  };
  for (const p of allParagraphs(doc)) {
    add(p.firstLine, p.lastLine);
    subs(p.subparagraphs);
  }
  for (const f of doc.footnoteDefinitions) add(f.range.start.line, f.range.end.line);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

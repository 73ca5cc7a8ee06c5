/**
 * Selection ranges (expand selection): word → phrase, citation item, date, reference or footnote
 * marker → the whole citation → subparagraph (innermost first) → paragraph → section, part,
 * article or attachment → document. Each range strictly contains the one before it.
 */
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { ResolutionDocument, Subparagraph } from '../model';
import { allParagraphs } from '../query/paragraphs';
import { contains } from './shared';
import { comparePositions } from '../util/edits';

/** One chain of selection ranges per position, innermost first. */
export function provideSelectionRanges(doc: ResolutionDocument, positions: readonly Position[]): SelectionRange[] {
  return positions.map(p => chainAt(doc, p));
}

function chainAt(doc: ResolutionDocument, pos: Position): SelectionRange {
  const candidates: Range[] = [];
  const word = wordAt(doc.lines[pos.line] ?? '', pos);
  if (word) candidates.push(word);
  const consider = (r: Range | undefined) => {
    if (r && contains(r, pos)) candidates.push(r);
  };
  const fm = doc.frontMatter;
  if (fm) {
    consider(fm.range);
    for (const e of fm.entries) {
      consider(e.keyRange);
      consider(e.valueRange);
      // The whole entry ends where the later of key and value ends (a value may run over several lines).
      consider({ start: e.keyRange.start, end: comparePositions(e.valueRange.end, e.keyRange.end) > 0 ? e.valueRange.end : e.keyRange.end });
    }
  }
  for (const c of doc.citations) {
    if (!contains(c.range, pos)) continue;
    consider(c.range);
    for (const item of c.items) {
      consider(item.range);
      consider(item.symbolRange);
      consider(item.date?.range);
    }
  }
  for (const s of doc.symbols) consider(s.range);
  for (const d of doc.dates) consider(d.range);
  for (const r of doc.references) {
    if (!contains(r.range, pos)) continue;
    consider(r.range);
    for (const t of r.targets) consider(t.range);
  }
  for (const f of doc.footnoteReferences) consider(f.range);
  for (const f of doc.footnoteDefinitions) {
    consider(f.labelRange);
    consider(f.range);
  }
  for (const c of doc.comments) consider(c.range);
  for (const h of doc.headings) {
    consider(h.textRange);
    consider(h.range);
  }
  const subs = (list: readonly Subparagraph[]) => {
    for (const s of list) {
      if (!contains(s.range, pos)) continue;
      consider(s.labelRange);
      consider(s.range);
      subs(s.children);
    }
  };
  for (const p of allParagraphs(doc)) {
    if (!contains(p.range, pos)) continue;
    consider(p.range);
    consider(p.opening?.range);
    consider(p.opening?.fullRange);
    consider(p.number?.range);
    subs(p.subparagraphs);
    for (const b of p.bullets) consider(b.range);
  }
  for (const part of doc.parts) {
    consider(part.organLine?.range);
    if (part.heading) consider(part.range);
  }
  for (const a of doc.attachments) {
    consider(a.range);
    for (const article of a.articles) {
      const last = article.paragraphs[article.paragraphs.length - 1];
      consider(last ? { start: article.heading.range.start, end: last.range.end } : article.heading.range);
    }
  }
  const lastLine = Math.max(0, doc.lines.length - 1);
  candidates.push({ start: { line: 0, character: 0 }, end: { line: lastLine, character: (doc.lines[lastLine] ?? '').length } });

  // Innermost first; keep a range only when it strictly contains the one kept before it.
  const sized = candidates.map(r => ({ r, size: size(r, doc) })).sort((a, b) => a.size - b.size);
  const chain: Range[] = [];
  for (const { r } of sized) {
    const inner = chain[chain.length - 1];
    if (!inner || (encloses(r, inner) && !same(r, inner))) chain.push(r);
  }
  let result: SelectionRange | undefined;
  for (let k = chain.length - 1; k >= 0; k--) result = result ? { range: chain[k], parent: result } : { range: chain[k] };
  return result ?? { range: { start: pos, end: pos } };
}

/** The word under the cursor: letters, digits and the joiners inside words (`Secretary-General`, `State’s`, `74/29`). */
function wordAt(line: string, pos: Position): Range | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\-'’/]/u.test(c);
  let s = Math.min(pos.character, line.length);
  let e = s;
  while (s > 0 && isWord(line[s - 1])) s--;
  while (e < line.length && isWord(line[e])) e++;
  return e > s ? { start: { line: pos.line, character: s }, end: { line: pos.line, character: e } } : undefined;
}

/** Whether `outer` holds `inner` entirely. */
function encloses(outer: Range, inner: Range): boolean {
  return contains(outer, inner.start) && contains(outer, inner.end);
}

function same(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** A size that orders nested ranges: characters, counting each line as its length. */
function size(r: Range, doc: ResolutionDocument): number {
  if (r.start.line === r.end.line) return r.end.character - r.start.character;
  let total = (doc.lines[r.start.line]?.length ?? 0) - r.start.character + r.end.character;
  for (let l = r.start.line + 1; l < r.end.line; l++) total += (doc.lines[l]?.length ?? 0) + 1;
  return total + (r.end.line - r.start.line);
}

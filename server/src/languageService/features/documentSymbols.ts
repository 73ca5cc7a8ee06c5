/**
 * The outline of a resolution: front matter (its keys), each part, the preamble with each
 * paragraph's opening phrase, the operative paragraphs with number and verb and their
 * subparagraphs, section headings grouping the paragraphs under them, footnotes, and the
 * attachments with their articles and paragraphs. Every range lies inside its parent's range.
 */
import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import type { Attachment, Heading, Paragraph, ResolutionDocument, ResolutionPart, Subparagraph } from '../model';

/** How much of a paragraph's text a symbol's detail shows. */
const DETAIL_LIMIT = 80;

/** The document symbols of a resolution, in document order. */
export function provideDocumentSymbols(doc: ResolutionDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const fm = doc.frontMatter;
  if (fm) {
    const entries = fm.entries.map(e =>
      symbol(e.key || 'key', e.valueText || undefined, SymbolKind.Property, span(e.keyRange, e.valueText ? e.valueRange : e.keyRange), e.keyRange),
    );
    out.push(symbol('Front matter', doc.info.symbol, SymbolKind.Namespace, fm.range, fm.range, entries));
  }
  const lettered = doc.parts.some(p => p.letter !== undefined);
  for (const part of doc.parts) {
    const children = partChildren(part);
    if (lettered && part.heading) {
      const range = cover(part.heading.range, children);
      out.push(symbol(part.heading.text || `Part ${part.letter ?? ''}`.trim(), undefined, SymbolKind.Module, range, part.heading.textRange, children));
    } else out.push(...children);
  }
  if (doc.footnoteDefinitions.length > 0) {
    const notes = doc.footnoteDefinitions.map(f => symbol(`[^${f.label}]`, clip(f.text), SymbolKind.Key, f.range, f.labelRange));
    out.push(symbol('Footnotes', undefined, SymbolKind.Namespace, cover(notes[0].range, notes), notes[0].range, notes));
  }
  for (const a of doc.attachments) out.push(attachmentSymbol(a));
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function partChildren(part: ResolutionPart): DocumentSymbol[] {
  const children: DocumentSymbol[] = [];
  if (part.organLine)
    children.push(symbol(part.organLine.text.replace(/\s+/g, ' ').replace(/ ?,? ?$/, '') || 'Organ', undefined, SymbolKind.Object, part.organLine.range, part.organLine.range));
  const preamble = grouped(part.preambular, part.sections, (p, i) => preambularSymbol(p, i + 1));
  if (preamble.length > 0)
    children.push(
      symbol(
        'Preamble',
        `${part.preambular.length} paragraph${part.preambular.length === 1 ? '' : 's'}`,
        SymbolKind.Namespace,
        cover(preamble[0].range, preamble),
        preamble[0].selectionRange,
        preamble,
      ),
    );
  const operative = grouped(part.operative, part.sections, p => operativeSymbol(p));
  if (operative.length > 0)
    children.push(
      symbol(
        'Operative part',
        `${part.operative.length} paragraph${part.operative.length === 1 ? '' : 's'}`,
        SymbolKind.Namespace,
        cover(operative[0].range, operative),
        operative[0].selectionRange,
        operative,
      ),
    );
  return children;
}

/** Paragraphs in order, those under a section heading grouped in a symbol of that heading. */
function grouped(paragraphs: readonly Paragraph[], sections: readonly Heading[], make: (p: Paragraph, index: number) => DocumentSymbol): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  let group: { heading?: Heading; name: string; items: DocumentSymbol[] } | undefined;
  const close = () => {
    if (!group) return;
    const first = group.items[0];
    // The heading belongs to the group when it stands right before it; else the group starts at its first paragraph.
    const heading =
      group.heading && group.heading.range.start.line < first.range.start.line && (out.length === 0 || group.heading.range.start.line > out[out.length - 1].range.end.line)
        ? group.heading
        : undefined;
    const range = heading ? cover(heading.range, group.items) : cover(first.range, group.items);
    out.push(symbol(group.name, undefined, SymbolKind.Namespace, range, heading ? heading.textRange : first.selectionRange, group.items));
    group = undefined;
  };
  paragraphs.forEach((p, i) => {
    const item = make(p, i);
    if (p.section === undefined) {
      close();
      out.push(item);
      return;
    }
    if (!group || group.name !== p.section) {
      close();
      const heading = [...sections].reverse().find(h => h.text === p.section && h.range.start.line < p.firstLine);
      group = { heading, name: p.section || 'Section', items: [] };
    }
    group.items.push(item);
  });
  close();
  return out;
}

function preambularSymbol(p: Paragraph, index: number): DocumentSymbol {
  const name = p.opening?.text || firstWords(p.text) || `PP${index}`;
  return symbol(name, `PP${index}`, SymbolKind.Field, p.range, p.opening?.range ?? p.range, subSymbols(p));
}

function operativeSymbol(p: Paragraph): DocumentSymbol {
  const verb = p.opening?.text;
  const name = p.number ? `${p.number.text}. ${verb ?? ''}`.trim() : verb || firstWords(p.text) || 'Paragraph';
  return symbol(name, clip(afterOpening(p)), SymbolKind.EnumMember, p.range, p.number?.range ?? p.opening?.range ?? p.range, subSymbols(p));
}

function subSymbols(p: Paragraph): DocumentSymbol[] {
  const make = (s: Subparagraph): DocumentSymbol => symbol(`(${s.label})`, clip(s.text), SymbolKind.Field, s.range, s.labelRange, s.children.map(make));
  return p.subparagraphs.map(make);
}

function attachmentSymbol(a: Attachment): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  const articleHeadings = new Set(a.articles.map(x => x.heading));
  for (const h of a.headings) {
    if (articleHeadings.has(h) || h === a.heading) continue;
    // Headings inside an article (`#### Purpose`) are its title, shown as its detail.
    if (a.articles.some(x => x.heading.range.start.line < h.range.start.line && insideArticle(a, x, h))) continue;
    children.push(symbol(h.text || 'Heading', undefined, SymbolKind.String, h.range, h.textRange));
  }
  for (const article of a.articles) {
    const paragraphs = article.paragraphs.map(p => attachmentParagraph(p));
    const title = a.headings.find(h => h.level > article.heading.level && h.range.start.line > article.heading.range.start.line && insideArticle(a, article, h));
    children.push(symbol(article.heading.text || 'Article', title?.text, SymbolKind.Class, cover(article.heading.range, paragraphs), article.heading.textRange, paragraphs));
  }
  for (const p of a.paragraphs) children.push(attachmentParagraph(p));
  children.sort((x, y) => x.range.start.line - y.range.start.line);
  return symbol(a.heading.text || 'Annex', undefined, SymbolKind.Module, cover(a.range, children), a.heading.textRange, children);
}

/** Whether heading `h` stands inside `article`: after its heading and before the next article. */
function insideArticle(a: Attachment, article: Attachment['articles'][number], h: Heading): boolean {
  const next = a.articles.find(x => x.heading.range.start.line > article.heading.range.start.line);
  return h.range.start.line > article.heading.range.start.line && (!next || h.range.start.line < next.heading.range.start.line);
}

function attachmentParagraph(p: Paragraph): DocumentSymbol {
  const name = p.number ? `${p.number.text}.` : firstWords(p.text) || 'Paragraph';
  return symbol(name, p.number ? clip(p.text) : undefined, SymbolKind.EnumMember, p.range, p.number?.range ?? p.range, subSymbols(p));
}

// ---------------------------------------------------------------------------------------------

function symbol(name: string, detail: string | undefined, kind: SymbolKind, range: Range, selectionRange: Range, children?: DocumentSymbol[]): DocumentSymbol {
  const s = DocumentSymbol.create(name.trim() || '…', detail, kind, range, within(selectionRange, range), children && children.length > 0 ? children : undefined);
  return s;
}

/** `selection` clipped into `range` (clients reject a selection outside its symbol). */
function within(selection: Range, range: Range): Range {
  return before(selection.start, range.start) || before(range.end, selection.end) ? { start: range.start, end: range.start } : selection;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The smallest range holding `start` and every child's range. */
function cover(start: Range, children: readonly DocumentSymbol[]): Range {
  let s = start.start;
  let e = start.end;
  for (const c of children) {
    if (before(c.range.start, s)) s = c.range.start;
    if (before(e, c.range.end)) e = c.range.end;
  }
  return { start: s, end: e };
}

function span(a: Range, b: Range): Range {
  return { start: before(b.start, a.start) ? b.start : a.start, end: before(a.end, b.end) ? b.end : a.end };
}

/** The paragraph's text after its opening phrase, for the detail of an operative paragraph. */
function afterOpening(p: Paragraph): string {
  const text = p.text.replace(/[*_]/g, '');
  const opening = p.opening?.text;
  return opening && text.startsWith(opening) ? text.slice(opening.length).trim() : text;
}

function firstWords(text: string): string {
  return text
    .replace(/[*_]/g, '')
    .split(' ')
    .filter(w => w !== '')
    .slice(0, 6)
    .join(' ');
}

function clip(text: string): string | undefined {
  const t = text.replace(/[*_]/g, '').trim();
  if (t === '') return undefined;
  return t.length > DETAIL_LIMIT ? `${t.slice(0, DETAIL_LIMIT - 1)}…` : t;
}

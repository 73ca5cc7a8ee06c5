/**
 * Word (.docx) in the UN's layout, from the same layout the HTML page and the preview read, with
 * the `docx` package. Kept out of the pure language service: it is a writer of files, used by the
 * CLI (`unres export --to docx`) and the server (the VS Code command "Export as Word…").
 *
 * The page is the one the UN's PDFs show: A4, Times New Roman 10 pt; the masthead (United Nations /
 * the organ in large bold / the symbol / Distr. and date) over a thick rule; session, committee and
 * agenda item on the left; "Resolution adopted by …" in 12 pt bold; the number hanging left of
 * the bold title; the text column indented 22.4 mm; paragraphs opening with an 8.4 mm indent, the
 * number followed by a tab; subparagraphs indented further; real footnotes; each annex on a new
 * page; the plenary meeting and date right-aligned at the end; the symbol and page number in the
 * running head and foot from the second page on.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { stripForbidden } from '../languageService/export/html';
import type { Layout, LayoutBlock, LayoutItem, Run } from '../languageService/export/layout';

const mm = (n: number) => Math.round((n * 1440) / 25.4);
const FONT = 'Times New Roman';
// Measured on the official PDFs (A/RES/79/11): the text column 22.4 mm in from the margin, each
// paragraph's first line and each number's tab 8.4 mm (a third of an inch) further.
const BODY = mm(22.4);
const FIRST = mm(8.4);
const NUMBER_TAB = 2 * FIRST;
const PAGE_WIDTH = mm(210);
const MARGIN = { top: mm(17), bottom: mm(20), left: mm(21), right: mm(21), header: mm(10), footer: mm(10) };
const TEXT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
/**
 * Tab stops are measured from the page margin (ECMA-376 §17.3.1.37), not from the paragraph's indent.
 * Half-points: */
const SIZE = { body: 20, small: 20, note: 18, head: 17, masthead: 24, organ: 36, adoption: 28, title: 24 };
/** The UN sets its text expanded by a quarter point (twentieths of a point). */
const SPACING = 5;

/** Characters Word's XML cannot hold are dropped, as in every other export. */
const clean = stripForbidden;

class Notes {
  readonly defs: Record<string, { children: Paragraph[] }> = {};
  readonly #ids = new Map<string, number>();
  constructor(readonly layout: Layout) {}

  /** The Word footnote id of a label; the note's text is written at its first reference. */
  idOf(label: string): number | undefined {
    const known = this.#ids.get(label);
    if (known !== undefined) return known;
    const note = this.layout.footnotes.find(f => f.label === label);
    if (!note) return undefined;
    const id = this.#ids.size + 1;
    this.#ids.set(label, id);
    this.defs[id] = { children: [new Paragraph({ children: runs(note.runs, this, { size: SIZE.note }) })] };
    return id;
  }
}

function runs(list: readonly Run[], notes: Notes, base: IRunOptions = {}): ParagraphChild[] {
  return list.map(r => {
    if (r.footnote) {
      const id = notes.idOf(r.footnote);
      return id !== undefined ? new FootnoteReferenceRun(id) : new TextRun({ ...base, text: r.footnote, superScript: true, font: FONT });
    }
    return new TextRun({
      size: SIZE.body,
      characterSpacing: SPACING,
      ...base,
      text: clean(r.text),
      font: FONT,
      italics: r.italic || undefined,
      bold: r.bold || base.bold || undefined,
    });
  });
}

const text = (s: string, options: IRunOptions = {}) => new TextRun({ size: SIZE.body, characterSpacing: SPACING, ...options, text: clean(s), font: FONT });

function itemParagraphs(item: LayoutItem, notes: Notes): Paragraph[] {
  const level = Math.min(item.level, 3);
  const indent = BODY + FIRST * level;
  return [
    new Paragraph({
      indent: { left: BODY, firstLine: indent - BODY },
      tabStops: [{ type: TabStopType.LEFT, position: indent + FIRST }],
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 120 },
      children: [text(item.label), text('\t'), ...runs(item.runs, notes)],
    }),
    ...item.children.flatMap(c => itemParagraphs(c, notes)),
  ];
}

function blockParagraphs(b: LayoutBlock, notes: Notes): Paragraph[] {
  const common = { indent: { left: BODY, firstLine: FIRST }, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } } as const;
  switch (b.kind) {
    case 'organ':
    case 'preambular':
      return [new Paragraph({ ...common, children: runs(b.runs, notes) })];
    case 'heading':
      return [
        new Paragraph({
          indent: { left: BODY },
          keepNext: true,
          spacing: { before: 240, after: 120 },
          alignment: b.level >= 3 ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: runs(b.runs, notes, { bold: true }),
        }),
      ];
    case 'operative': {
      const number = b.num !== undefined ? [text(`${b.num}.`), text('\t')] : [];
      return [
        new Paragraph({ ...common, tabStops: [{ type: TabStopType.LEFT, position: BODY + NUMBER_TAB }], children: [...number, ...runs(b.runs, notes)] }),
        ...b.items.flatMap(i => itemParagraphs(i, notes)),
      ];
    }
  }
}

/** The masthead: `United Nations … A/RES/74/29`, then `General Assembly … Distr.: General / date`, over a thick rule. */
function masthead(layout: Layout): Paragraph[] {
  const right = TEXT_WIDTH;
  const distrAt = mm(119);
  const symbol = layout.symbol ?? '';
  const out = [
    new Paragraph({
      indent: { left: BODY },
      tabStops: [{ type: TabStopType.RIGHT, position: right }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [text('United Nations', { size: SIZE.masthead }), text('\t'), text(symbol.slice(0, 1), { size: SIZE.organ }), text(symbol.slice(1), { size: SIZE.masthead })],
    }),
    new Paragraph({
      indent: { left: BODY },
      tabStops: [{ type: TabStopType.LEFT, position: distrAt }],
      spacing: { before: 60 },
      children: [text(layout.organName ?? '', { size: SIZE.organ, bold: true }), text('\t'), text(`Distr.: ${layout.distribution}`, { size: SIZE.small })],
    }),
  ];
  const below = [layout.date, layout.draft ? '' : undefined, layout.draft ? 'Original: English' : undefined].filter((s): s is string => s !== undefined);
  below.forEach((s, i) =>
    out.push(
      new Paragraph({
        indent: { left: distrAt },
        spacing: { after: i === below.length - 1 ? 1400 : 0 },
        children: [text(s, { size: SIZE.small })],
      }),
    ),
  );
  if (below.length === 0) out.push(new Paragraph({ spacing: { after: 1400 }, children: [] }));
  out.push(new Paragraph({ border: { bottom: { style: BorderStyle.THICK, size: 18, color: '000000', space: 1 } }, spacing: { after: 120 }, children: [] }));
  return out;
}

/** The document as a .docx file. */
export async function layoutDocx(layout: Layout): Promise<Buffer> {
  const notes = new Notes(layout);
  const children: Paragraph[] = [...masthead(layout)];
  for (const f of layout.front) children.push(new Paragraph({ indent: { right: mm(95) }, children: [text(f.text, { size: SIZE.small, bold: f.bold || undefined })] }));
  children.push(new Paragraph({ spacing: { after: 240 }, children: [] }));
  for (const a of layout.adoption)
    children.push(new Paragraph({ indent: { left: BODY, right: mm(62) }, spacing: { after: 120 }, keepNext: true, children: [text(a, { size: SIZE.adoption, bold: true })] }));
  if (layout.report) {
    const inner = layout.report.replace(/^\[|\]$/g, '');
    children.push(new Paragraph({ indent: { left: BODY }, spacing: { before: 120, after: 240 }, children: [text('['), text(inner, { italics: true }), text(']')] }));
  }
  if (layout.sponsorLine) children.push(new Paragraph({ indent: { left: BODY }, spacing: { after: 240 }, children: [text(layout.sponsorLine, { bold: true })] }));
  if (layout.title && layout.organ !== 'SC') {
    children.push(
      new Paragraph({
        indent: { left: BODY, hanging: mm(13) },
        tabStops: [{ type: TabStopType.LEFT, position: BODY }],
        spacing: { after: 240 },
        keepNext: true,
        children: [...(layout.number ? [text(`${layout.number}.`, { size: SIZE.title, bold: true })] : []), text('\t'), text(layout.title, { size: SIZE.title, bold: true })],
      }),
    );
  }
  for (const part of layout.parts) {
    if (part.letter)
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 120 },
          keepNext: true,
          children: [text(part.letter, { size: SIZE.adoption, bold: true })],
        }),
      );
    for (const b of part.blocks) children.push(...blockParagraphs(b, notes));
  }
  if (layout.closing) {
    const lines = [layout.closing.meeting, layout.closing.date].filter((s): s is string => !!s);
    lines.forEach((s, i) => children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: i === 0 ? 360 : 0 }, children: [text(s, { italics: true })] })));
  }
  // The short rule that ends a UN document's text.
  children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360 }, children: [text('______________')] }));
  for (const a of layout.attachments) {
    children.push(
      new Paragraph({ pageBreakBefore: true, indent: { left: BODY }, spacing: { after: 240 }, keepNext: true, children: [text(a.heading, { size: SIZE.adoption, bold: true })] }),
    );
    for (const b of a.blocks) children.push(...blockParagraphs(b, notes));
  }

  const runningTitle = layout.title ?? '';
  const headerLine = (left: boolean) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: left
        ? [text(layout.symbol ?? '', { size: SIZE.head, bold: true }), text('\t'), text(runningTitle, { size: SIZE.head })]
        : [text(runningTitle, { size: SIZE.head }), text('\t'), text(layout.symbol ?? '', { size: SIZE.head, bold: true })],
    });
  const pageFooter = new Paragraph({ children: [new TextRun({ font: FONT, size: SIZE.head, children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })] });

  const doc = new Document({
    creator: 'unres',
    title: [layout.symbol, layout.title].filter(Boolean).join(' '),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    footnotes: notes.defs,
    evenAndOddHeaderAndFooters: false,
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE_WIDTH, height: mm(297) }, margin: MARGIN },
        },
        headers: { default: new Header({ children: [headerLine(true)] }), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        footers: { default: new Footer({ children: [pageFooter] }), first: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The document's structure from its blocks: parts (`# A`, or one part with no letter), each with
 * its organ line, preamble and operative paragraphs; and attachments (any other level-1 heading)
 * with their headings, articles and paragraphs.
 */
import type { Article, Attachment, FootnoteDefinition, Heading, OrganLine, Paragraph, ParagraphKind, Range, ResolutionPart } from '../model';
import { readOrganLine, type Block } from './blocks';
import { readFootnoteDefinition } from './footnotes';
import { articleNumber, partLetter, readHeading } from './headings';
import { endOfContent, firstNonSpace, lineRange, range } from './lines';
import { lastMarkOf, readParagraph, withKind } from './paragraphs';

/** The parts and attachments of a body, with what was found along the way. */
export interface Structure {
  readonly parts: ResolutionPart[];
  readonly attachments: Attachment[];
  readonly headings: Heading[];
  readonly footnoteDefinitions: FootnoteDefinition[];
  /** Every paragraph and heading with the lines it covers, in document order, for the inline scan. */
  readonly scanUnits: ScanUnit[];
}

/** A block the inline scanner reads, and the operative paragraph it belongs to. */
export interface ScanUnit {
  readonly first: number;
  readonly last: number;
  readonly inOperative?: number;
}

interface Container {
  readonly heading?: Heading;
  readonly letter?: string;
  readonly attachment: boolean;
  readonly items: { block: Block; heading?: Heading }[];
}

/**
 * A paragraph block as read. A reading's paragraph is read as preambular, with the section it
 * stands in, and given its kind in place before any model holds it. A paragraph a later parse
 * reuses (`reuse.ts`) is kept as it is when the kind and section are the same, so later stages can
 * cache by it, and copied when they are not.
 */
export interface ParagraphReading {
  readonly paragraph: Paragraph;
  /** Whether `paragraph` may already stand in a model (reused from an earlier parse as it was). */
  readonly placed: boolean;
}

/** How paragraph blocks are read (an incremental parse reuses earlier readings). */
export interface ParagraphReader {
  read(lines: readonly string[], block: Block, section: string | undefined): ParagraphReading;
  /** Told of the paragraph a reading became when it had to be copied, for the next parse to reuse. */
  copied?(paragraph: Paragraph): void;
}

/** A new reading of a paragraph block under `section`. */
export function readingOf(lines: readonly string[], block: Block, section: string | undefined): ParagraphReading {
  return { paragraph: readParagraph(lines, block, section), placed: false };
}

const FRESH: ParagraphReader = { read: readingOf };

/** The paragraph of a reading with its kind and section. */
function paragraphOf(reader: ParagraphReader, reading: ParagraphReading, kind: ParagraphKind, section: string | undefined): Paragraph {
  const p = reading.paragraph;
  if (!reading.placed && p.section === section) {
    // In no model yet: given its kind in place rather than copied.
    (p as { kind: ParagraphKind }).kind = kind;
    return p;
  }
  if (reading.placed && p.kind === kind && p.section === section) return p;
  const copy = withKind(p, kind, section);
  reader.copied?.(copy);
  return copy;
}

/** Builds parts and attachments from the blocks of the body (`bodyStart` is its first line). */
export function buildStructure(lines: readonly string[], blocks: readonly Block[], bodyStart: number, reader: ParagraphReader = FRESH): Structure {
  const headings: Heading[] = [];
  const footnoteDefinitions: FootnoteDefinition[] = [];
  const scanUnits: ScanUnit[] = [];
  const containers: Container[] = [{ attachment: false, items: [] }];
  for (const block of blocks) {
    if (block.kind === 'footnote') {
      const def = readFootnoteDefinition(lines, block);
      if (def) footnoteDefinitions.push(def);
      scanUnits.push({ first: block.first, last: block.last });
      continue;
    }
    if (block.kind === 'heading') {
      const heading = readHeading(lines, block.first);
      headings.push(heading);
      scanUnits.push({ first: block.first, last: block.last });
      if (heading.level === 1) {
        const letter = partLetter(heading);
        // The first `# A` takes the place of the implicit part when nothing stood before it.
        if (letter && containers.length === 1 && !containers[0].heading && containers[0].items.length === 0) containers.pop();
        containers.push(letter ? { heading, letter, attachment: false, items: [] } : { heading, attachment: true, items: [] });
        continue;
      }
      containers[containers.length - 1].items.push({ block, heading });
      continue;
    }
    containers[containers.length - 1].items.push({ block });
  }

  const parts: ResolutionPart[] = [];
  const attachments: Attachment[] = [];
  for (const c of containers) {
    const r = containerRange(lines, c, bodyStart);
    if (c.attachment) attachments.push(buildAttachment(lines, c, r, scanUnits, reader));
    else parts.push(buildPart(lines, c, r, scanUnits, reader));
  }
  scanUnits.sort((a, b) => a.first - b.first);
  return { parts, attachments, headings, footnoteDefinitions, scanUnits };
}

function blockRange(lines: readonly string[], block: Block): Range {
  return range(block.first, firstNonSpace(lines[block.first]), block.last, endOfContent(lines[block.last]));
}

function containerRange(lines: readonly string[], c: Container, bodyStart: number): Range {
  const lastItem = c.items[c.items.length - 1];
  const start = c.heading ? c.heading.range.start : c.items.length > 0 ? blockRange(lines, c.items[0].block).start : bodyStartPosition(lines, bodyStart);
  const end = lastItem ? blockRange(lines, lastItem.block).end : c.heading ? c.heading.range.end : start;
  return { start, end };
}

function bodyStartPosition(lines: readonly string[], bodyStart: number): { line: number; character: number } {
  if (bodyStart < lines.length) return { line: bodyStart, character: 0 };
  const last = lines.length - 1;
  return { line: last, character: lines[last].length };
}

function buildPart(lines: readonly string[], c: Container, partRange: Range, scanUnits: ScanUnit[], reader: ParagraphReader): ResolutionPart {
  const organAt = c.items.findIndex(item => item.block.kind === 'organ');
  let organLine: OrganLine | undefined;
  const strayBeforeOrgan: Range[] = [];
  const sections: Heading[] = [];
  const bodies: { reading: ParagraphReading; body: Paragraph; section?: string }[] = [];
  let section: string | undefined;
  c.items.forEach((item, index) => {
    if (item.heading) {
      sections.push(item.heading);
      if (item.heading.level === 2) section = item.heading.text;
      return;
    }
    const block = item.block;
    if (index === organAt) {
      const text = lines[block.first];
      const read = readOrganLine(text)!;
      const start = firstNonSpace(text);
      const end = endOfContent(text);
      organLine = { organ: read.organ, text: text.slice(start, end), range: lineRange(block.first, start, end), hasComma: read.hasComma };
      return;
    }
    if (organAt >= 0 && index < organAt) {
      strayBeforeOrgan.push(blockRange(lines, block));
      return;
    }
    const reading = reader.read(lines, block, section);
    bodies.push({ reading, body: reading.paragraph, section });
  });

  // Unnumbered paragraphs are preambular, except that a part with no numbered paragraph ends with
  // its lone operative paragraph (`*Adopts* the following Declaration:`) unless that ends with a comma.
  const anyNumbered = bodies.some(b => b.body.number);
  const lastIndex = bodies.length - 1;
  const loneOperative = !anyNumbered && lastIndex >= 0 && lastMarkOf(bodies[lastIndex].body) !== ',';
  // Likewise a section of the operative part with a single paragraph prints it unnumbered
  // (A/RES/57/283 B, section V; A/RES/56/206, section I): in a part that numbers paragraphs, an
  // unnumbered paragraph after the first numbered one, or under a heading, in a section that
  // numbers none, is operative unless it ends with a comma.
  const firstNumbered = bodies.findIndex(b => b.body.number);
  const numberedSections = new Set(bodies.filter(b => b.body.number).map(b => b.section));
  const loneInSection = (index: number) =>
    firstNumbered >= 0 && (index > firstNumbered || bodies[index].section !== undefined) && !numberedSections.has(bodies[index].section) && lastMarkOf(bodies[index].body) !== ',';
  const preambular: Paragraph[] = [];
  const operative: Paragraph[] = [];
  bodies.forEach(({ reading, body, section: s }, index) => {
    if (body.number || (loneOperative && index === lastIndex) || loneInSection(index)) {
      operative.push(paragraphOf(reader, reading, 'operative', s));
      scanUnits.push(body.number ? { first: body.firstLine, last: body.lastLine, inOperative: body.number.value } : { first: body.firstLine, last: body.lastLine });
    } else {
      preambular.push(paragraphOf(reader, reading, 'preambular', s));
      scanUnits.push({ first: body.firstLine, last: body.lastLine });
    }
  });
  return {
    ...(c.letter ? { letter: c.letter } : {}),
    ...(c.heading ? { heading: c.heading } : {}),
    ...(organLine ? { organLine } : {}),
    preambular,
    operative,
    sections,
    strayBeforeOrgan,
    range: partRange,
  };
}

function buildAttachment(lines: readonly string[], c: Container, attachmentRange: Range, scanUnits: ScanUnit[], reader: ParagraphReader): Attachment {
  const headings: Heading[] = [];
  const articles: { heading: Heading; number?: number; numberRange?: Range; paragraphs: Paragraph[] }[] = [];
  const paragraphs: Paragraph[] = [];
  let article: (typeof articles)[number] | undefined;
  let section: string | undefined;
  for (const item of c.items) {
    if (item.heading) {
      const h = item.heading;
      headings.push(h);
      const n = articleNumber(h);
      if (n) {
        article = {
          heading: h,
          ...(n.number !== undefined ? { number: n.number } : {}),
          numberRange: lineRange(h.textRange.start.line, h.textRange.start.character + n.start, h.textRange.start.character + n.end),
          paragraphs: [],
        };
        articles.push(article);
      } else if (article && h.level <= article.heading.level) {
        article = undefined;
      }
      if (h.level === 2) section = h.text;
      continue;
    }
    const reading = reader.read(lines, item.block, section);
    const body = reading.paragraph;
    const paragraph = paragraphOf(reader, reading, 'attachment', section);
    (article ? article.paragraphs : paragraphs).push(paragraph);
    scanUnits.push({ first: body.firstLine, last: body.lastLine });
  }
  return { heading: c.heading!, headings, articles: articles as Article[], paragraphs, range: attachmentRange };
}

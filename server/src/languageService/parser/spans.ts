/**
 * Model elements whose ranges are made when read. The parser knows every position as it reads, but
 * most ranges are never looked at (a rule reads one only to report a problem, a feature only near
 * the cursor), and a `Range` is three objects that live as long as the model: in a 1 MB document
 * they were 82 % of the model's objects and fed most of the garbage collection. These elements
 * keep the numbers instead — line and characters, or offsets into their block with the block's
 * {@link BlockLines} — and `range` builds a fresh `Range` from them on each read (hold it in a
 * local when it is read in a loop). Positions still come from one place: the numbers the parser
 * computed, converted here.
 *
 * The fields are plain data: the parse cache shifts a moved block by copying these objects with
 * their line fields (`line`, `firstLine`, `lastLine`, `endLine`, `markLine`) moved (`reuse.ts`), keeping their
 * class. Optional fields of the model are present as `undefined` when absent: one shape per class.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type {
  Bullet,
  Citation,
  CitationForm,
  CitationItem,
  CitationKind,
  CitationSeparator,
  DateMention,
  FinalMark,
  FootnoteDefinition,
  FootnoteReference,
  OpeningPhrase,
  Organ,
  Paragraph,
  ParagraphKind,
  ParagraphNumber,
  Subparagraph,
  SubparagraphStyle,
  Token,
} from '../model';
import { lineIndexAt } from '../util/positions';
import { lineRange, range } from './lines';

/** Turns an offset in some scanned text into its LSP position. */
export interface OffsetLines {
  positionAt(offset: number): Position;
}

/**
 * The lines of one scanned block: its lines joined by `\n`, the block starting on document line
 * `line`. Shared by every element found in the block.
 */
export class BlockLines implements OffsetLines {
  constructor(
    /** The document line the block starts on (moved by the parse cache when the block moves). */
    readonly line: number,
    /** Offset of each line's first character in the joined text. */
    readonly starts: readonly number[],
    /** Length of the joined text. */
    readonly length: number,
  ) {}

  /** The position of `offset` (clamped to the text; a line's `\n` belongs to its end). */
  positionAt(offset: number): Position {
    const o = offset < 0 ? 0 : offset > this.length ? this.length : offset;
    const k = lineIndexAt(this.starts, o);
    const lineEnd = k + 1 < this.starts.length ? this.starts[k + 1] - 1 : this.length;
    return { line: this.line + k, character: (o < lineEnd ? o : lineEnd) - this.starts[k] };
  }
}

function spanRange(at: OffsetLines, start: number, end: number): Range {
  return { start: at.positionAt(start), end: at.positionAt(end) };
}

/** A piece of scanned text (a citation's lead, a separator) with its offsets. */
export class TokenAt implements Token, CitationSeparator {
  constructor(
    readonly text: string,
    readonly at: OffsetLines,
    readonly start: number,
    readonly end: number,
  ) {}
  get range(): Range {
    return spanRange(this.at, this.start, this.end);
  }
}

/** A date found by the inline scanner. */
export class DateAt implements DateMention {
  constructor(
    readonly text: string,
    readonly at: OffsetLines,
    readonly start: number,
    readonly end: number,
    readonly day: number,
    readonly month: number,
    readonly year: number,
    readonly valid: boolean,
    readonly iso: string,
  ) {}
  get range(): Range {
    return spanRange(this.at, this.start, this.end);
  }
}

/** The optional facts of a citation item, set by the scanner when the item has them. */
export interface CitationItemFacts {
  session?: number;
  sessionSpan?: readonly [number, number];
  number?: number;
  numberSpan?: readonly [number, number];
  part?: string;
  partSpan?: readonly [number, number];
  parts?: readonly string[];
  year?: number;
  date?: DateMention;
  malformed?: string;
}

/** A citation item; its five ranges are offsets in its block until read. */
export class CitationItemAt implements CitationItem {
  readonly session?: number;
  readonly number?: number;
  readonly part?: string;
  readonly parts?: readonly string[];
  readonly year?: number;
  readonly date?: DateMention;
  readonly malformed?: string;
  /** Offsets of the session, the number and the part; -1 when absent. */
  readonly sessionStart: number;
  readonly sessionEnd: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  readonly partStart: number;
  readonly partEnd: number;

  constructor(
    readonly text: string,
    readonly at: OffsetLines,
    readonly start: number,
    readonly end: number,
    readonly symbolEnd: number,
    readonly organ: Organ,
    readonly kind: CitationKind,
    readonly form: CitationForm,
    readonly symbol: string,
    facts: CitationItemFacts,
  ) {
    this.session = facts.session;
    this.number = facts.number;
    this.part = facts.part;
    this.parts = facts.parts;
    this.year = facts.year;
    this.date = facts.date;
    this.malformed = facts.malformed;
    this.sessionStart = facts.sessionSpan?.[0] ?? -1;
    this.sessionEnd = facts.sessionSpan?.[1] ?? -1;
    this.numberStart = facts.numberSpan?.[0] ?? -1;
    this.numberEnd = facts.numberSpan?.[1] ?? -1;
    this.partStart = facts.partSpan?.[0] ?? -1;
    this.partEnd = facts.partSpan?.[1] ?? -1;
  }
  get range(): Range {
    return spanRange(this.at, this.start, this.end);
  }
  get symbolRange(): Range {
    return spanRange(this.at, this.start, this.symbolEnd);
  }
  get sessionRange(): Range | undefined {
    return this.sessionStart < 0 ? undefined : spanRange(this.at, this.sessionStart, this.sessionEnd);
  }
  get numberRange(): Range | undefined {
    return this.numberStart < 0 ? undefined : spanRange(this.at, this.numberStart, this.numberEnd);
  }
  get partRange(): Range | undefined {
    return this.partStart < 0 ? undefined : spanRange(this.at, this.partStart, this.partEnd);
  }
}

/** A citation; its range runs from the lead's first character to the end of the last item. */
export class CitationAt implements Citation {
  constructor(
    readonly at: OffsetLines,
    readonly start: number,
    readonly end: number,
    readonly lead: Token,
    readonly organ: Organ,
    readonly kind: CitationKind,
    readonly organNamed: boolean,
    readonly own: boolean,
    readonly plural: boolean,
    readonly items: readonly CitationItem[],
    readonly separators: readonly CitationSeparator[],
    readonly paragraph: number | undefined,
    readonly malformed?: string,
  ) {}
  get range(): Range {
    return spanRange(this.at, this.start, this.end);
  }
}

/** A final mark: one character on one line (or the empty place where it belongs). */
export class FinalMarkAt implements FinalMark {
  constructor(
    readonly char: string,
    readonly line: number,
    readonly start: number,
    readonly end: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
}

/** An opening phrase, always on the paragraph's first line of text. */
export class OpeningAt implements OpeningPhrase {
  constructor(
    readonly text: string,
    readonly emphasis: boolean,
    readonly line: number,
    /** Characters of the words alone. */
    readonly start: number,
    readonly end: number,
    /** Characters with the emphasis markers. */
    readonly fullStart: number,
    readonly fullEnd: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
  get fullRange(): Range {
    return lineRange(this.line, this.fullStart, this.fullEnd);
  }
}

/** An operative paragraph's number label, on its first line. */
export class ParagraphNumberAt implements ParagraphNumber {
  constructor(
    readonly value: number,
    readonly suffix: string | undefined,
    readonly suffixIndex: number,
    readonly text: string,
    readonly line: number,
    readonly start: number,
    readonly end: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
}

/**
 * A paragraph: its range runs from the first character of its first line to the end of the content
 * of its last line. `kind` is set once, by the parser, before any model holds the paragraph.
 */
export class ParagraphAt implements Paragraph {
  /** The final mark's character, line and characters: `finalMark` is made of them when read. */
  readonly markChar: string;
  readonly markLine: number;
  readonly markStart: number;
  readonly markEnd: number;

  constructor(
    public kind: ParagraphKind,
    readonly firstLine: number,
    readonly lastLine: number,
    readonly number: ParagraphNumber | undefined,
    readonly opening: OpeningPhrase | undefined,
    readonly text: string,
    finalMark: FinalMark,
    readonly subparagraphs: readonly Subparagraph[],
    readonly bullets: readonly Bullet[],
    readonly section: string | undefined,
    /** Character where the range starts on `firstLine`, and where it ends on `lastLine`. */
    readonly startChar: number,
    readonly endChar: number,
  ) {
    const r = finalMark instanceof FinalMarkAt ? finalMark : undefined;
    this.markChar = finalMark.char;
    this.markLine = r ? r.line : finalMark.range.start.line;
    this.markStart = r ? r.start : finalMark.range.start.character;
    this.markEnd = r ? r.end : finalMark.range.end.character;
  }
  get range(): Range {
    return range(this.firstLine, this.startChar, this.lastLine, this.endChar);
  }
  get finalMark(): FinalMark {
    return new FinalMarkAt(this.markChar, this.markLine, this.markStart, this.markEnd);
  }
}

/** A subparagraph: from its label on its first line to the end of its last line (children included). */
export class SubparagraphAt implements Subparagraph {
  /** The final mark's character, line and characters: `finalMark` is made of them when read. */
  readonly markChar: string;
  readonly markLine: number;
  readonly markStart: number;
  readonly markEnd: number;

  constructor(
    readonly label: string,
    readonly style: SubparagraphStyle,
    readonly ordinal: number,
    readonly level: number,
    readonly firstLine: number,
    readonly lastLine: number,
    readonly text: string,
    finalMark: FinalMarkAt,
    readonly children: readonly Subparagraph[],
    /** Characters of the label `(a)` on `firstLine`. */
    readonly labelStart: number,
    readonly labelEnd: number,
    /** Where the range ends: the last line of the subparagraph or of its last child, and the end of its content. */
    readonly endLine: number,
    readonly endChar: number,
  ) {
    this.markChar = finalMark.char;
    this.markLine = finalMark.line;
    this.markStart = finalMark.start;
    this.markEnd = finalMark.end;
  }
  get finalMark(): FinalMark {
    return new FinalMarkAt(this.markChar, this.markLine, this.markStart, this.markEnd);
  }
  get labelRange(): Range {
    return lineRange(this.firstLine, this.labelStart, this.labelEnd);
  }
  get range(): Range {
    return range(this.firstLine, this.labelStart, this.endLine, this.endChar);
  }
}

/** A bullet: from its marker to the end of its last line. */
export class BulletAt implements Bullet {
  constructor(
    readonly text: string,
    readonly line: number,
    readonly start: number,
    readonly endLine: number,
    readonly endChar: number,
  ) {}
  get range(): Range {
    return range(this.line, this.start, this.endLine, this.endChar);
  }
}

/** A footnote reference `[^1]`, on one line. */
export class FootnoteReferenceAt implements FootnoteReference {
  constructor(
    readonly label: string,
    readonly line: number,
    readonly start: number,
    readonly end: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
}

/** A footnote definition: from its label `[^1]` to the end of its last line. */
export class FootnoteDefinitionAt implements FootnoteDefinition {
  constructor(
    readonly label: string,
    readonly text: string,
    readonly line: number,
    readonly labelStart: number,
    readonly labelEnd: number,
    readonly endLine: number,
    readonly endChar: number,
  ) {}
  get labelRange(): Range {
    return lineRange(this.line, this.labelStart, this.labelEnd);
  }
  get range(): Range {
    return range(this.line, this.labelStart, this.endLine, this.endChar);
  }
}

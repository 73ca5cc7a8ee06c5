/**
 * What every reader of an official text (PDF, Word, text copied out of a PDF) hands the converter:
 * the document's lines in reading order with the little typography that carries meaning. Page
 * furniture (running headers, job numbers, page counters, bar codes) is the reader's to drop, since
 * only it knows where on the page a line stood.
 */

/** A run of text in one style. */
export interface Span {
  readonly text: string;
  readonly italic?: boolean;
  readonly bold?: boolean;
  /** A footnote marker (small and raised in print): its text is the footnote's label. */
  readonly marker?: boolean;
}

export type LineArea = 'body' | 'footnote';

export interface StyledLine {
  readonly spans: readonly Span[];
  /** 1-based page, 1 when unknown. */
  readonly page: number;
  /**
   * How far the line starts right of the body's left edge: points in a PDF, spaces in text; 0 when
   * unknown. A first line stands indented, a sidebar of the masthead left of the edge (negative).
   */
  readonly indent: number;
  /** Whether more space than between two lines of a paragraph stands before it. */
  readonly gap: boolean;
  /** Where the line stood: the running text, or a footnote at the foot of a page. */
  readonly area: LineArea;
  /** Whether the line stands right of the page's middle on its own (the meeting and date at the end). */
  readonly right?: boolean;
  /** Whether a new paragraph certainly starts here (a Word paragraph). */
  readonly starts?: boolean;
}

/** What a reader found and could not keep as text, said in the output as a comment. */
export interface Dropped {
  readonly text: string;
  readonly reason: string;
}

export interface StyledDocument {
  readonly lines: readonly StyledLine[];
  /**
   * Whether paragraphs can be told from the layout (indents and gaps of a PDF, Word paragraphs,
   * blank lines in text); when not, a line opening with a known phrase after a final mark starts one.
   */
  readonly paragraphsKnown: boolean;
  /** Page furniture the reader removed (kept for the record; not put into the output). */
  readonly furniture?: readonly string[];
  readonly dropped?: readonly Dropped[];
}

/** The text of a line's spans. */
export function lineText(line: StyledLine): string {
  return line.spans.map(s => s.text).join('');
}

/**
 * The document model of a `.unres` resolution: what the parser produces once per document
 * version and every feature reads. All positions are LSP positions (zero-based line, UTF-16
 * character), computed once in the parser and carried here; no feature recomputes them.
 *
 * Architecture invariant: this module holds types only; it imports nothing but LSP value types and the rule code type.
 */
import type { RuleCode } from './config';
import type { Range } from 'vscode-languageserver-types';

export type { Range, Position } from 'vscode-languageserver-types';

/** The organs whose texts unres understands. */
export type Organ = 'GA' | 'SC' | 'ECOSOC' | 'HRC';

/** A piece of source text with its range. */
export interface Token {
  readonly text: string;
  readonly range: Range;
}

/** A problem the parser itself found (a syntax error in the widest sense). */
export interface ParseProblem {
  /** A rule code of the contract (`frontmatter/value`, `brackets/unbalanced`, …). */
  readonly code: RuleCode;
  readonly message: string;
  readonly range: Range;
  /** Extra facts for a quick fix; never needed to show the problem. */
  readonly data?: unknown;
}

// ---------------------------------------------------------------------------------------------
// Front matter

export interface FrontMatterEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** The value as YAML gave it (string, number, …); `undefined` when empty. */
  readonly value: unknown;
  /** The value's source text; empty when absent. */
  readonly valueText: string;
  readonly valueRange: Range;
}

export interface FrontMatter {
  /** From the opening `---` to the closing `---` (or to the end when unclosed). */
  readonly range: Range;
  readonly entries: readonly FrontMatterEntry[];
  /** Whether the closing `---` was found. */
  readonly closed: boolean;
}

/** The document-level facts, from the front matter with inference applied. */
export interface DocumentInfo {
  readonly symbol?: string;
  readonly organ?: Organ;
  readonly session?: number;
  readonly agendaItem?: string;
  /** ISO `YYYY-MM-DD`. */
  readonly adopted?: string;
  readonly meeting?: string;
  readonly report?: string;
  readonly title?: string;
  readonly status: 'draft' | 'adopted';
  /** A draft's sponsors, as listed in the front matter (names that are not text left out). */
  readonly sponsors?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Body

/** The opening phrase of a paragraph: `*Noting with deep concern*`, `*Also requests*`. */
export interface OpeningPhrase {
  /** The words, without emphasis markers (`Noting with deep concern`). */
  readonly text: string;
  /** Range of the words alone. */
  readonly range: Range;
  /** Whether the words are wrapped in `*…*` or `_…_`. */
  readonly emphasis: boolean;
  /** Range including the emphasis markers (equal to `range` when there are none). */
  readonly fullRange: Range;
}

/** The final punctuation of a paragraph or subparagraph, found before any closing quote or footnote marker. */
export interface FinalMark {
  /** `,` `;` `:` `.` or another character; '' when the text is empty. */
  readonly char: string;
  /** Range of the mark itself, or an empty range after the last character when the mark is missing. */
  readonly range: Range;
}

/** `5.` or `5 bis.` at the start of an operative paragraph. */
export interface ParagraphNumber {
  readonly value: number;
  /** `bis`, `ter`, `quater`, … when present. */
  readonly suffix?: string;
  /** 0 for none, 1 for bis, 2 for ter, … */
  readonly suffixIndex: number;
  /** The label as written, without the full stop: `5`, `5 bis`. */
  readonly text: string;
  /** Range of the label (digits and suffix), without the full stop. */
  readonly range: Range;
}

export type SubparagraphStyle = 'lower-alpha' | 'lower-roman' | 'upper-alpha' | 'decimal';

/** `(a) …`, `(ii) …` inside a paragraph. */
export interface Subparagraph {
  /** The label without parentheses: `a`, `aa`, `ii`. */
  readonly label: string;
  readonly style: SubparagraphStyle;
  /** 1 for (a)/(i)/(A)/(1), 27 for (aa), … */
  readonly ordinal: number;
  /** 1 for the first level below the paragraph. */
  readonly level: number;
  /** Range of `(a)`, parentheses included. */
  readonly labelRange: Range;
  /** From the label to the end of its last line (children included). */
  readonly range: Range;
  /** Lines (zero-based) that belong to this subparagraph itself, children excluded. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The subparagraph's own text (its lines, children excluded) joined by spaces, markup kept. */
  readonly text: string;
  readonly finalMark: FinalMark;
  readonly children: readonly Subparagraph[];
}

export interface Bullet {
  readonly range: Range;
  readonly text: string;
}

export type ParagraphKind = 'preambular' | 'operative' | 'attachment';

export interface Paragraph {
  readonly kind: ParagraphKind;
  /** The whole block, from its first to its last non-blank line. */
  readonly range: Range;
  readonly firstLine: number;
  readonly lastLine: number;
  /** Operative (and numbered attachment) paragraphs: the number. Absent on a lone unnumbered one. */
  readonly number?: ParagraphNumber;
  readonly opening?: OpeningPhrase;
  /** The paragraph's own text up to its first subparagraph or bullet, joined by spaces. */
  readonly text: string;
  /** The final mark of the paragraph's own text (before its subparagraphs). */
  readonly finalMark: FinalMark;
  readonly subparagraphs: readonly Subparagraph[];
  readonly bullets: readonly Bullet[];
  /** The section heading (`## …`) the paragraph stands under, if any. */
  readonly section?: string;
}

/** `The General Assembly,` */
export interface OrganLine {
  readonly organ: Organ;
  readonly text: string;
  readonly range: Range;
  /** Whether it ends with the comma. */
  readonly hasComma: boolean;
}

export interface Heading {
  /** 1 for `#`, 2 for `##`, 3 for `###`. */
  readonly level: number;
  readonly text: string;
  /** The whole line. */
  readonly range: Range;
  /** The title text alone. */
  readonly textRange: Range;
}

/** `# A`: one part of a resolution adopted in parts; without parts, the body is one part with no letter. */
export interface ResolutionPart {
  readonly letter?: string;
  readonly heading?: Heading;
  readonly organLine?: OrganLine;
  readonly preambular: readonly Paragraph[];
  readonly operative: readonly Paragraph[];
  readonly sections: readonly Heading[];
  /** Non-blank content before the organ line that is neither heading nor comment. */
  readonly strayBeforeOrgan: readonly Range[];
  readonly range: Range;
}

/** `### Article 1` inside an attachment. */
export interface Article {
  readonly heading: Heading;
  /** The article number as written in the heading, when it has one. */
  readonly number?: number;
  readonly numberRange?: Range;
  readonly paragraphs: readonly Paragraph[];
}

/** `# Annex`, `# United Nations Millennium Declaration`: everything after it, until the next level-1 heading. */
export interface Attachment {
  readonly heading: Heading;
  readonly headings: readonly Heading[];
  readonly articles: readonly Article[];
  /** Paragraphs outside any article. */
  readonly paragraphs: readonly Paragraph[];
  readonly range: Range;
}

export interface FootnoteReference {
  readonly label: string;
  readonly range: Range;
}

export interface FootnoteDefinition {
  readonly label: string;
  /** Range of `[^1]` at the start of the definition line. */
  readonly labelRange: Range;
  readonly range: Range;
  readonly text: string;
}

/** A negotiation bracket pair `[…]`; `close` is absent when unbalanced. */
export interface NegotiationBracket {
  readonly open?: Range;
  readonly close?: Range;
}

export interface Comment {
  readonly range: Range;
  readonly text: string;
}

/** `<!-- unres-disable-next-line code … -->` and friends. */
export interface DisableDirective {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';
  /** Rule codes named; empty means all rules. */
  readonly codes: readonly string[];
  /** The line the directive is written on. */
  readonly line: number;
  readonly range: Range;
}

// ---------------------------------------------------------------------------------------------
// Inline recognitions

/** `12 December 2019` */
export interface DateMention {
  readonly text: string;
  readonly range: Range;
  readonly day: number;
  /** 1–12 */
  readonly month: number;
  readonly year: number;
  /** Whether the day exists in that month and year. */
  readonly valid: boolean;
  /** ISO `YYYY-MM-DD` (even when invalid, as written). */
  readonly iso: string;
}

export type CitationKind = 'resolution' | 'decision';

/**
 * How a citation item is written:
 * - `modern`: `74/29` (GA, sessions 31 on; `43/78 H` with a part)
 * - `roman`: `2625 (XXV)`, `217 A (III)` (GA, sessions 1–30)
 * - `special`: `S-26/2`; `emergency`: `ES-10/19`
 * - `sc`: `2334 (2016)`
 * - `ecosoc`: `2019/1`; `hrc`: `40/1` (same shapes as modern but another organ)
 */
export type CitationForm = 'modern' | 'roman' | 'special' | 'emergency' | 'sc' | 'ecosoc' | 'hrc';

/** One resolution or decision in a citation: `43/78 H of 7 December 1988`. */
export interface CitationItem {
  /** The item as written, date included. */
  readonly text: string;
  /** From the first character of the number to the end of the date (or of the number). */
  readonly range: Range;
  readonly organ: Organ;
  readonly kind: CitationKind;
  readonly form: CitationForm;
  /** The canonical document symbol: `A/RES/43/78 H`, `A/RES/2625 (XXV)`, `S/RES/2334 (2016)`, `E/RES/2019/1`, `A/HRC/RES/40/1`, `A/DEC/73/546`. */
  readonly symbol: string;
  /** Range of the number part (`43/78 H`, `2625 (XXV)`) without the date. */
  readonly symbolRange: Range;
  /** Session number (GA, HRC; roman sessions converted) when the form gives one. */
  readonly session?: number;
  readonly sessionRange?: Range;
  /** The resolution number within the session (or the running number for roman and SC forms). */
  readonly number?: number;
  readonly numberRange?: Range;
  /** Lettered part (`H` in `43/78 H`, `A` in `217 A (III)`). */
  readonly part?: string;
  readonly partRange?: Range;
  /**
   * Every part the item names when it names several, in order: `36/87 A and B` → `['A', 'B']`,
   * `3419 A to D (XXX)` → `['A', 'B', 'C', 'D']`. `part` and `symbol` are those of the first.
   */
  readonly parts?: readonly string[];
  /** Year in the symbol (Security Council `(2016)`, ECOSOC `2019/`). */
  readonly year?: number;
  /** The adoption date given after `of`, if any. */
  readonly date?: DateMention;
  /** Set when the item is malformed: the reason, for `citation/format`. */
  readonly malformed?: string;
}

/** Text between two items of a list (`, ` or ` and `), for the conjunction rule. */
export interface CitationSeparator {
  readonly text: string;
  readonly range: Range;
}

/** `its resolutions 36/103 of 9 December 1981 … and 73/27 of 5 December 2018`: one citation of several items. */
export interface Citation {
  /** From the first word (`its`, `Security`, `resolution`) to the end of the last item. */
  readonly range: Range;
  /** The lead words: `its resolutions`, `Security Council resolution`, `decision`. */
  readonly lead: Token;
  readonly organ: Organ;
  readonly kind: CitationKind;
  /** Whether the organ is named (`Security Council resolution`) rather than implied (`its resolution`, `resolution`). */
  readonly organNamed: boolean;
  /** Whether the lead says `its`. */
  readonly own: boolean;
  /** Whether the lead is plural (`resolutions`). */
  readonly plural: boolean;
  readonly items: readonly CitationItem[];
  /** separators[i] stands between items[i] and items[i + 1]. */
  readonly separators: readonly CitationSeparator[];
  /** Set when the whole citation is malformed (form does not fit its organ, …). */
  readonly malformed?: string;
  /** Set when `paragraph N of` (or `paragraph N (a) of`) introduces it, on the same line: the cited text's paragraph N. */
  readonly paragraph?: number;
}

/** `nuclear- weapon`: a hyphen a line break left, and the space or line break after it. */
export interface HyphenBreak {
  /** From the hyphen to the first letter of the next word (excluded). */
  readonly range: Range;
  /** The word ending with the hyphen (`nuclear-`, `non-`). */
  readonly before: string;
  /** The word after the break (`weapon-free`). */
  readonly after: string;
}

/** A document symbol in running text: `A/74/363`, `S/2019/123`, `A/C.1/74/L.50`. */
export interface SymbolMention {
  readonly text: string;
  readonly range: Range;
  readonly organ?: Organ;
  /** Set when malformed (`A//74`, `74-29` in a symbol position). */
  readonly malformed?: string;
}

/** One target of a paragraph reference: `5`, `2 (b)`, `(c)`. */
export interface ReferenceTarget {
  /** The operative paragraph number; absent for `subparagraph (c) above` (the current paragraph). */
  readonly paragraph?: number;
  /** Subparagraph labels, outermost first (`['b']`, `['b', 'ii']`). */
  readonly subparagraphs: readonly string[];
  /** A draft label after the number (`paragraph 5 bis`): it names the draft's paragraph `5 bis.`. */
  readonly suffix?: string;
  readonly range: Range;
}

/** `paragraph 5 above`, `paragraphs 3 to 5`, `paragraph 2 (b) of the present resolution`, `subparagraph (c) above`. */
export interface ParagraphReference {
  readonly range: Range;
  readonly kind: 'paragraph' | 'subparagraph';
  readonly targets: readonly ReferenceTarget[];
  /** `paragraphs 3 to 5`: the targets are the ends of a range. */
  readonly isRange: boolean;
  readonly direction?: 'above' | 'below';
  readonly directionRange?: Range;
  /** Whether it says `of the present resolution` (or `of this resolution`). */
  readonly present: boolean;
  /** The paragraph that contains the reference, if any, for `above`/`below` checks. */
  readonly inOperative?: number;
}

// ---------------------------------------------------------------------------------------------
// The whole document

export interface ResolutionDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** The text split into lines, line ends removed. */
  readonly lines: readonly string[];
  readonly frontMatter?: FrontMatter;
  readonly info: DocumentInfo;
  /** Without `# A` parts: exactly one part with no letter. */
  readonly parts: readonly ResolutionPart[];
  readonly attachments: readonly Attachment[];
  /** Every heading of the document, in order. */
  readonly headings: readonly Heading[];
  readonly footnoteReferences: readonly FootnoteReference[];
  readonly footnoteDefinitions: readonly FootnoteDefinition[];
  readonly brackets: readonly NegotiationBracket[];
  readonly comments: readonly Comment[];
  readonly directives: readonly DisableDirective[];
  readonly citations: readonly Citation[];
  readonly symbols: readonly SymbolMention[];
  /** Every date in the body, in citations or not. */
  readonly dates: readonly DateMention[];
  readonly references: readonly ParagraphReference[];
  /** Hyphens that a line break seems to have left in running text (`nuclear- weapon`). */
  readonly hyphenBreaks: readonly HyphenBreak[];
  readonly problems: readonly ParseProblem[];
}

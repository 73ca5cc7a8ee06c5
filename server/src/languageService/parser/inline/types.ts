import type { Citation, DateMention, HyphenBreak, Organ, ParagraphReference, SymbolMention } from '../../model';
import type { OffsetLines } from '../spans';

/**
 * What the inline scanner finds in the text of one block (a paragraph, a heading, a footnote
 * definition). The block's lines are joined with `\n`; comments have been blanked with spaces so
 * offsets still match; `lines` maps an offset in that text to its LSP position.
 */
export interface InlineInput {
  readonly text: string;
  readonly lines: OffsetLines;
  /** The document's own organ: what `resolution 74/29` and `its resolution` cite. */
  readonly organ: Organ | undefined;
}

export interface InlineResult {
  readonly citations: readonly Citation[];
  /** Document symbols that are not citation items (`A/74/363`, `S/2019/123`). */
  readonly symbols: readonly SymbolMention[];
  /** Every date, in citations or not. */
  readonly dates: readonly DateMention[];
  /** `inOperative` is left unset: the block parser knows the paragraph and fills it. */
  readonly references: readonly ParagraphReference[];
  readonly hyphenBreaks: readonly HyphenBreak[];
}

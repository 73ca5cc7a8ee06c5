/**
 * The inline scanner: what a block's running text cites and refers to. The block parser calls
 * `scanInline` once per block; the four scanners below are independent and each linear in the
 * block's length.
 */
import type { Citation, DateMention, HyphenBreak, ParagraphReference, SymbolMention } from '../../model';
import { scanHyphenBreaks } from './hyphens';
import { scanCitations } from './citations';
import { scanDates, type DateSpan } from './dates';
import { scanReferences } from './references';
import { scanSymbols } from './symbols';
import type { InlineInput, InlineResult } from './types';

export type { InlineInput, InlineResult } from './types';

/** Runs one scanner; a bug in it costs its findings for this block, never the whole parse. */
function guarded<T>(scan: () => T[]): T[] {
  try {
    return scan();
  } catch {
    return [];
  }
}

/**
 * Finds the citations, document symbols, dates and internal paragraph references of one block.
 * Never throws; positions come from `input.lines`. A date inside a citation item is the same
 * object in `dates` and in the item's `date`.
 */
export function scanInline(input: InlineInput): InlineResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const lines = input.lines;
  const dateSpans: DateSpan[] = guarded(() => scanDates(text, lines));
  const datesByStart = new Map(dateSpans.map(d => [d.start, d] as const));
  const dates: DateMention[] = dateSpans.map(d => d.mention);
  const citations: Citation[] = guarded(() => scanCitations(text, { lines, organ: input.organ, datesByStart }));
  const symbols: SymbolMention[] = guarded(() => scanSymbols(text, (o: number) => lines.positionAt(o))).map(s => s.mention);
  const references: ParagraphReference[] = guarded(() => scanReferences(text, (o: number) => lines.positionAt(o)));
  const hyphenBreaks: HyphenBreak[] = guarded(() => scanHyphenBreaks(text, (o: number) => lines.positionAt(o)));
  return { citations, symbols, dates, references, hyphenBreaks };
}

/**
 * The inline scanner: what a block's running text cites and refers to. The block parser calls
 * `scanInline` once per block. One pass finds the block's dates and the lead words of citations and
 * references (landmarks.ts); the citation and reference scanners start from those, the symbol and
 * hyphen scanners search on their own. Each is linear in the block's length.
 */
import { scanHyphenBreaks } from './hyphens';
import { scanCitations } from './citations';
import { findLandmarks, type Landmarks } from './landmarks';
import { scanReferences } from './references';
import { scanSymbols } from './symbols';
import type { InlineInput, InlineResult } from './types';
import { NONE } from '../empty';
import type { OffsetLines } from '../spans';

export type { InlineInput, InlineResult } from './types';

/**
 * Runs one scanner; a bug in it costs its findings for this block, never the whole parse. The
 * scanner and its arguments are passed, not a closure: this runs five times per block.
 */
function guarded<A, T>(scan: (text: string, arg: A) => readonly T[], text: string, arg: A): readonly T[] {
  try {
    const found = scan(text, arg);
    return found.length === 0 ? NONE : found;
  } catch {
    return NONE;
  }
}

/** What most blocks hold: one shared answer, kept by the parse cache for each of them. */
const NOTHING: InlineResult = Object.freeze({ citations: NONE, symbols: NONE, dates: NONE, references: NONE, hyphenBreaks: NONE });

/**
 * Finds the citations, document symbols, dates and internal paragraph references of one block.
 * Never throws; positions come from `input.lines`. A date inside a citation item is the same
 * object in `dates` and in the item's `date`. A kind with nothing found is one shared frozen empty list,
 * and a block with nothing at all one shared answer.
 */
export function scanInline(input: InlineInput): InlineResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const lines = input.lines;
  const marks = landmarksOf(text, lines);
  const dates = marks.dates;
  const citations = marks.citationLeads.length === 0 ? NONE : guarded(scanCitations, text, { lines, organ: input.organ, dates, leads: marks.citationLeads });
  const symbols = guarded(scanSymbols, text, lines);
  const references = marks.referenceLeads.length === 0 ? NONE : guarded(scanReferences, text, { lines, leads: marks.referenceLeads });
  const hyphenBreaks = guarded(scanHyphenBreaks, text, lines);
  if (citations === NONE && symbols === NONE && dates === NONE && references === NONE && hyphenBreaks === NONE) return NOTHING;
  return { citations, symbols, dates, references, hyphenBreaks };
}

/** The block's dates and lead words; a bug in that one pass costs the block its dates, citations and references. */
function landmarksOf(text: string, lines: OffsetLines): Landmarks {
  try {
    return findLandmarks(text, lines);
  } catch {
    return NO_LANDMARKS;
  }
}

const NO_LANDMARKS: Landmarks = Object.freeze({ dates: NONE, citationLeads: NONE, referenceLeads: NONE });

/**
 * One pass over a block's text for the places the scanners start from: the dates (`9 December
 * 1981`), the lead words of citations (`resolution(s)`, `decision(s)`) and of paragraph references
 * (`paragraph(s)`, `subparagraph(s)`). One pattern for the three is a third faster than a pattern
 * for each, each run over the whole block (the three were a sixth of the parse of a small file).
 */
import type { DateAt, OffsetLines } from '../spans';
import { dateAt, dateStart } from './dates';
import { subBefore } from './references';
import { isAsciiAlnum, isDigit } from './text';
import { NONE } from '../empty';

/**
 * A date's shape, or a lead word. No look-behind or look-ahead: with them irregexp tried every
 * alternative at every character (twice as slow as the three patterns apart); the word edges are
 * tested here instead. The alternatives start with different characters (a digit; `r`, `d`; `s`,
 * `p`), so at most one matches at a place. The spaces are one quantifier between fixed parts, so a
 * try is linear and only the one or two digits before a run of spaces try it.
 */
const LANDMARK = /[0-9]{1,2}[ \t\n\u00a0]+[A-Z][a-z]{2,8}[ \t\n\u00a0]+[0-9]{4}|[Rr]esolution|[Dd]ecision|(?:[Ss]ub)?[Pp]aragraph/g;

/** What the one pass found, in text order; a kind with nothing found is the shared empty list. */
export interface Landmarks {
  readonly dates: readonly DateAt[];
  /** Where each citation lead word ends (`resolutions` after its `s`). */
  readonly citationLeads: readonly number[];
  /** Where each paragraph reference lead word ends. */
  readonly referenceLeads: readonly number[];
}

/** The offset after a lead word ending at `end` and its plural `s`, or -1 when it runs on into a letter or digit. */
function leadEnd(text: string, end: number): number {
  const after = text.charCodeAt(end) === 115 /* s */ ? end + 1 : end;
  return isAsciiAlnum(text.charCodeAt(after)) ? -1 : after;
}

/**
 * Where the scan goes on after a candidate at `start` that is none: one character on. Never back to
 * where this try began (`from`): the starts read back from a match's end are at or after it, and
 * this keeps the scan moving even if one were not.
 */
function resumeAfter(start: number, from: number): number {
  return start >= from ? start + 1 : from + 1;
}

/**
 * The dates and lead words of `text`. A candidate that is none (a letter or digit at its edge, a
 * word that is no month) is dropped and the scan goes on one character after its start, as each
 * pattern alone went on; a found one is passed whole, as each pattern alone passed it.
 */
export function findLandmarks(text: string, lines: OffsetLines): Landmarks {
  let dates: DateAt[] | undefined;
  let citationLeads: number[] | undefined;
  let referenceLeads: number[] | undefined;
  LANDMARK.lastIndex = 0;
  // `test`, not `exec`: which alternative matched and where it starts are read back from its end.
  for (let from = 0; LANDMARK.test(text); from = LANDMARK.lastIndex) {
    const end = LANDMARK.lastIndex;
    const last = text.charCodeAt(end - 1);
    if (isDigit(last)) {
      const start = dateStart(text, from, end);
      const date = dateAt(text, lines, start, end);
      if (date === undefined) LANDMARK.lastIndex = resumeAfter(start, from);
      else (dates ??= []).push(date);
      continue;
    }
    // `resolution` and `decision` end in `n`, `paragraph` in `h`; `resolution` has an `s` where `decision` has its `d`.
    let start: number;
    if (last === 110 /* n */) start = end - ((text.charCodeAt(end - 8) | 32) === 100 /* d */ ? 8 : 10);
    else start = end - 9 - (end - 12 >= from && subBefore(text, end - 9) ? 3 : 0);
    const after = isAsciiAlnum(text.charCodeAt(start - 1)) ? -1 : leadEnd(text, end);
    if (after < 0) {
      LANDMARK.lastIndex = resumeAfter(start, from);
      continue;
    }
    if (last === 110) (citationLeads ??= []).push(after);
    else (referenceLeads ??= []).push(after);
    LANDMARK.lastIndex = after;
  }
  return { dates: dates ?? NONE, citationLeads: citationLeads ?? NONE, referenceLeads: referenceLeads ?? NONE };
}

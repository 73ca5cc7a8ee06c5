/**
 * One pass over the body for square brackets: footnote references `[^label]` are recorded as such
 * (a definition's own label is not a reference), and every other `[` and `]` is a negotiation
 * bracket, paired with a stack over the whole body so that a bracket may span paragraphs.
 */
import type { FootnoteReference, NegotiationBracket, Range } from '../model';
import { footnoteDefinitionLabel, footnoteLabelEnd } from './blocks';
import { lineRange } from './lines';
import { FootnoteReferenceAt } from './spans';

/** Footnote references and negotiation brackets, in document order. */
export interface BracketScan {
  readonly footnoteReferences: FootnoteReference[];
  readonly brackets: NegotiationBracket[];
}

/**
 * Scans lines `from` … end of the comment-blanked body: `text` is the blanked text, `starts` the
 * offset of each line in it. Lines with no bracket are skipped by searching the whole text: two
 * searches per line cost a 1 MB document more than the rest of the scan.
 */
export function scanBrackets(lines: readonly string[], from: number, text: string, starts: readonly number[]): BracketScan {
  const footnoteReferences: FootnoteReference[] = [];
  const pairs: NegotiationBracket[] = [];
  const open: Range[] = [];
  const bodyStart = from < lines.length ? starts[from] : text.length;
  let nextOpen = text.indexOf('[', bodyStart);
  let nextClose = text.indexOf(']', bodyStart);
  for (let l = from; l < lines.length; l++) {
    const at = nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
    if (at < 0) break;
    while (l + 1 < lines.length && starts[l + 1] <= at) l++;
    const lineEnd = l + 1 < lines.length ? starts[l + 1] : text.length;
    if (nextOpen >= 0 && nextOpen < lineEnd) nextOpen = text.indexOf('[', lineEnd);
    if (nextClose >= 0 && nextClose < lineEnd) nextClose = text.indexOf(']', lineEnd);
    const line = lines[l];
    const definition = footnoteDefinitionLabel(line);
    // From bracket to bracket: a line with a footnote reference is mostly text.
    let nextOpenHere = line.indexOf('[', definition ? definition.end : 0);
    let nextCloseHere = line.indexOf(']', definition ? definition.end : 0);
    for (let i = 0; ; i++) {
      if (nextOpenHere >= 0 && nextOpenHere < i) nextOpenHere = line.indexOf('[', i);
      if (nextCloseHere >= 0 && nextCloseHere < i) nextCloseHere = line.indexOf(']', i);
      i = nextOpenHere < 0 ? nextCloseHere : nextCloseHere < 0 ? nextOpenHere : Math.min(nextOpenHere, nextCloseHere);
      if (i < 0) break;
      const c = line.charCodeAt(i);
      if (c === 91 /* [ */) {
        if (line.charCodeAt(i + 1) === 94 /* ^ */) {
          const end = footnoteLabelEnd(line, i);
          if (end >= 0) {
            footnoteReferences.push(new FootnoteReferenceAt(line.slice(i + 2, end), l, i, end + 1));
            i = end;
            continue;
          }
        }
        open.push(lineRange(l, i, i + 1));
      } else if (c === 93 /* ] */) {
        const r = lineRange(l, i, i + 1);
        const o = open.pop();
        pairs.push(o ? { open: o, close: r } : { close: r });
      }
    }
  }
  for (const o of open) pairs.push({ open: o });
  const startOf = (b: NegotiationBracket) => (b.open ?? b.close)!.start;
  pairs.sort((a, b) => startOf(a).line - startOf(b).line || startOf(a).character - startOf(b).character);
  return { footnoteReferences, brackets: pairs };
}

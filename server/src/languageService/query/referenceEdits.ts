/**
 * Internal references (`paragraph 5 (c) above`) brought along when paragraphs are renumbered or
 * subparagraphs relettered: each reference is resolved against the model as written (old
 * numbers) by the one resolver of query/references.ts, and its digits and labels are
 * rewritten where the paragraph or subparagraph it names gets a new label.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Paragraph, ParagraphReference, ReferenceTarget, ResolutionDocument, Subparagraph } from '../model';
import { resolveReference } from './references';

/** New labels: a paragraph's number as written (`3`, `3 bis`), a subparagraph's label without parentheses (`c`). */
export interface Relabelling {
  readonly paragraphs: ReadonlyMap<Paragraph, string>;
  readonly subparagraphs: ReadonlyMap<Subparagraph, string>;
}

/** The edits that make every internal reference of `doc` name its paragraph and subparagraphs by their new labels. */
export function referenceEdits(doc: ResolutionDocument, relabelling: Relabelling): TextEdit[] {
  if (doc.references.length === 0 || (relabelling.paragraphs.size === 0 && relabelling.subparagraphs.size === 0)) return [];
  const edits: TextEdit[] = [];
  for (const ref of doc.references) {
    for (const target of ref.targets) edits.push(...targetEdits(doc, ref, target, relabelling));
  }
  return edits;
}

function targetEdits(doc: ResolutionDocument, ref: ParagraphReference, target: ReferenceTarget, relabelling: Relabelling): TextEdit[] {
  const r = target.range;
  if (r.start.line !== r.end.line) return [];
  const found = resolveReference(doc, ref, target);
  if (!found) return [];
  const line = r.start.line;
  const text = (doc.lines[line] ?? '').slice(r.start.character, r.end.character);
  const at = (start: number, end: number): Range => ({ start: { line, character: r.start.character + start }, end: { line, character: r.start.character + end } });
  const edits: TextEdit[] = [];
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  // `5 bis`: the draft label is part of the number that changes.
  if (i > 0 && target.suffix !== undefined) i = text.indexOf(target.suffix, i) + target.suffix.length;
  if (i > 0) {
    const newLabel = relabelling.paragraphs.get(found.paragraph);
    if (newLabel !== undefined && newLabel !== text.slice(0, i)) edits.push({ range: at(0, i), newText: newLabel });
  }
  // The labels in order, each `(x)`: the chain's subparagraphs, outermost first.
  for (const sub of found.chain) {
    const open = text.indexOf('(', i);
    const close = open < 0 ? -1 : text.indexOf(')', open);
    if (close < 0) break;
    const newLabel = relabelling.subparagraphs.get(sub);
    if (newLabel !== undefined && newLabel !== text.slice(open + 1, close)) edits.push({ range: at(open + 1, close), newText: newLabel });
    i = close + 1;
  }
  return edits;
}

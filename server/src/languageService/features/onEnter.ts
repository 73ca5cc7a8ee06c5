/**
 * Enter on an empty subparagraph label (`   (c) ` and nothing after it) ends the subparagraphs: the
 * label goes and the next operative number takes its place (`15. `), as Enter ends a list in other
 * editors. VS Code's on-enter rules cannot delete text, so this is format-on-type on "\n": the
 * editor drops the edit when anything was typed on the new line meanwhile, so it never races the
 * drafter's typing (a fast typist keeps the label, and every keystroke).
 *
 * The same way, Enter after an annex's numbered paragraph that ends with "." (as an annex's
 * paragraphs do) gives a blank line and the next number: the on-enter rules continue only lines
 * not ending with "." (in the resolution itself "." closes the last operative paragraph), and
 * only the parsed model knows the line stands in an annex.
 */
import type { Position, TextEdit } from 'vscode-languageserver-types';
import type { ParagraphNumber, ResolutionDocument } from '../model';
import { attachmentParagraphs } from '../query/paragraphs';
import { DRAFT_SUFFIXES } from '../util/draftSuffixes';

/** A line holding only a subparagraph label, indented. */
const EMPTY_LABEL = /^[ \t]+\([a-z]{1,6}\)[ \t]*$/;

/** The edit after Enter at `pos` (the start of the new line), or none. */
export function provideOnEnterEdits(doc: ResolutionDocument, pos: Position): TextEdit[] {
  const line = doc.lines[pos.line];
  const labelLine = pos.line - 1;
  // Only right after Enter: the new line holds nothing but its indentation.
  if (line === undefined || labelLine < 1 || line.trim() !== '') return [];
  if (!EMPTY_LABEL.test(doc.lines[labelLine])) return annexContinuation(doc, pos.line, line);
  const next = nextOperativeLabel(doc, labelLine);
  if (next === undefined) return [];
  return [{ range: { start: { line: labelLine, character: 0 }, end: { line: pos.line, character: line.length } }, newText: `${next}. ` }];
}

/** The label after the operative paragraph whose subparagraphs run to `line`: `15` after `14`, `14 ter` after `14 bis`. */
function nextOperativeLabel(doc: ResolutionDocument, line: number): string | undefined {
  // The paragraph is the nearest line above at the margin; every line between is indented or blank.
  let start = line - 1;
  while (start >= 0 && !/^\S/.test(doc.lines[start])) start--;
  for (const part of doc.parts) {
    const number = part.operative.find(p => p.firstLine === start)?.number;
    if (number) return labelAfter(number);
  }
  return undefined;
}

/** After an annex paragraph `3. … .` ending on the line above: a blank line and `4. `. */
function annexContinuation(doc: ResolutionDocument, newLine: number, line: string): TextEdit[] {
  const above = newLine - 1;
  if (!/\.\s*$/.test(doc.lines[above])) return [];
  const number = attachmentParagraphs(doc).find(p => p.lastLine === above && p.subparagraphs.length === 0)?.number;
  const label = number && labelAfter(number);
  if (!label) return [];
  return [{ range: { start: { line: newLine, character: 0 }, end: { line: newLine, character: line.length } }, newText: `\n${label}. ` }];
}

/** The label after `number`: `15` after `14`, `14 ter` after `14 bis`; none after the last draft label. */
function labelAfter(number: ParagraphNumber): string | undefined {
  if (!number.suffix) return String(number.value + 1);
  const following = DRAFT_SUFFIXES[number.suffixIndex];
  return following ? `${number.value} ${following}` : undefined;
}

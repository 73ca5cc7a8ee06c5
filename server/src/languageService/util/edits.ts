/**
 * Text edits as fixes build them: comparing, overlap tests, and the checks that keep an edit
 * from ever reaching outside the text it was computed for.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

/** -1, 0 or 1 as `a` is before, at or after `b`. */
export function comparePositions(a: Position, b: Position): number {
  return Math.sign(a.line - b.line) || Math.sign(a.character - b.character);
}

/** Edits sorted by start, then end. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
}

/**
 * Whether two edits cannot both be applied: their ranges share a character, or both insert at one
 * position (their order would be undefined), or one inserts strictly inside the other's range.
 */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  const [first, second] = comparePositions(a.range.start, b.range.start) <= 0 ? [a, b] : [b, a];
  const cmp = comparePositions(second.range.start, first.range.end);
  if (cmp < 0) return true;
  if (cmp > 0) return false;
  // They touch: a conflict only when both insert at that very position (or one is an insertion at the other's start).
  const firstEmpty = comparePositions(first.range.start, first.range.end) === 0;
  const secondEmpty = comparePositions(second.range.start, second.range.end) === 0;
  return firstEmpty && secondEmpty;
}

/** Whether any two of `edits` overlap. */
export function anyOverlap(edits: readonly TextEdit[]): boolean {
  const sorted = sortEdits(edits);
  for (let i = 1; i < sorted.length; i++) if (editsOverlap(sorted[i - 1], sorted[i])) return true;
  return false;
}

/** Whether `range` is a well-formed range inside `lines` (data from a client is never trusted). */
export function rangeInside(range: unknown, lines: readonly string[]): range is Range {
  if (!isRange(range)) return false;
  const inside = (p: Position) => p.line >= 0 && p.line < Math.max(lines.length, 1) && p.character >= 0 && p.character <= (lines[p.line] ?? '').length;
  return inside(range.start) && inside(range.end) && comparePositions(range.start, range.end) <= 0;
}

function isPosition(p: unknown): p is Position {
  return typeof p === 'object' && p !== null && Number.isInteger((p as Position).line) && Number.isInteger((p as Position).character);
}

/** Whether a value has the shape of a range. */
export function isRange(r: unknown): r is Range {
  return typeof r === 'object' && r !== null && isPosition((r as Range).start) && isPosition((r as Range).end);
}

/** The text of the model at a range (ranges spanning lines joined with `\n`). */
export function textAt(lines: readonly string[], range: Range): string {
  if (range.start.line === range.end.line) return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const out = [(lines[range.start.line] ?? '').slice(range.start.character)];
  for (let l = range.start.line + 1; l < range.end.line; l++) out.push(lines[l] ?? '');
  out.push((lines[range.end.line] ?? '').slice(0, range.end.character));
  return out.join('\n');
}

import type { Position, Range } from 'vscode-languageserver-types';

/**
 * The LSP position of a UTF-16 offset in `text`. Linear in the offset: for one-off conversions
 * (configuration files, catalog problems); the parser keeps its own line table.
 */
export function offsetToPosition(text: string, offset: number): Position {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: end - lineStart };
}

/** Offsets of the start of each line, for many conversions over one text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The index of the line holding `offset`, given the ascending offsets at which lines start: a binary search. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The position of `offset` given precomputed {@link lineStarts}. */
export function positionAt(starts: readonly number[], offset: number): Position {
  const line = lineIndexAt(starts, offset);
  return { line, character: offset - starts[line] };
}

/** Whether `pos` lies in `range`, both ends included (a cursor right after a word is on it). */
export function contains(range: Range, pos: Position): boolean {
  const afterStart = pos.line > range.start.line || (pos.line === range.start.line && pos.character >= range.start.character);
  const beforeEnd = pos.line < range.end.line || (pos.line === range.end.line && pos.character <= range.end.character);
  return afterStart && beforeEnd;
}

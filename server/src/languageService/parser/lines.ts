/**
 * The line table of a document: lines split on `\r\n`, `\r` and `\n`, with the offset where each
 * starts, so offsets and LSP positions convert in O(log n) and every module works in lines.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { lineIndexAt } from '../util/positions';

export interface LineTable {
  /** The lines, line ends removed. */
  readonly lines: readonly string[];
  /** Offset of the first character of each line. */
  readonly starts: readonly number[];
  /** Length of the whole text. */
  readonly length: number;
}

/** Splits `text` into lines in one pass. */
export function splitLines(text: string): LineTable {
  // Most files end lines with `\n` alone: `indexOf` finds them many times faster than a loop over
  // every character (a tenth of the whole parse of a 1 MB document went here).
  if (text.indexOf('\r') === -1) {
    const lines: string[] = [];
    const starts: number[] = [0];
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      lines.push(text.slice(start, i));
      start = i + 1;
      starts.push(start);
    }
    lines.push(text.slice(start));
    return { lines, starts, length: text.length };
  }
  const lines: string[] = [];
  const starts: number[] = [0];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      starts.push(start);
    }
  }
  lines.push(text.slice(start));
  return { lines, starts, length: text.length };
}

/** The LSP position of an offset (clamped to the text). */
export function positionOf(table: LineTable, offset: number): Position {
  const o = Math.max(0, Math.min(offset, table.length));
  const line = lineIndexAt(table.starts, o);
  // An offset inside a `\r\n` pair belongs to the end of its line.
  return { line, character: Math.min(o - table.starts[line], table.lines[line].length) };
}

/** A range on one line. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** A range between two positions. */
export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

/** Whitespace as a typist sees it: spaces, tabs, no-break spaces and a byte order mark. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff || c === 0xa0 || c === 11 || c === 12 || c === 0x3000 || c === 0x2009 || c === 0x202f;
}

/** Whether a character is whitespace to JavaScript (`\s` in a regular expression, what `trim` removes). */
export function isJsSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the first non-space character, or the line's length when blank. */
export function firstNonSpace(line: string, from = 0): number {
  let i = from;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last non-space character at or after `from`, or `from` when none. */
export function endOfContent(line: string, from = 0): number {
  let i = line.length;
  while (i > from && isSpaceCode(line.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether a line holds nothing but whitespace. */
export function isBlank(line: string): boolean {
  return firstNonSpace(line) === line.length;
}

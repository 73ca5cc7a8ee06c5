/** How rules name a citation item in messages and fixes. */
import type { CitationItem, Range } from '../model';

/** The number part of an item as written, whitespace collapsed: `43/78 H`, `2625 (XXV)`. */
export function itemNumberText(item: CitationItem): string {
  const { range, symbolRange } = item;
  const sameLine = symbolRange.start.line === range.start.line && symbolRange.end.line === range.start.line;
  const text = sameLine ? item.text.slice(0, symbolRange.end.character - range.start.character) : stripDate(item.text);
  return text.replace(/\s+/g, ' ').trim();
}

/** The item as written, whitespace collapsed (line breaks inside a list become spaces). */
export function itemText(item: CitationItem): string {
  return item.text.replace(/\s+/g, ' ').trim();
}

function stripDate(text: string): string {
  const of = /\sof\s/.exec(text);
  return of ? text.slice(0, of.index) : text;
}

/** The range from the start of `a` to the end of `b`. */
export function spanOf(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

/** How rules name a citation item in messages and fixes. */
import type { Citation, CitationItem, CitationSeparator, Range } from '../model';

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

/**
 * Whether the list is made of its items and plain separators alone: no title (`, entitled “…”`) nor
 * interposed clause (`, establishing the Fund,`) stands between them, which a sort would drop.
 */
export function onlyItemsAndSeparators(citation: Citation): boolean {
  const same = (a: Range['start'], b: Range['start']) => a.line === b.line && a.character === b.character;
  return citation.separators.every(
    (sep, k) => isPlainSeparator(sep) && same(citation.items[k].range.end, sep.range.start) && same(sep.range.end, citation.items[k + 1].range.start),
  );
}

/** `, `, ` and `, `, and ` (line breaks as spaces), or nothing at all. */
export function isPlainSeparator(sep: CitationSeparator): boolean {
  return /^(?:\s*|,\s+|\s+and\s+|,\s+and\s+)$/.test(sep.text);
}

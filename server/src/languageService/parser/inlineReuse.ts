/**
 * The inline scan's reuse between two parses of a document: a unit (a paragraph, a heading, a
 * footnote) whose lines did not change keeps its findings, the same objects when it did not move,
 * copies with their lines shifted when it did. The cache keeps no findings of its own: the last
 * parse's document-wide lists (its model holds them anyway) and where each unit's findings end in
 * them, five numbers per unit in one typed array. Keeping each unit's own lists cost an open 1 MB
 * document half a megabyte of small arrays, copied by every young-generation collection.
 */
import type { Organ } from '../model';
import { inParagraph, type InlineFindings, type InlineReuse } from './inlineScan';
import { shiftLines, type ParseCache } from './reuse';

const SHELF = 'inline';

/** What one parse's inline scan leaves for the next: its findings and where each unit's end in them. */
interface InlineStock {
  found: InlineFindings | undefined;
  /** Five numbers per unit, in scan order: the lengths of the five lists after it. */
  readonly ends: Int32Array;
}

/** Reuse of the inline findings of the last parse with `cache`, for a scan of `unitCount` units of a document of `organ`. */
export function inlineReuse(cache: ParseCache, organ: Organ | undefined, unitCount: number): InlineReuse {
  const context = organ ?? '';
  const previous = cache.kept(SHELF) as InlineStock | undefined;
  const stock: InlineStock = { found: undefined, ends: new Int32Array(unitCount * 5) };
  cache.keep(SHELF, stock);
  let recorded = 0;
  return {
    reuse(unit, found) {
      const before = previous?.found;
      if (before === undefined) return false;
      const from = cache.find(SHELF, context, unit.first, unit.last);
      if (from === undefined) return false;
      const at = (cache.previousValue(SHELF, context, from) as number) * 5;
      const ends = previous!.ends;
      const delta = unit.first - from;
      // One map of copies for the unit: a citation item's date is the same object in `dates`.
      const copies = delta === 0 ? undefined : new Map<object, unknown>();
      const take = <T>(list: readonly T[], to: T[], k: number, adjust?: (item: T) => T): void => {
        for (let i = at === 0 ? 0 : ends[at - 5 + k]; i < ends[at + k]; i++) {
          const item = copies === undefined ? list[i] : (shiftLines(list[i], delta, copies) as T);
          to.push(adjust === undefined ? item : adjust(item));
        }
      };
      take(before.citations, found.citations, 0);
      take(before.symbols, found.symbols, 1);
      take(before.dates, found.dates, 2);
      take(before.references, found.references, 3, r => inParagraph(r, unit.inOperative));
      take(before.hyphenBreaks, found.hyphenBreaks, 4);
      return true;
    },
    record(unit, found) {
      stock.found = found;
      const at = recorded * 5;
      const ends = stock.ends;
      ends[at] = found.citations.length;
      ends[at + 1] = found.symbols.length;
      ends[at + 2] = found.dates.length;
      ends[at + 3] = found.references.length;
      ends[at + 4] = found.hyphenBreaks.length;
      cache.store(SHELF, context, unit.first, unit.last, recorded++);
    },
  };
}

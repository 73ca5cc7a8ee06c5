import { normalizeSymbol } from '../util/symbols';
import type { CatalogEntry, CatalogLookup, RecordFacts } from './types';

/**
 * One lookup over catalog layers in order of precedence (contract §5): pass workspace documents,
 * then catalog files, then the bundled catalog. For a symbol in several layers the earliest
 * layer's entry wins, and within a layer the first. The prefix index for {@link CatalogLookup.search}
 * is built on the first search, so a lookup that only answers `get` costs one map. `record` is what
 * the record proves beyond its entries (the bundled catalog's, {@link RecordFacts}); `notes` say,
 * by symbol, why an online lookup found nothing.
 */
export function createCatalogLookup(layers: readonly (readonly CatalogEntry[])[], record?: RecordFacts, notes?: ReadonlyMap<string, string>): CatalogLookup {
  return layeredLookup(layers, entriesBySymbol([]), record, notes);
}

/**
 * The entries of `layers` by canonical symbol, the earliest layer's winning: the costly part of a
 * lookup (tens of thousands of entries), to build once for the layers that rarely change and pass
 * to {@link layeredLookup}.
 */
export function entriesBySymbol(layers: readonly (readonly CatalogEntry[])[]): ReadonlyMap<string, CatalogEntry> {
  const bySymbol = new Map<string, CatalogEntry>();
  for (const layer of layers) {
    for (const entry of layer) {
      // Entries from the project's own parsers are canonical already; normalise anyway for hand-made ones.
      const key = normalizeSymbol(entry.symbol);
      if (!bySymbol.has(key)) bySymbol.set(key, entry);
    }
  }
  return bySymbol;
}

/**
 * A lookup over `layers` on top of `below` (from {@link entriesBySymbol}), which they take
 * precedence over. Building it costs the top layers alone: the workspace index rebuilds its
 * documents' layer whenever a front matter changes, over the catalog files and the bundled
 * catalog built once.
 */
export function layeredLookup(
  layers: readonly (readonly CatalogEntry[])[],
  below: ReadonlyMap<string, CatalogEntry>,
  record?: RecordFacts,
  notes?: ReadonlyMap<string, string>,
): CatalogLookup {
  const top = entriesBySymbol(layers);
  const get = top.size === 0 ? (key: string) => below.get(key) : (key: string) => top.get(key) ?? below.get(key);
  function* entries(): Generator<CatalogEntry> {
    yield* top.values();
    for (const [key, entry] of below) if (!top.has(key)) yield entry;
  }
  let index: PrefixIndex | undefined;
  return Object.freeze({
    get: (symbol: string) => get(normalizeSymbol(symbol)),
    entries: () => (top.size === 0 ? below.values() : entries()),
    search: (prefix: string, limit = 50) =>
      (index ??= new PrefixIndex(top.size === 0 ? below : new Map([...top, ...[...below].filter(([key]) => !top.has(key))]))).search(prefix, limit),
    ...(record && { record }),
    ...(notes && notes.size > 0 && { note: (symbol: string) => notes.get(normalizeSymbol(symbol)) }),
  });
}

/** The series prefixes a citation leaves out: `73/27` cites `A/RES/73/27`, `2334 (2016)` cites `S/RES/2334 (2016)`. */
const SERIES = /^(A\/RES\/|A\/DEC\/|S\/RES\/|E\/RES\/|A\/HRC\/RES\/)/;

/** The symbol as a citation writes it: `A/RES/73/27` → `73/27`; `S/RES/2334 (2016)` → `2334 (2016)`. */
export function citationForm(symbol: string): string {
  return symbol.replace(SERIES, '');
}

/**
 * Symbols and their citation forms, bucketed by length and sorted within each bucket. Walking the
 * buckets from the shortest gives numbers in numeric order under a prefix (`73/1` … `73/9`,
 * `73/10` …), which is the order a drafter expects in a completion list, while a binary search in
 * each bucket keeps a search to a few dozen probes and the matches themselves.
 */
class PrefixIndex {
  readonly #buckets: { keys: string[]; entries: CatalogEntry[] }[] = [];

  constructor(bySymbol: ReadonlyMap<string, CatalogEntry>) {
    const byLength = new Map<number, [string, CatalogEntry][]>();
    const add = (key: string, entry: CatalogEntry) => {
      let list = byLength.get(key.length);
      if (!list) byLength.set(key.length, (list = []));
      list.push([key, entry]);
    };
    for (const [symbol, entry] of bySymbol) {
      add(symbol, entry);
      const short = citationForm(symbol);
      if (short !== symbol) add(short, entry);
    }
    for (const length of [...byLength.keys()].sort((a, b) => a - b)) {
      const list = byLength.get(length)!.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      this.#buckets.push({ keys: list.map(p => p[0]), entries: list.map(p => p[1]) });
    }
  }

  search(rawPrefix: string, limit: number): CatalogEntry[] {
    const prefix = rawPrefix.trim().replace(/\s+/g, ' ').toUpperCase();
    const out: CatalogEntry[] = [];
    if (limit <= 0) return out;
    const taken = new Set<CatalogEntry>();
    for (const { keys, entries } of this.#buckets) {
      if (keys[0].length < prefix.length) continue;
      for (let i = lowerBound(keys, prefix); i < keys.length && keys[i].startsWith(prefix); i++) {
        const entry = entries[i];
        if (taken.has(entry)) continue;
        taken.add(entry);
        out.push(entry);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}

function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

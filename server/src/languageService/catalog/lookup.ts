import { normalizeSymbol } from '../util/symbols';
import type { CatalogEntry, CatalogLayer, CatalogLookup, IndexedCatalogLayer, RecordFacts } from './types';

/**
 * One lookup over catalog layers in order of precedence (contract §5): pass workspace documents,
 * then catalog files, then the bundled catalog. For a symbol in several layers the earliest
 * layer's entry wins, and within a layer the first. Lists of entries are merged into one map; an
 * indexed layer (the bundled catalog) is asked as it is, so building a lookup never copies or
 * reads its 12,000 entries. The prefix index for {@link CatalogLookup.search} is built on the first
 * search, so a lookup that only answers `get` costs the map of the small layers. `record` is what
 * the record proves beyond its entries (the bundled catalog's, {@link RecordFacts}); `notes` say,
 * by symbol, why an online lookup found nothing.
 */
export function createCatalogLookup(layers: readonly CatalogLayer[], record?: RecordFacts, notes?: ReadonlyMap<string, string>): CatalogLookup {
  // Runs of lists become one map each (canonical key → first entry); indexed layers stay as they are.
  const parts: IndexedCatalogLayer[] = [];
  let run: Map<string, CatalogEntry> | undefined;
  for (const layer of layers) {
    if (!isList(layer)) {
      parts.push(layer);
      run = undefined;
      continue;
    }
    if (!run) parts.push(mapLayer((run = new Map())));
    for (const entry of layer) {
      // Entries from the project's own parsers are canonical already; normalise anyway for hand-made ones.
      const key = normalizeSymbol(entry.symbol);
      if (!run.has(key)) run.set(key, entry);
    }
  }
  const get = (key: string): CatalogEntry | undefined => {
    for (const part of parts) {
      const entry = part.get(key);
      if (entry) return entry;
    }
    return undefined;
  };
  /** Each symbol once, with its winning entry, keyed canonically. */
  function* winners(): Generator<[string, CatalogEntry]> {
    for (let i = 0; i < parts.length; i++) {
      for (const key of parts[i].symbols()) {
        if (parts.slice(0, i).some(p => p.get(key))) continue;
        yield [key, parts[i].get(key)!];
      }
    }
  }
  let index: PrefixIndex | undefined;
  return Object.freeze({
    get: (symbol: string) => get(normalizeSymbol(symbol)),
    entries: () => (parts.length === 1 ? parts[0].entries() : Array.from(winners(), ([, entry]) => entry)),
    search: (prefix: string, limit = 50) => (index ??= new PrefixIndex(winners())).search(prefix, limit),
    ...(record && { record }),
    ...(notes && notes.size > 0 && { note: (symbol: string) => notes.get(normalizeSymbol(symbol)) }),
  });
}

/**
 * The catalog with each symbol's entry looked up once, for the rules, where several rules ask for
 * the same cited symbols run after run (normalising a symbol is what a look-up costs). One per
 * lookup object, kept as long as it: a lookup never changes (the workspace index makes a new one
 * when a catalog fact changes), so neither do its answers; and the rules know a run's catalog is
 * the last run's by this object.
 */
export function rememberingLookup(catalog: CatalogLookup): CatalogLookup {
  let remembering = rememberingLookups.get(catalog);
  if (remembering !== undefined) return remembering;
  const found = new Map<string, CatalogEntry | null>();
  remembering = {
    get: symbol => {
      const known = found.get(symbol);
      if (known !== undefined) return known ?? undefined;
      const entry = catalog.get(symbol);
      found.set(symbol, entry ?? null);
      return entry;
    },
    entries: () => catalog.entries(),
    search: (prefix, limit) => catalog.search(prefix, limit),
    record: catalog.record,
    note: catalog.note && (symbol => catalog.note!(symbol)),
  };
  rememberingLookups.set(catalog, remembering);
  return remembering;
}

const rememberingLookups = new WeakMap<CatalogLookup, CatalogLookup>();

/**
 * Lists of entries merged into one indexed layer, the earliest list's entry winning: for layers that
 * rarely change, built once and passed to {@link createCatalogLookup} under a layer that changes
 * often (the workspace index rebuilds its documents' layer whenever a front matter changes; the
 * catalog files below it, tens of thousands of entries, are not merged again).
 */
export function mergedLayer(lists: readonly (readonly CatalogEntry[])[]): IndexedCatalogLayer {
  const map = new Map<string, CatalogEntry>();
  for (const list of lists) {
    for (const entry of list) {
      const key = normalizeSymbol(entry.symbol);
      if (!map.has(key)) map.set(key, entry);
    }
  }
  return mapLayer(map);
}

function isList(layer: CatalogLayer): layer is readonly CatalogEntry[] {
  return Array.isArray(layer);
}

/** A map of canonical symbols as an indexed layer. */
function mapLayer(map: ReadonlyMap<string, CatalogEntry>): IndexedCatalogLayer {
  return {
    get size() {
      return map.size;
    },
    get: key => map.get(key),
    symbols: () => map.keys(),
    entries: () => map.values(),
  };
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

  constructor(bySymbol: Iterable<[string, CatalogEntry]>) {
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

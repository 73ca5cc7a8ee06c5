/**
 * The catalog bundled with unres (contract §5, last layer): every resolution and decision the real
 * data in shared/data knows, derived by `scripts/build-catalog.mjs` into the generated
 * `bundledData.ts` (docs/catalog.md: sources, licences, how to rebuild). The rows stay one compact
 * string; the first use indexes their symbols (one pass, no entry made), and an entry is made
 * from its row when first asked for. The first diagnostics after start pay for the index and the
 * few entries a draft cites, not for 12,000 entries (docs/performance.md, `catalog-first-use`).
 */
import { BUNDLED_ROWS, BUNDLED_SOURCES, COMPLETE_SESSIONS } from './bundledData';
import { gaRegularSessionOf } from '../util/sessions';
import type { CatalogEntry, CatalogLayer, IndexedCatalogLayer, NumberedDate, RecordFacts } from './types';

/** How a bundled entry's source reads in a hover: its sources in a drafter's words, no file names. */
export const BUNDLED_SOURCE_PREFIX = 'Bundled with unres';

let cachedLayer: IndexedCatalogLayer | undefined;
let cachedEntries: readonly CatalogEntry[] | undefined;
let cachedRecord: RecordFacts | undefined;

/** The bundled catalog as an indexed layer: symbols indexed on first use, entries made when asked for. */
export function bundledLayer(): IndexedCatalogLayer {
  return (cachedLayer ??= rowsLayer(BUNDLED_ROWS));
}

/** The bundled catalog's entries, canonical symbols, all made at once (completion lists, tests). */
export function bundledCatalog(): readonly CatalogEntry[] {
  return (cachedEntries ??= Object.freeze([...bundledLayer().entries()]));
}

/** What the bundled record proves beyond its entries: complete sessions, the order of Council numbers. */
export function bundledRecord(): RecordFacts {
  return (cachedRecord ??= createRecordFacts(bundledLayer(), COMPLETE_SESSIONS));
}

/**
 * Indexes rows (`symbol\tdate\ttags\ttitle\tagenda`, one a line, after a first empty line) by
 * symbol: the first row of a symbol wins. An entry is made from its row once, when first asked for.
 */
function rowsLayer(rows: string): IndexedCatalogLayer {
  const startOf = new Map<string, number>();
  let start = rows.indexOf('\n') + 1;
  while (start > 0 && start < rows.length) {
    let end = rows.indexOf('\n', start);
    if (end < 0) end = rows.length;
    if (end > start) {
      let tab = rows.indexOf('\t', start);
      if (tab < 0 || tab > end) tab = end;
      const symbol = rows.slice(start, tab);
      if (!startOf.has(symbol)) startOf.set(symbol, start);
    }
    start = end + 1;
  }
  const made = new Map<string, CatalogEntry>();
  const sources = new Map<string, string>();
  const get = (symbol: string): CatalogEntry | undefined => {
    const known = made.get(symbol);
    if (known) return known;
    const at = startOf.get(symbol);
    if (at === undefined) return undefined;
    let end = rows.indexOf('\n', at);
    if (end < 0) end = rows.length;
    const entry = entryOf(rows.slice(at, end), sources);
    made.set(symbol, entry);
    return entry;
  };
  return Object.freeze({
    size: startOf.size,
    get,
    symbols: () => startOf.keys(),
    entries: () => Array.from(startOf.keys(), symbol => get(symbol)!),
  });
}

/** One row as a frozen entry; `sources` remembers each tag pair's note. */
function entryOf(line: string, sources: Map<string, string>): CatalogEntry {
  const [symbol, date, tags = '', title, agendaItem] = line.split('\t');
  let source = sources.get(tags);
  if (source === undefined) sources.set(tags, (source = sourceNote(tags)));
  const session = gaRegularSessionOf(symbol);
  return Object.freeze({
    symbol,
    ...(date && { date }),
    ...(title && { title }),
    ...(session !== undefined && { session }),
    ...(agendaItem && { agendaItem }),
    source,
    ...(date && tags.endsWith('?') && { doubtfulDate: true }),
  });
}

/** `ce` → `Bundled with unres: date from dates as cited in later resolutions; title from the official text …`. */
function sourceNote(tags: string): string {
  const date = BUNDLED_SOURCES[tags[0]];
  const title = BUNDLED_SOURCES[tags[1]];
  if (date && title && tags[0] === tags[1]) return `${BUNDLED_SOURCE_PREFIX}: date and title from ${date}`;
  const parts = [date && (tags[0] === 'c' ? date : `date from ${date}`), title && `title from ${title}`].filter(Boolean);
  return parts.length > 0 ? `${BUNDLED_SOURCE_PREFIX}: ${parts.join('; ')}` : `${BUNDLED_SOURCE_PREFIX}: the symbol is in the record; no date is known`;
}

/**
 * The record's regularities over a catalog layer: the last number of each complete GA session as
 * given, and the Security Council's numbers in order of adoption. Each part is worked out on its
 * first question: the Council's order from the symbols alone (their year is in them), the GA
 * neighbours from the dated entries of regular sessions.
 */
export function createRecordFacts(layer: CatalogLayer, completeSessions: Readonly<Record<number, number>>): RecordFacts {
  const symbols = (): Iterable<string> => (Array.isArray(layer) ? layer.map(e => e.symbol) : (layer as IndexedCatalogLayer).symbols());
  const entryOf = Array.isArray(layer) ? firstBySymbol(layer) : (symbol: string) => (layer as IndexedCatalogLayer).get(symbol);

  let council: { symbolOf: Map<number, string>; numbers: number[]; years: number[] } | undefined;
  const councilOrder = () => {
    if (council) return council;
    const symbolOf = new Map<number, string>();
    const yearOf = new Map<number, number>();
    for (const symbol of symbols()) {
      const m = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(symbol);
      if (m && !symbolOf.has(Number(m[1]))) {
        symbolOf.set(Number(m[1]), symbol);
        yearOf.set(Number(m[1]), Number(m[2]));
      }
    }
    const numbers = [...symbolOf.keys()].sort((a, b) => a - b);
    return (council = { symbolOf, numbers, years: numbers.map(n => yearOf.get(n)!) });
  };

  // Regular GA sessions: firm dates by number, sorted, for the neighbour check.
  let bySession: Map<number, NumberedDate[]> | undefined;
  const gaDates = () => {
    if (bySession) return bySession;
    bySession = new Map();
    for (const symbol of symbols()) {
      const m = /^A\/RES\/(\d+)\/(\d+)$/.exec(symbol);
      const entry = m ? entryOf(symbol) : undefined;
      if (!m || entry?.date === undefined || entry.doubtfulDate) continue;
      let list = bySession.get(Number(m[1]));
      if (!list) bySession.set(Number(m[1]), (list = []));
      list.push({ number: Number(m[2]), date: entry.date });
    }
    for (const list of bySession.values()) list.sort((a, b) => a.number - b.number);
    return bySession;
  };

  return Object.freeze<RecordFacts>({
    lastOfSession: session => completeSessions[session],
    securityCouncil: number => {
      const symbol = councilOrder().symbolOf.get(number);
      return symbol === undefined ? undefined : entryOf(symbol);
    },
    securityCouncilYears: number => {
      const { numbers, years } = councilOrder();
      if (numbers.length === 0 || number > numbers[numbers.length - 1] || number < 1) return undefined;
      // The nearest known numbers at or below and at or above.
      const lo = lowerBound(numbers, number);
      const above = lo;
      const below = numbers[lo] === number ? lo : lo - 1;
      return { earliest: below >= 0 ? years[below] : 1946, latest: years[above] };
    },
    gaNeighbours: (session, number, count) => {
      const list = gaDates().get(session) ?? [];
      const at = lowerBound(
        list.map(x => x.number),
        number,
      );
      const after = list[at]?.number === number ? at + 1 : at;
      return { below: list.slice(Math.max(0, at - count), at).reverse(), above: list.slice(after, after + count) };
    },
  });
}

/** The first entry of each symbol of a list. */
function firstBySymbol(entries: readonly CatalogEntry[]): (symbol: string) => CatalogEntry | undefined {
  const map = new Map<string, CatalogEntry>();
  for (const entry of entries) if (!map.has(entry.symbol)) map.set(entry.symbol, entry);
  return symbol => map.get(symbol);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

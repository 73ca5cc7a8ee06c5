/**
 * The catalog bundled with unres (contract §5, last layer): every resolution and decision the real
 * data in shared/data knows, derived by `scripts/build-catalog.mjs` into the generated
 * `bundledData.ts` (docs/catalog.md: sources, licences, how to rebuild). The rows stay one compact
 * string until a catalog is first asked for; then they are read once into frozen entries.
 */
import { BUNDLED_ROWS, BUNDLED_SOURCES, COMPLETE_SESSIONS } from './bundledData';
import { gaRegularSessionOf } from '../util/sessions';
import type { CatalogEntry, NumberedDate, RecordFacts } from './types';

/** How a bundled entry's source reads in a hover: its sources in a drafter's words, no file names. */
export const BUNDLED_SOURCE_PREFIX = 'Bundled with unres';

let cachedEntries: readonly CatalogEntry[] | undefined;
let cachedRecord: RecordFacts | undefined;

/** The bundled catalog's entries, canonical symbols, read once. */
export function bundledCatalog(): readonly CatalogEntry[] {
  return (cachedEntries ??= Object.freeze(readRows(BUNDLED_ROWS)));
}

/** What the bundled record proves beyond its entries: complete sessions, the order of Council numbers. */
export function bundledRecord(): RecordFacts {
  return (cachedRecord ??= createRecordFacts(bundledCatalog(), COMPLETE_SESSIONS));
}

function readRows(rows: string): CatalogEntry[] {
  const sources = new Map<string, string>();
  const entries: CatalogEntry[] = [];
  let start = rows.indexOf('\n') + 1;
  while (start > 0 && start < rows.length) {
    let end = rows.indexOf('\n', start);
    if (end < 0) end = rows.length;
    const line = rows.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const [symbol, date, tags = '', title, agendaItem] = line.split('\t');
    let source = sources.get(tags);
    if (source === undefined) sources.set(tags, (source = sourceNote(tags)));
    const session = gaRegularSessionOf(symbol);
    entries.push(
      Object.freeze({
        symbol,
        ...(date && { date }),
        ...(title && { title }),
        ...(session !== undefined && { session }),
        ...(agendaItem && { agendaItem }),
        source,
        ...(date && tags.endsWith('?') && { doubtfulDate: true }),
      }),
    );
  }
  return entries;
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
 * The record's regularities over a set of entries: the last number of each complete GA session as
 * given, and the Security Council's numbers in order of adoption.
 */
export function createRecordFacts(entries: readonly CatalogEntry[], completeSessions: Readonly<Record<number, number>>): RecordFacts {
  const council = new Map<number, CatalogEntry>();
  for (const entry of entries) {
    const m = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(entry.symbol);
    if (m && !council.has(Number(m[1]))) council.set(Number(m[1]), entry);
  }
  const numbers = [...council.keys()].sort((a, b) => a - b);
  // Regular GA sessions: firm dates by number, sorted, for the neighbour check.
  const bySession = new Map<number, NumberedDate[]>();
  for (const entry of entries) {
    const m = /^A\/RES\/(\d+)\/(\d+)$/.exec(entry.symbol);
    if (!m || entry.date === undefined || entry.doubtfulDate) continue;
    let list = bySession.get(Number(m[1]));
    if (!list) bySession.set(Number(m[1]), (list = []));
    list.push({ number: Number(m[2]), date: entry.date });
  }
  for (const list of bySession.values()) list.sort((a, b) => a.number - b.number);
  const years = numbers.map(n => Number(/\((\d{4})\)$/.exec(council.get(n)!.symbol)![1]));
  return Object.freeze<RecordFacts>({
    lastOfSession: session => completeSessions[session],
    securityCouncil: number => council.get(number),
    securityCouncilYears: number => {
      if (numbers.length === 0 || number > numbers[numbers.length - 1] || number < 1) return undefined;
      // The nearest known numbers at or below and at or above.
      const lo = lowerBound(numbers, number);
      const above = lo;
      const below = numbers[lo] === number ? lo : lo - 1;
      return { earliest: below >= 0 ? years[below] : 1946, latest: years[above] };
    },
    gaNeighbours: (session, number, count) => {
      const list = bySession.get(session) ?? [];
      const at = lowerBound(
        list.map(x => x.number),
        number,
      );
      const after = list[at]?.number === number ? at + 1 : at;
      return { below: list.slice(Math.max(0, at - count), at).reverse(), above: list.slice(after, after + count) };
    },
  });
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

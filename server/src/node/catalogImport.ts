/**
 * Importers: the data sets people already have (CSV catalogues, the unvotes roll calls, MARCXML
 * from the UN Digital Library) in, catalog entries out. Text in, `{ entries, warnings }` out;
 * `importCatalogFiles.ts` (`unres catalog import`, the server's "Import catalog…") reads and writes
 * the files, `digitalLibrary.ts` reads the Library's answers with it. Outside the language service,
 * which only reads catalog files (`catalog/parse.ts`).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { normalizeSymbol } from '../languageService/util/symbols';
import { isIsoDate } from '../languageService/catalog/date';
import { citationForm } from '../languageService/catalog/lookup';
import { gaRegularSessionOf, outsideGaSession } from '../languageService/util/sessions';
import { romanValue, toRoman } from '../languageService/util/roman';
import { CATALOG_ENTRY_KEYS, parseCatalogFile } from '../languageService/catalog/parse';
import type { CatalogEntry } from '../languageService/catalog/types';

/** What an import yields: the entries, and one line per kind of row it skipped or doubted. */
export interface ImportResult {
  readonly entries: CatalogEntry[];
  readonly warnings: string[];
}

/**
 * Imports a file of any supported format, detected from its name and first characters: MARCXML
 * (`.xml`, or text starting with `<`), a catalog file (text starting with `[`), or CSV (flavour
 * detected from the header by {@link importCsv}). Never throws.
 */
export function importCatalog(text: string, fileName: string): ImportResult {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.xml$/i.test(fileName) || start.startsWith('<')) return importMarcXml(text, fileName);
  if (start.startsWith('[')) {
    const parsed = parseCatalogFile(text, fileName);
    return {
      entries: parsed.entries,
      warnings: parsed.problems.map(p => `line ${p.range.start.line + 1}: ${p.message}`),
    };
  }
  return importCsv(text, fileName);
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * Imports a CSV file. The flavour comes from the header:
 * - the unvotes roll calls (`rcid, session, …, date, unres, amend, para, short, descr`): amendment
 *   and paragraph votes skipped, `R/36/103` read as `A/RES/36/103` and `R/25/2625` as
 *   `A/RES/2625 (XXV)`, dates before session 58 marked doubtful (SOURCES.md: they are unreliable);
 * - the citation-mined dates (`body, kind, symbol, date, n_citations, n_distinct_dates, …`):
 *   symbols completed from body and kind, a date with rivals marked doubtful;
 * - any catalogue with `symbol` and `date` or `adoption_date` (the GA and SC catalogues of
 *   `_derived/`, the EOSG and mandate-pipeline indexes): `title`, `session`, `agenda`, `url`,
 *   `yes`/`no`/`abstain` when present; a date with `other_dates` rivals, an unvotes date before
 *   session 58 or a date outside its session's years marked doubtful.
 * Rows without a usable date are skipped (a catalog entry requires one) and counted in a warning.
 */
export function importCsv(text: string, fileName: string): ImportResult {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, skip_empty_lines: true, relax_quotes: true, relax_column_count: true }) as string[][];
  } catch (e) {
    return { entries: [], warnings: [`${fileName}: not readable as CSV (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (rows.length === 0) return { entries: [], warnings: [`${fileName}: empty CSV file`] };
  const header = rows[0].map(h => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const records = rows.slice(1).map(r => (name: string) => {
    const i = col(name);
    return i < 0 ? '' : (r[i] ?? '').trim();
  });
  const sink = new EntrySink(fileName);
  if (col('rcid') >= 0 && col('unres') >= 0) {
    for (const get of records) importUnvotesRow(get, sink);
  } else if (col('body') >= 0 && col('kind') >= 0 && col('symbol') >= 0 && col('date') >= 0) {
    for (const get of records) importCitationMinedRow(get, sink);
  } else if (col('symbol') >= 0 && (col('date') >= 0 || col('adoption_date') >= 0)) {
    for (const get of records) importCatalogueRow(get, sink);
  } else {
    return {
      entries: [],
      warnings: [
        `${fileName}: unrecognised CSV header (${header.slice(0, 6).join(', ')}…); expected a 'symbol' column with 'date' or 'adoption_date', the unvotes roll-call columns, or the citation-mined columns`,
      ],
    };
  }
  return sink.result();
}

type Row = (column: string) => string;

/** Collects entries (first of a symbol wins) and counts what it skipped, for the warnings. */
class EntrySink {
  readonly #entries: CatalogEntry[] = [];
  readonly #bySymbol = new Map<string, CatalogEntry>();
  readonly #counts = new Map<string, number>();

  constructor(readonly fileName: string) {}

  count(reason: string): void {
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1);
  }

  add(entry: CatalogEntry): void {
    const earlier = this.#bySymbol.get(entry.symbol);
    if (earlier) {
      if (earlier.date !== entry.date) this.count('later rows for the same symbol with another date ignored (the first row is kept)');
      return;
    }
    this.#bySymbol.set(entry.symbol, entry);
    this.#entries.push(entry);
  }

  result(): ImportResult {
    const warnings = [...this.#counts].map(([reason, n]) => `${this.fileName}: ${n.toLocaleString('en')} ${reason}`);
    return { entries: this.#entries, warnings };
  }
}

function importCatalogueRow(get: Row, sink: EntrySink): void {
  const rawSymbol = get('symbol');
  if (!rawSymbol) return sink.count('rows without a symbol skipped');
  const date = get('adoption_date') || get('date');
  if (!date) return sink.count('rows without a date skipped (a catalog entry requires one)');
  if (!isIsoDate(date)) return sink.count('rows with an impossible or non-ISO date skipped');
  const dateSource = get('date_source');
  for (const symbol of expandParts(normalizeSymbol(rawSymbol))) {
    const session = gaRegularSessionOf(symbol) ?? sessionNumber(get('session'));
    let title: string | undefined = cleanTitle(get('title'), symbol);
    if (title && isUpperCaseLabel(title)) {
      // The unvotes `short` labels ("INTERFERENCE, INTERNAL AFFAIRS") are not titles.
      sink.count('upper-case unvotes labels not taken as titles');
      title = undefined;
    }
    const doubtful = (/^unvotes/i.test(dateSource) && (session === undefined || session < 58)) || get('other_dates') !== '' || outsideGaSession(symbol, date);
    if (doubtful) sink.count('dates marked doubtful (rival dates, unvotes before session 58, or outside the session)');
    const source = dateSource ? `${sink.fileName} (date: ${dateSource})` : sink.fileName;
    sink.add(
      entryOf({
        symbol,
        date,
        title,
        session,
        agendaItem: agendaOf(get('agenda') || get('agenda_item')),
        vote: voteOf(get),
        url: get('url') || undefined,
        source,
        doubtfulDate: doubtful,
      }),
    );
  }
}

function importCitationMinedRow(get: Row, sink: EntrySink): void {
  const body = get('body').toUpperCase();
  const kind = get('kind').toLowerCase();
  const bare = get('symbol');
  const date = get('date');
  if (!bare) return sink.count('rows without a symbol skipped');
  if (!date) return sink.count('rows without a date skipped (a catalog entry requires one)');
  if (!isIsoDate(date)) return sink.count('rows with an impossible or non-ISO date skipped');
  const series = body === 'S' ? 'S/RES/' : kind === 'decision' ? 'A/DEC/' : 'A/RES/';
  const symbol = normalizeSymbol(bare.includes('/RES/') || bare.includes('/DEC/') ? bare : series + bare);
  const rivals = Number(get('n_distinct_dates')) > 1;
  if (rivals) sink.count('dates marked doubtful (the texts cite other dates too)');
  const n = get('n_citations');
  sink.add(
    entryOf({
      symbol,
      date,
      session: gaRegularSessionOf(symbol),
      source: `${sink.fileName} (date cited in ${n || 'some'} official texts)`,
      doubtfulDate: rivals || outsideGaSession(symbol, date),
    }),
  );
}

function importUnvotesRow(get: Row, sink: EntrySink): void {
  if (get('amend') === '1' || get('para') === '1') return sink.count('amendment and paragraph votes skipped');
  const unres = get('unres');
  if (!unres) return sink.count('roll calls without a resolution symbol skipped');
  const symbol = unvotesSymbol(unres);
  if (symbol === 'record-number')
    return sink.count('roll calls skipped whose numbers are record numbers, not resolution numbers (sessions 1–17, and numbers below 1800 in sessions 18–30)');
  if (!symbol) return sink.count('roll calls with an unrecognised symbol skipped (special-session record numbers, sections of omnibus resolutions)');
  const date = get('date');
  if (!date) return sink.count('rows without a date skipped (a catalog entry requires one)');
  if (!isIsoDate(date)) return sink.count('rows with an impossible or non-ISO date skipped');
  const session = gaRegularSessionOf(symbol);
  // SOURCES.md: unvotes dates before about session 58 are mostly wrong (day wrong, month usually right).
  const doubtful = session === undefined || session < 58 || outsideGaSession(symbol, date);
  if (doubtful) sink.count('dates marked doubtful (unvotes dates before session 58 are unreliable)');
  let title: string | undefined = cleanTitle(get('short'), symbol);
  if (title && isUpperCaseLabel(title)) title = undefined;
  sink.add(entryOf({ symbol, date, title, session, vote: voteOf(get), source: `${sink.fileName} (unvotes roll calls, Voeten)`, doubtfulDate: doubtful }));
}

/**
 * The canonical symbol of an unvotes `unres` value, `'record-number'` for the sessions whose values
 * are not resolution numbers, or `undefined` when it is no resolution symbol we can trust.
 */
export function unvotesSymbol(unres: string): string | 'record-number' | undefined {
  const modern = /^A\/RES\/(\d+)\/(\d+) ?([A-Z])?$/.exec(unres);
  // Parts are written R/43/78H or R/42/70/A; R/31/208/I and the like are sections, not parts.
  const m = modern ?? /^R\/(\d+)\/(\d+)(?:\/?([A-HJ-UWY-Z]))?$/.exec(unres);
  if (!m) return undefined;
  const session = Number(m[1]);
  const number = Number(m[2]);
  const part = m[3] ? ` ${m[3]}` : '';
  if (session < 1 || session > 99) return undefined;
  if (session <= 17) return 'record-number';
  if (session <= 30) {
    // From session 18 on, resolutions were numbered from 1875 up; a smaller value is a record number.
    if (number < 1800) return 'record-number';
    return `A/RES/${number}${part} (${toRoman(session)})`;
  }
  return `A/RES/${session}/${number}${part}`;
}

// ---------------------------------------------------------------------------------------------
// MARCXML

/**
 * Imports MARCXML exported by the UN Digital Library: one entry per record with 191 $a (or 791 $a)
 * symbol, 245 $a title, 992 $a (date of adoption or vote) or else 269 $a date, 991 $b agenda item
 * (`71b` → `71 (b)`) and 996 $b/$c/$d vote counts when present. A record without a date is
 * skipped (a catalog file's entry needs one) unless `keepUndated`: the online lookup keeps it as
 * an entry that says the resolution exists, whose date cannot be checked.
 */
export function importMarcXml(text: string, fileName: string, options: { readonly keepUndated?: boolean } = {}): ImportResult {
  let doc: unknown;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      removeNSPrefix: true,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      isArray: name => name === 'record' || name === 'datafield' || name === 'subfield' || name === 'controlfield',
    });
    doc = parser.parse(text);
  } catch (e) {
    return { entries: [], warnings: [`${fileName}: not readable as XML (${e instanceof Error ? e.message : String(e)})`] };
  }
  const records = findRecords(doc);
  const sink = new EntrySink(fileName);
  if (records.length === 0) sink.count('MARC records: none found (expected <record> elements in the MARC21 slim namespace)');
  for (const record of records) importMarcRecord(record, sink, options.keepUndated === true);
  return sink.result();
}

interface MarcRecord {
  controlfield?: { tag?: string; '#text'?: string }[];
  datafield?: { tag?: string; subfield?: ({ code?: string; '#text'?: string } | string)[] }[];
}

function findRecords(doc: unknown): MarcRecord[] {
  if (!doc || typeof doc !== 'object') return [];
  const o = doc as Record<string, unknown>;
  if (Array.isArray(o.record)) return o.record as MarcRecord[];
  for (const key of Object.keys(o)) {
    const found = findRecords(o[key]);
    if (found.length) return found;
  }
  return [];
}

function importMarcRecord(record: MarcRecord, sink: EntrySink, keepUndated: boolean): void {
  const subfields = (tag: string, code: string): string[] => {
    const out: string[] = [];
    for (const field of record.datafield ?? []) {
      if (String(field.tag) !== tag) continue;
      for (const sub of field.subfield ?? []) {
        if (typeof sub === 'object' && sub.code === code && sub['#text'] !== undefined) out.push(String(sub['#text']).trim());
      }
    }
    return out;
  };
  const first = (tag: string, code: string) => subfields(tag, code)[0];
  const raw = first('191', 'a') ?? first('791', 'a');
  if (!raw) return sink.count('records without a symbol (191 $a) skipped');
  const symbol = normalizeSymbol(raw);
  const date = marcDate(first('992', 'a')) ?? marcDate(first('269', 'a'));
  if (!date && !keepUndated) return sink.count('records without a date (992 $a or 269 $a) skipped (a catalog entry requires one)');
  const rawTitle = first('245', 'a');
  const title = rawTitle ? withoutTrailingMark(rawTitle) || undefined : undefined;
  const agendaItem = subfields('991', 'b')
    .map(marcAgenda)
    .find(a => a !== undefined);
  const yes = first('996', 'b');
  const no = first('996', 'c');
  const abstain = first('996', 'd');
  const vote =
    yes !== undefined && no !== undefined && abstain !== undefined && [yes, no, abstain].every(v => /^\d+$/.test(v))
      ? { yes: Number(yes), no: Number(no), abstain: Number(abstain) }
      : undefined;
  // Without counts, the Library's voting note (`Adopted without vote`, 996 $a) says how it was adopted.
  const votingNote = vote === undefined ? withoutFinalStop(first('996', 'a')?.replace(/\s+/g, ' ').trim() ?? '') || undefined : undefined;
  const sessionField = Number(first('191', 'c'));
  const session = gaRegularSessionOf(symbol) ?? (Number.isInteger(sessionField) && sessionField > 0 ? sessionField : undefined);
  const id = record.controlfield?.find(c => String(c.tag) === '001')?.['#text'];
  const source = `UN Digital Library${id ? ` record ${String(id).trim()}` : ''} (${sink.fileName})`;
  sink.add({
    ...entryOf({ symbol, date, title, session, agendaItem, vote, source, doubtfulDate: date !== undefined && outsideGaSession(symbol, date) }),
    ...(votingNote && { votingNote }),
  });
}

/** A note without its final full stops (a loop, not a backtracking pattern). */
function withoutFinalStop(note: string): string {
  let end = note.length;
  while (end > 0 && note[end - 1] === '.') end--;
  return note.slice(0, end).trimEnd();
}

/** `2023-11-08` or `20231108` → ISO; anything else → `undefined`. */
function marcDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value.slice(0, 10);
  return isIsoDate(v) ? v : undefined;
}

/** A MARC title without the ISBD mark that ends it (`Title :` → `Title`); trimmed without a backtracking regex. */
function withoutTrailingMark(title: string): string {
  const t = title.trimEnd();
  return /[:/;,]$/.test(t) ? t.slice(0, -1).trimEnd() : title;
}

/** `71b` → `71 (b)`; `71b[20]` → `71 (b)`; `93` → `93`. */
function marcAgenda(value: string): string | undefined {
  const m = /^(\d+)\s*([a-z]{1,2})?/i.exec(value.replace(/\[[^[\]\n\r]*\]/g, '').trim());
  if (!m) return undefined;
  return m[2] ? `${m[1]} (${m[2].toLowerCase()})` : m[1];
}

// ---------------------------------------------------------------------------------------------
// Serialisation

/**
 * The catalog file (contract §5) of `entries`: a JSON array, one entry per line, keys in the
 * schema's order, absent fields left out; `source` and `doubtfulDate` kept. A symbol given twice
 * keeps its first entry, so the file parses without duplicate problems.
 */
export function serializeCatalog(entries: Iterable<CatalogEntry>): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.symbol)) continue;
    seen.add(entry.symbol);
    const ordered: Record<string, unknown> = {};
    for (const key of CATALOG_ENTRY_KEYS) {
      const value = (entry as unknown as Record<string, unknown>)[key];
      if (value === undefined || (key === 'doubtfulDate' && value !== true)) continue;
      ordered[key] = key === 'vote' ? { yes: entry.vote!.yes, no: entry.vote!.no, abstain: entry.vote!.abstain } : value;
    }
    lines.push(JSON.stringify(ordered));
  }
  return lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n';
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

function entryOf(e: {
  symbol: string;
  /** Undefined only for an undated record the online lookup keeps. */
  date: string | undefined;
  title?: string;
  session?: number;
  agendaItem?: string;
  vote?: CatalogEntry['vote'];
  url?: string;
  source: string;
  doubtfulDate?: boolean;
}): CatalogEntry {
  return {
    symbol: e.symbol,
    ...(e.date !== undefined && { date: e.date }),
    ...(e.title && { title: e.title }),
    ...(e.session !== undefined && { session: e.session }),
    ...(e.agendaItem && { agendaItem: e.agendaItem }),
    ...(e.vote && { vote: e.vote }),
    ...(e.url && { url: e.url }),
    source: e.source,
    ...(e.doubtfulDate && { doubtfulDate: true }),
  };
}

/** `A/RES/71/101 A-B` → `A/RES/71/101 A`, `A/RES/71/101 B`: the data's way of naming both parts at once. */
function expandParts(symbol: string): string[] {
  const m = /^(.*\/\d+) ([A-Z])-([A-Z])$/.exec(symbol);
  if (!m) return [symbol];
  const out: string[] = [];
  for (let c = m[2].charCodeAt(0); c <= m[3].charCodeAt(0); c++) out.push(`${m[1]} ${String.fromCharCode(c)}`);
  return out;
}

/** A `session` column: `74` → 74, `XXV` → 25, `ES-10` → undefined. */
function sessionNumber(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) || undefined;
  if (/^[IVXLC]+$/.test(value)) return romanValue(value);
  return undefined;
}

/** Strips what data sets add around a title: `78/1. ` in front, ` : resolution / adopted by …` behind. */
function cleanTitle(raw: string, symbol: string): string | undefined {
  let t = raw.replace(/\s+/g, ' ').trim();
  const cited = citationForm(symbol);
  if (t.toUpperCase().startsWith(`${cited}. `)) t = t.slice(cited.length + 2);
  const tail = t.search(/ ?: ?resolution ?\/ ?adopted by\b/i);
  if (tail >= 0) t = t.slice(0, tail);
  t = t.trim();
  return t || undefined;
}

function isUpperCaseLabel(title: string): boolean {
  return /[A-Z]/.test(title) && title === title.toUpperCase();
}

/** `Agenda item 22 (a)` → `22 (a)`; committee notes such as `[without reference to a Main Committee …]` are no agenda item. */
function agendaOf(raw: string): string | undefined {
  const t = raw.replace(/^agenda items? /i, '').trim();
  if (!t || t.startsWith('[') || /^without reference/i.test(t)) return undefined;
  return t;
}

function voteOf(get: Row): CatalogEntry['vote'] {
  const [yes, no, abstain] = [get('yes'), get('no'), get('abstain')];
  if (![yes, no, abstain].every(v => /^\d+$/.test(v))) return undefined;
  return { yes: Number(yes), no: Number(no), abstain: Number(abstain) };
}

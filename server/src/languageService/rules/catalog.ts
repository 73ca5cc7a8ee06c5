/**
 * The rules that check citations against the catalogs (contract §5): `citation/date` when the
 * cited date contradicts the catalog's or a Security Council resolution is given the wrong year,
 * `citation/nonexistent` for a number beyond the last of a session the record holds completely,
 * and `citation/unknown` for a resolution no catalog knows. All are silent without a catalog. A
 * date the catalog marks doubtful is never the ground for an error: that finding is lowered to
 * information.
 */
import type { CitationItem } from '../model';
import type { CatalogEntry, CatalogLookup, NumberedDate } from '../catalog/types';
import { normalizeSymbol } from '../util/symbols';
import { writtenDate } from '../util/dates';
import { itemNumberText } from '../util/citationText';
import { capitalise, oneLine } from './messageText';
import type { Rule } from './types';
import { fix, type FixBuilders } from './fix';
import { perCitation } from './remembered';

/** Data of a catalog `citation/date` finding: the catalog's date written `D Month YYYY`, to replace the cited date's range. */
export interface CatalogDateFixData {
  readonly replacement: string;
  /** The catalog entry's symbol and source, for the fix's title. */
  readonly symbol: string;
  readonly source: string;
  readonly doubtful: boolean;
}

/** `citation/date` against the catalog: a cited date that is not the catalog's. */
const catalogDate: Rule = ctx => {
  if (ctx.catalog !== undefined) catalogDateOf(ctx);
};

const catalogDateOf = perCitation((ctx, citation) => {
  const catalog = ctx.catalog!;
  for (const item of citation.items) {
    const date = item.date;
    if (date === undefined || !date.valid || item.malformed !== undefined) continue;
    const entry = catalogEntryOf(catalog, item);
    if (entry?.date === undefined || entry.date === date.iso) continue;
    const catalogDate = writtenDate(entry.date);
    if (catalogDate === undefined) continue;
    const doubtful = entry.doubtfulDate === true;
    const name = `${capitalise(item.kind)} ${itemNumberText(item)}`;
    const source = shortSource(entry.source);
    const message = doubtful
      ? `${name} may be of ${catalogDate} rather than ${oneLine(date.text)}; the catalog's date is doubtful (source: ${source}).`
      : `${name} was adopted on ${catalogDate}, not ${oneLine(date.text)} (source: ${source}).`;
    const data: CatalogDateFixData = { replacement: catalogDate, symbol: entry.symbol, source: entry.source, doubtful };
    ctx.report({ code: 'citation/date', message, range: date.range, data, ...(doubtful ? { severity: 'information' as const } : {}) });
  }
});

/**
 * `citation/date` for the year of a Security Council resolution: the Council numbers its
 * resolutions in order of adoption, so a number the catalog knows has one year, and a number it
 * does not know lies between the years of the numbers around it (`2250 (2016)` is of 2015).
 */
const councilYear: Rule = ctx => {
  if (ctx.catalog?.record !== undefined) councilYearOfCitation(ctx);
};

const councilYearOfCitation = perCitation((ctx, citation) => {
  const catalog = ctx.catalog!;
  const record = catalog.record!;
  for (const item of citation.items) {
    if (item.form !== 'sc' || item.malformed !== undefined || item.number === undefined || item.year === undefined) continue;
    if (safeGet(catalog, item.symbol) !== undefined) continue;
    const entry = record.securityCouncil(item.number);
    const known = entry !== undefined ? councilYearOf(entry.symbol) : undefined;
    const years = known !== undefined ? { earliest: known, latest: known } : record.securityCouncilYears(item.number);
    if (years === undefined || (item.year >= years.earliest && item.year <= years.latest)) continue;
    const name = `Security Council resolution ${item.number}`;
    if (years.earliest !== years.latest) {
      ctx.report({
        code: 'citation/date',
        message: `${name} was adopted between ${years.earliest} and ${years.latest} (the Council numbers its resolutions in order of adoption); it cannot be of ${item.year}.`,
        range: item.symbolRange,
      });
      continue;
    }
    const replacement = `${item.number} (${years.earliest})`;
    const adopted =
      entry?.date !== undefined
        ? `was adopted on ${writtenDate(entry.date)}`
        : `is of ${years.earliest} (the Council numbers its resolutions in order of adoption, and the numbers around it are of ${years.earliest})`;
    const data: CatalogDateFixData = {
      replacement,
      symbol: entry?.symbol ?? `S/RES/${replacement}`,
      source: entry?.source ?? "the order of the Council's numbers",
      doubtful: false,
    };
    ctx.report({ code: 'citation/date', message: `${name} ${adopted}, not in ${item.year}: write ${replacement}.`, range: item.symbolRange, data });
  }
});

function councilYearOf(symbol: string): number | undefined {
  const m = /\((\d{4})\)$/.exec(symbol);
  return m ? Number(m[1]) : undefined;
}

/**
 * `citation/nonexistent`: a General Assembly resolution numbered beyond the last one of a session
 * the record holds completely (`78/999`: session 78 adopted 78/1 to 78/331).
 */
const catalogNonexistent: Rule = ctx => {
  if (ctx.catalog?.record !== undefined) nonexistentInCitation(ctx);
};

const nonexistentInCitation = perCitation((ctx, citation) => {
  const catalog = ctx.catalog!;
  for (const item of citation.items) {
    const last = beyondSession(catalog, item);
    if (last === undefined) continue;
    ctx.report({
      code: 'citation/nonexistent',
      message: `Session ${item.session} adopted resolutions ${item.session}/1 to ${item.session}/${last}; there is no resolution ${itemNumberText(item)}.`,
      range: item.symbolRange,
      data: { symbol: normalizeSymbol(item.symbol), last },
    });
  }
});

/** The last number of the item's complete session when the item is numbered beyond it, else undefined. */
function beyondSession(catalog: CatalogLookup, item: CitationItem): number | undefined {
  if (item.malformed !== undefined || item.organ !== 'GA' || item.kind !== 'resolution' || item.form !== 'modern') return undefined;
  if (item.session === undefined || item.number === undefined) return undefined;
  const last = catalog.record?.lastOfSession(item.session);
  if (last === undefined || item.number <= last || catalogEntryOf(catalog, item) !== undefined) return undefined;
  return last;
}

/**
 * Whether the record proves the item exists without an entry for it: a Council number within the
 * numbers it knows, a GA number within a complete session. No `citation/unknown` for those.
 */
function provenByRecord(catalog: CatalogLookup, item: CitationItem): boolean {
  const record = catalog.record;
  if (record === undefined || item.number === undefined) return false;
  if (item.form === 'sc') return record.securityCouncilYears(item.number) !== undefined;
  if (item.organ === 'GA' && item.kind === 'resolution' && item.form === 'modern' && item.session !== undefined && item.part === undefined) {
    const last = record.lastOfSession(item.session);
    return last !== undefined && item.number <= last;
  }
  return false;
}

/** How many neighbours on one side must all contradict a date: one wrong date in the data is not enough. */
const NEIGHBOURS = 2;

/**
 * `citation/sequence`: a General Assembly resolution of a regular session that no catalog dates,
 * cited with a date outside the dates of the numbers around it. The Assembly numbers a session's
 * resolutions in order of adoption, but parts, resumed sessions and texts numbered before their
 * adoption break the rule now and then: a warning, and only when the two nearest dated numbers on
 * that side agree against the date.
 */
const catalogSequence: Rule = ctx => {
  if (ctx.catalog?.record !== undefined) sequenceInCitation(ctx);
};

const sequenceInCitation = perCitation((ctx, citation) => {
  const catalog = ctx.catalog!;
  const record = catalog.record!;
  for (const item of citation.items) {
    const date = item.date;
    if (date === undefined || !date.valid || item.malformed !== undefined || item.organ !== 'GA' || item.kind !== 'resolution') continue;
    if (item.form !== 'modern' || item.part !== undefined || item.session === undefined || item.number === undefined) continue;
    if (catalogEntryOf(catalog, item)?.date !== undefined || beyondSession(catalog, item) !== undefined) continue;
    const finding = sequenceProblem(record.gaNeighbours(item.session, item.number, NEIGHBOURS), date.iso);
    if (finding === undefined) continue;
    const [first] = finding.neighbours;
    const relation = finding.side === 'below' ? 'before' : 'after';
    ctx.report({
      code: 'citation/sequence',
      message: `Resolution ${itemNumberText(item)} is cited as of ${oneLine(date.text)}, ${relation} resolution ${item.session}/${first.number} (${writtenDate(first.date)}), which is numbered ${finding.side === 'below' ? 'before' : 'after'} it; the General Assembly numbers its resolutions in order of adoption. Check the date.`,
      range: date.range,
    });
  }
});

/** The side whose nearest dated numbers all contradict `iso`, if one does. */
export function sequenceProblem(
  neighbours: { readonly below: readonly NumberedDate[]; readonly above: readonly NumberedDate[] },
  iso: string,
): { side: 'below' | 'above'; neighbours: readonly NumberedDate[] } | undefined {
  const { below, above } = neighbours;
  if (below.length === NEIGHBOURS && below.every(n => n.date > iso)) return { side: 'below', neighbours: below };
  if (above.length === NEIGHBOURS && above.every(n => n.date < iso)) return { side: 'above', neighbours: above };
  return undefined;
}

/** `citation/unknown`: a well-formed item whose canonical symbol no catalog holds. */
const catalogUnknown: Rule = ctx => {
  if (ctx.catalog !== undefined) unknownInCitation(ctx);
};

const unknownInCitation = perCitation((ctx, citation) => {
  const catalog = ctx.catalog!;
  for (const item of citation.items) {
    // A malformed item is `citation/format`'s; looking up a symbol it does not have would only add noise.
    if (item.malformed !== undefined || citation.malformed !== undefined) continue;
    if (catalogEntryOf(catalog, item) !== undefined) continue;
    // The record knows it exists (or `citation/nonexistent` says it does not).
    if (provenByRecord(catalog, item) || beyondSession(catalog, item) !== undefined) continue;
    const symbol = normalizeSymbol(item.symbol);
    ctx.report({
      code: 'citation/unknown',
      message: `${capitalise(item.kind)} ${itemNumberText(item)} (${symbol}) is not in any catalog; its number and date are unverified.${onlineNote(catalog, symbol)}`,
      range: item.symbolRange,
      data: { symbol },
    });
  }
});

/**
 * The catalog's entry for an item's canonical symbol, if any; for a Security Council resolution
 * cited with the wrong year, the resolution of that number (one resolution whatever year is written).
 */
export function catalogEntryOf(catalog: CatalogLookup, item: CitationItem): CatalogEntry | undefined {
  const entry = safeGet(catalog, item.symbol);
  if (entry !== undefined || item.form !== 'sc' || item.number === undefined) return entry;
  try {
    return catalog.record?.securityCouncil(item.number);
  } catch {
    return undefined;
  }
}

/** The entry for an item's symbol, canonical as the parser writes it (`CitationItem.symbol`): a lookup takes canonical symbols. */
function safeGet(catalog: CatalogLookup, symbol: string): CatalogEntry | undefined {
  try {
    return catalog.get(symbol);
  } catch {
    // A catalog is someone else's data structure; a failing lookup is an unknown, not a crash.
    return undefined;
  }
}

/** A source note short enough for a message: its first sentence when it runs long (the data keeps it whole). */
function shortSource(source: string): string {
  if (source.length <= 80) return source;
  const stop = source.indexOf('. ');
  return stop > 0 && stop < 120 ? source.slice(0, stop) : `${source.slice(0, 80)}…`;
}

/** The catalog rules; silent when no catalog is given. */
export const catalogRules: readonly Rule[] = [catalogDate, councilYear, catalogNonexistent, catalogSequence, catalogUnknown];

/** What an online lookup said of a symbol it found nothing for, as a sentence to append. */
function onlineNote(catalog: CatalogLookup, symbol: string): string {
  try {
    const note = catalog.note?.(symbol);
    return note ? ` ${note}` : '';
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

/** The quick fix of `citation/date`: the catalog's date, a fact from outside the text, so the drafter applies it. */
export const catalogFixes: FixBuilders = {
  'citation/date': (data, range) =>
    typeof data.replacement === 'string' ? [fix(`Write the catalog's date: ${data.replacement}`, [{ range, newText: data.replacement }], false, data.doubtful !== true)] : [],
};

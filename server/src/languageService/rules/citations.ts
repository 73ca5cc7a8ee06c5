/**
 * The citation rules (contract §3–§4): `citation/format`, `citation/date`, `citation/order`,
 * `citation/duplicate`, `citation/self` and `citation/conjunction`. They read the citations and
 * symbol mentions the inline scanner found; the catalog's view of a citation is `catalog.ts`'s.
 */
import type { Citation, CitationItem, DateMention, Range } from '../model';
import { normalizeSymbol } from '../util/symbols';
import { gaSessionYears, impossibleDateReason, writtenDate } from '../util/dates';
import { isPlainSeparator, itemNumberText, itemText, onlyItemsAndSeparators, spanOf } from '../util/citationText';
import { catalogEntryOf } from './catalog';
import { capitalise, oneLine } from './messageText';
import type { Rule, RuleContext } from './types';
import type { TextEdit } from 'vscode-languageserver-types';
import { isRange } from '../util/edits';
import { fix, replacementFix, type FixBuilder, type FixBuilders } from './fix';
import { perCitation } from './remembered';

/** Data of a `citation/format` finding that has a mechanical fix: replace `range` (the number or symbol) with `replacement`. */
export interface FormatFixData {
  readonly replacement: string;
  readonly range: Range;
  /** The replacement holds a fact from the catalogs (a Security Council resolution's year): offered, never applied by Fix All. */
  readonly fromCatalog?: true;
}

/** Data of a `citation/order` finding, present only when every item has a date: replace `range` with `replacement`. */
export interface OrderFixData {
  /** The items' texts (date included) in chronological order. */
  readonly sorted: readonly string[];
  /** From the first item's start to the last item's end. */
  readonly range: Range;
  /** The sorted items joined the UN way: `a, b and c`. */
  readonly replacement: string;
}

/** Data of a `citation/duplicate` finding: where the symbol was first cited, and the edits that remove the repeat. */
export interface DuplicateFixData {
  readonly symbol: string;
  readonly firstRange: Range;
  /** Non-overlapping edits: the repeat with one separator removed, and the new last separator made ` and ` when needed. */
  readonly edits: readonly { readonly range: Range; readonly newText: string }[];
}

/** Data of a `citation/conjunction` finding: the separator's range and what it should be. */
export interface ConjunctionFixData {
  readonly replacement: ', ' | ' and ';
  readonly range: Range;
}

/** A hyphen between two numbers where a slash belongs: `74-29`. */
const HYPHENATED = /(\d)[-\u2013](\d)/g;

/** `citation/format`: malformed citations, items and document symbols, reported where the scanner found the fault. */
const citationFormat: Rule = ctx => {
  formatOfCitation(ctx);
  for (const symbol of ctx.doc.symbols) {
    if (symbol.malformed === undefined) continue;
    const fixed = symbol.text.replace(HYPHENATED, '$1/$2');
    const data: FormatFixData | undefined = fixed !== symbol.text && !fixed.includes('//') ? { replacement: fixed, range: symbol.range } : undefined;
    ctx.report({ code: 'citation/format', message: symbol.malformed, range: symbol.range, ...(data ? { data } : {}) });
  }
};

const formatOfCitation = perCitation((ctx, citation) => {
  if (citation.malformed !== undefined) {
    ctx.report({ code: 'citation/format', message: citation.malformed, range: citation.range });
    return;
  }
  for (const item of citation.items) {
    if (item.malformed === undefined) continue;
    if (item.form === 'sc' && item.year === undefined && item.number !== undefined && /^\d+$/.test(itemNumberText(item))) {
      reportYearless(ctx, item, item.number);
      continue;
    }
    const written = itemNumberText(item);
    const fixed = /^\d+[-\u2013]\d+$/.test(written) ? written.replace(HYPHENATED, '$1/$2') : undefined;
    const data: FormatFixData | undefined = fixed !== undefined ? { replacement: fixed, range: item.symbolRange } : undefined;
    ctx.report({ code: 'citation/format', message: item.malformed, range: item.symbolRange, ...(data ? { data } : {}) });
  }
});

/**
 * A Security Council resolution cited without its year (`resolution 1267`). In an adopted text
 * that is how the UN printed it (S/RES/1540 (2004)), so a warning; in a draft, an error. The fix
 * writes the year the catalog knows (`1267 (1999)`), a fact from outside the text, so it is
 * offered one by one (`fromCatalog`), never applied by Fix All.
 */
function reportYearless(ctx: RuleContext, item: CitationItem, number: number): void {
  const written = itemNumberText(item);
  const year = scYearOf(ctx, number);
  const cited = year !== undefined ? `${written} (${year})` : `${written} (YYYY)`;
  const adopted = ctx.doc.info.status === 'adopted';
  const message = adopted
    ? `Security Council resolution ${written} is cited without its year, as some adopted texts print it; the form is ${cited}.`
    : `Security Council resolution ${written} is cited with its year: ${cited}.`;
  const data: FormatFixData | undefined = year !== undefined ? { replacement: cited, range: item.symbolRange, fromCatalog: true } : undefined;
  ctx.report({ code: 'citation/format', message, range: item.symbolRange, ...(adopted ? { severity: 'warning' as const } : {}), ...(data ? { data } : {}) });
}

/** The year of Security Council resolution `number`, from the catalogs (`S/RES/1267 (1999)`). */
function scYearOf(ctx: RuleContext, number: number): number | undefined {
  if (ctx.catalog === undefined) return undefined;
  const prefix = `S/RES/${number} (`;
  try {
    for (const entry of ctx.catalog.search(`${number} (`, 5)) {
      const year = entry.symbol.startsWith(prefix) ? Number(entry.symbol.slice(prefix.length, prefix.length + 4)) : NaN;
      if (Number.isInteger(year) && entry.symbol.length === prefix.length + 5) return year;
    }
  } catch {
    // A failing catalog knows no year.
  }
  return undefined;
}

/**
 * `citation/date`: a date that does not exist (anywhere in the body), and a citation's date outside
 * the years its symbol allows. When a catalog knows the item with a firm date, the catalog rule
 * judges the date instead: it knows better than the session arithmetic.
 */
const citationDate: Rule = ctx => {
  for (const date of ctx.doc.dates) {
    const reason = dateReason(date);
    if (reason !== undefined) ctx.report({ code: 'citation/date', message: `“${oneLine(date.text)}” is not a date: ${reason}.`, range: date.range });
  }
  yearOfCitation(ctx);
};

const yearOfCitation = perCitation((ctx, citation) => {
  if (citation.malformed !== undefined) return;
  for (const item of citation.items) {
    const date = item.date;
    if (date === undefined || item.malformed !== undefined || dateReason(date) !== undefined) continue;
    if (knownToCatalog(ctx, item)) continue;
    const message = yearProblem(item, date);
    if (message !== undefined) ctx.report({ code: 'citation/date', message, range: date.range });
  }
});

function dateReason(date: DateMention): string | undefined {
  return date.valid ? undefined : (impossibleDateReason(date.day, date.month, date.year) ?? 'the day does not exist');
}

function knownToCatalog(ctx: RuleContext, item: CitationItem): boolean {
  // A failing catalog knows nothing; the session arithmetic still applies.
  const entry = ctx.catalog !== undefined ? catalogEntryOf(ctx.catalog, item) : undefined;
  return entry?.date !== undefined && !entry.doubtfulDate && isRealDate(entry.date);
}

/** Whether a catalog's ISO date is a day that exists, remembered by date (the catalogs' dates are few and long-lived). */
function isRealDate(iso: string): boolean {
  let real = realDates.get(iso);
  if (real === undefined) realDates.set(iso, (real = writtenDate(iso) !== undefined));
  return real;
}

const realDates = new Map<string, boolean>();

/** Why an item's date does not fit its symbol's session or year, or undefined. */
function yearProblem(item: CitationItem, date: DateMention): string | undefined {
  const name = `${item.kind} ${itemNumberText(item)}`;
  const when = oneLine(date.text);
  if (item.organ === 'GA' && (item.form === 'modern' || item.form === 'roman') && item.session !== undefined && item.session > 0) {
    const [first, second] = gaSessionYears(item.session);
    if (date.year === first || date.year === second) return undefined;
    return `The General Assembly's session ${item.session} dates its ${item.kind}s in ${first} or ${second}; ${name} cannot be of ${when}.`;
  }
  if (item.form === 'sc' && item.year !== undefined && item.year !== date.year) {
    return `Security Council ${name} was adopted in ${item.year}; it cannot be of ${when}.`;
  }
  return undefined;
}

type SeriesKey = { readonly series: string; readonly order: readonly number[] } | undefined;

/**
 * How two items compare in time: by date when both have one, else by session and number within
 * one series. `ka` and `kb` are their {@link seriesKey}s, made once per item by the caller (a list
 * compares its items pairwise).
 */
function compareItems(a: CitationItem, b: CitationItem, ka: SeriesKey, kb: SeriesKey): number | undefined {
  // Within one session the UN lists by number, even when a later-numbered text was adopted first
  // (`57/270 B of 23 June 2003, 57/272 … of 20 December 2002`).
  if (ka !== undefined && kb !== undefined && ka.series === kb.series && ka.order.length === 2 && ka.order[0] === kb.order[0]) {
    return Math.sign(ka.order[1] - kb.order[1]);
  }
  if (a.date?.valid && b.date?.valid) {
    const byDate = a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : 0;
    if (byDate !== 0) return byDate;
  }
  if (ka === undefined || kb === undefined || ka.series !== kb.series) return a.date?.valid && b.date?.valid ? 0 : undefined;
  for (let i = 0; i < Math.min(ka.order.length, kb.order.length); i++) {
    if (ka.order[i] !== kb.order[i]) return ka.order[i] < kb.order[i] ? -1 : 1;
  }
  return 0;
}

/** The series an item is numbered in and its place there; GA regular sessions, roman or modern, are one series. */
function seriesKey(item: CitationItem): SeriesKey {
  const n = item.number;
  if (n === undefined || item.malformed !== undefined) return undefined;
  switch (item.form) {
    case 'modern':
    case 'roman':
      return item.session !== undefined ? { series: item.kind === 'resolution' ? 'GA-resolution' : 'GA-decision', order: [item.session, n] } : undefined;
    case 'special':
    case 'emergency':
      return item.session !== undefined ? { series: `${item.form}-${item.session}`, order: [n] } : undefined;
    case 'sc':
      return { series: 'SC', order: [n] };
    case 'ecosoc':
      return item.year !== undefined ? { series: 'ECOSOC', order: [item.year, n] } : undefined;
    case 'hrc':
      return item.session !== undefined ? { series: 'HRC', order: [item.session, n] } : undefined;
  }
}

/** Longer lists are left alone: the pairwise check is quadratic. */
const MAX_ORDERED_ITEMS = 200;

/** `citation/order`: one finding per list whose items are not in chronological order. */
const citationOrder: Rule = perCitation((ctx, citation) => {
  const items = citation.items;
  if (items.length < 2 || items.length > MAX_ORDERED_ITEMS) return;
  const pair = firstInversion(items);
  if (pair === undefined) return;
  const [older, newer] = pair;
  const message = `The ${citation.kind}s are not in chronological order: ${itemText(items[newer])} comes before ${itemText(items[older])}, which is older.`;
  const sortable = everyDated(items) && onlyItemsAndSeparators(citation);
  ctx.report({ code: 'citation/order', message, range: citation.range, ...(sortable ? { data: sortedData(items) } : {}) });
});

/** The first pair (j < i) where item i is older than item j, as `[i, j]`. */
function firstInversion(items: readonly CitationItem[]): [number, number] | undefined {
  const keys = items.map(seriesKey);
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((compareItems(items[i], items[j], keys[i], keys[j]) ?? 0) < 0) return [i, j];
    }
  }
  return undefined;
}

function everyDated(items: readonly CitationItem[]): boolean {
  return items.every(item => item.date?.valid === true);
}

function sortedData(items: readonly CitationItem[]): OrderFixData {
  // Every item has a date, so the comparison is total; the sort is stable for equal ones.
  const sorted = items
    .map(itemText)
    .map((text, k) => ({ text, item: items[k], key: seriesKey(items[k]) }))
    .sort((a, b) => compareItems(a.item, b.item, a.key, b.key) ?? 0)
    .map(x => x.text);
  return { sorted, range: spanOf(items[0].range, items[items.length - 1].range), replacement: joinList(sorted) };
}

/** `a`, `a and b`, `a, b and c`. */
function joinList(texts: readonly string[]): string {
  if (texts.length < 2) return texts.join('');
  return `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
}

/** `citation/duplicate`: the same canonical symbol twice in one list; the repeat is reported. */
const citationDuplicate: Rule = perCitation((ctx, citation) => {
  if (citation.items.length < 2) return;
  const seen = new Map<string, CitationItem>();
  citation.items.forEach((item, k) => {
    const symbol = normalizeSymbol(item.symbol);
    const first = seen.get(symbol);
    if (first === undefined) {
      seen.set(symbol, item);
      return;
    }
    const data: DuplicateFixData = { symbol, firstRange: first.range, edits: removalEdits(citation, k) };
    ctx.report({
      code: 'citation/duplicate',
      message: `${capitalise(citation.kind)} ${itemNumberText(item)} (${symbol}) is already cited in this list.`,
      range: item.range,
      data,
    });
  });
});

/** The edits that take item `k` out of its list and keep the list joined the UN way. */
function removalEdits(citation: Citation, k: number): { range: Range; newText: string }[] {
  const { items, separators } = citation;
  if (k < items.length - 1) return [{ range: spanOf(items[k].range, { start: items[k + 1].range.start, end: items[k + 1].range.start }), newText: '' }];
  const edits = [{ range: { start: items[k - 1].range.end, end: items[k].range.end }, newText: '' }];
  const newLast = separators[k - 2];
  if (newLast !== undefined) edits.unshift({ range: newLast.range, newText: ' and ' });
  return edits;
}

/** `citation/self`: the document citing its own symbol, in a citation or as a bare symbol. */
const citationSelf: Rule = ctx => {
  const own = ctx.doc.info.symbol;
  if (own === undefined) return;
  const ownSymbol = normalizeSymbol(own);
  const message = selfMessage(ownSymbol);
  selfInCitation(ctx);
  for (const symbol of ctx.doc.symbols) {
    if (normalizeSymbol(symbol.text) === ownSymbol) ctx.report({ code: 'citation/self', message, range: symbol.range });
  }
};

function selfMessage(ownSymbol: string): string {
  return `The document cites itself: ${ownSymbol} is its own symbol. Write “the present resolution” instead.`;
}

const selfInCitation = perCitation((ctx, citation) => {
  const ownSymbol = normalizeSymbol(ctx.doc.info.symbol!);
  for (const item of citation.items) {
    if (normalizeSymbol(item.symbol) === ownSymbol) ctx.report({ code: 'citation/self', message: selfMessage(ownSymbol), range: item.range });
  }
});

/**
 * `citation/conjunction`: in a list of two or more, `, ` between items and ` and ` (no comma)
 * before the last. Items sharing a date form a group (`47/98, 47/100 and 47/101 of 16 December
 * 1992 and 48/12 of …`): inside a group the same rule applies, and the group before a last group
 * that has its own `and` may be joined by `, and`, as the UN prints it.
 */
const citationConjunction: Rule = perCitation((ctx, citation) => {
  const seps = citation.separators;
  if (seps.length === 0 || seps.length !== citation.items.length - 1) return;
  const expectations = expectedSeparators(citation);
  // The text after the citation may stand in another block: findings that read it are not kept.
  let readPast = false;
  seps.forEach((sep, k) => {
    // No separator at all is `citation/separator`'s; one around an interposed clause
    // (`…1985, establishing the Fund, and 50/156 …`, A/RES/53/130) is punctuated by the clause.
    if (isMissingSeparator(sep) || !isPlainSeparator(sep)) return;
    const written = sep.text.replace(/\s+/g, ' ');
    const expected = expectations[k];
    if (expected.accepted.includes(written)) return;
    // `resolutions 1737 (2006), 1929 (2010) and this resolution`: the list goes on past what the scanner read.
    if (expected.last) {
      readPast = true;
      if (listContinues(ctx.doc.lines, citation)) return;
    }
    let message: string;
    if (expected.preferred === ' and ' && written === ', and ') message = 'No comma before the “and” that joins the last item of a list, in UN style.';
    else if (expected.preferred === ' and ') message = 'The last item of a list is joined by “and”.';
    else message = 'Items of a list are separated by commas; “and” joins only the last one.';
    const data: ConjunctionFixData = { replacement: expected.preferred, range: sep.range };
    ctx.report({ code: 'citation/conjunction', message, range: sep.range, data });
  });
  return !readPast;
});

/** A separator of spaces alone: the list's items run into each other. */
function isMissingSeparator(sep: Citation['separators'][number]): boolean {
  return sep.text.trim() === '';
}

/**
 * `citation/separator`: two items of a list with nothing between them (`… of 5 December 2022
 * 78/17 of …`), as a text pasted from a PDF loses a comma or an `and` with a footnote marker. The
 * fix puts what the list's place wants: `, ` or ` and ` before the last item.
 */
const citationSeparator: Rule = perCitation((ctx, citation) => {
  const seps = citation.separators;
  if (!seps.some(isMissingSeparator)) return;
  const expectations = expectedSeparators(citation);
  seps.forEach((sep, k) => {
    if (!isMissingSeparator(sep)) return;
    const replacement = expectations[k]?.preferred ?? ', ';
    const data: ConjunctionFixData = { replacement, range: sep.range };
    ctx.report({
      code: 'citation/separator',
      message: `Nothing separates ${itemNumberText(citation.items[k])} from ${itemNumberText(citation.items[k + 1])}: write “${replacement.trim()}” between the items of a list.`,
      range: sep.range,
      data,
    });
  });
});

interface SeparatorExpectation {
  readonly preferred: ConjunctionFixData['replacement'];
  /** Whitespace-collapsed forms that are right here. */
  readonly accepted: readonly string[];
  /** Whether it is the list's last separator (before the last item or group). */
  readonly last: boolean;
}

/**
 * What each separator of a citation should be. The last is always ` and `. When items share dates
 * (a group ends at each dated item), a list reads two ways, plainly or by groups, and whatever
 * either reading makes right is accepted: ` and ` closing a group, `, and` before a last group
 * that has its own `and`.
 */
function expectedSeparators(citation: Citation): SeparatorExpectation[] {
  const items = citation.items;
  const comma: SeparatorExpectation = { preferred: ', ', accepted: [', '], last: false };
  const result: SeparatorExpectation[] = items.slice(1).map(() => comma);
  const groupEnds: number[] = [];
  items.forEach((item, k) => {
    if (item.date !== undefined || k === items.length - 1) groupEnds.push(k);
  });
  let groupStart = 0;
  groupEnds.forEach((end, g) => {
    const next = groupEnds[g + 1];
    if (next === undefined) return;
    if (end > groupStart) result[end - 1] = { preferred: ', ', accepted: [', ', ' and '], last: false };
    if (g === groupEnds.length - 2 && next - end >= 2) result[end] = { preferred: ', ', accepted: [', ', ' and ', ', and '], last: false };
    groupStart = end + 1;
  });
  result[result.length - 1] = { preferred: ' and ', accepted: [' and '], last: true };
  return result;
}

/** Whether the text right after the citation goes on with the list (`and this resolution`, `A to E`). */
function listContinues(lines: readonly string[], citation: Citation): boolean {
  const end = citation.range.end;
  let rest = (lines[end.line] ?? '').slice(end.character, end.character + 40);
  if (rest.trim() === '') rest = ` ${(lines[end.line + 1] ?? '').slice(0, 40)}`;
  return /^,?\s+(?:and|or|to)\s/.test(rest);
}

/** The citation rules, in the order their findings are reported. */
export const citationsRules: readonly Rule[] = [citationFormat, citationDate, citationOrder, citationDuplicate, citationSelf, citationConjunction, citationSeparator];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

const joinFix: FixBuilder = data => replacementFix(data, r => (r === ' and ' ? 'Join the last item with “and”' : 'Separate the items with a comma'), true);

/** The quick fixes of the citation rules (`citation/date` against the catalog: catalog.ts). */
export const citationsFixes: FixBuilders = {
  'citation/order': data =>
    typeof data.replacement === 'string' && isRange(data.range) ? [fix('Sort the list by date', [{ range: data.range, newText: data.replacement }], true)] : [],
  'citation/conjunction': joinFix,
  'citation/separator': joinFix,
  // A year from the catalog is a fact from outside the text: the drafter applies it.
  'citation/format': data => replacementFix(data, r => `Write ${r}`, data.fromCatalog !== true),
  'citation/duplicate': data => (Array.isArray(data.edits) ? [fix('Remove the repeated item', data.edits as TextEdit[], false)] : []),
};

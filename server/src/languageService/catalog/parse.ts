import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { MAX_JSON_DEPTH, tooDeepAt } from '../util/jsonDepth';
import type { Range } from 'vscode-languageserver-types';
import { lineStarts, positionAt } from '../util/positions';
import { normalizeSymbol } from '../util/symbols';
import { clip, isoDateProblem } from './date';
import type { CatalogEntry } from './types';

/** Something wrong in a catalog file, at the place it is wrong. */
export interface CatalogProblem {
  readonly message: string;
  readonly range: Range;
}

/** What a catalog file yields: every entry that could be read, and what was wrong with the rest. */
export interface ParsedCatalog {
  readonly entries: CatalogEntry[];
  readonly problems: CatalogProblem[];
}

/** The keys an entry may have (contract §5, plus `source` and `doubtfulDate`). */
export const CATALOG_ENTRY_KEYS: readonly string[] = ['symbol', 'date', 'title', 'session', 'agendaItem', 'vote', 'url', 'source', 'doubtfulDate'];
const KNOWN_KEYS = new Set(CATALOG_ENTRY_KEYS);

/**
 * Reads a catalog file (contract §5): a JSON array of entries with `symbol` and ISO `date`.
 * Never throws. A malformed file or entry becomes a problem at that place and the rest still
 * loads: an entry without a usable `symbol` or `date` is dropped, a wrong optional field is
 * dropped from its entry. Symbols are normalised; within one file the first entry of a symbol wins.
 * `source` (a URI or name of the file) becomes each entry's `source`; an entry's own `source`
 * field is kept in front of it: `"UN Digital Library (file:///…/ga.catalog.json)"`.
 */
export function parseCatalogFile(text: string, source: string): ParsedCatalog {
  const fast = parseValidCatalog(text, source);
  if (fast) return { entries: fast, problems: [] };
  const problems: CatalogProblem[] = [];
  let starts: number[] | undefined;
  const rangeOf = (offset: number, length: number): Range => {
    starts ??= lineStarts(text);
    return { start: positionAt(starts, offset), end: positionAt(starts, offset + length) };
  };
  const report = (message: string, node: { offset: number; length: number }) => problems.push({ message, range: rangeOf(node.offset, node.length) });

  if (text.trim() === '') {
    report('The catalog file is empty; expected a JSON array of catalog entries.', { offset: 0, length: 0 });
    return { entries: [], problems };
  }
  // JSON never holds a raw NUL: a file with one is binary, or not the catalog it is named as.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    report('The catalog file holds a NUL byte here, so it is no JSON text (a binary file?); expected a JSON array of catalog entries.', { offset: nul, length: 1 });
    return { entries: [], problems };
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    report(`The catalog file nests arrays or objects more than ${MAX_JSON_DEPTH} deep here; expected a JSON array of catalog entries.`, { offset: deep, length: 1 });
    return { entries: [], problems };
  }
  const syntaxErrors: ParseError[] = [];
  // A byte order mark is not JSON, but editors write it; skip it rather than fail the file.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root = parseTree(bom ? text.slice(1) : text, syntaxErrors, { allowTrailingComma: false, disallowComments: false });
  for (const e of syntaxErrors.slice(0, 100)) {
    report(`Invalid JSON: ${describeSyntaxError(printParseErrorCode(e.error))}.`, { offset: e.offset + bom, length: e.length });
  }
  if (!root) return { entries: [], problems };
  if (root.type !== 'array') {
    report(`Expected a JSON array of catalog entries, found ${describeType(root)}.`, shifted(root, bom));
    return { entries: [], problems };
  }

  const entries: CatalogEntry[] = [];
  const seen = new Map<string, number>();
  for (const node of root.children ?? []) {
    const entry = readEntry(node, source, (message, at) => report(message, shifted(at, bom)));
    if (!entry) continue;
    const first = seen.get(entry.symbol);
    if (first !== undefined) {
      report(`Duplicate entry for ${entry.symbol} (first on line ${rangeOf(first, 0).start.line + 1}); this one is ignored.`, shifted(node, bom));
      continue;
    }
    seen.set(entry.symbol, node.offset + bom);
    entries.push(entry);
  }
  // Syntax errors come first from the parser; a reader wants them in the order of the file.
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { entries, problems };
}

/**
 * The fast path for the usual case, a valid file (catalogs of 200,000 entries are read in well
 * under a second this way, where building a syntax tree with offsets takes seconds): `JSON.parse`
 * and plain checks. Returns `undefined` at the first thing amiss; the caller then takes the slow
 * path, which finds every problem and its position. The checks here must never be more lenient
 * than {@link readEntry}'s.
 */
function parseValidCatalog(text: string, source: string): CatalogEntry[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();
  for (const item of data) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const o = item as Record<string, unknown>;
    for (const key in o) if (!KNOWN_KEYS.has(key)) return undefined;
    const { symbol: rawSymbol, date, title, session, agendaItem, vote, url, source: own, doubtfulDate } = o;
    if (typeof rawSymbol !== 'string' || !rawSymbol.trim() || typeof date !== 'string' || isoDateProblem(date)) return undefined;
    if ((title !== undefined && typeof title !== 'string') || (agendaItem !== undefined && typeof agendaItem !== 'string')) return undefined;
    if ((url !== undefined && typeof url !== 'string') || (own !== undefined && typeof own !== 'string')) return undefined;
    if (doubtfulDate !== undefined && typeof doubtfulDate !== 'boolean') return undefined;
    if (session !== undefined && !(typeof session === 'number' && Number.isInteger(session) && session > 0)) return undefined;
    if (vote !== undefined && !isVote(vote)) return undefined;
    const symbol = normalizeSymbol(rawSymbol);
    if (seen.has(symbol)) return undefined;
    seen.add(symbol);
    entries.push({
      symbol,
      date,
      ...(title !== undefined && { title }),
      ...(session !== undefined && { session }),
      ...(agendaItem !== undefined && { agendaItem }),
      ...(vote !== undefined && { vote: vote as CatalogEntry['vote'] }),
      ...(url !== undefined && { url }),
      source: own ? `${own} (${source})` : source,
      ...(doubtfulDate === true && { doubtfulDate }),
    });
  }
  return entries;
}

function isVote(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  const v = value as Record<string, unknown>;
  return keys.length === 3 && count(v.yes) && count(v.no) && count(v.abstain);
}

type Report = (message: string, at: Node) => void;

function readEntry(node: Node, fileSource: string, report: Report): CatalogEntry | undefined {
  if (node.type !== 'object') {
    report(`A catalog entry must be an object with "symbol" and "date", found ${describeType(node)}.`, node);
    return undefined;
  }
  const fields = new Map<string, Node>();
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || typeof key.value !== 'string') continue;
    if (!KNOWN_KEYS.has(key.value)) {
      report(`Unknown key '${clip(key.value)}' in a catalog entry (ignored); expected one of ${CATALOG_ENTRY_KEYS.join(', ')}.`, key);
      continue;
    }
    // A property without a value is a syntax error already reported.
    if (value) fields.set(key.value, value);
  }

  const symbolNode = fields.get('symbol');
  const dateNode = fields.get('date');
  let ok = true;
  let symbol = '';
  if (!symbolNode) {
    report('A catalog entry needs a "symbol".', node);
    ok = false;
  } else if (symbolNode.type !== 'string' || !String(symbolNode.value).trim()) {
    report(`"symbol" must be a non-empty string, found ${describeType(symbolNode)}.`, symbolNode);
    ok = false;
  } else {
    symbol = normalizeSymbol(symbolNode.value as string);
  }
  let date = '';
  if (!dateNode) {
    report(`A catalog entry needs a "date" (ISO YYYY-MM-DD)${symbol ? ` (${symbol})` : ''}.`, node);
    ok = false;
  } else if (dateNode.type !== 'string') {
    report(`"date" must be an ISO date string (YYYY-MM-DD), found ${describeType(dateNode)}.`, dateNode);
    ok = false;
  } else {
    date = dateNode.value as string;
    const problem = isoDateProblem(date);
    if (problem) {
      report(problem, dateNode);
      ok = false;
    }
  }
  if (!ok) return undefined;

  const title = optionalString(fields.get('title'), 'title', report);
  const agendaItem = optionalString(fields.get('agendaItem'), 'agendaItem', report);
  const url = optionalString(fields.get('url'), 'url', report);
  const ownSource = optionalString(fields.get('source'), 'source', report);
  const session = optionalSession(fields.get('session'), report);
  const vote = optionalVote(fields.get('vote'), report);
  const doubtful = fields.get('doubtfulDate');
  let doubtfulDate: boolean | undefined;
  if (doubtful) {
    if (doubtful.type === 'boolean') doubtfulDate = doubtful.value as boolean;
    else report(`"doubtfulDate" must be true or false, found ${describeType(doubtful)}.`, doubtful);
  }
  return {
    symbol,
    date,
    ...(title !== undefined && { title }),
    ...(session !== undefined && { session }),
    ...(agendaItem !== undefined && { agendaItem }),
    ...(vote !== undefined && { vote }),
    ...(url !== undefined && { url }),
    source: ownSource ? `${ownSource} (${fileSource})` : fileSource,
    ...(doubtfulDate && { doubtfulDate }),
  };
}

function optionalString(node: Node | undefined, key: string, report: Report): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.value as string;
  report(`"${key}" must be a string, found ${describeType(node)}.`, node);
  return undefined;
}

function optionalSession(node: Node | undefined, report: Report): number | undefined {
  if (!node) return undefined;
  if (node.type === 'number' && Number.isInteger(node.value) && node.value > 0) return node.value as number;
  report(`"session" must be a positive whole number, found ${describeType(node)}.`, node);
  return undefined;
}

function optionalVote(node: Node | undefined, report: Report): CatalogEntry['vote'] {
  if (!node) return undefined;
  if (node.type !== 'object') {
    report(`"vote" must be an object {"yes": n, "no": n, "abstain": n}, found ${describeType(node)}.`, node);
    return undefined;
  }
  const counts: Record<string, number> = {};
  let ok = true;
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    if (name !== 'yes' && name !== 'no' && name !== 'abstain') {
      report(`Unknown key '${clip(name)}' in "vote"; expected yes, no, abstain.`, key);
      continue;
    }
    if (value.type === 'number' && Number.isInteger(value.value) && value.value >= 0) counts[name] = value.value as number;
    else {
      report(`"${name}" must be a whole number of votes, found ${describeType(value)}.`, value);
      ok = false;
    }
  }
  for (const name of ['yes', 'no', 'abstain']) {
    if (ok && counts[name] === undefined) {
      report(`"vote" needs "${name}".`, node);
      ok = false;
    }
  }
  return ok ? { yes: counts.yes, no: counts.no, abstain: counts.abstain } : undefined;
}

function describeType(node: Node): string {
  switch (node.type) {
    case 'string':
      return `the string "${clip(String(node.value))}"`;
    case 'number':
      return `the number ${node.value}`;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return 'a value';
  }
}

/** `InvalidSymbol` → `invalid symbol`. */
function describeSyntaxError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function shifted(node: { offset: number; length: number }, by: number): { offset: number; length: number } {
  return by ? { offset: node.offset + by, length: node.length } : node;
}

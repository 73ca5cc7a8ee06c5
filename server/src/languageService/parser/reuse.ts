/**
 * Block-level reuse between two parses of the same document. Most edits touch one block, and a
 * block's paragraph and inline findings are a function of its (comment-blanked) text and of the
 * line it starts on alone. So each parse stores what it read per block, with the block's text;
 * the next parse takes an entry whose text is unchanged, as is when the block did not move, or
 * copied with its lines shifted when it did. Only what the last parse stored is kept, so the cache
 * holds one document's worth of blocks.
 */

interface Entry {
  readonly first: number;
  /** The block's text, the key the entry was made for. */
  readonly text: string;
  /** What else the value depends on (the document's organ, for inline findings). */
  readonly context: string;
  readonly value: unknown;
}

/** Entries by block text; a text can stand several times in a document (an array then). */
type Shelf = Map<string, Entry | Entry[]>;

/**
 * Misses (blocks found neither in place nor shifted by the change in line count) a parse takes
 * before it looks the rest up by text. A typed character misses once; a pasted or moved stretch
 * misses more, and then the index by text pays for itself.
 */
const MISSES_BEFORE_TEXT_INDEX = 16;

/**
 * Keeps what one parse of a document read per block for the next parse of the same document.
 *
 * Entries are looked up first by position: the block at the same line (an edit leaves every block
 * before it in place) or at the line moved by the change in line count (every block after it),
 * compared with `===` on the text, one pass over the characters. Only after
 * `MISSES_BEFORE_TEXT_INDEX` misses is the last parse's stock indexed by text, which hashes every
 * block's text: on a 1 MB document that hashing was a tenth of an edit.
 */
export class ParseCache {
  // Entries by shelf, then by the line the block starts on: an array indexed by line, which a
  // parse fills in line order (a `Map` by line cost a fresh parse of a 1 MB document 2 % in growing).
  private previous = new Map<string, (Entry | undefined)[]>();
  private current = new Map<string, (Entry | undefined)[]>();
  private previousLineCount = 0;
  private lineDelta = 0;
  private misses = 0;
  /** The last parse's entries by text, built at the miss that passes the limit. */
  private byText: Map<string, Shelf> | undefined;

  /** Starts a parse of a text of `lineCount` lines: what the last parse stored becomes what this one may reuse. */
  begin(lineCount = this.previousLineCount): void {
    this.previous = this.current;
    this.current = new Map();
    this.lineDelta = lineCount - this.previousLineCount;
    this.previousLineCount = lineCount;
    this.misses = 0;
    this.byText = undefined;
  }

  /**
   * The value of kind `shelf` for a block with text `text` starting at line `first`: reused from
   * the last parse (lines shifted when the block moved) or made. `context` is whatever else the
   * value depends on.
   */
  take<T>(shelf: string, text: string, context: string, first: number, make: () => T): T {
    const found = this.find(shelf, text, context, first);
    // An entry reused in place is kept as it is: no new objects for an unchanged block.
    const entry: Entry =
      found === undefined ? { first, text, context, value: make() } : found.first === first ? found : { first, text, context, value: shiftLines(found.value, first - found.first) };
    let current = this.current.get(shelf);
    if (!current) this.current.set(shelf, (current = new Array<Entry | undefined>(this.previousLineCount)));
    current[first] = entry;
    return entry.value as T;
  }

  private find(shelf: string, text: string, context: string, first: number): Entry | undefined {
    const previous = this.previous.get(shelf);
    if (previous === undefined) return undefined;
    const inPlace = previous[first];
    if (inPlace !== undefined && inPlace.text === text && inPlace.context === context) return inPlace;
    if (this.lineDelta !== 0) {
      const shifted = previous[first - this.lineDelta];
      if (shifted !== undefined && shifted.text === text && shifted.context === context) return shifted;
    }
    if (this.byText === undefined && ++this.misses <= MISSES_BEFORE_TEXT_INDEX) return undefined;
    this.byText ??= indexByText(this.previous);
    return pick(this.byText.get(shelf)?.get(text), context, first);
  }
}

/** The entries of a parse by shelf and text. */
function indexByText(stock: ReadonlyMap<string, readonly (Entry | undefined)[]>): Map<string, Shelf> {
  const out = new Map<string, Shelf>();
  for (const [name, entries] of stock) {
    const shelf: Shelf = new Map();
    for (const entry of entries) {
      if (entry === undefined) continue;
      const there = shelf.get(entry.text);
      if (there === undefined) shelf.set(entry.text, entry);
      else if (Array.isArray(there)) there.push(entry);
      else shelf.set(entry.text, [there, entry]);
    }
    out.set(name, shelf);
  }
  return out;
}

/** The entry for `context` at line `first`, else any entry for `context` (a block that moved). */
function pick(known: Entry | Entry[] | undefined, context: string, first: number): Entry | undefined {
  if (known === undefined) return undefined;
  if (!Array.isArray(known)) return known.context === context ? known : undefined;
  let found: Entry | undefined;
  for (const e of known) {
    if (e.context !== context) continue;
    if (e.first === first) return e;
    found ??= e;
  }
  return found;
}

/** Fields of the model that hold a zero-based line number. */
const LINE_FIELDS: ReadonlySet<string> = new Set(['line', 'firstLine', 'lastLine']);

/**
 * A deep copy of model data with every line number moved by `delta`. Objects shared inside the
 * value (a date that is also a citation item's date, the `BlockLines` of a block's findings) stay
 * shared in the copy; objects of a class (`spans.ts`) stay of that class.
 */
export function shiftLines(value: unknown, delta: number, copies = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const v = value as Record<string, unknown>;
  // Ranges and positions are most of the objects and never need the identity map: copied directly.
  if (isPosition(v.start) && isPosition(v.end) && Object.keys(v).length === 2) {
    return { start: shiftPosition(v.start, delta), end: shiftPosition(v.end, delta) };
  }
  if (isPosition(v) && Object.keys(v).length === 2) return shiftPosition(v, delta);
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const item of value) out.push(shiftLines(item, delta, copies));
    return out;
  }
  // Elements whose ranges are made when read (`spans.ts`) keep their class, so their getters stay.
  const proto: unknown = Object.getPrototypeOf(value);
  const out = (proto === Object.prototype ? {} : Object.create(proto as object)) as Record<string, unknown>;
  copies.set(value, out);
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const x = fields[key];
    out[key] = typeof x === 'number' && LINE_FIELDS.has(key) ? x + delta : shiftLines(x, delta, copies);
  }
  return out;
}

function isPosition(p: unknown): p is { line: number; character: number } {
  return typeof p === 'object' && p !== null && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
}

function shiftPosition(p: { line: number; character: number }, delta: number): { line: number; character: number } {
  return { line: p.line + delta, character: p.character };
}

/**
 * Block-level reuse between two parses of the same document. Most edits touch one block, and a
 * block's paragraph and inline findings are a function of its (comment-blanked) text and of the
 * line it starts on alone. So each parse stores what it read per block, with the block's text;
 * the next parse takes an entry whose text is unchanged, as is when the block did not move, or
 * copied with its lines shifted when it did. Only what the last parse stored is kept, so the cache
 * holds one document's worth of blocks.
 */

/**
 * What one parse stored on one shelf for one context, by the line each block starts on: the
 * block's text (the key) and the value made of it. Two arrays rather than an object per block:
 * the cache lives as long as the document, and every object it keeps is one more for the garbage
 * collector to copy (a 1 MB document has 8,000 blocks' worth).
 */
interface Stock {
  readonly texts: (string | undefined)[];
  readonly values: unknown[];
}

/**
 * Misses (blocks found neither in place nor shifted by the change in line count) a parse takes
 * before it looks the rest up by text. A typed character misses once; a pasted or moved stretch
 * misses more, and then the index by text pays for itself.
 */
const MISSES_BEFORE_TEXT_INDEX = 16;

/**
 * Keeps what one parse of a document read per block for the next parse of the same document.
 *
 * Values are looked up first by position: the block at the same line (an edit leaves every block
 * before it in place) or at the line moved by the change in line count (every block after it),
 * compared with `===` on the text, one pass over the characters. Only after
 * `MISSES_BEFORE_TEXT_INDEX` misses is the last parse's stock indexed by text, which hashes every
 * block's text: on a 1 MB document that hashing was a tenth of an edit.
 */
export class ParseCache {
  // Stocks by shelf, then by context (what else the value depends on: one per parse in practice).
  private previous = new Map<string, Map<string, Stock>>();
  private current = new Map<string, Map<string, Stock>>();
  private lineCount = 0;
  private lineDelta = 0;
  private misses = 0;
  /** The last parse's lines by shelf, context and text, built at the miss that passes the limit. */
  private byText: Map<Stock, Map<string, number | number[]>> | undefined;
  // The stocks of the last shelf and context asked for: a parse asks for one shelf many times in a row.
  private lastShelf = '';
  private lastContext = '';
  private lastPrevious: Stock | undefined;
  private lastCurrent: Stock | undefined;
  /** Whether the last `take` answered the last parse's value as it was (an object its model may hold). */
  reusedInPlace = false;

  /** Starts a parse of a text of `lineCount` lines: what the last parse stored becomes what this one may reuse. */
  begin(lineCount = this.lineCount): void {
    this.previous = this.current;
    this.current = new Map();
    this.lineDelta = lineCount - this.lineCount;
    this.lineCount = lineCount;
    this.misses = 0;
    this.byText = undefined;
    this.lastCurrent = this.lastPrevious = undefined;
  }

  /**
   * The value of kind `shelf` for a block with text `text` starting at line `first`: reused from
   * the last parse (lines shifted when the block moved) or made. `context` is whatever else the
   * value depends on.
   */
  take<T>(shelf: string, text: string, context: string, first: number, make: () => T): T {
    if (this.lastCurrent === undefined || shelf !== this.lastShelf || context !== this.lastContext) this.select(shelf, context);
    const previous = this.lastPrevious;
    let value: unknown;
    this.reusedInPlace = false;
    if (previous !== undefined) {
      const from = this.find(previous, text, first);
      if (from === first) {
        // Reused in place: no new objects for an unchanged block.
        value = previous.values[from];
        this.reusedInPlace = true;
      } else if (from !== undefined) {
        value = shiftLines(previous.values[from], first - from);
      }
    }
    if (value === undefined) value = make();
    const current = this.lastCurrent!;
    current.texts[first] = text;
    current.values[first] = value;
    return value as T;
  }

  /** Replaces the value this parse stored for the block at `first` (a copy made of it). */
  replace(shelf: string, context: string, first: number, value: unknown): void {
    const current = this.current.get(shelf)?.get(context);
    if (current !== undefined && current.texts[first] !== undefined) current.values[first] = value;
  }

  private select(shelf: string, context: string): void {
    this.lastShelf = shelf;
    this.lastContext = context;
    this.lastPrevious = this.previous.get(shelf)?.get(context);
    let contexts = this.current.get(shelf);
    if (!contexts) this.current.set(shelf, (contexts = new Map()));
    let current = contexts.get(context);
    // Arrays by line, filled in line order (a `Map` by line cost a fresh parse of a 1 MB document 2 % in growing).
    if (!current) contexts.set(context, (current = { texts: new Array<string | undefined>(this.lineCount), values: new Array<unknown>(this.lineCount) }));
    this.lastCurrent = current;
  }

  /** The line of the last parse's block with this text to reuse for the block at `first`, if any. */
  private find(previous: Stock, text: string, first: number): number | undefined {
    if (previous.texts[first] === text) return first;
    if (this.lineDelta !== 0 && previous.texts[first - this.lineDelta] === text) return first - this.lineDelta;
    if (this.byText === undefined && ++this.misses <= MISSES_BEFORE_TEXT_INDEX) return undefined;
    this.byText ??= new Map();
    let lines = this.byText.get(previous);
    if (lines === undefined) this.byText.set(previous, (lines = indexByText(previous)));
    return pick(lines.get(text), first);
  }
}

/** The lines of a stock's blocks by their text; a text can stand several times in a document (an array then). */
function indexByText(stock: Stock): Map<string, number | number[]> {
  const out = new Map<string, number | number[]>();
  stock.texts.forEach((text, line) => {
    if (text === undefined) return;
    const there = out.get(text);
    if (there === undefined) out.set(text, line);
    else if (Array.isArray(there)) there.push(line);
    else out.set(text, [there, line]);
  });
  return out;
}

/** `first` when a block with the text stood there, else the first line where one stood (a block that moved). */
function pick(known: number | number[] | undefined, first: number): number | undefined {
  if (known === undefined || typeof known === 'number') return known;
  return known.includes(first) ? first : known[0];
}

/** Fields of the model that hold a zero-based line number. */
const LINE_FIELDS: ReadonlySet<string> = new Set(['line', 'firstLine', 'lastLine', 'endLine']);

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

/**
 * Block-level reuse between two parses of the same document. Most edits touch one block, and a
 * block's paragraph and inline findings are a function of its (comment-blanked) lines and of the
 * line it starts on alone. So each parse stores what it read per block, by the line the block
 * starts on; the next parse takes a value whose block's lines are unchanged, as is when the block
 * did not move, or copied with its lines shifted when it did. Only what the last parse stored is
 * kept, so the cache holds one document's worth of blocks.
 */

/**
 * What one parse stored on one shelf for one context, by the line each block starts on: the
 * block's last line and the value made of it. The block's lines are the parse's own (the cache
 * keeps the parse's line list, which its model holds anyway), so no key text is joined or kept;
 * and two arrays rather than an object per block: every object the cache keeps is one more for
 * the garbage collector to copy (a 1 MB document has 8,000 blocks' worth).
 */
interface Stock {
  /** One more than the last line of the block starting at each line; 0 where none starts (typed: nothing for the collector to trace). */
  readonly ends: Int32Array;
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
 * Blocks are looked up first by position: the block at the same line (an edit leaves every block
 * before it in place) or at the line moved by the change in line count (every block after it),
 * compared line by line with `===`, one pass over the characters. Only after
 * `MISSES_BEFORE_TEXT_INDEX` misses are the last parse's blocks indexed by their text, which
 * hashes every block's text: on a 1 MB document that hashing was a tenth of an edit.
 */
export class ParseCache {
  // Stocks by shelf, then by context (what else the value depends on: one per parse in practice).
  private previous = new Map<string, Map<string, Stock>>();
  private current = new Map<string, Map<string, Stock>>();
  private previousLines: readonly string[] = [];
  private lines: readonly string[] = [];
  private lineDelta = 0;
  private misses = 0;
  /** The last parse's blocks by stock and text, built at the miss that passes the limit. */
  private byText: Map<Stock, Map<string, number | number[]>> | undefined;
  // Whatever else a stage keeps for the next parse (`keep`), this parse's and the last one's.
  private previousKept = new Map<string, unknown>();
  private currentKept = new Map<string, unknown>();
  // The stocks of the last shelf and context asked for: a parse asks for one shelf many times in a row.
  private lastShelf = '';
  private lastContext = '';
  private lastPrevious: Stock | undefined;
  private lastCurrent: Stock | undefined;
  /** Whether the last `take` answered the last parse's value as it was (an object its model may hold). */
  reusedInPlace = false;

  /** Starts a parse of text split into `lines`: what the last parse stored becomes what this one may reuse. */
  begin(lines: readonly string[]): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousLines = this.lines;
    this.lines = lines;
    this.lineDelta = lines.length - this.previousLines.length;
    this.misses = 0;
    this.byText = undefined;
    this.previousKept = this.currentKept;
    this.currentKept = new Map();
    this.lastCurrent = this.lastPrevious = undefined;
  }

  /**
   * The value of kind `shelf` for the block of lines `first` … `last`: reused from the last parse
   * (lines shifted when the block moved) or made. `context` is whatever else the value depends on.
   */
  take<T>(shelf: string, context: string, first: number, last: number, make: () => T): T {
    const from = this.find(shelf, context, first, last);
    this.reusedInPlace = from === first;
    // Reused in place: no new objects for an unchanged block.
    const value = from === undefined ? make() : from === first ? this.lastPrevious!.values[from] : shiftLines(this.lastPrevious!.values[from], first - from);
    this.store(shelf, context, first, last, value);
    return value as T;
  }

  /** The line the last parse's block with the same lines as `first` … `last` started on, if there is one. */
  find(shelf: string, context: string, first: number, last: number): number | undefined {
    this.select(shelf, context);
    const previous = this.lastPrevious;
    if (previous === undefined) return undefined;
    if (this.sameLines(previous, first, first, last)) return first;
    const moved = first - this.lineDelta;
    if (this.lineDelta !== 0 && moved >= 0 && this.sameLines(previous, moved, first, last)) return moved;
    if (this.byText === undefined && ++this.misses <= MISSES_BEFORE_TEXT_INDEX) return undefined;
    this.byText ??= new Map();
    let index = this.byText.get(previous);
    if (index === undefined) this.byText.set(previous, (index = this.indexByText(previous)));
    return pick(index.get(this.lines.slice(first, last + 1).join('\n')), first);
  }

  /** The value the last parse stored for its block at `line` (a line `find` answered). */
  previousValue(shelf: string, context: string, line: number): unknown {
    this.select(shelf, context);
    return this.lastPrevious?.values[line];
  }

  /** Stores `value` for the block of lines `first` … `last`, for the next parse. */
  store(shelf: string, context: string, first: number, last: number, value: unknown): void {
    this.select(shelf, context);
    const current = this.lastCurrent!;
    if (first >= current.ends.length) return;
    current.ends[first] = last + 1;
    current.values[first] = value;
  }

  /** Replaces the value this parse stored for the block at `first` (a copy made of it). */
  replace(shelf: string, context: string, first: number, value: unknown): void {
    const current = this.current.get(shelf)?.get(context);
    if (current !== undefined && first < current.ends.length && current.ends[first] !== 0) current.values[first] = value;
  }

  /** Keeps `data` under `name` for the next parse (`kept`). */
  keep(name: string, data: unknown): void {
    this.currentKept.set(name, data);
  }

  /** What the last parse kept under `name`. */
  kept(name: string): unknown {
    return this.previousKept.get(name);
  }

  private select(shelf: string, context: string): void {
    if (this.lastCurrent !== undefined && shelf === this.lastShelf && context === this.lastContext) return;
    this.lastShelf = shelf;
    this.lastContext = context;
    this.lastPrevious = this.previous.get(shelf)?.get(context);
    let contexts = this.current.get(shelf);
    if (!contexts) this.current.set(shelf, (contexts = new Map()));
    let current = contexts.get(context);
    // Arrays by line, filled in line order (a `Map` by line cost a fresh parse of a 1 MB document 2 % in growing).
    const size = this.lines.length;
    if (!current) contexts.set(context, (current = { ends: new Int32Array(size), values: new Array<unknown>(size) }));
    this.lastCurrent = current;
  }

  /** Whether the last parse stored a block at `from` with the same lines as `first` … `last` now. */
  private sameLines(previous: Stock, from: number, first: number, last: number): boolean {
    if (from >= previous.ends.length) return false;
    const end = previous.ends[from] - 1;
    if (end < 0 || end - from !== last - first) return false;
    const before = this.previousLines;
    const now = this.lines;
    for (let k = 0; k <= last - first; k++) if (before[from + k] !== now[first + k]) return false;
    return true;
  }

  /** The first lines of a stock's blocks by their text; a text can stand several times in a document (an array then). */
  private indexByText(stock: Stock): Map<string, number | number[]> {
    const out = new Map<string, number | number[]>();
    stock.ends.forEach((end, first) => {
      if (end === 0) return;
      const last = end - 1;
      const text = this.previousLines.slice(first, last + 1).join('\n');
      const there = out.get(text);
      if (there === undefined) out.set(text, first);
      else if (Array.isArray(there)) there.push(first);
      else out.set(text, [there, first]);
    });
    return out;
  }
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

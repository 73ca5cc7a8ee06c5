/**
 * Block-level reuse between two parses of the same document. Most edits touch one block, and a
 * block's paragraph and inline findings are a function of its (comment-blanked) text and of the
 * line it starts on alone. So each parse stores what it read per block, keyed by the block's text;
 * the next parse takes an entry whose text is unchanged, as is when the block did not move, or
 * copied with its lines shifted when it did. Only what the last parse stored is kept, so the cache
 * holds one document's worth of blocks.
 */

interface Entry {
  readonly first: number;
  /** What else the value depends on (the document's organ, for inline findings). */
  readonly context: string;
  readonly value: unknown;
}

/** Entries by block text; a text can stand several times in a document (an array then). */
type Shelf = Map<string, Entry | Entry[]>;

/** Keeps what one parse of a document read per block for the next parse of the same document. */
export class ParseCache {
  private previous = new Map<string, Shelf>();
  private current = new Map<string, Shelf>();

  /** Starts a parse: what the last parse stored becomes what this one may reuse. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /**
   * The value of kind `shelf` for a block with text `text` starting at line `first`: reused from
   * the last parse (lines shifted when the block moved) or made. `context` is whatever else the
   * value depends on. Passing the same `text` string to several shelves hashes it once.
   */
  take<T>(shelf: string, text: string, context: string, first: number, make: () => T): T {
    const found = pick(this.previous.get(shelf)?.get(text), context, first);
    // An entry reused in place is kept as it is: no new objects for an unchanged block.
    const entry: Entry =
      found === undefined ? { first, context, value: make() } : found.first === first ? found : { first, context, value: shiftLines(found.value, first - found.first) };
    let current = this.current.get(shelf);
    if (!current) this.current.set(shelf, (current = new Map()));
    const there = current.get(text);
    if (there === undefined) current.set(text, entry);
    else if (Array.isArray(there)) there.push(entry);
    else current.set(text, [there, entry]);
    return entry.value as T;
  }
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

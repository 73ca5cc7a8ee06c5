/**
 * Formatting of a document or a range: one blank line between blocks, subparagraphs indented
 * {@link INDENT_PER_LEVEL} spaces per level, typographic quotes and apostrophes, single spaces, no
 * trailing whitespace, a final line end in the document's own style. Front matter and comments
 * are kept as they are.
 *
 * Formatting never changes a word and never changes what the parser reads: it only touches
 * whitespace and straight quotes, and it moves a line's indentation only when the line reads the
 * same afterwards (a heading stays a heading, an indented `5.` does not become an operative
 * number, a continuation line after a blank line stays indented). That makes it idempotent: the
 * second pass reads the same model and has nothing left to do.
 */
import { allParagraphs } from '../query/paragraphs';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument, Subparagraph } from '../model';
import { footnoteDefinitionLabel, headingLevel, readBullet, readLabel, readNumber } from '../parser/blocks';
import { endOfContent, firstNonSpace, isBlank, positionOf, splitLines } from '../parser/lines';

/** Spaces of indentation for each subparagraph level, as the UN prints and the examples write. */
export const INDENT_PER_LEVEL = 3;

/** What formatting may change. */
export interface FormatOptions {
  /** Straight quotes and apostrophes become typographic (`“…”`, `‘…’`, `’`); default true. */
  readonly typographicQuotes?: boolean;
}

/** The indentation a line should get: a number of spaces, or `keep` to leave it as written. */
type Indent = number | 'keep';

/** One line of the formatted text; `origin` is the original line it comes from (none when inserted). */
interface OutputLine {
  readonly text: string;
  readonly origin?: number;
}

/** A half-open interval of characters on one line. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** The formatted text of a document, as the edits of {@link formatDocument} make it. */
export function formatText(doc: ResolutionDocument, options: FormatOptions = {}): string {
  const { output, eol } = layout(doc, options);
  return output.map(l => l.text + eol).join('');
}

/** The edits that format the whole document: minimal, in order, never overlapping. */
export function formatDocument(doc: ResolutionDocument, options: FormatOptions = {}): TextEdit[] {
  return toEdits(doc, layout(doc, options), undefined);
}

/**
 * The edits that format the lines `range` touches (a range ending at character 0 of a later line
 * leaves that line alone). Blank lines around those lines are counted in.
 */
export function formatRange(doc: ResolutionDocument, range: Range, options: FormatOptions = {}): TextEdit[] {
  const first = range.start.line;
  const last = range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  return toEdits(doc, layout(doc, options), { first, last: Math.max(first, last) });
}

// ---------------------------------------------------------------------------------------------
// Layout: the formatted lines, each tied to the original line it comes from.

function layout(doc: ResolutionDocument, options: FormatOptions): { output: OutputLine[]; eol: string } {
  const lines = doc.lines;
  const eol = firstLineEnd(doc.text);
  const quotes = options.typographicQuotes !== false;
  const fmEnd = doc.frontMatter ? doc.frontMatter.range.end.line : -1;
  const comments = commentSpans(doc);
  // Lines a comment runs on from: the line below is the same piece of text.
  const joined = new Set<number>();
  for (const c of doc.comments) for (let l = c.range.start.line; l < c.range.end.line; l++) joined.add(l);
  const indents = targetIndents(doc);
  const skips = quoteSkips(doc);
  const { elementOf, starts, ends } = elements(doc);
  // The lines as the parser reads them, comments blanked: whether a line moves safely is judged on these.
  const seen = lines.map((line, i) => blankSpans(line, comments.get(i)));

  /** Whether the parser sees the line as blank: whitespace and comments only. */
  const blankedBlank = (i: number): boolean => {
    const spans = comments.get(i);
    if (!spans) return isBlank(lines[i]);
    let at = 0;
    for (const s of spans) {
      if (firstNonSpace(lines[i].slice(at, s.start)) < s.start - at) return false;
      at = s.end;
    }
    return isBlank(lines[i].slice(at));
  };

  const output: OutputLine[] = [];
  let pendingBlank: number | undefined;
  let previousContent: number | undefined;
  // After a final line end the line table holds one more, empty line: no line of the text.
  const count = lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  for (let i = 0; i < count; i++) {
    const line = lines[i];
    if (i <= fmEnd) {
      output.push({ text: line, origin: i });
      previousContent = i;
      continue;
    }
    const spans = comments.get(i);
    if (!spans && isBlank(line)) {
      pendingBlank ??= i;
      continue;
    }
    const indent = spans && blankedBlank(i) ? 'keep' : safeIndent(seen, i, indents.get(i) ?? 'keep', i > 0 && blankedBlank(i - 1) && !starts.has(i), doc.frontMatter === undefined);
    const formatted = formatLine(line, spans ?? [], indent, quotes ? (skips.get(i) ?? []) : undefined);
    // Trimming an exotic space can still change how a line reads (`#\uFEFF` is no heading, `#` is): keep such a line.
    const text = readsAlike(blankSpans(formatted.text, formatted.comments), seen[i]) ? formatted.text : line;
    if (previousContent === undefined) {
      // The first line of the document: no blank line above, unless taking it away would turn a
      // `---` line into front matter.
      if (pendingBlank !== undefined && text.trimEnd() === '---') output.push({ text: '', origin: pendingBlank });
    } else if (pendingBlank !== undefined) {
      output.push({ text: '', origin: pendingBlank });
    } else if (previousContent === fmEnd || (previousContent === i - 1 && ends.has(i - 1) && starts.has(i) && elementOf.get(i - 1) !== elementOf.get(i) && !joined.has(i - 1))) {
      // Two blocks written without a blank line between them (or front matter right above the body).
      output.push({ text: '' });
    }
    output.push({ text, origin: i });
    pendingBlank = undefined;
    previousContent = i;
  }
  return { output, eol };
}

/** The document's line end: its first one, `\n` when it has none. */
function firstLineEnd(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return '\n';
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '\n';
}

/** The line with `spans` replaced by spaces, as the parser sees a line holding comments. */
function blankSpans(line: string, spans: readonly Span[] | undefined): string {
  if (!spans || spans.length === 0) return line;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += line.slice(at, from) + ' '.repeat(s.end - from);
    at = s.end;
  }
  return out + line.slice(at);
}

/** Comment spans by line: what formatting copies untouched. */
function commentSpans(doc: ResolutionDocument): Map<number, Span[]> {
  const byLine = new Map<number, Span[]>();
  for (const c of doc.comments) {
    for (let l = c.range.start.line; l <= c.range.end.line && l < doc.lines.length; l++) {
      const start = l === c.range.start.line ? c.range.start.character : 0;
      const end = l === c.range.end.line ? c.range.end.character : doc.lines[l].length;
      let spans = byLine.get(l);
      if (!spans) byLine.set(l, (spans = []));
      spans.push({ start, end });
    }
  }
  return byLine;
}

/** The blocks the parser found, by line: paragraphs, headings, organ lines, footnote definitions. */
function elements(doc: ResolutionDocument): { elementOf: Map<number, number>; starts: Set<number>; ends: Set<number> } {
  const elementOf = new Map<number, number>();
  const starts = new Set<number>();
  const ends = new Set<number>();
  let id = 0;
  const add = (first: number, last: number) => {
    id++;
    starts.add(first);
    ends.add(last);
    for (let l = first; l <= last; l++) elementOf.set(l, id);
  };
  for (const p of allParagraphs(doc)) add(p.firstLine, p.lastLine);
  for (const h of doc.headings) add(h.range.start.line, h.range.start.line);
  for (const part of doc.parts) if (part.organLine) add(part.organLine.range.start.line, part.organLine.range.start.line);
  for (const f of doc.footnoteDefinitions) add(f.range.start.line, f.range.end.line);
  return { elementOf, starts, ends };
}

/** The indentation each line of the body should have, from its place in the model. */
function targetIndents(doc: ResolutionDocument): Map<number, Indent> {
  const indents = new Map<number, Indent>();
  for (const h of doc.headings) indents.set(h.range.start.line, 0);
  for (const part of doc.parts) if (part.organLine) indents.set(part.organLine.range.start.line, 0);
  for (const f of doc.footnoteDefinitions) indents.set(f.range.start.line, 0);
  const subs = (list: readonly Subparagraph[]) => {
    for (const s of list) {
      for (let l = s.firstLine; l <= s.lastLine; l++) indents.set(l, s.level * INDENT_PER_LEVEL);
      subs(s.children);
    }
  };
  for (const p of allParagraphs(doc)) {
    for (let l = p.firstLine; l <= p.lastLine; l++) indents.set(l, 0);
    subs(p.subparagraphs);
    // Bullets keep the indentation they were given: the contract sets none.
    for (const b of p.bullets) for (let l = b.range.start.line; l <= b.range.end.line; l++) indents.set(l, 'keep');
  }
  return indents;
}

/**
 * The indentation a line may get without reading differently: the target when the parser would
 * see the same thing, else `keep`.
 */
function safeIndent(lines: readonly string[], i: number, target: Indent, afterBlank: boolean, noFrontMatter: boolean): Indent {
  if (target === 'keep') return 'keep';
  const line = lines[i];
  const old = firstNonSpace(line);
  const content = line.slice(old);
  if (old === target && !/[^ ]/.test(line.slice(0, old))) return target;
  const moved = ' '.repeat(target) + content;
  if (headingLevel(moved) !== headingLevel(line)) return 'keep';
  if (!footnoteDefinitionLabel(moved) !== !footnoteDefinitionLabel(line)) return 'keep';
  if (!readNumber(moved) !== !readNumber(line)) return 'keep';
  // After a blank line, an indented line continues the paragraph above and one at column 1 starts
  // a new one: indentation may change, but not come or go.
  if (afterBlank && old > 0 !== target > 0 && !readLabel(line) && !readBullet(line)) return 'keep';
  if (noFrontMatter && i === 0 && content.trimEnd() === '---') return 'keep';
  return target;
}

/** Whether two versions of a line start the same kind of block for the parser. */
function readsAlike(a: string, b: string): boolean {
  return (
    headingLevel(a) === headingLevel(b) &&
    !readBullet(a) === !readBullet(b) &&
    !readLabel(a) === !readLabel(b) &&
    !readNumber(a) === !readNumber(b) &&
    !footnoteDefinitionLabel(a) === !footnoteDefinitionLabel(b)
  );
}

/** Ranges where straight quotes stay as they are: symbols and footnote labels. */
function quoteSkips(doc: ResolutionDocument): Map<number, Span[]> {
  const byLine = new Map<number, Span[]>();
  const add = (r: Range) => {
    if (r.start.line !== r.end.line) return;
    let spans = byLine.get(r.start.line);
    if (!spans) byLine.set(r.start.line, (spans = []));
    spans.push({ start: r.start.character, end: r.end.character });
  };
  for (const s of doc.symbols) add(s.range);
  for (const c of doc.citations) for (const item of c.items) add(item.symbolRange);
  for (const f of doc.footnoteReferences) add(f.range);
  for (const f of doc.footnoteDefinitions) add(f.labelRange);
  for (const spans of byLine.values()) spans.sort((a, b) => a.start - b.start);
  return byLine;
}

/**
 * The formatted text of one line as it is built. It keeps the last character that is not an
 * emphasis marker, because a quote opens or closes after it: reading back into a string built by
 * `+=` would flatten it at every quote, quadratic on a 100,000-character line.
 */
class LineBuilder {
  readonly #parts: string[] = [];
  /** The last character written that is not `*` or `_`; undefined at the start of the line. */
  #previous: string | undefined;

  add(text: string): void {
    if (text === '') return;
    this.#parts.push(text);
    for (let k = text.length - 1; k >= 0; k--) {
      if (text[k] !== '*' && text[k] !== '_') {
        this.#previous = text[k];
        return;
      }
    }
  }

  /** Whether a quote written now opens: at the start, after a space or an opening mark (emphasis markers looked through). */
  opensQuote(): boolean {
    const p = this.#previous;
    return p === undefined || p === ' ' || p === '\t' || OPENERS.includes(p);
  }

  toString(): string {
    return this.#parts.join('');
  }
}

const OPENERS = '([{<—–-/“‘\u00a0';

/**
 * One line formatted: indentation set (or kept), runs of spaces and tabs made single, quotes made
 * typographic outside `skips` (no quotes when `skips` is undefined), trailing whitespace removed;
 * comment spans copied as they are (and returned, where they now stand).
 */
function formatLine(line: string, comments: readonly Span[], indent: Indent, skips: readonly Span[] | undefined): { text: string; comments: Span[] } {
  const lead = firstNonSpace(line);
  // Indentation is the line's own unless it starts with free text (not inside a comment).
  const leadProtected = comments.some(s => s.start <= lead);
  const out = new LineBuilder();
  const indentation = leadProtected || indent === 'keep' ? line.slice(0, lead) : ' '.repeat(indent);
  out.add(indentation);
  let protectedEnd = 0;
  let length = indentation.length;
  let i = lead;
  const moved: Span[] = [];
  for (const s of comments) {
    if (s.end <= i) continue;
    if (s.start > i) length += formatFree(out, line, i, s.start, skips);
    const kept = line.slice(Math.max(i, s.start), s.end);
    out.add(kept);
    moved.push({ start: length, end: length + kept.length });
    length += kept.length;
    i = s.end;
    protectedEnd = length;
  }
  if (i < line.length) formatFree(out, line, i, line.length, skips);
  const text = out.toString();
  return { text: text.slice(0, Math.max(protectedEnd, endOfContent(text))), comments: moved };
}

/** Writes the free text `line[from, to)`: spaces and tabs collapsed, quotes made typographic. Returns the length written. */
function formatFree(out: LineBuilder, line: string, from: number, to: number, skips: readonly Span[] | undefined): number {
  let written = 0;
  let run = from;
  const flush = (end: number) => {
    if (end > run) {
      out.add(line.slice(run, end));
      written += end - run;
    }
  };
  for (let i = from; i < to; i++) {
    const ch = line[i];
    if (ch === ' ' || ch === '\t') {
      let j = i + 1;
      while (j < to && (line[j] === ' ' || line[j] === '\t')) j++;
      if (ch === ' ' && j === i + 1) continue;
      flush(i);
      out.add(' ');
      written++;
      run = j;
      i = j - 1;
      continue;
    }
    if (skips && (ch === '"' || ch === "'") && !inside(skips, i)) {
      flush(i);
      // A quote opens after a space or an opening mark and before a word; any other is closing
      // (the parser reads `”` and `’`, not `“`, as closing quotes before a final mark).
      const opening = out.opensQuote() && i + 1 < line.length && !/\s/.test(line[i + 1]);
      out.add(ch === '"' ? (opening ? '“' : '”') : opening ? '‘' : '’');
      written++;
      run = i + 1;
    }
  }
  flush(to);
  return written;
}

/** Whether `i` lies in one of `spans` (sorted by start): binary search. */
function inside(spans: readonly Span[], i: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= i) lo = mid + 1;
    else hi = mid - 1;
  }
  // Of the spans starting at or before `i`, symbols never overlap: the last one decides.
  return hi >= 0 && i < spans[hi].end;
}

// ---------------------------------------------------------------------------------------------
// Edits: one hunk per changed line, per deleted line and per inserted run, each narrowed to the
// characters that differ; hunks that touch are joined so no two edits share a position.

interface Hunk {
  /** Original lines `first` … `end - 1` are replaced; `first === end` for an insertion. */
  readonly first: number;
  readonly end: number;
  readonly text: string;
}

function toEdits(doc: ResolutionDocument, formatted: { output: OutputLine[]; eol: string }, lines: { first: number; last: number } | undefined): TextEdit[] {
  const table = splitLines(doc.text);
  const { output, eol } = formatted;
  const original = doc.lines;
  const n = original.length;
  const startOf = (l: number) => (l < n ? table.starts[l] : doc.text.length);
  const terminator = (l: number) => doc.text.slice(table.starts[l] + original[l].length, startOf(l + 1));

  const hunks: Hunk[] = [];
  let next = 0;
  const deleteUpTo = (l: number) => {
    for (; next < l; next++) hunks.push({ first: next, end: next + 1, text: '' });
  };
  for (const out of output) {
    if (out.origin === undefined) {
      hunks.push({ first: next, end: next, text: out.text + eol });
      continue;
    }
    deleteUpTo(out.origin);
    if (out.text !== original[out.origin] || terminator(out.origin) !== eol) hunks.push({ first: out.origin, end: out.origin + 1, text: out.text + eol });
    next = out.origin + 1;
  }
  deleteUpTo(n);

  // A line inserted before line l (a missing blank line) belongs to line l.
  const chosen = lines ? hunks.filter(h => h.first >= lines.first && h.first <= lines.last) : hunks;
  const narrowed: { start: number; end: number; text: string }[] = [];
  for (const h of chosen) {
    const e = narrow(doc.text, startOf(h.first), startOf(h.end), h.text);
    if (e.start === e.end && e.text === '') continue;
    const last = narrowed[narrowed.length - 1];
    if (last && last.end >= e.start) {
      last.text += doc.text.slice(last.end, e.start) + e.text;
      last.end = e.end;
    } else narrowed.push(e);
  }
  return narrowed.map(e => ({ range: { start: positionOf(table, e.start), end: positionOf(table, e.end) }, newText: e.text }));
}

/** The smallest replacement of `text[start, end)` by `replacement`, never splitting a `\r\n`. */
function narrow(text: string, start: number, end: number, replacement: string): { start: number; end: number; text: string } {
  const oldLength = end - start;
  let prefix = 0;
  const maxPrefix = Math.min(oldLength, replacement.length);
  while (prefix < maxPrefix && text.charCodeAt(start + prefix) === replacement.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && text.charCodeAt(start + prefix - 1) === 13 && text.charCodeAt(start + prefix) === 10) prefix--;
  let suffix = 0;
  const maxSuffix = Math.min(oldLength, replacement.length) - prefix;
  while (suffix < maxSuffix && text.charCodeAt(end - 1 - suffix) === replacement.charCodeAt(replacement.length - 1 - suffix)) suffix++;
  if (suffix > 0 && text.charCodeAt(end - suffix) === 10 && text.charCodeAt(end - suffix - 1) === 13) suffix--;
  return { start: start + prefix, end: end - suffix, text: replacement.slice(prefix, replacement.length - suffix) };
}

/**
 * Subparagraph labels and levels. `(a)`…`(z)`, `(aa)`…; `(i)`, `(ii)`…; `(A)`…; `(1)`…. The level
 * of a label comes from context, with a stack of open levels: a label whose style matches an open
 * level continues it (closing the deeper ones); `(i)` right after `(h)` continues the letters, and
 * so does a misprinted `(ii)` there, at the same indentation and not announced by a colon; otherwise a roman numeral opens (or continues) the level below the current one.
 */
import type { SubparagraphStyle } from '../model';
import { finalMarkOf, joinPieces, type Piece } from './pieces';
import { NONE } from './empty';
import { SubparagraphAt } from './spans';
import { romanValue as numeralValue, toRoman } from '../util/roman';

/** One way to read a label: its style and its place in that style's sequence. */
export interface LabelReading {
  readonly style: SubparagraphStyle;
  readonly ordinal: number;
}

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
/** The value of a lower-case roman numeral made of i, v and x (up to 39), if it is one. */
export function romanValue(label: string): number | undefined {
  return label.length > 0 && ROMAN.test(label) ? numeralValue(label.toUpperCase()) : undefined;
}

/** `a` → 1, `z` → 26, `aa` → 27, `bb` → 28: a letter repeated n times counts 26 × (n − 1) on. */
function letterOrdinal(label: string, base: number): number | undefined {
  const c = label.charCodeAt(0);
  for (let k = 1; k < label.length; k++) if (label.charCodeAt(k) !== c) return undefined;
  return 26 * (label.length - 1) + (c - base + 1);
}

/**
 * The readings of the labels read so far: a document uses a few labels (`a` … `z`, `i` … `x`) over
 * and over. Bounded, so that a document of made-up labels cannot grow it.
 */
const knownReadings = new Map<string, readonly LabelReading[]>();
const KNOWN_READINGS_LIMIT = 2000;

/** Every way a label can be read: one, two (`i`: a letter or a numeral) or none. */
export function readingsOf(label: string): readonly LabelReading[] {
  const known = knownReadings.get(label);
  if (known !== undefined) return known;
  const readings = Object.freeze(labelReadings(label));
  if (knownReadings.size < KNOWN_READINGS_LIMIT) knownReadings.set(label, readings);
  return readings;
}

function labelReadings(label: string): LabelReading[] {
  if (/^\d+$/.test(label)) return [{ style: 'decimal', ordinal: Number(label) }];
  if (/^[A-Z]+$/.test(label)) {
    const o = letterOrdinal(label, 65);
    return o === undefined ? [] : [{ style: 'upper-alpha', ordinal: o }];
  }
  if (!/^[a-z]+$/.test(label)) return [];
  const readings: LabelReading[] = [];
  const alpha = letterOrdinal(label, 97);
  if (alpha !== undefined) readings.push({ style: 'lower-alpha', ordinal: alpha });
  const roman = romanValue(label);
  if (roman !== undefined) readings.push({ style: 'lower-roman', ordinal: roman });
  return readings;
}

/**
 * The label of the `ordinal`-th subparagraph of a style, without parentheses: (`lower-alpha`, 27)
 * → `aa`, (`lower-roman`, 4) → `iv`. For messages and fixes that name the expected label.
 */
export function subparagraphLabel(style: SubparagraphStyle, ordinal: number): string {
  const n = Math.max(1, Math.floor(ordinal));
  switch (style) {
    case 'decimal':
      return String(n);
    case 'lower-roman':
      return toRoman(n).toLowerCase();
    case 'lower-alpha':
    case 'upper-alpha': {
      const letter = String.fromCharCode((style === 'lower-alpha' ? 97 : 65) + ((n - 1) % 26));
      return letter.repeat(Math.floor((n - 1) / 26) + 1);
    }
  }
}

/** A subparagraph while its paragraph is read. */
export interface SubparagraphDraft {
  readonly label: string;
  readonly style: SubparagraphStyle;
  readonly ordinal: number;
  readonly level: number;
  /** The line of the label `(a)` (the subparagraph's first line) and the label's characters. */
  readonly firstLine: number;
  readonly labelStart: number;
  readonly labelEnd: number;
  lastLine: number;
  readonly pieces: Piece[];
  readonly children: SubparagraphDraft[];
}

interface OpenLevel {
  readonly style: SubparagraphStyle;
  last: number;
  readonly siblings: SubparagraphDraft[];
  current: SubparagraphDraft;
}

/** Places labels at their level as they come, one paragraph at a time. */
export class SubparagraphStack {
  readonly #stack: OpenLevel[] = [];
  readonly roots: SubparagraphDraft[] = [];

  /** Adds a subparagraph for `label` (already known to have readings), written on `line` from `start` to `end`, and returns it. */
  add(label: string, readings: readonly LabelReading[], line: number, start: number, end: number): SubparagraphDraft {
    const { depth, reading } = this.#place(readings, start);
    this.#stack.length = depth;
    const parent = depth === 0 ? undefined : this.#stack[depth - 1].current;
    const draft: SubparagraphDraft = {
      label,
      style: reading.style,
      ordinal: reading.ordinal,
      level: depth + 1,
      firstLine: line,
      labelStart: start,
      labelEnd: end,
      lastLine: line,
      pieces: [],
      children: [],
    };
    const siblings = parent ? parent.children : this.roots;
    siblings.push(draft);
    this.#stack.push({ style: reading.style, last: reading.ordinal, siblings, current: draft });
    return draft;
  }

  /** Where a label goes: the depth (number of levels kept open above it) and how it is read. */
  #place(readings: readonly LabelReading[], indent: number): { depth: number; reading: LabelReading } {
    const stack = this.#stack;
    if (readings.length > 1) {
      const roman = readings.find(r => r.style === 'lower-roman')!;
      // `(h) … :` then an indented or `:`-announced `(i)` opens the numerals below `(h)`.
      const top = stack[stack.length - 1];
      if (top && top.style === 'lower-alpha' && roman.ordinal === 1 && opensDeeper(top.current, indent)) return { depth: stack.length, reading: roman };
      // `(h);` then `(ii)` at the same indentation, not announced: a misprint of the letter `(i)`
      // (a level of numerals would open at `(i)`), so `(j)` after it runs on (issue 10).
      const letter = readings.find(r => r.style === 'lower-alpha');
      if (top && top.style === 'lower-alpha' && top.last === 8 && roman.ordinal > 1 && letter && !opensDeeper(top.current, indent))
        return { depth: stack.length - 1, reading: letter };
      // Otherwise a label that reads two ways continues whichever open level it fits exactly, deepest first.
      for (let d = stack.length - 1; d >= 0; d--) {
        const fit = readings.find(r => r.style === stack[d].style && r.ordinal === stack[d].last + 1);
        if (fit) return { depth: d, reading: fit };
      }
      return this.#continueOrOpen(roman);
    }
    return this.#continueOrOpen(readings[0]);
  }

  #continueOrOpen(reading: LabelReading): { depth: number; reading: LabelReading } {
    const stack = this.#stack;
    for (let d = stack.length - 1; d >= 0; d--) if (stack[d].style === reading.style) return { depth: d, reading };
    return { depth: stack.length, reading };
  }
}

/** Whether a label at `indent` stands below `previous`: indented further, or announced by its colon. */
function opensDeeper(previous: SubparagraphDraft, indent: number): boolean {
  if (indent > previous.labelStart) return true;
  return finalMarkOf(previous.pieces, previous.firstLine, previous.labelEnd).char === ':';
}

/** The model's subparagraph from a draft; `lineEnd(line)` is where the line's content ends. */
export function finishSubparagraph(draft: SubparagraphDraft, lineEnd: (line: number) => number): SubparagraphAt {
  const children: readonly SubparagraphAt[] = draft.children.length === 0 ? NONE : draft.children.map(c => finishSubparagraph(c, lineEnd));
  let endLine = draft.lastLine;
  for (const c of children) endLine = Math.max(endLine, c.endLine);
  return new SubparagraphAt(
    draft.label,
    draft.style,
    draft.ordinal,
    draft.level,
    draft.firstLine,
    draft.lastLine,
    joinPieces(draft.pieces),
    finalMarkOf(draft.pieces, draft.firstLine, draft.labelEnd),
    children,
    draft.labelStart,
    draft.labelEnd,
    endLine,
    lineEnd(endLine),
  );
}

/**
 * Splits the body into blocks: runs of non-blank lines, read after comments were blanked. A
 * heading, an organ line and a footnote definition line always stand alone or start their own
 * block; so does a line that starts at column 1 with an operative number. A block that opens with
 * a subparagraph label or a bullet continues the paragraph before it, as do indented blocks after
 * a paragraph that has subparagraphs (subparagraphs are often set off by blank lines). An organ
 * line is recognised on any line, so a title typed right above it does not hide it.
 */
import type { Organ } from '../model';
import { firstNonSpace, isBlank, isJsSpaceCode } from './lines';
import { DRAFT_SUFFIXES } from '../util/draftSuffixes';
import { ORGAN_NAMES, ORGANS } from '../util/organs';

/** What a block is, read from its first line. */
export type BlockKind = 'heading' | 'organ' | 'footnote' | 'paragraph';

/** A block of the body: lines `first` … `last` (inclusive); blank lines inside a merged paragraph are skipped by readers. */
export interface Block {
  readonly kind: BlockKind;
  readonly first: number;
  last: number;
}

/** `#`, `##` … at the start of a line (up to three spaces of indentation), then a space or the line end. */
export function headingLevel(line: string): number {
  const start = firstNonSpace(line);
  if (start > 3) return 0;
  let i = start;
  while (i < line.length && line.charCodeAt(i) === 35 /* # */) i++;
  const level = i - start;
  if (level === 0 || level > 6) return 0;
  return i === line.length || line[i] === ' ' || line[i] === '\t' ? level : 0;
}

/** A line whose first character after any whitespace (as `trim` sees it) is `t` or `T`. */
const STARTS_WITH_T = /^\s*[Tt]/;

/** The organ an organ line names (`The General Assembly,`), with whether it has its comma. */
export function readOrganLine(line: string): { organ: Organ; hasComma: boolean } | undefined {
  // Every line of the body is asked: the organ's `The` is tested before anything is trimmed or copied.
  if (line.length > 200 || !STARTS_WITH_T.test(line)) return undefined;
  // Measured before it is copied: most lines that start with `T` are long sentences.
  let from = 0;
  let to = line.length;
  while (from < to && isJsSpaceCode(line.charCodeAt(from))) from++;
  while (to > from && isJsSpaceCode(line.charCodeAt(to - 1))) to--;
  if (to - from > 60) return undefined;
  const t = line.slice(from, to);
  // `The General Assembly,`: one of the four names in full, in any case, with or without its comma.
  let s = t.replace(/\s+/g, ' ');
  const hasComma = s.endsWith(',');
  if (hasComma) s = s.slice(0, -1).trimEnd();
  if (!/^the /i.test(s)) return undefined;
  const name = s.slice(4).toLowerCase();
  const organ = ORGANS.find(o => ORGAN_NAMES[o].toLowerCase() === name);
  return organ === undefined ? undefined : { organ, hasComma };
}

/** `[^label]:` at the start of a line: the offset of `[` and the end of the label (after `]`). */
export function footnoteDefinitionLabel(line: string): { start: number; end: number; label: string } | undefined {
  const start = firstNonSpace(line);
  if (start > 3 || line.charCodeAt(start) !== 91 || line.charCodeAt(start + 1) !== 94) return undefined;
  const close = footnoteLabelEnd(line, start);
  if (close < 0 || line.charCodeAt(close + 1) !== 58 /* : */) return undefined;
  return { start, end: close + 1, label: line.slice(start + 2, close) };
}

/**
 * With `[^` at `start`, the index of the `]` that closes a footnote label (no spaces or brackets
 * inside, at most 64 characters), or -1.
 */
export function footnoteLabelEnd(line: string, start: number): number {
  const limit = Math.min(line.length, start + 2 + 64);
  for (let i = start + 2; i < limit; i++) {
    const c = line.charCodeAt(i);
    if (c === 93 /* ] */) return i > start + 2 ? i : -1;
    if (c === 91 || c === 94 || c <= 32) return -1;
  }
  return -1;
}

/** An operative number as read: `5 bis.` → value 5, suffix `bis`; `start` … `end` covers the label without the full stop. */
export interface NumberReading {
  readonly value: number;
  readonly suffix?: string;
  readonly start: number;
  readonly end: number;
  /** Where the text after the full stop starts. */
  readonly after: number;
}

/**
 * An operative number at column 1 (after a byte order mark, if any): `5.` or `5 bis.` — up to six
 * digits, then perhaps spaces and a word of 3 to 9 lower-case letters that must be one of the draft
 * suffixes, then a full stop followed by whitespace or the end, all within 40 characters. Read by
 * character codes: every line of a paragraph is asked, and a regular expression over a copy of
 * the line's start made two strings and a match per line.
 */
export function readNumber(line: string): NumberReading | undefined {
  const start = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  const limit = Math.min(line.length, start + 40);
  let i = start;
  while (i < limit && isDigitCode(line.charCodeAt(i))) i++;
  const digits = i - start;
  if (digits === 0 || digits > 6) return undefined;
  let suffix: string | undefined;
  if (line.charCodeAt(i) !== 46 /* . */) {
    while (i < limit && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
    const word = i;
    while (i < limit && line.charCodeAt(i) >= 97 && line.charCodeAt(i) <= 122) i++;
    if (i - word < 3 || i - word > 9 || word === start + digits) return undefined;
    suffix = line.slice(word, i);
    if (!DRAFT_SUFFIXES.includes(suffix)) return undefined;
  }
  // The full stop, then whitespace or the end (of the line, or of the 40 characters looked at).
  if (i >= limit || line.charCodeAt(i) !== 46 || (i + 1 < limit && !isJsSpaceCode(line.charCodeAt(i + 1)))) return undefined;
  const value = Number(line.slice(start, start + digits));
  return suffix !== undefined ? { value, suffix, start, end: i, after: i + 1 } : { value, start, end: i, after: i + 1 };
}

/** A subparagraph label at the start of the line's content — `(` then 1 to 8 letters or 1 to 3 digits, `)`, then whitespace or the end: its text and where `(` stands. */
export function readLabel(line: string): { label: string; start: number; end: number } | undefined {
  const start = firstNonSpace(line);
  if (line.charCodeAt(start) !== 40 /* ( */) return undefined;
  let i = start + 1;
  const c = line.charCodeAt(i);
  if (isDigitCode(c)) {
    while (i < line.length && i <= start + 3 && isDigitCode(line.charCodeAt(i))) i++;
  } else {
    while (i < line.length && i <= start + 8 && isLetterCode(line.charCodeAt(i))) i++;
  }
  if (i === start + 1 || line.charCodeAt(i) !== 41 /* ) */ || (i + 1 < line.length && !isJsSpaceCode(line.charCodeAt(i + 1)))) return undefined;
  return { label: line.slice(start + 1, i), start, end: i + 1 };
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A bullet at the start of the line's content: `•`, `- ` or `– ` (the en dash the UN prints in
 * lists, as in S/RES/1701 (2006), paragraph 8); the offset after the marker.
 */
export function readBullet(line: string): { start: number; end: number } | undefined {
  const start = firstNonSpace(line);
  const c = line.charCodeAt(start);
  if (c === 0x2022) return { start, end: start + 1 };
  if ((c === 45 /* - */ || c === 0x2013) /* – */ && (start + 1 === line.length || line[start + 1] === ' ' || line[start + 1] === '\t')) return { start, end: start + 1 };
  return undefined;
}

/** Splits lines `from` … end into blocks. */
export function splitBlocks(lines: readonly string[], from: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  // Whether the paragraph last closed may take a continuation block (a subparagraph after a blank line).
  let lastParagraph: Block | undefined;
  let lastHasLabels = false;
  const close = () => {
    if (current?.kind === 'paragraph') lastParagraph = current;
    else if (current) lastParagraph = undefined;
    current = undefined;
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      close();
      continue;
    }
    if (headingLevel(line) > 0) {
      close();
      blocks.push({ kind: 'heading', first: i, last: i });
      lastParagraph = undefined;
      continue;
    }
    if (footnoteDefinitionLabel(line)) {
      close();
      current = { kind: 'footnote', first: i, last: i };
      blocks.push(current);
      continue;
    }
    const labelled = readLabel(line) !== undefined || readBullet(line) !== undefined;
    const organ = readOrganLine(line) !== undefined;
    if (current) {
      if (readNumber(line) || organ) {
        close();
      } else {
        current.last = i;
        if (labelled) lastHasLabels = true;
        continue;
      }
    }
    if (organ) {
      blocks.push({ kind: 'organ', first: i, last: i });
      lastParagraph = undefined;
      continue;
    }
    const indented = firstNonSpace(line) > 0;
    if (lastParagraph && (labelled || (indented && lastHasLabels)) && !readNumber(line)) {
      current = lastParagraph;
      current.last = i;
      if (labelled) lastHasLabels = true;
      continue;
    }
    current = { kind: 'paragraph', first: i, last: i };
    lastHasLabels = labelled;
    blocks.push(current);
  }
  return blocks;
}

/**
 * The final-punctuation rules (contract §2, §4):
 * - `punctuation/preambular`: a preambular paragraph ends with `,` (its last subparagraph, when it
 *   has subparagraphs).
 * - `punctuation/operative`: an operative paragraph ends with `;`, with `:` when subparagraphs (or
 *   bullets) follow, and with `.` when it is the last of its part. A subparagraph ends with `;`,
 *   with `:` when a deeper level or bullets follow, and the very last one of the last paragraph
 *   with `.`. A lone unnumbered operative paragraph may end with `:` or `.` (`*Adopts* the
 *   following Declaration:`), and so may the last paragraph when an attachment follows the part;
 *   any unnumbered operative paragraph (one heading a section) may also end with `:`. Bullets are
 *   not checked.
 *
 * The final mark is the parser's (read before closing quotes and footnote markers: `”;`, `.[^3]`),
 * looked through a closing negotiation bracket (`…;]`), a list's trailing `and`/`or`
 * (`(b) …; and`, also with a comma: `; or,`, S/RES/2231 (2015)) and a footnote number pasted
 * from an official text (`resolution 78/17,2`), as real texts write them.
 *
 * Fix All never writes a mark after a number that may be a footnote number copied from an official
 * text (see `digitTouches`); nor in a paragraph the checker did not understand (`./understood`).
 */
import type { FinalMark, Paragraph, Range, ResolutionDocument, ResolutionPart, Subparagraph } from '../model';
import { unnumberedOperativeRun } from './numbering';
import type { RuleCode } from '../config';
import type { Rule, RuleContext } from './types';
import { isRange } from '../util/edits';
import { fix, type FixBuilder, type FixBuilders } from './fix';
import { RememberedFindings, sameKindAndSection } from './remembered';

/**
 * Data of a `punctuation/*` finding: put `expected` in place of `range` — the wrong mark, or an
 * empty range where the missing mark goes (after the text and any closing quotes, before
 * footnote references). `unsure` when a digit makes the edit uncertain (see `digitTouches`):
 * Fix All then leaves it to the drafter.
 */
export interface PunctuationFixData {
  readonly expected: string;
  readonly range: Range;
  readonly unsure?: true;
}

const MARKS = ',;:.!?';
const SKIPPED_BEFORE_BRACKET = ' \t\u00a0]”’"\'»';

/**
 * The mark that really ends the text: the parser's, or, when that is missing, a mark before a
 * closing negotiation bracket (`;]`) or before a trailing `and`/`or` after a semicolon (`; and`).
 */
export function effectiveMark(lines: readonly string[], mark: FinalMark): FinalMark {
  // `; or,` and `; and,` (S/RES/2231 (2015), 23 (b)): the comma after the list's word is read past.
  if (mark.char === '' || (MARKS.includes(mark.char) && mark.char !== ',')) return mark;
  const line = mark.range.start.line;
  const text = lines[line] ?? '';
  const end = Math.min(mark.range.start.character, text.length);
  const at = (i: number): FinalMark => ({ char: text[i], range: { start: { line, character: i }, end: { line, character: i + 1 } } });
  if (mark.char === ']') {
    let i = end - 1;
    while (i >= 0 && SKIPPED_BEFORE_BRACKET.includes(text[i])) i--;
    if (i >= 0 && MARKS.includes(text[i])) return at(i);
    return mark;
  }
  if (isDigit(mark.char)) {
    const i = pastedFootnoteMark(text, end);
    return i >= 0 ? at(i) : mark;
  }
  for (const word of [' and', ' or', ' and/or']) {
    if (end < word.length || text.slice(end - word.length, end) !== word) continue;
    let i = end - word.length - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i >= 0 && text[i] === ';') return at(i);
  }
  return mark;
}

/**
 * With the text's last character at `end - 1`, the index of the mark before a footnote number of
 * one or two digits glued to it, as text copied from an official PDF has them (`78/17,2`,
 * `Weapons;3`, `East.4`), or -1. A full stop between digits is a decimal point and a comma before
 * three digits a thousands separator, never such a mark.
 */
function pastedFootnoteMark(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && isDigit(text[i])) i--;
  const digits = end - 1 - i;
  if (digits < 1 || digits > 2 || i < 1) return -1;
  if (',;:'.includes(text[i])) return i;
  return text[i] === '.' && !isDigit(text[i - 1]) && text[i - 1].trim() !== '' ? i : -1;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Whether a digit makes the edit of a mark uncertain: a digit after a mark to replace (`1,000`),
 * or a digit before a mark to insert, unless it ends a date, citation or symbol the parser read
 * (`of 5 December 2018`, `resolution 60/1`): any other final number may be a footnote number
 * copied from an official text (`resolution 78/17, 2`).
 */
function digitTouches(doc: ResolutionDocument, range: Range): boolean {
  const text = doc.lines[range.start.line] ?? '';
  if (range.start.character !== range.end.character) return isDigit(text[range.end.character]);
  if (!isDigit(text[range.start.character - 1])) return false;
  const endsHere = (r: Range) => r.end.line === range.start.line && r.end.character === range.start.character;
  const read = doc.dates.some(d => endsHere(d.range)) || doc.symbols.some(m => endsHere(m.range)) || doc.citations.some(c => c.items.some(i => endsHere(i.range)));
  return !read;
}

/** What a diagnostic about a missing or wrong mark highlights: the wrong mark, or the last character before the missing one. */
function highlight(mark: FinalMark, lines: readonly string[]): Range {
  const r = mark.range;
  if (r.start.character !== r.end.character || r.start.character === 0) return r;
  // An emoji or other astral character is two UTF-16 units: never split the pair.
  const line = lines[r.start.line] ?? '';
  const low = line.charCodeAt(r.start.character - 1);
  const high = line.charCodeAt(r.start.character - 2);
  const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
  return { start: { line: r.start.line, character: r.start.character - width }, end: r.start };
}

interface Expectation {
  /** The mark written in a fix and named in the message. */
  readonly expected: string;
  /** Marks accepted besides `expected`. */
  readonly alsoAccepted?: string;
  /** Why, for the message: `, as subparagraphs follow`. */
  readonly why: string;
}

/** The mark that ends a text when it is not the one wanted (the place of the missing one when none is written), else undefined. */
function wrongMark(lines: readonly string[], written: FinalMark, want: Expectation): FinalMark | undefined {
  const mark = effectiveMark(lines, written);
  return mark.char === want.expected || (mark.char !== '' && want.alsoAccepted?.includes(mark.char)) ? undefined : mark;
}

/** Reports a wrong or missing mark; `what` names the text (`paragraph 5`). */
function reportMark(ctx: RuleContext, code: RuleCode, what: string, mark: FinalMark, want: Expectation): void {
  const isMark = mark.char !== '' && MARKS.includes(mark.char);
  const found = isMark ? `; found “${mark.char}”` : '';
  ctx.report({
    code,
    message: `Expected “${want.expected}” at the end of ${what}${want.why}${found}.`,
    range: isMark ? mark.range : highlight(mark, ctx.doc.lines),
    data: { expected: want.expected, range: mark.range, ...(digitTouches(ctx.doc, mark.range) ? { unsure: true } : {}) } satisfies PunctuationFixData,
  });
}

/** What each paragraph and subparagraph is expected to end with: a few fixed answers, made once. */
const WANT = {
  comma: { expected: ',', why: '' },
  semicolon: { expected: ';', why: '' },
  semicolonOrColon: { expected: ';', alsoAccepted: ':', why: '' },
  colonForSubparagraphs: { expected: ':', why: ', as subparagraphs follow' },
  colonForList: { expected: ':', why: ', as a list follows' },
  colonForDeeperLevel: { expected: ':', why: ', as a deeper level follows' },
  lastSubparagraph: { expected: '.', why: ', the last of the last operative paragraph' },
} as const satisfies Record<string, Expectation>;

/** The last operative paragraph's: by whether `:` may end it too and whether it is the part's lone one. */
function wantLast(colonToo: boolean, lone: boolean): Expectation {
  return LAST[(colonToo ? 1 : 0) + (lone ? 2 : 0)];
}

const LAST: readonly Expectation[] = [
  { expected: '.', why: ', the last operative paragraph' },
  { expected: '.', alsoAccepted: ':', why: ', the last operative paragraph' },
  { expected: '.', why: '' },
  { expected: '.', alsoAccepted: ':', why: '' },
];

// ---------------------------------------------------------------------------------------------
// punctuation/preambular

const preambularPunctuation: Rule = ctx =>
  preambularMarks.walk(ctx, check => {
    for (const part of ctx.doc.parts) {
      // Paragraphs the numbering rule reads as operative paragraphs typed without numbers.
      const operativeLike = new Set(unnumberedOperativeRun(part));
      for (const p of part.preambular) if (!operativeLike.has(p)) check(p, 0, checkPreambular);
    }
  });

const preambularMarks = new RememberedFindings<Paragraph>(sameKindAndSection);

function checkPreambular(ctx: RuleContext, p: Paragraph): void {
  const mark = lastMark(p);
  const wrong = mark && wrongMark(ctx.doc.lines, mark, WANT.comma);
  if (wrong) reportMark(ctx, 'punctuation/preambular', 'a preambular paragraph', wrong, WANT.comma);
}

/**
 * The mark that ends a paragraph block: that of its last subparagraph (the last one of the
 * deepest level) when it has some, else its own; undefined when bullets end the block or it is empty.
 */
function lastMark(p: Paragraph): FinalMark | undefined {
  let mark = p.finalMark;
  let subs = p.subparagraphs;
  while (subs.length > 0) {
    const last = subs[subs.length - 1];
    if (last.finalMark.char !== '') mark = last.finalMark;
    subs = last.children;
  }
  const lastBullet = p.bullets[p.bullets.length - 1];
  if (lastBullet && lastBullet.range.end.line >= mark.range.start.line) return undefined;
  return mark.char === '' ? undefined : mark;
}

// ---------------------------------------------------------------------------------------------
// punctuation/operative

const operativePunctuation: Rule = ctx =>
  operativeMarks.walk(ctx, check => {
    for (const part of ctx.doc.parts) {
      const operative = part.operative;
      const attachmentFollows = hasAttachmentAfter(ctx.doc, part);
      for (let i = 0; i < operative.length; i++) {
        const lone = operative.length === 1 && !operative[i].number;
        const last = i === operative.length - 1;
        const colonEnds = lone || (last && attachmentFollows);
        check(operative[i], (last ? LAST_BIT : 0) + (lone ? LONE_BIT : 0) + (colonEnds ? COLON_ENDS_BIT : 0), checkOperative);
      }
    }
  });

/** A paragraph's place, one bit each: the last of its part, its part's lone one, `:` may end it. */
const LAST_BIT = 1;
const LONE_BIT = 2;
const COLON_ENDS_BIT = 4;

/** Findings by paragraph and its place (last, lone, colon ends: one bit each). */
const operativeMarks = new RememberedFindings<Paragraph>(sameKindAndSection);

function hasAttachmentAfter(doc: ResolutionDocument, part: ResolutionPart): boolean {
  return doc.attachments.some(a => a.range.start.line > part.range.end.line);
}

function checkOperative(ctx: RuleContext, p: Paragraph, place: number): void {
  const last = (place & LAST_BIT) !== 0;
  const subs = p.subparagraphs;
  if (p.finalMark.char !== '' || subs.length === 0) {
    let want: Expectation;
    if (subs.length > 0) want = WANT.colonForSubparagraphs;
    else if (p.bullets.length > 0) want = WANT.colonForList;
    else if (last) want = wantLast((place & COLON_ENDS_BIT) !== 0 || !p.number, (place & LONE_BIT) !== 0);
    // An unnumbered paragraph heading a section may announce the lettered sections below it (A/RES/56/206, section I).
    else want = p.number ? WANT.semicolon : WANT.semicolonOrColon;
    // The paragraph is named only for a finding: this runs for every paragraph of the document.
    const wrong = wrongMark(ctx.doc.lines, p.finalMark, want);
    if (wrong) reportMark(ctx, 'punctuation/operative', p.number ? `paragraph ${p.number.text}` : 'the operative paragraph', wrong, want);
  }
  if (subs.length > 0) checkSubparagraphs(ctx, p.number ? `${p.number.text} ` : '', subs, last, bulletFollows(ctx.doc.lines, p));
}

/** Whether the first non-blank line after line `after` (within the paragraph) is one of its bullets. */
function bulletFollows(lines: readonly string[], p: Paragraph): (after: number) => boolean {
  if (p.bullets.length === 0) return NO_BULLET;
  const starts = new Set(p.bullets.map(b => b.range.start.line));
  return after => {
    for (let l = after + 1; l <= p.lastLine; l++) if ((lines[l] ?? '').trim() !== '') return starts.has(l);
    return false;
  };
}

const NO_BULLET = () => false;

/** Checks a level of subparagraphs; `endsAll` when the last leaf below closes the resolution's operative part. */
function checkSubparagraphs(ctx: RuleContext, prefix: string, subs: readonly Subparagraph[], endsAll: boolean, listAfter: (line: number) => boolean): void {
  for (let j = 0; j < subs.length; j++) {
    const s = subs[j];
    const lastHere = endsAll && j === subs.length - 1;
    if (s.text !== '') {
      let want: Expectation;
      if (s.children.length > 0) want = WANT.colonForDeeperLevel;
      else if (listAfter(s.lastLine)) want = WANT.colonForList;
      else if (lastHere) want = WANT.lastSubparagraph;
      else want = WANT.semicolon;
      const wrong = wrongMark(ctx.doc.lines, s.finalMark, want);
      if (wrong) reportMark(ctx, 'punctuation/operative', `subparagraph ${prefix}(${s.label})`, wrong, want);
    }
    if (s.children.length > 0) checkSubparagraphs(ctx, `${prefix}(${s.label}) `, s.children, lastHere, listAfter);
  }
}

/** Data of a `punctuation/hyphen` finding: the break's range and the two ways to close it. */
export interface HyphenFixData {
  readonly range: Range;
  /** `nuclear-weapon`: the hyphen kept, the space dropped. */
  readonly keep: string;
  /** `international`: both dropped, a word the typesetter divided. */
  readonly join: string;
}

/**
 * `punctuation/hyphen`: a hyphen a line break left (`nuclear- weapon`), in text pasted from a PDF
 * or wrapped by hand at a hyphen. Whether the hyphen belongs to the word only the drafter knows:
 * the fixes offer both.
 */
const hyphenBreak: Rule = ctx => {
  for (const h of ctx.doc.hyphenBreaks) {
    const data: HyphenFixData = { range: h.range, keep: '-', join: '' };
    const joined = `${h.before.slice(0, -1)}${h.after}`;
    ctx.report({
      code: 'punctuation/hyphen',
      message: `“${h.before} ${h.after}”: a hyphen left by a line break? Write “${h.before}${h.after}” or “${joined}”.`,
      range: h.range,
      data,
    });
  }
};

/** `punctuation/preambular`, `punctuation/operative`, `punctuation/hyphen`. */
export const punctuationRules: readonly Rule[] = [preambularPunctuation, operativePunctuation, hyphenBreak];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

const finalMarkFix: FixBuilder = data =>
  typeof data.expected === 'string' && isRange(data.range) ? [fix(`End with “${data.expected}”`, [{ range: data.range, newText: data.expected }], true)] : [];

/** The quick fixes of the punctuation rules. */
export const punctuationFixes: FixBuilders = {
  'punctuation/preambular': finalMarkFix,
  'punctuation/operative': finalMarkFix,
  // Which of the two the word wants only the drafter knows: neither is safe for fix-all.
  'punctuation/hyphen': data =>
    isRange(data.range) && typeof data.keep === 'string' && typeof data.join === 'string'
      ? [
          fix('Join, keeping the hyphen', [{ range: data.range, newText: data.keep }], false),
          fix('Join the divided word', [{ range: data.range, newText: data.join }], false, false),
        ]
      : [],
};

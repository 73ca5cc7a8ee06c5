/**
 * One paragraph block read into its parts: the operative number, the opening phrase, its own text
 * and final mark, its subparagraphs and bullets. Which kind of paragraph it is depends on where it
 * stands; the caller decides that.
 */
import type { FinalMark, OpeningPhrase, Paragraph, ParagraphKind, ParagraphNumber } from '../model';
import { readBullet, readLabel, readNumber, type Block } from './blocks';
import { endOfContent, firstNonSpace, isBlank, isJsSpaceCode, isSpaceCode } from './lines';
import { finalMarkOf, joinPieces, pieceOf, type Piece } from './pieces';
import { NONE } from './empty';
import { BulletAt, FinalMarkAt, OpeningAt, ParagraphAt, ParagraphNumberAt } from './spans';
import { suffixIndex } from '../util/draftSuffixes';
import { finishSubparagraph, readingsOf, SubparagraphStack, type SubparagraphDraft } from './subparagraphs';

/** A copy of a paragraph with another kind and section. */
export function withKind(p: Paragraph, kind: ParagraphKind, section: string | undefined): Paragraph {
  const r = p instanceof ParagraphAt ? p : undefined;
  const startChar = r ? r.startChar : p.range.start.character;
  const endChar = r ? r.endChar : p.range.end.character;
  return new ParagraphAt(kind, p.firstLine, p.lastLine, p.number, p.opening, p.text, p.finalMark, p.subparagraphs, p.bullets, section, startChar, endChar);
}

/** The final mark of the whole block: of its last subparagraph when it has some, else its own. */
export function lastMarkOf(p: Paragraph): string {
  let subs = p.subparagraphs;
  let mark = p.finalMark.char;
  let line = markLine(p.finalMark);
  while (subs.length > 0) {
    const last = subs[subs.length - 1];
    if (last.finalMark.char !== '') {
      const at = markLine(last.finalMark);
      if (at >= line) {
        mark = last.finalMark.char;
        line = at;
      }
    }
    subs = last.children;
  }
  return mark;
}

/** The line of a final mark, read without making its range when the parser made it. */
function markLine(mark: FinalMark): number {
  return mark instanceof FinalMarkAt ? mark.line : mark.range.start.line;
}

/** Where a paragraph's unlabelled lines go at first: its own text. */
const OWN_TEXT: { kind: 'own' } = { kind: 'own' };

/**
 * Reads the paragraph in `block` (lines already blanked of comments), under the section heading
 * `section`. Its kind depends on the whole part around it: it is read as a preambular paragraph,
 * and the caller gives it its kind before the model is published (`structure.ts`).
 */
export function readParagraph(lines: readonly string[], block: Block, section: string | undefined): Paragraph {
  const first = block.first;
  const firstText = lines[first];
  let number: ParagraphNumber | undefined;
  let textStart = firstNonSpace(firstText);
  const m = readNumber(firstText);
  if (m) {
    const label = firstText.slice(m.start, m.end);
    number = new ParagraphNumberAt(m.value, m.suffix || undefined, suffixIndex(m.suffix), m.suffix ? label.replace(/[ \t]+/, ' ') : label, first, m.start, m.end);
    textStart = m.after;
  }

  // Made when first needed: most paragraphs are one line of their own text.
  let own: Piece[] | undefined;
  let bullets: { line: number; start: number; pieces: Piece[]; lastLine: number }[] | undefined;
  let stack: SubparagraphStack | undefined;
  // Where unlabelled lines go: the paragraph's own text, a subparagraph, or a bullet.
  let target: { kind: 'own' } | { kind: 'sub'; draft: SubparagraphDraft } | { kind: 'bullet'; index: number } = OWN_TEXT;
  let lastLine = first;
  for (let i = first; i <= block.last; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    lastLine = i;
    const from = i === first ? textStart : 0;
    const label = i === first && m ? undefined : readLabel(line);
    const readings = label ? readingsOf(label.label) : NONE;
    if (label && readings.length > 0) {
      const draft = (stack ??= new SubparagraphStack()).add(label.label, readings, i, label.start, label.end);
      const piece = pieceOf(lines, i, label.end);
      if (piece) draft.pieces.push(piece);
      target = { kind: 'sub', draft };
      continue;
    }
    const bullet = i === first && m ? undefined : readBullet(line);
    if (bullet) {
      const piece = pieceOf(lines, i, bullet.end);
      (bullets ??= []).push({ line: i, start: bullet.start, pieces: piece ? [piece] : [], lastLine: i });
      target = { kind: 'bullet', index: bullets.length - 1 };
      continue;
    }
    const piece = pieceOf(lines, i, from);
    if (!piece) continue;
    if (target.kind === 'own') {
      if (own === undefined) own = [piece];
      else own.push(piece);
    } else if (target.kind === 'sub') {
      target.draft.pieces.push(piece);
      target.draft.lastLine = i;
    } else {
      bullets![target.index].pieces.push(piece);
      bullets![target.index].lastLine = i;
    }
  }

  const lineEnd = (l: number) => endOfContent(lines[l]);
  const ownPieces: readonly Piece[] = own ?? NONE;
  const ownEnd = own !== undefined ? own[own.length - 1] : undefined;
  const subparagraphs = stack === undefined || stack.roots.length === 0 ? NONE : stack.roots.map(d => finishSubparagraph(d, lineEnd));
  const bulletList = bullets === undefined ? NONE : bullets.map(b => new BulletAt(joinPieces(b.pieces), b.line, b.start, b.lastLine, lineEnd(b.lastLine)));
  return new ParagraphAt(
    'preambular',
    first,
    lastLine,
    number,
    openingOf(ownPieces),
    joinPieces(ownPieces),
    ownEnd ? finalMarkOf(ownPieces, ownEnd.line, ownEnd.start + ownEnd.text.length) : finalMarkOf(ownPieces, first, textStart),
    subparagraphs,
    bulletList,
    section,
    firstNonSpace(firstText),
    lineEnd(lastLine),
  );
}

/**
 * The opening phrase: the words inside a leading `*…*` or `_…_` (`**…**` too) on the first line,
 * else the first word alone.
 */
function openingOf(own: readonly Piece[]): OpeningPhrase | undefined {
  if (own.length === 0) return undefined;
  const { text, line, start } = own[0];
  const c = text[0];
  if (c === '*' || c === '_') {
    const marker = text[1] === c ? (c === '*' ? '**' : '__') : c;
    const close = text.indexOf(marker, marker.length);
    if (close > marker.length) {
      // The words between the markers, trimmed, read in place (no copy of the emphasis first).
      let lead = marker.length;
      while (lead < close && isSpaceCode(text.charCodeAt(lead))) lead++;
      let end = close;
      while (end > marker.length && isSpaceCode(text.charCodeAt(end - 1))) end--;
      if (end > lead) {
        const words = singleSpaced(text, lead, end) ? text.slice(lead, end) : text.slice(lead, end).replace(/\s+/g, ' ');
        return new OpeningAt(words, true, line, start + lead, start + end, start, start + close + marker.length);
      }
    }
    // An emphasis left open (half-typed): the first word after the markers, not in emphasis.
    const word = firstWord(text, marker.length);
    if (!word) return undefined;
    return new OpeningAt(text.slice(word.start, word.end), false, line, start + word.start, start + word.end, start, start + word.end);
  }
  const word = firstWord(text, 0);
  if (!word) return undefined;
  return new OpeningAt(text.slice(word.start, word.end), false, line, start + word.start, start + word.end, start + word.start, start + word.end);
}

/** Whether `text` from `start` to `end` has no whitespace but single spaces (nothing to collapse). */
function singleSpaced(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : isJsSpaceCode(c)) return false;
  }
  return true;
}

/** The first word from `from`: up to a space, without trailing punctuation or markers. */
function firstWord(text: string, from: number): { start: number; end: number } | undefined {
  const start = firstNonSpace(text, from);
  let end = start;
  while (end < text.length && !/[\s*_]/.test(text[end])) end++;
  while (end > start && ',;:.!?)]”"'.includes(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Text pieces: the trimmed content of one line (or of part of it), with where it stands. A
 * paragraph's text is its pieces joined by spaces; the final mark is read from the last piece back.
 */
import { footnoteLabelEnd } from './blocks';
import { endOfContent, firstNonSpace } from './lines';
import { FinalMarkAt } from './spans';

export interface Piece {
  readonly line: number;
  /** Character where the piece starts on its line. */
  readonly start: number;
  readonly text: string;
}

/** The piece of `line` from `from` on, trimmed; undefined when nothing is left. */
export function pieceOf(lines: readonly string[], line: number, from: number): Piece | undefined {
  const text = lines[line];
  const start = firstNonSpace(text, from);
  const end = endOfContent(text, start);
  return end > start ? { line, start, text: text.slice(start, end) } : undefined;
}

/** The pieces joined by single spaces. */
export function joinPieces(pieces: readonly Piece[]): string {
  // Most paragraphs are one line: its piece is the text, with no array or join to make.
  if (pieces.length === 1) return pieces[0].text;
  let text = pieces.length === 0 ? '' : pieces[0].text;
  for (let k = 1; k < pieces.length; k++) text += ' ' + pieces[k].text;
  return text;
}

const MARKS = ',;:.!?';
const CLOSING_QUOTES = '”’"\'»';

/**
 * The final mark of some text, read before trailing footnote references and closing quotes:
 * `…security”.` → `.`, `…;[^1]` → `;`. When the mark is missing, `char` is the last character and
 * the range is empty where the mark belongs: after the last character and any closing quotes that
 * follow it, before footnote references (`…“Foo”` → after `”`). With no text at all, the empty
 * range stands at the fallback position.
 */
export function finalMarkOf(pieces: readonly Piece[], fallbackLine: number, fallbackCharacter: number): FinalMarkAt {
  for (let k = pieces.length - 1; k >= 0; k--) {
    const { text, line, start } = pieces[k];
    let i = text.length - 1;
    while (i >= 0) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\u00a0' || c === '\ufeff') {
        i--;
        continue;
      }
      if (c === ']') {
        const open = footnoteStartBefore(text, i);
        if (open >= 0) {
          i = open - 1;
          continue;
        }
      }
      if (CLOSING_QUOTES.includes(c)) {
        i--;
        continue;
      }
      if (MARKS.includes(c)) return new FinalMarkAt(c, line, start + i, start + i + 1);
      // A surrogate pair is one character to the reader.
      const low = c.charCodeAt(0);
      const charStart = low >= 0xdc00 && low <= 0xdfff && i > 0 ? i - 1 : i;
      let after = i + 1;
      while (after < text.length && CLOSING_QUOTES.includes(text[after])) after++;
      return new FinalMarkAt(text.slice(charStart, i + 1), line, start + after, start + after);
    }
  }
  return new FinalMarkAt('', fallbackLine, fallbackCharacter, fallbackCharacter);
}

/** With `]` at `close`, the index of the `[` of a footnote reference `[^label]` ending there, or -1. */
function footnoteStartBefore(text: string, close: number): number {
  const limit = Math.max(0, close - 66);
  for (let j = close - 1; j >= limit; j--) {
    if (text.charCodeAt(j) === 91 /* [ */) return text.charCodeAt(j + 1) === 94 && footnoteLabelEnd(text, j) === close ? j : -1;
  }
  return -1;
}

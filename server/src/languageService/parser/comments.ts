/**
 * HTML comments `<!-- … -->`: recorded, read for `unres-disable…` directives, and blanked with
 * spaces (line breaks kept) so that every later stage sees the same offsets without the comments.
 */
import type { Comment, DisableDirective, ParseProblem } from '../model';
import { positionOf, type LineTable } from './lines';

/** Comments found, the directives they hold, and the text with them blanked. */
export interface CommentScan {
  /** The text with every comment from `from` on replaced by spaces; line breaks kept. */
  readonly blanked: string;
  readonly comments: Comment[];
  readonly directives: DisableDirective[];
  readonly problems: ParseProblem[];
}

const OPEN = '<!--';
const CLOSE = '-->';

/** Finds the comments of `text` from offset `from` on (the body, after any front matter). */
export function scanComments(text: string, table: LineTable, from: number): CommentScan {
  const comments: Comment[] = [];
  const directives: DisableDirective[] = [];
  const problems: ParseProblem[] = [];
  const chunks: string[] = [text.slice(0, from)];
  let pos = from;
  for (;;) {
    const start = text.indexOf(OPEN, pos);
    if (start < 0) break;
    const closeAt = text.indexOf(CLOSE, start + OPEN.length);
    const closed = closeAt >= 0;
    const end = closed ? closeAt + CLOSE.length : text.length;
    const range = { start: positionOf(table, start), end: positionOf(table, end) };
    const inner = text.slice(start + OPEN.length, closed ? closeAt : text.length);
    comments.push({ range, text: inner.trim() });
    if (!closed) {
      problems.push({
        code: 'structure/comment',
        message: 'This comment is never closed with "-->": it hides the rest of the document.',
        range: { start: range.start, end: positionOf(table, start + OPEN.length) },
      });
    }
    const directive = readDirective(inner, range, range.start.line, range.end.line);
    if (directive) directives.push(directive);
    chunks.push(text.slice(pos, start), blank(text.slice(start, end)));
    pos = end;
  }
  chunks.push(text.slice(pos));
  // Without comments the blanked text is the text: no 1 MB copy for a 1 MB document.
  return { blanked: comments.length === 0 ? text : chunks.join(''), comments, directives, problems };
}

/** Spaces for every character but line breaks. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

const DIRECTIVE = /^unres-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)/;

/**
 * `unres-disable-next-line code …` and friends. A `disable-next-line` counts from the comment's
 * last line, so that it also works when the comment spans several lines.
 */
function readDirective(inner: string, range: Comment['range'], firstLine: number, lastLine: number): DisableDirective | undefined {
  const body = inner.trim();
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  const kind = m[1] as DisableDirective['kind'];
  const codes = body
    .slice(m[0].length)
    .split(/[\s,]+/)
    .filter(c => c.length > 0);
  return { kind, codes, line: kind === 'disable-next-line' ? lastLine : firstLine, range };
}

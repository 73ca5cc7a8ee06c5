/** Headings `#`, `##`, `###` …: level, title text and ranges. */
import type { Heading } from '../model';
import { headingLevel } from './blocks';
import { endOfContent, firstNonSpace, lineRange } from './lines';
import { romanValue } from '../util/roman';

/** Reads the heading on `line` (known to be one). */
export function readHeading(lines: readonly string[], line: number): Heading {
  const text = lines[line];
  const level = headingLevel(text);
  const hashes = firstNonSpace(text);
  const start = firstNonSpace(text, hashes + level);
  const end = Math.max(start, endOfContent(text, start));
  return {
    level,
    text: text.slice(start, end),
    range: lineRange(line, hashes, Math.max(hashes + level, endOfContent(text))),
    textRange: lineRange(line, start, end),
  };
}

/** `# A`: a single capital letter makes a heading a part of a resolution adopted in parts. */
export function partLetter(heading: Heading): string | undefined {
  return heading.level === 1 && /^[A-Z]$/.test(heading.text) ? heading.text : undefined;
}

const ARTICLE = /^Article\s+(\d{1,4}|[IVXLC]{1,8})(?![\w-])/i;

/** `Article 4`, `Article IV`: the number and where it stands in the heading. */
export function articleNumber(heading: Heading): { number?: number; start: number; end: number } | undefined {
  const m = ARTICLE.exec(heading.text);
  if (!m) return undefined;
  const start = m[0].length - m[1].length;
  const digits = /^\d+$/.test(m[1]);
  const number = digits ? Number(m[1]) : romanValue(m[1].toUpperCase());
  return { ...(number !== undefined ? { number } : {}), start, end: m[0].length };
}

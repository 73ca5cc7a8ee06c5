/**
 * Which paragraphs the checker understood well enough for Fix All to write in them. A drafter's
 * own paragraph always qualifies; a text pasted from an official PDF often does not: page
 * furniture (running headers, counters, the footnote rule, footnote texts) ends up inside or
 * between its paragraphs, and a page break cuts a paragraph in two (`… 67/4 of` on one page,
 * `13 November 2012, …` on the next, A/80/L.6). A fix there would add marks to furniture or to
 * half a paragraph, so `source.fixAll.unres` leaves such paragraphs to the drafter; each quick
 * fix is still offered one by one.
 *
 * A paragraph is understood when it was recognised as one (a number, an opening phrase in
 * emphasis, or an opening phrase the lists know for its kind of paragraph), no line of it is page furniture, the next text
 * after it is not page furniture, and it does not end on a word or a hyphen that no paragraph
 * ends on (`of`, `the`, `nuclear-`), nor on a date without its year (`51/17 of 12 November`, the
 * year on the next page: a list cut there is no whole list, and "and" must not be written into it).
 */
import { matchOpening } from '../data/phraseMatch';
import type { Paragraph, ResolutionDocument } from '../model';
import { isPageFurniture } from '../util/pageFurniture';
import { paragraphAtLine } from '../query/paragraphs';

/** Words no paragraph ends on: a paragraph that ends on one continues elsewhere. */
const NEVER_LAST = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'its', 'their', 'that', 'which']);

/** Whether the paragraph was understood (see the module comment). */
export function isUnderstood(doc: ResolutionDocument, p: Paragraph): boolean {
  if (p.number === undefined && p.opening?.emphasis !== true) {
    // Unmarked and unnumbered: its phrase must be one of its kind. A draft's title read as an
    // operative paragraph ("Promoting social integration…", A/C.3/80/L.10) is no paragraph to punctuate.
    const match = matchOpening(p.text);
    if (match === undefined || (p.kind !== 'attachment' && match.kind !== p.kind)) return false;
  }
  for (let l = p.firstLine; l <= p.lastLine; l++) if (isPageFurniture(doc.lines[l] ?? '')) return false;
  let next = p.lastLine + 1;
  while (next < doc.lines.length && (doc.lines[next] ?? '').trim() === '') next++;
  if (next < doc.lines.length && isPageFurniture(doc.lines[next])) return false;
  return !endsUnfinished((doc.lines[p.lastLine] ?? '').trimEnd());
}

/** A day and a month with nothing after them: a date whose year is on the next page. */
const DATE_WITHOUT_YEAR = /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Whether a paragraph's last line stops short: a hyphen after a letter (`nuclear-`), a date without its year, or a word no paragraph ends on not after a mark (`67/4 of`; `…; and` is a list's). */
function endsUnfinished(line: string): boolean {
  if (/\p{L}-$/u.test(line) || DATE_WITHOUT_YEAR.test(line)) return true;
  let start = line.length;
  while (start > 0 && /\p{L}/u.test(line[start - 1])) start--;
  if (start === line.length || !NEVER_LAST.has(line.slice(start).toLowerCase())) return false;
  let before = start - 1;
  while (before >= 0 && (line[before] === ' ' || line[before] === '\t')) before--;
  return before < start - 1 && !',;:'.includes(line[before] ?? ',');
}

/**
 * For a document, a test of whether a line lies in a paragraph that was not understood; lines
 * outside every paragraph (front matter, headings, footnote definitions) are not in one.
 * Paragraphs are looked at only when asked about.
 */
export function notUnderstoodAt(doc: ResolutionDocument): (line: number) => boolean {
  // Each list is in line order (preambles, operative parts, an attachment's paragraphs, an
  // article's): searched one by one, no list of every paragraph is made and sorted per run.
  let lists: (readonly Paragraph[])[] | undefined;
  const verdicts = new Map<Paragraph, boolean>();
  return line => {
    lists ??= [...doc.parts.flatMap(part => [part.preambular, part.operative]), ...doc.attachments.flatMap(a => [a.paragraphs, ...a.articles.map(art => art.paragraphs)])];
    let found: Paragraph | undefined;
    for (const list of lists) if ((found = paragraphAtLine(list, line)) !== undefined) break;
    if (!found) return false;
    let verdict = verdicts.get(found);
    if (verdict === undefined) verdicts.set(found, (verdict = !isUnderstood(doc, found)));
    return verdict;
  };
}

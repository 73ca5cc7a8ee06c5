/**
 * Text copied out of a PDF (or PyMuPDF's text of one) as styled lines: no fonts, so no italics and
 * no raised markers; blank lines part paragraphs, and the page furniture a copy carries (running
 * headers, job numbers, page counters, bar codes) is recognised by its shape. The rule `____` opens
 * a page's footnotes, which run to the next page's furniture.
 */
import type { StyledDocument, StyledLine } from './styled';

/** Lines that are page furniture in the UN's layout, whatever the page. */
const FURNITURE = [
  /^\d{2}-\d{5}(?: \([A-Z]\))?(?:\s+\d{6})?$/, // job number: 24-21677 (E) 201025
  /^\*\d{7,}\*$/, // bar code
  /^\d{1,3}\/\d{1,3}$/, // page counter 2/3
  /^Please recycle/,
  /^\d{2}-\d{5}\s*\d{1,3}\/\d{1,3}$|^\d{1,3}\/\d{1,3}\s*\d{2}-\d{5}$/,
];

/** Reads pasted or copied text. */
export function readPlainText(text: string): StyledDocument {
  const raw = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .split('\n')
    .map(l => l.trimEnd());
  // The document's symbol, as the running header repeats it (`A/RES/79/16`).
  const symbolLine = raw.map(l => l.trim()).find(l => /^[ASE]\/[A-Z0-9./-]+$/.test(l));
  const masthead = ` ${raw
    .map(l => l.trim())
    .filter(Boolean)
    .slice(0, 40)
    .join(' ')
    .replace(/\s+/g, ' ')} `;
  const mastheadLines = new Set(
    raw
      .map(l => l.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
      .slice(0, 40),
  );
  const runningTitle = runningTitleLines(raw, symbolLine, masthead, mastheadLines);
  const lines: StyledLine[] = [];
  const furniture: string[] = [];
  let gap = false;
  let inFootnotes = false;
  let page = 1;
  let seenBody = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const t = line.trim();
    if (t === '') {
      gap = true;
      continue;
    }
    if (FURNITURE.some(re => re.test(t)) || runningTitle.has(i)) {
      furniture.push(t);
      // A page counter ends the footnotes of a page.
      if (/^\d{1,3}\/\d{1,3}$|\d{1,3}\/\d{1,3}$/.test(t)) {
        inFootnotes = false;
        page++;
      }
      continue;
    }
    // The running header: the symbol alone on a line after the first page, and the title lines with it.
    if (seenBody && symbolLine !== undefined && t === symbolLine) {
      furniture.push(t);
      inFootnotes = false;
      // The running title stands beside the symbol, before or after it, up to the page counter.
      while (i + 1 < raw.length && raw[i + 1].trim() !== '' && !FURNITURE.some(re => re.test(raw[i + 1].trim())) && isRunningTitle(raw[i + 1].trim(), masthead, mastheadLines)) {
        furniture.push(raw[++i].trim());
      }
      gap = false;
      continue;
    }
    if (/^_{5,}$/.test(t)) {
      inFootnotes = true;
      continue;
    }
    if (/^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council)\s*,?$/.test(t)) seenBody = true;
    const indent = line.length - line.trimStart().length;
    lines.push({ spans: [{ text: t }], page, indent: indent > 1 ? indent : 0, gap, area: inFootnotes ? 'footnote' : 'body' });
    gap = false;
  }
  // Blank lines between the organ line's paragraphs say where paragraphs end; without any, phrases must.
  const paragraphsKnown = lines.filter(l => l.area === 'body' && l.gap).length >= 3;
  return { lines, furniture, paragraphsKnown };
}

/**
 * The running title where no masthead says it (a piece copied from the organ line on): the lines
 * beside the running symbol, after it or before it up to a blank line, when the page's job number
 * or counter follows the header. At most four lines, none ending with a paragraph's mark.
 */
function runningTitleLines(raw: readonly string[], symbol: string | undefined, masthead: string, mastheadLines: ReadonlySet<string>): Set<number> {
  const found = new Set<number>();
  if (symbol === undefined) return found;
  const blank = (i: number) => i < 0 || i >= raw.length || raw[i].trim() === '';
  const isFurniture = (i: number) => i >= 0 && i < raw.length && FURNITURE.some(re => re.test(raw[i].trim()));
  const nextText = (i: number) => {
    while (i < raw.length && blank(i)) i++;
    return i;
  };
  const title = (from: number, to: number) => {
    if (to - from > 4 || to <= from) return false;
    for (let j = from; j < to; j++) if ((/[,;:.]$/.test(raw[j].trim()) && !isRunningTitle(raw[j].trim(), masthead, mastheadLines)) || isFurniture(j)) return false;
    return true;
  };
  raw.forEach((l, s) => {
    if (l.trim() !== symbol || s < 5) return;
    // After the symbol: up to a blank line followed by furniture.
    let end = s + 1;
    while (!blank(end)) end++;
    if (isFurniture(nextText(end)) && title(s + 1, end)) for (let j = s + 1; j < end; j++) found.add(j);
    // Before the symbol: back to a blank line, when furniture follows the symbol.
    let start = s;
    while (!blank(start - 1)) start--;
    if (isFurniture(nextText(s + 1)) && title(start, s)) for (let j = start; j < s; j++) found.add(j);
  });
  return found;
}

/**
 * Whether a line is part of the running title: a piece of the masthead's text (its first 40 lines,
 * spaces collapsed, padded with a space), broken at other words when of some length (a short one
 * must be a whole line of it).
 */
function isRunningTitle(t: string, masthead: string, mastheadLines: ReadonlySet<string>): boolean {
  const words = t.replace(/\s+/g, ' ');
  return masthead.includes(` ${words} `) && (words.length >= 12 || mastheadLines.has(words));
}

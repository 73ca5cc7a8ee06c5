/**
 * Converts the text the `wannli/mandate-pipeline` data extracted from the UN's official PDFs
 * (`../shared/data/wannli__mandate-pipeline/extracted/<SYMBOL>.json`, field `text`) into the
 * `.unres` markup, for the version tests and docs/versions.md.
 *
 * Faithful by design: the words are the PDF's words. Removed: the first page's masthead (up to the
 * organ line), page furniture (the running symbol and title, the job number, `2/4`), footnote
 * texts at the foot of a page, and the meeting and date lines at the end. Lines are joined into
 * paragraphs (a paragraph broken by a page is joined again; a line ending in `-` is joined without
 * a space), `1.` and `(a)` become an operative number and a subparagraph label, a section heading
 * (`I` / `Legislative activities`) a `##` heading, and the opening phrase is put in emphasis.
 * Footnote reference marks stay as the PDF text has them (`Group3`), except one after a
 * paragraph's final mark (`adoption;2`, `Commission; 4`), which is dropped.
 */
import { emphasizeOpening } from './convert';

export interface PdfTextFile {
  readonly symbol: string;
  readonly title?: string;
  readonly text: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ADOPTED = new RegExp(`Resolution adopted by the General Assembly\\s+on (\\d{1,2} (?:${MONTHS}) \\d{4})`);
const MEETING = /^\d+(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting$/;
const PAGE = /^\d+\/\d+$/;
const JOB = /^\d{2}-\d{5}(?:\s|$)/;
/** A section heading: a roman numeral and a short title ending with no mark (`IX Documentation, publication and dissemination`). */
const SECTION = /^[IVX]{1,5}\.? [A-Z][^;:.]{0,100}[^,;:.]$/;

/** The `.unres` text of one extracted file. */
export function convertPdfText(file: PdfTextFile): string {
  const symbol = file.symbol.trim();
  const lines = file.text.split(/\r?\n/).map(l => l.trim());
  const start = lines.findIndex(l => /^The General Assembly,?$/.test(l));
  if (start < 0) throw new Error(`${symbol}: no organ line`);
  const body = withoutFurniture(lines.slice(start), symbol);

  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(joinLines(current));
    current = [];
  };
  let footnotes = false;
  for (const line of body) {
    if (MEETING.test(line)) break;
    // Footnotes at the foot of the last page (those of other pages went with the page furniture).
    if (/^_{5,}$/.test(line)) footnotes = true;
    if (footnotes) continue;
    if (line === '') flush();
    else current.push(line);
  }
  flush();

  // A paragraph cut by a page break: the piece before ends with no final mark (a footnote number
  // after it, glued or after a space, as in "…Commission; 4"), or the next starts in lower case.
  // A section heading ("I" / "Legislative activities", A/RES/79/117) is neither joined nor joined to.
  const paragraphs: string[] = [];
  for (const b of blocks) {
    const last = paragraphs[paragraphs.length - 1];
    const cut = last !== undefined && paragraphs.length > 1 && !SECTION.test(last) && !SECTION.test(b) && (!/[,;:.”] ?\d{0,2}$/.test(last) || /^[a-z]/.test(b));
    if (cut) paragraphs[paragraphs.length - 1] = `${last} ${b}`;
    else paragraphs.push(b);
  }

  const out: string[] = [];
  let operative = false;
  for (const [i, raw] of paragraphs.entries()) {
    // A footnote mark after the final mark (`adoption;2`, `Commission; 4`): the footnote's text is not kept, nor its mark.
    const p = raw.replace(/([,;:.”]) ?\d{1,2}$/, '$1');
    if (i === 0) {
      out.push(p);
      continue;
    }
    if (SECTION.test(p)) {
      out.push(`## ${p}`);
      continue;
    }
    const op = /^(\d+)\.\s+(.*)$/s.exec(p);
    const sub = /^\(([a-z]{1,3})\)\s+(.*)$/s.exec(p);
    if (op) {
      operative = true;
      out.push(`${op[1]}. ${emphasizeOpening(op[2])}`);
    } else if (sub && operative) out.push(`   (${sub[1]}) ${sub[2]}`);
    else out.push(emphasizeOpening(p));
  }

  const draft = /\/L\.\d+/.test(symbol);
  const session = /^A\/(?:RES\/|C\.\d\/)?(\d+)\//.exec(symbol)?.[1];
  const adopted = ADOPTED.exec(file.text)?.[1];
  const title = (file.title ?? '')
    .replace(/^\d+\/\d+\.\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const front = [
    '---',
    `symbol: ${symbol}`,
    ...(session ? [`session: ${session}`] : []),
    ...(adopted && !draft ? [`adopted: ${adopted}`] : []),
    ...(title ? [`title: ${JSON.stringify(title)}`] : []),
    `status: ${draft ? 'draft' : 'adopted'}`,
    '---',
  ];
  return `${front.join('\n')}\n\n${out.join('\n\n')}\n`;
}

/** The lines without page furniture (running symbol, title and page number) and footnote texts. */
function withoutFurniture(lines: readonly string[], symbol: string): string[] {
  const drop = new Array<boolean>(lines.length).fill(false);
  for (let k = 0; k < lines.length; k++) {
    if (lines[k] !== symbol) continue;
    // The running title stands just before the symbol (odd pages) or just after it (even pages).
    let from = k;
    while (from > 0 && lines[from - 1] !== '' && !/[,;:.]$/.test(lines[from - 1])) from--;
    let to = k;
    for (let j = k + 1; j < Math.min(lines.length, k + 10); j++) if (PAGE.test(lines[j]) || JOB.test(lines[j])) to = j;
    for (let j = from; j <= to; j++) drop[j] = true;
    // Footnote texts at the foot of the page before: from the rule `____` to the furniture.
    for (let j = from - 1; j >= 0 && j > from - 40; j--) {
      if (/^_{5,}$/.test(lines[j])) {
        for (let x = j; x < from; x++) drop[x] = true;
        break;
      }
    }
  }
  return lines.filter((_, i) => !drop[i]);
}

function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const l of lines) {
    if (text === '') text = l;
    else if (/[A-Za-z]-$/.test(text)) text += l;
    else text += ` ${l}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

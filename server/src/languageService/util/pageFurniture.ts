/**
 * Page furniture of the UN's official documents: what a text copied out of the PDF carries between
 * its paragraphs besides the resolution's words. Read from the printed texts (A/RES/79/16 and the
 * other mandate-pipeline extractions in ../shared/data): the footnote rule, page counters (`2/3`),
 * job numbers (`24-21677`, `24-21677 (E)`, `*2421677*`), the running symbol (`A/RES/79/16`) and
 * footnote texts (`1  Resolution S-10/2.`, a number and two spaces).
 *
 * A line of furniture inside a paragraph says that the paragraph was pasted, not typed, and that
 * the parser may have joined text that is not one paragraph: fixes that write punctuation there
 * are offered one by one, never applied by Fix All.
 */

const FURNITURE: readonly RegExp[] = [
  // The rule above the footnotes.
  /^_{5,}$/,
  // Page counter.
  /^\d{1,3}\/\d{1,3}$/,
  // Job number, with the language, and its bar code.
  /^\d{2}-\d{5}(?: ?\([A-Z]\))?$/,
  /^\*\d{7}\*$/,
  // The running symbol of the document: a symbol alone on its line.
  /^(?:A|S|E)(?:\/[A-Z0-9.-]+)+(?: \((?:\d{4}|[IVXLC]+)\))?$/,
  // A footnote text as PDF extraction gives it: its number, two spaces or more, the text.
  /^\d{1,3} {2,}\S/,
];

/** Whether a line (as in the document, untrimmed) is page furniture of an official document. */
export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 200) return false;
  return FURNITURE.some(re => re.test(text));
}

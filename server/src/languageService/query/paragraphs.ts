/** Paragraphs of a document as features and rules walk them. */
import type { Paragraph, ResolutionDocument } from '../model';

/** Every paragraph of the document: preambles and operative parts of every part, attachments, articles. */
export function allParagraphs(doc: ResolutionDocument): Paragraph[] {
  const out: Paragraph[] = [];
  for (const part of doc.parts) out.push(...part.preambular, ...part.operative);
  out.push(...attachmentParagraphs(doc));
  return out;
}

/** The paragraphs of the attachments (annexes), those in articles included, in order. */
export function attachmentParagraphs(doc: ResolutionDocument): Paragraph[] {
  const out: Paragraph[] = [];
  for (const a of doc.attachments) {
    out.push(...a.paragraphs);
    for (const article of a.articles) out.push(...article.paragraphs);
  }
  return out;
}

/** The paragraph whose lines hold `line`, by binary search over paragraphs sorted by first line. */
export function paragraphAtLine(sorted: readonly Paragraph[], line: number): Paragraph | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = sorted[mid];
    if (line < p.firstLine) hi = mid - 1;
    else if (line > p.lastLine) lo = mid + 1;
    else return p;
  }
  return undefined;
}

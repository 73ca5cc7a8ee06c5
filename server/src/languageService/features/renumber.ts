/**
 * "Renumber paragraphs": one edit that numbers the whole document as it stands — the operative
 * paragraphs of each part 1, 2, 3 … (`bis`, `ter` … folded in), the numbered paragraphs and
 * articles of each attachment, every level of subparagraphs (a), (b) … in the style of its first
 * label, the footnotes in order of first reference — and rewrites every internal reference
 * (`paragraph 5 (c) above`) to the new labels. Text is never moved: only labels change.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Attachment, Paragraph, ResolutionDocument, Subparagraph } from '../model';
import { subparagraphLabel } from '../parser/subparagraphs';
import { referenceEdits } from '../query/referenceEdits';

/** The edits that renumber the whole document; empty when everything is in order. */
export function renumberDocument(doc: ResolutionDocument): TextEdit[] {
  const paragraphs = new Map<Paragraph, string>();
  const subparagraphs = new Map<Subparagraph, string>();
  const edits: TextEdit[] = [];

  const number = (sequence: readonly Paragraph[], restartsAt: (p: Paragraph) => boolean = () => false) => {
    let next = 1;
    for (const p of sequence) {
      if (!p.number) continue;
      if (next > 1 && restartsAt(p)) next = 1;
      const label = String(next++);
      if (label !== p.number.text) {
        paragraphs.set(p, label);
        edits.push({ range: p.number.range, newText: label });
      }
    }
  };
  const reletter = (siblings: readonly Subparagraph[]) => {
    if (siblings.length === 0) return;
    const style = siblings[0].style;
    siblings.forEach((s, i) => {
      const label = subparagraphLabel(style, i + 1);
      if (label !== s.label) {
        subparagraphs.set(s, label);
        edits.push({ range: s.labelRange, newText: `(${label})` });
      }
      reletter(s.children);
    });
  };

  for (const part of doc.parts) {
    number(part.operative);
    for (const p of [...part.preambular, ...part.operative]) reletter(p.subparagraphs);
  }
  for (const a of doc.attachments) {
    number(a.paragraphs, sectionRestart());
    renumberArticles(a, edits);
    for (const article of a.articles) number(article.paragraphs);
    for (const p of [...a.paragraphs, ...a.articles.flatMap(x => x.paragraphs)]) reletter(p.subparagraphs);
  }
  edits.push(...footnoteEdits(doc));
  edits.push(...referenceEdits(doc, { paragraphs, subparagraphs }));
  return withoutOverlaps(edits);
}

/**
 * The edits in document order, each one that overlaps an edit kept before it dropped: a line can
 * be both a subparagraph label and the target of a reference broken over two lines
 * (`subparagraph` / `(c) above`), and clients reject overlapping edits as a whole.
 */
function withoutOverlaps(edits: readonly TextEdit[]): TextEdit[] {
  const before = (a: TextEdit['range']['start'], b: TextEdit['range']['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const kept: TextEdit[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && before(e.range.start, last.range.end)) continue;
    kept.push(e);
  }
  return kept;
}

/**
 * In an attachment, a section may number its paragraphs from 1 again (the numbering rule accepts
 * it): a paragraph written `1.` as the first numbered one of a new section restarts the count.
 */
function sectionRestart(): (p: Paragraph) => boolean {
  let section: string | undefined;
  let first = true;
  return p => {
    const changed = !first && p.section !== section;
    first = false;
    section = p.section;
    return changed && p.number?.value === 1 && p.number.suffixIndex === 0;
  };
}

function renumberArticles(a: Attachment, edits: TextEdit[]): void {
  let next = 1;
  for (const article of a.articles) {
    if (article.number === undefined || !article.numberRange) continue;
    const label = String(next++);
    if (article.number !== Number(label)) edits.push({ range: article.numberRange, newText: label });
  }
}

/** Footnotes 1, 2, 3 … in order of first reference; definitions never referenced after them. */
function footnoteEdits(doc: ResolutionDocument): TextEdit[] {
  const numberOf = new Map<string, string>();
  for (const ref of doc.footnoteReferences) if (!numberOf.has(ref.label)) numberOf.set(ref.label, String(numberOf.size + 1));
  for (const def of doc.footnoteDefinitions) if (!numberOf.has(def.label)) numberOf.set(def.label, String(numberOf.size + 1));
  const edits: TextEdit[] = [];
  for (const { label, range } of [...doc.footnoteReferences, ...doc.footnoteDefinitions.map(d => ({ label: d.label, range: d.labelRange }))]) {
    const n = numberOf.get(label);
    if (n !== undefined && n !== label) edits.push({ range, newText: `[^${n}]` });
  }
  return edits;
}

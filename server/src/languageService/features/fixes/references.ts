/**
 * Internal references (`paragraph 5 (c) above`) brought along when paragraphs are renumbered or
 * subparagraphs relettered: each reference is resolved against the model as written (old
 * numbers), the way the `reference/paragraph` rule resolves it, and its digits and labels are
 * rewritten where the paragraph or subparagraph it names gets a new label.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Paragraph, ParagraphReference, ReferenceTarget, ResolutionDocument, ResolutionPart, Subparagraph } from '../../model';

/** New labels: a paragraph's number as written (`3`, `3 bis`), a subparagraph's label without parentheses (`c`). */
export interface Relabelling {
  readonly paragraphs: ReadonlyMap<Paragraph, string>;
  readonly subparagraphs: ReadonlyMap<Subparagraph, string>;
}

/** The edits that make every internal reference of `doc` name its paragraph and subparagraphs by their new labels. */
export function referenceEdits(doc: ResolutionDocument, relabelling: Relabelling): TextEdit[] {
  if (doc.references.length === 0 || (relabelling.paragraphs.size === 0 && relabelling.subparagraphs.size === 0)) return [];
  const edits: TextEdit[] = [];
  const byNumber = new Map<ResolutionPart, Map<number, Paragraph>>();
  for (const ref of doc.references) {
    const part = partOf(doc, ref);
    if (!part) continue;
    let index = byNumber.get(part);
    if (!index) byNumber.set(part, (index = numberIndex(part)));
    for (const target of ref.targets) edits.push(...targetEdits(doc, ref, target, part, index, relabelling));
  }
  return edits;
}

/** The paragraph and subparagraph chain a target names, or undefined when it names nothing. */
export function resolveReferenceTarget(doc: ResolutionDocument, ref: ParagraphReference, target: ReferenceTarget): { paragraph: Paragraph; chain: Subparagraph[] } | undefined {
  const part = partOf(doc, ref);
  return part ? resolveIn(doc, ref, target, part, numberIndex(part)) : undefined;
}

function resolveIn(doc: ResolutionDocument, ref: ParagraphReference, target: ReferenceTarget, part: ResolutionPart, index: Map<number, Paragraph>): { paragraph: Paragraph; chain: Subparagraph[] } | undefined {
  if (target.paragraph !== undefined) {
    const paragraph = index.get(target.paragraph);
    if (!paragraph) return undefined;
    const chain = findPath(paragraph.subparagraphs, target.subparagraphs);
    return chain ? { paragraph, chain } : undefined;
  }
  if (inAttachment(doc, ref)) return undefined;
  const line = ref.range.start.line;
  const paragraph = [...part.operative, ...part.preambular].find(p => p.firstLine <= line && line <= p.lastLine);
  if (!paragraph) return undefined;
  const chain = findAnywhere(paragraph.subparagraphs, target.subparagraphs);
  return chain ? { paragraph, chain } : undefined;
}

function targetEdits(
  doc: ResolutionDocument,
  ref: ParagraphReference,
  target: ReferenceTarget,
  part: ResolutionPart,
  index: Map<number, Paragraph>,
  relabelling: Relabelling,
): TextEdit[] {
  const r = target.range;
  if (r.start.line !== r.end.line) return [];
  const found = resolveIn(doc, ref, target, part, index);
  if (!found) return [];
  const line = r.start.line;
  const text = (doc.lines[line] ?? '').slice(r.start.character, r.end.character);
  const at = (start: number, end: number): Range => ({ start: { line, character: r.start.character + start }, end: { line, character: r.start.character + end } });
  const edits: TextEdit[] = [];
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i > 0) {
    const newLabel = relabelling.paragraphs.get(found.paragraph);
    if (newLabel !== undefined && newLabel !== text.slice(0, i)) edits.push({ range: at(0, i), newText: newLabel });
  }
  // The labels in order, each `(x)`: the chain's subparagraphs, outermost first.
  for (const sub of found.chain) {
    const open = text.indexOf('(', i);
    const close = open < 0 ? -1 : text.indexOf(')', open);
    if (close < 0) break;
    const newLabel = relabelling.subparagraphs.get(sub);
    if (newLabel !== undefined && newLabel !== text.slice(open + 1, close)) edits.push({ range: at(open + 1, close), newText: newLabel });
    i = close + 1;
  }
  return edits;
}

function inAttachment(doc: ResolutionDocument, ref: ParagraphReference): boolean {
  const line = ref.range.start.line;
  return doc.attachments.some(a => a.range.start.line <= line && line <= a.range.end.line);
}

/** The part whose numbering a reference speaks of (as the reference rule reads it). */
function partOf(doc: ResolutionDocument, ref: ParagraphReference): ResolutionPart | undefined {
  const line = ref.range.start.line;
  if (inAttachment(doc, ref)) return ref.present && doc.parts.length === 1 ? doc.parts[0] : undefined;
  return doc.parts.find(p => p.range.start.line <= line && line <= p.range.end.line) ?? (doc.parts.length === 1 ? doc.parts[0] : undefined);
}

/** Operative paragraphs by number: a plain `5` wins over `5 bis`, the first over a repeat. */
function numberIndex(part: ResolutionPart): Map<number, Paragraph> {
  const index = new Map<number, Paragraph>();
  for (const p of part.operative) {
    const n = p.number;
    if (!n) continue;
    const known = index.get(n.value);
    if (!known || (n.suffixIndex === 0 && (known.number?.suffixIndex ?? 0) > 0)) index.set(n.value, p);
  }
  return index;
}

function findPath(subs: readonly Subparagraph[], path: readonly string[]): Subparagraph[] | undefined {
  const chain: Subparagraph[] = [];
  let level = subs;
  for (const label of path) {
    const found = level.find(s => s.label.toLowerCase() === label.toLowerCase());
    if (!found) return undefined;
    chain.push(found);
    level = found.children;
  }
  return chain;
}

function findAnywhere(subs: readonly Subparagraph[], path: readonly string[]): Subparagraph[] | undefined {
  if (path.length === 0) return undefined;
  const direct = findPath(subs, path);
  if (direct) return direct;
  for (const s of subs) {
    const deeper = findAnywhere(s.children, path);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * The one resolver of internal paragraph references (`paragraph 5 (c) above`, `subparagraph (ii)
 * above`, `paragraph 3 of the present resolution`), used by the `reference/paragraph` rule, hover,
 * definition, references, highlights, rename, renumbering and its fixes. Where the copies it
 * replaces disagreed, it answers as a drafter reads the text:
 *
 * - A reference speaks of the operative paragraphs of the part it stands in (`# B` numbers from 1
 *   again). In an attachment (an annex) numbering is the attachment's own, so a reference there
 *   names a paragraph of the resolution only when it says `of the present resolution`; otherwise it
 *   is not resolved (hover used to show the resolution's paragraph of that number).
 * - `paragraph 5` names the paragraph numbered 5, never `5 bis` (the rule and renumbering used to take
 *   `5 bis` when there was no plain 5). A reference cannot name a `bis` paragraph: the scanner leaves
 *   `paragraph 5 bis` unchecked.
 * - A bare `subparagraph (ii) above` names a subparagraph of the paragraph the reference stands in
 *   (preambular or operative), looked for from the innermost subparagraph around the reference
 *   outwards, so inside (b) it means (b) (ii) even when (a) has an (ii) too; hover used to look only
 *   at the first level of an operative paragraph.
 *
 * The per-part indexes are computed once per document (model objects are immutable).
 */
import type { Paragraph, ParagraphReference, ReferenceTarget, ResolutionDocument, ResolutionPart, Subparagraph } from '../model';
import { paragraphAtLine } from './paragraphs';

/** What one part offers references: its numbered operative paragraphs and every paragraph by line. */
export interface PartIndex {
  readonly part: ResolutionPart;
  /** The operative paragraph of a plain number (`5`, not `5 bis`); the first wins over a repeat. */
  readonly numbered: (n: number) => Paragraph | undefined;
  /** Operative paragraphs with a draft label, by `5 bis`; the first wins over a repeat. */
  readonly byLabel: ReadonlyMap<string, Paragraph>;
  /** The lowest and highest operative numbers (with `bis` paragraphs), for messages. */
  readonly lowest?: number;
  readonly highest?: number;
}

/** Where a reference stands: the part whose numbering it speaks of, and the paragraph holding it. */
export interface ReferenceLocation {
  readonly part: PartIndex;
  readonly paragraph?: Paragraph;
  /** Whether the reference's position can be compared with its targets' (not in a footnote or an attachment). */
  readonly positioned: boolean;
}

/** A target resolved: the paragraph, and the subparagraphs the target's labels name, in the order written (outermost first). */
export interface ResolvedTarget {
  readonly paragraph: Paragraph;
  readonly chain: readonly Subparagraph[];
}

/** Why a target names nothing. */
export type UnresolvedTarget =
  | { readonly missing: 'paragraph'; readonly number: number; readonly suffix?: string; readonly part: PartIndex }
  | { readonly missing: 'subparagraph'; readonly paragraph: Paragraph; readonly labels: readonly string[]; readonly inOwnParagraph: boolean };

const indexes = new WeakMap<ResolutionDocument, Map<ResolutionPart, PartIndex>>();

function partIndex(doc: ResolutionDocument, part: ResolutionPart): PartIndex {
  let byPart = indexes.get(doc);
  if (!byPart) indexes.set(doc, (byPart = new Map()));
  let index = byPart.get(part);
  if (!index) byPart.set(part, (index = indexPart(part)));
  return index;
}

const NO_LABELS: ReadonlyMap<string, Paragraph> = new Map();

function indexPart(part: ResolutionPart): PartIndex {
  const operative = part.operative;
  // Most parts are numbered 1, 2, 3 … in order with no draft label: paragraph n is the nth, and no
  // map is made (an edit indexes the part again: a 1 MB document's map was a tenth of its rules).
  if (operative.every((p, i) => p.number !== undefined && p.number.value === i + 1 && p.number.suffixIndex === 0 && p.number.suffix === undefined)) {
    const numbered = (n: number) => (Number.isInteger(n) && n >= 1 ? operative[n - 1] : undefined);
    return { part, numbered, byLabel: NO_LABELS, ...(operative.length > 0 ? { lowest: 1, highest: operative.length } : {}) };
  }
  const byNumber = new Map<number, Paragraph>();
  const byLabel = new Map<string, Paragraph>();
  let lowest: number | undefined;
  let highest: number | undefined;
  for (const p of part.operative) {
    const number = p.number;
    if (number === undefined) continue;
    if (number.suffixIndex === 0 && !byNumber.has(number.value)) byNumber.set(number.value, p);
    const label = number.suffix !== undefined ? `${number.value} ${number.suffix}` : undefined;
    if (label !== undefined && !byLabel.has(label)) byLabel.set(label, p);
    lowest = lowest === undefined ? number.value : Math.min(lowest, number.value);
    highest = highest === undefined ? number.value : Math.max(highest, number.value);
  }
  return { part, numbered: n => byNumber.get(n), byLabel, ...(lowest !== undefined ? { lowest } : {}), ...(highest !== undefined ? { highest } : {}) };
}

function holds(range: { start: { line: number }; end: { line: number } }, line: number): boolean {
  return range.start.line <= line && line <= range.end.line;
}

/** The part and paragraph a reference stands in; undefined when it cannot be told which numbering it means. */
export function locateReference(doc: ResolutionDocument, ref: ParagraphReference): ReferenceLocation | undefined {
  const line = ref.range.start.line;
  if (doc.attachments.some(a => holds(a.range, line))) {
    // An attachment numbers its own paragraphs; only `of the present resolution` leaves it.
    return ref.present && doc.parts.length === 1 ? { part: partIndex(doc, doc.parts[0]), positioned: false } : undefined;
  }
  const part = doc.parts.find(p => holds(p.range, line)) ?? (doc.parts.length === 1 ? doc.parts[0] : undefined);
  if (part === undefined) return undefined;
  const index = partIndex(doc, part);
  // Each list is in line order: searched apart, not merged and sorted for every version.
  const paragraph = paragraphAtLine(part.operative, line) ?? paragraphAtLine(part.preambular, line);
  return { part: index, positioned: paragraph !== undefined, ...(paragraph !== undefined ? { paragraph } : {}) };
}

/**
 * What a target names: the paragraph and subparagraphs, why it names nothing, or undefined when it
 * cannot be judged (a bare subparagraph reference outside any paragraph, a reference in an annex).
 */
export function resolveTargetAt(location: ReferenceLocation, ref: ParagraphReference, target: ReferenceTarget): ResolvedTarget | UnresolvedTarget | undefined {
  if (target.paragraph === undefined) {
    const paragraph = location.paragraph;
    if (paragraph === undefined || target.subparagraphs.length === 0) return undefined;
    const chain = findAround(paragraph, ref.range.start.line, target.subparagraphs);
    return chain ? { paragraph, chain } : { missing: 'subparagraph', paragraph, labels: target.subparagraphs, inOwnParagraph: true };
  }
  const paragraph = target.suffix !== undefined ? location.part.byLabel.get(`${target.paragraph} ${target.suffix}`) : location.part.numbered(target.paragraph);
  if (paragraph === undefined) return { missing: 'paragraph', number: target.paragraph, ...(target.suffix !== undefined ? { suffix: target.suffix } : {}), part: location.part };
  const chain = findPath(paragraph.subparagraphs, target.subparagraphs);
  return chain ? { paragraph, chain } : { missing: 'subparagraph', paragraph, labels: target.subparagraphs, inOwnParagraph: false };
}

/** The paragraph and subparagraphs a target names, or undefined when it names nothing (or cannot be judged). */
export function resolveReference(doc: ResolutionDocument, ref: ParagraphReference, target: ReferenceTarget): ResolvedTarget | undefined {
  const location = locateReference(doc, ref);
  const found = location && resolveTargetAt(location, ref, target);
  return found && 'paragraph' in found && !('missing' in found) ? found : undefined;
}

/** `(b)` at the first level, then `(ii)` among its children; labels in any case. */
function findPath(subs: readonly Subparagraph[], path: readonly string[]): Subparagraph[] | undefined {
  const chain: Subparagraph[] = [];
  let level = subs;
  for (const label of path) {
    const found = level.find(s => s.label.toLowerCase() === label.toLowerCase());
    if (found === undefined) return undefined;
    chain.push(found);
    level = found.children;
  }
  return chain;
}

/**
 * A bare subparagraph path seen from `line` in `paragraph`: among the children of the innermost
 * subparagraph holding the line, then of each one around it, then of the paragraph; failing that,
 * anywhere in the paragraph (depth first).
 */
function findAround(paragraph: Paragraph, line: number, path: readonly string[]): Subparagraph[] | undefined {
  const around = holdersOf(paragraph.subparagraphs, line) ?? [];
  for (let k = around.length - 1; k >= 0; k--) {
    const chain = findPath(around[k].children, path);
    if (chain) return chain;
  }
  return findPath(paragraph.subparagraphs, path) ?? findAnywhere(paragraph.subparagraphs, path);
}

/** The subparagraphs whose own lines or whose children's hold `line`, outermost first. */
function holdersOf(subs: readonly Subparagraph[], line: number): Subparagraph[] | undefined {
  for (const s of subs) {
    if (s.firstLine <= line && line <= s.lastLine) return [s];
    const inner = holdersOf(s.children, line);
    if (inner) return [s, ...inner];
  }
  return undefined;
}

function findAnywhere(subs: readonly Subparagraph[], path: readonly string[]): Subparagraph[] | undefined {
  for (const s of subs) {
    const found = findPath(s.children, path) ?? findAnywhere(s.children, path);
    if (found) return found;
  }
  return undefined;
}

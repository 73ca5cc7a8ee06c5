/**
 * `reference/paragraph`: internal references (`paragraph 7 above`, `paragraph 3 (b) of the present
 * resolution`, `subparagraph (c) above`, `paragraphs 3 to 5`) must name paragraphs and
 * subparagraphs that exist, and `above`/`below` must point the right way.
 *
 * A reference speaks of the operative paragraphs of the part it stands in (`# B` parts number from
 * 1 again). Inside an attachment, numbering is the attachment's own, so only references that say
 * `of the present resolution` are checked there, against the resolution's part when it has one.
 * Direction is judged by position in the text, which also settles references from the preamble:
 * every operative paragraph is `below` it.
 */
import type { Paragraph, ParagraphReference, Range, ReferenceTarget, ResolutionDocument, ResolutionPart, Subparagraph } from '../model';
import type { Rule, RuleContext } from './types';

/** Data of a wrong-way finding: replace `range` (the word `above` or `below`) with `replacement`. */
export interface DirectionFixData {
  readonly replacement: 'above' | 'below';
  readonly range: Range;
}

/** What the rule needs of one part, computed once per run: references are many, paragraphs too. */
interface PartIndex {
  readonly part: ResolutionPart;
  /** Operative paragraphs by number; a plain `5` wins over `5 bis`. */
  readonly byNumber: ReadonlyMap<number, Paragraph>;
  /** Every paragraph of the part, by first line, for a binary search. */
  readonly paragraphs: readonly Paragraph[];
  readonly lowest?: number;
  readonly highest?: number;
}

/** Where a reference stands: its part, and the paragraph containing it when it is in one. */
interface Location {
  readonly part: PartIndex;
  readonly paragraph?: Paragraph;
  /** Whether the reference's position can be compared with its targets' (not in a footnote or an attachment). */
  readonly positioned: boolean;
}

/** What a target names, found in the document, with the lines it covers. */
interface Found {
  readonly first: number;
  readonly last: number;
}

const referenceParagraph: Rule = (ctx) => {
  if (ctx.doc.references.length === 0) return;
  const indexes = new Map(ctx.doc.parts.map(part => [part, indexPart(part)] as const));
  for (const ref of ctx.doc.references) {
    const location = locate(ctx.doc, ref, indexes);
    if (location === undefined) continue;
    checkReference(ctx, ref, location);
  }
};

function checkReference(ctx: RuleContext, ref: ParagraphReference, location: Location): void {
  const found: { target: ReferenceTarget; at: Found }[] = [];
  // A bare `paragraph 11` may still be another text's paragraph the scanner could not tell apart:
  // probably wrong, so a warning; `above`, `below` or `of the present resolution` make it certain.
  const bare = ref.direction === undefined && !ref.present;
  for (const target of ref.targets) {
    const result = resolveTarget(target, location);
    if (typeof result === 'string') {
      const message = bare ? `${result} If it means another text's paragraph, name that text.` : result;
      ctx.report({ code: 'reference/paragraph', message, range: target.range, ...(bare ? { severity: 'warning' as const } : {}) });
    } else if (result !== undefined) found.push({ target, at: result });
  }
  const [a, b] = ref.targets;
  if (ref.isRange && ref.targets.length === 2 && a.paragraph !== undefined && b.paragraph !== undefined && a.paragraph > b.paragraph) {
    ctx.report({
      code: 'reference/paragraph',
      message: `The range runs backwards: write paragraphs ${b.paragraph} to ${a.paragraph}.`,
      range: ref.range,
    });
  }
  if (ref.direction === undefined || !location.positioned) return;
  const line = ref.range.start.line;
  for (const { target, at } of found) {
    // A target that contains the reference (`paragraph 5 (a) above` from 5 (b) is judged by the subparagraph) is neither way.
    if (at.first <= line && line <= at.last) continue;
    const actual = at.first > line ? 'below' : 'above';
    if (actual === ref.direction) continue;
    const range = ref.directionRange ?? ref.range;
    const data: DirectionFixData = { replacement: actual, range };
    ctx.report({
      code: 'reference/paragraph',
      message: `${describe(target, location)} is ${actual} this text, not ${ref.direction} it: write “${actual}”.`,
      range,
      data,
    });
    return;
  }
}

/** The lines a target covers, a message saying why it names nothing, or undefined when it cannot be judged. */
function resolveTarget(target: ReferenceTarget, location: Location): Found | string | undefined {
  if (target.paragraph === undefined) {
    // `subparagraph (c) above`: a subparagraph of the paragraph the reference stands in.
    const paragraph = location.paragraph;
    if (paragraph === undefined || target.subparagraphs.length === 0) return undefined;
    const sub = findAnywhere(paragraph.subparagraphs, target.subparagraphs);
    if (sub === undefined) return `This paragraph has no subparagraph ${labels(target.subparagraphs)}.`;
    return spanOfSub(sub);
  }
  const paragraph = location.part.byNumber.get(target.paragraph);
  if (paragraph === undefined) return noSuchParagraph(target.paragraph, location.part);
  if (target.subparagraphs.length === 0) return { first: paragraph.firstLine, last: paragraph.lastLine };
  const sub = findPath(paragraph.subparagraphs, target.subparagraphs);
  if (sub !== undefined) return spanOfSub(sub);
  if (paragraph.subparagraphs.length === 0) return `Paragraph ${target.paragraph} has no subparagraphs, so no ${labels(target.subparagraphs)}.`;
  return `Paragraph ${target.paragraph} has no subparagraph ${labels(target.subparagraphs)}.`;
}

function noSuchParagraph(n: number, index: PartIndex): string {
  const where = index.part.letter !== undefined ? `part ${index.part.letter} of the resolution` : 'the resolution';
  if (index.lowest === undefined || index.highest === undefined) return `There is no operative paragraph ${n}: ${where} has no numbered operative paragraphs.`;
  return `There is no operative paragraph ${n}: the operative paragraphs of ${where} run from ${index.lowest} to ${index.highest}.`;
}

function indexPart(part: ResolutionPart): PartIndex {
  const byNumber = new Map<number, Paragraph>();
  let lowest: number | undefined;
  let highest: number | undefined;
  for (const p of part.operative) {
    const number = p.number;
    if (number === undefined) continue;
    const known = byNumber.get(number.value);
    if (known === undefined || (number.suffixIndex === 0 && (known.number?.suffixIndex ?? 0) > 0)) byNumber.set(number.value, p);
    lowest = lowest === undefined ? number.value : Math.min(lowest, number.value);
    highest = highest === undefined ? number.value : Math.max(highest, number.value);
  }
  const paragraphs = [...part.preambular, ...part.operative].sort((x, y) => x.firstLine - y.firstLine);
  return { part, byNumber, paragraphs, ...(lowest !== undefined ? { lowest } : {}), ...(highest !== undefined ? { highest } : {}) };
}

/** The paragraph whose lines hold `line`, by binary search over paragraphs sorted by first line. */
function paragraphAt(paragraphs: readonly Paragraph[], line: number): Paragraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (line < p.firstLine) hi = mid - 1;
    else if (line > p.lastLine) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** `(b)` at the first level, then `(ii)` among its children. */
function findPath(subs: readonly Subparagraph[], path: readonly string[]): Subparagraph | undefined {
  let level = subs;
  let found: Subparagraph | undefined;
  for (const label of path) {
    found = level.find(s => s.label.toLowerCase() === label.toLowerCase());
    if (found === undefined) return undefined;
    level = found.children;
  }
  return found;
}

/** The path starting at any depth: `subparagraph (ii) above` inside (b) may mean (b) (ii). */
function findAnywhere(subs: readonly Subparagraph[], path: readonly string[]): Subparagraph | undefined {
  const direct = findPath(subs, path);
  if (direct !== undefined) return direct;
  for (const s of subs) {
    const deeper = findAnywhere(s.children, path);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

function spanOfSub(sub: Subparagraph): Found {
  return { first: sub.range.start.line, last: sub.range.end.line };
}

function labels(path: readonly string[]): string {
  return path.map(l => `(${l})`).join(' ');
}

function describe(target: ReferenceTarget, location: Location): string {
  const subs = target.subparagraphs.length > 0 ? ` ${labels(target.subparagraphs)}` : '';
  if (target.paragraph !== undefined) return `Paragraph ${target.paragraph}${subs}`;
  return location.paragraph !== undefined ? `Subparagraph${subs}` : 'The target';
}

function contains(range: Range, line: number): boolean {
  return range.start.line <= line && line <= range.end.line;
}

/** The part and paragraph a reference stands in; undefined when it cannot be told which numbering it means. */
function locate(doc: ResolutionDocument, ref: ParagraphReference, indexes: ReadonlyMap<ResolutionPart, PartIndex>): Location | undefined {
  const line = ref.range.start.line;
  if (doc.attachments.some(a => contains(a.range, line))) {
    // An attachment numbers its own paragraphs; only `of the present resolution` leaves it.
    const only = doc.parts.length === 1 ? indexes.get(doc.parts[0]) : undefined;
    return ref.present && only !== undefined ? { part: only, positioned: false } : undefined;
  }
  const part = doc.parts.find(p => contains(p.range, line)) ?? (doc.parts.length === 1 ? doc.parts[0] : undefined);
  const index = part !== undefined ? indexes.get(part) : undefined;
  if (index === undefined) return undefined;
  const paragraph = paragraphAt(index.paragraphs, line);
  return { part: index, positioned: paragraph !== undefined, ...(paragraph !== undefined ? { paragraph } : {}) };
}

/** The reference rules. */
export const referencesRules: readonly Rule[] = [referenceParagraph];

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

/** Where a reference stands: its part, and the paragraph containing it when it is in one. */
interface Location {
  readonly part: ResolutionPart;
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
  for (const ref of ctx.doc.references) {
    const location = locate(ctx.doc, ref);
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
    }
    else if (result !== undefined) found.push({ target, at: result });
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
  const paragraph = operativeNumbered(location.part, target.paragraph);
  if (paragraph === undefined) return noSuchParagraph(target.paragraph, location.part);
  if (target.subparagraphs.length === 0) return { first: paragraph.firstLine, last: paragraph.lastLine };
  const sub = findPath(paragraph.subparagraphs, target.subparagraphs);
  if (sub !== undefined) return spanOfSub(sub);
  if (paragraph.subparagraphs.length === 0) return `Paragraph ${target.paragraph} has no subparagraphs, so no ${labels(target.subparagraphs)}.`;
  return `Paragraph ${target.paragraph} has no subparagraph ${labels(target.subparagraphs)}.`;
}

function noSuchParagraph(n: number, part: ResolutionPart): string {
  const where = part.letter !== undefined ? `part ${part.letter} of the resolution` : 'the resolution';
  const numbers = part.operative.filter(p => p.number !== undefined).map(p => p.number!.value);
  if (numbers.length === 0) return `There is no operative paragraph ${n}: ${where} has no numbered operative paragraphs.`;
  const highest = Math.max(...numbers);
  return `There is no operative paragraph ${n}: the operative paragraphs of ${where} run from ${Math.min(...numbers)} to ${highest}.`;
}

/** The operative paragraph numbered `n` in a part; a plain `5` before `5 bis`. */
function operativeNumbered(part: ResolutionPart, n: number): Paragraph | undefined {
  let found: Paragraph | undefined;
  for (const p of part.operative) {
    if (p.number?.value !== n) continue;
    if (p.number.suffixIndex === 0) return p;
    found ??= p;
  }
  return found;
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
function locate(doc: ResolutionDocument, ref: ParagraphReference): Location | undefined {
  const line = ref.range.start.line;
  if (doc.attachments.some(a => contains(a.range, line))) {
    // An attachment numbers its own paragraphs; only `of the present resolution` leaves it.
    if (!ref.present || doc.parts.length !== 1) return undefined;
    return { part: doc.parts[0], positioned: false };
  }
  const part = doc.parts.find(p => contains(p.range, line)) ?? (doc.parts.length === 1 ? doc.parts[0] : undefined);
  if (part === undefined) return undefined;
  const paragraph = containing(part.preambular, line) ?? containing(part.operative, line);
  return { part, positioned: paragraph !== undefined, ...(paragraph !== undefined ? { paragraph } : {}) };
}

/** The paragraph covering `line`, by binary search: paragraphs are in text order, and a linear scan per reference is quadratic on large documents. */
function containing(paragraphs: readonly Paragraph[], line: number): Paragraph | undefined {
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

/** The reference rules. */
export const referencesRules: readonly Rule[] = [referenceParagraph];

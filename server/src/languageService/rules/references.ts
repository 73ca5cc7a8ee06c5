/**
 * `reference/paragraph`: internal references (`paragraph 7 above`, `paragraph 3 (b) of the present
 * resolution`, `subparagraph (c) above`, `paragraphs 3 to 5`) must name paragraphs and
 * subparagraphs that exist, and `above`/`below` must point the right way.
 *
 * A reference speaks of the operative paragraphs of the part it stands in (`# B` parts number from
 * 1 again). Inside an attachment, numbering is the attachment's own, so only references that say
 * `of the present resolution` are checked there, against the resolution's part when it has one.
 * Direction is judged by position in the text, which also settles references from the preamble:
 * every operative paragraph is `below` it. What a reference names is the query layer's answer
 * (query/references.ts), the same for hover, navigation and renumbering.
 */
import type { ParagraphReference, Range, ReferenceTarget, Subparagraph } from '../model';
import { locateReference, resolveTargetAt, type PartIndex, type ReferenceLocation } from '../query/references';
import type { Rule, RuleContext } from './types';
import { replacementFix, type FixBuilders } from './fix';

/** Data of a wrong-way finding: replace `range` (the word `above` or `below`) with `replacement`. */
export interface DirectionFixData {
  readonly replacement: 'above' | 'below';
  readonly range: Range;
}

/** What a target names, found in the document, with the lines it covers. */
interface Found {
  readonly first: number;
  readonly last: number;
}

const referenceParagraph: Rule = ctx => {
  for (const ref of ctx.doc.references) {
    const location = locateReference(ctx.doc, ref);
    if (location === undefined) continue;
    checkReference(ctx, ref, location);
  }
};

function checkReference(ctx: RuleContext, ref: ParagraphReference, location: ReferenceLocation): void {
  const found: { target: ReferenceTarget; at: Found }[] = [];
  // A bare `paragraph 11` may still be another text's paragraph the scanner could not tell apart:
  // probably wrong, so a warning; `above`, `below` or `of the present resolution` make it certain.
  const bare = ref.direction === undefined && !ref.present;
  for (const target of ref.targets) {
    const result = judge(location, ref, target);
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
function judge(location: ReferenceLocation, ref: ParagraphReference, target: ReferenceTarget): Found | string | undefined {
  const result = resolveTargetAt(location, ref, target);
  if (result === undefined) return undefined;
  if (!('missing' in result)) {
    const sub = result.chain[result.chain.length - 1];
    return sub ? spanOfSub(sub) : { first: result.paragraph.firstLine, last: result.paragraph.lastLine };
  }
  if (result.missing === 'paragraph') return noSuchParagraph(result.suffix !== undefined ? `${result.number} ${result.suffix}` : String(result.number), result.part);
  if (result.inOwnParagraph) return `This paragraph has no subparagraph ${labels(result.labels)}.`;
  if (result.paragraph.subparagraphs.length === 0) return `Paragraph ${numberOf(target)} has no subparagraphs, so no ${labels(result.labels)}.`;
  return `Paragraph ${numberOf(target)} has no subparagraph ${labels(result.labels)}.`;
}

function noSuchParagraph(n: string, index: PartIndex): string {
  const where = index.part.letter !== undefined ? `part ${index.part.letter} of the resolution` : 'the resolution';
  if (index.lowest === undefined || index.highest === undefined) return `There is no operative paragraph ${n}: ${where} has no numbered operative paragraphs.`;
  return `There is no operative paragraph ${n}: the operative paragraphs of ${where} run from ${index.lowest} to ${index.highest}.`;
}

function spanOfSub(sub: Subparagraph): Found {
  return { first: sub.range.start.line, last: sub.range.end.line };
}

/** `5`, or `5 bis` for a draft label. */
function numberOf(target: ReferenceTarget): string {
  return target.suffix !== undefined ? `${target.paragraph} ${target.suffix}` : String(target.paragraph);
}

function labels(path: readonly string[]): string {
  return path.map(l => `(${l})`).join(' ');
}

function describe(target: ReferenceTarget, location: ReferenceLocation): string {
  const subs = target.subparagraphs.length > 0 ? ` ${labels(target.subparagraphs)}` : '';
  if (target.paragraph !== undefined) return `Paragraph ${numberOf(target)}${subs}`;
  return location.paragraph !== undefined ? `Subparagraph${subs}` : 'The target';
}

/** The reference rules. */
export const referencesRules: readonly Rule[] = [referenceParagraph];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

/** The quick fix of `reference/paragraph`: the resolved reference written rightly. */
export const referencesFixes: FixBuilders = {
  'reference/paragraph': data => replacementFix(data, r => `Write “${r}”`, true),
};

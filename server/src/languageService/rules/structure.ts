/**
 * The structure rules (contract §2, §4): each part of the body opens with the organ line of the
 * document's organ (`structure/organ-line`), and nothing stands before it; the preamble comes
 * before the operative part (`structure/order`).
 */
import type { Organ, Position, Range, ResolutionDocument, ResolutionPart } from '../model';
import type { Rule, RuleContext } from './types';
import { ORGAN_NAMES } from '../util/organs';
import { comparePositions, isRange, rangeInside, textAt } from '../util/edits';
import { fix, replacementFix, type FixBuilders, type FixProposal } from './fix';

/**
 * Data of a `structure/organ-line` finding when the organ is known: replace `range` with
 * `replacement`. For a missing organ line `range` is empty (an insertion before the first
 * paragraph, or after a part's heading) and `replacement` carries its own blank line.
 */
export interface OrganLineFixData {
  readonly replacement: string;
  readonly range: Range;
}

/**
 * Data of a `structure/order` finding for a preambular paragraph after the operative part: the
 * whole lines of the paragraph (`paragraph`, from column 0 to the start of the next line) and
 * where the preamble ends (`before`: the start of the part's first operative paragraph), so a fix
 * can move it there.
 */
export interface OrderFixData {
  readonly paragraph: Range;
  readonly before: Position;
}

/** The organ line as printed: `The General Assembly,`. */
export function organLineText(organ: Organ): string {
  return `The ${ORGAN_NAMES[organ]},`;
}

const organLine: Rule = ctx => {
  for (const part of ctx.doc.parts) checkOrganLine(ctx, part);
};

function checkOrganLine(ctx: RuleContext, part: ResolutionPart): void {
  const expectedOrgan = ctx.doc.info.organ;
  const line = part.organLine;
  if (!line) {
    reportMissing(ctx, part, expectedOrgan);
    return;
  }
  const canonical = organLineText(expectedOrgan ?? line.organ);
  if (expectedOrgan && line.organ !== expectedOrgan) {
    const whose = ctx.doc.info.symbol ? `${ctx.doc.info.symbol} is` : 'this document is';
    ctx.report({
      code: 'structure/organ-line',
      message: `The organ line names the ${ORGAN_NAMES[line.organ]}, but ${whose} a text of the ${ORGAN_NAMES[expectedOrgan]}: “${canonical}”.`,
      range: line.range,
      data: { replacement: canonical, range: line.range } satisfies OrganLineFixData,
    });
    return;
  }
  // With no preamble the organ line runs into the lone operative sentence and takes no comma
  // (“The General Assembly / Adopts the following Declaration:”, A/RES/55/2).
  if (!line.hasComma && part.preambular.length > 0) {
    ctx.report({
      code: 'structure/organ-line',
      message: `The organ line ends with a comma: “${canonical}”.`,
      range: line.range,
      data: { replacement: canonical, range: line.range } satisfies OrganLineFixData,
    });
    return;
  }
  // The parser reads the line loosely (any case, any spacing); the printed form is one.
  if (line.text !== canonical && line.text !== canonical.slice(0, -1)) {
    ctx.report({
      code: 'structure/organ-line',
      message: `The organ line reads “${canonical}”.`,
      range: line.range,
      data: { replacement: canonical, range: line.range } satisfies OrganLineFixData,
    });
  }
}

/** A part without an organ line: reported on its first line of content (or its `# A` heading). */
function reportMissing(ctx: RuleContext, part: ResolutionPart, organ: Organ | undefined): void {
  const first = firstContentLine(part);
  const lines = ctx.doc.lines;
  const example = organ ? `“${organLineText(organ)}”` : 'one such as “The General Assembly,”';
  const message = part.letter ? `Part ${part.letter} has no organ line: each part opens with its own, ${example}.` : `The body has no organ line: it opens with ${example}.`;
  let range: Range;
  let fix: OrganLineFixData | undefined;
  if (first !== undefined) {
    range = lineContent(lines, first);
    const at = { line: first, character: 0 };
    if (organ) fix = { replacement: `${organLineText(organ)}\n\n`, range: { start: at, end: at } };
  } else if (part.heading) {
    // A `# B` heading with nothing under it yet.
    range = part.heading.range;
    const at = part.heading.range.end;
    if (organ) fix = { replacement: `\n\n${organLineText(organ)}`, range: { start: at, end: at } };
  } else {
    // An empty body (front matter only, or attachments only): nothing to open.
    return;
  }
  ctx.report({ code: 'structure/organ-line', message, range, ...(fix ? { data: fix } : {}) });
}

/** The first line of a part's content after its heading: paragraph or section heading. */
function firstContentLine(part: ResolutionPart): number | undefined {
  let first: number | undefined;
  const consider = (line: number) => {
    if (first === undefined || line < first) first = line;
  };
  if (part.preambular.length > 0) consider(part.preambular[0].firstLine);
  if (part.operative.length > 0) consider(part.operative[0].firstLine);
  if (part.sections.length > 0) consider(part.sections[0].range.start.line);
  return first;
}

/** From the first to the last non-blank character of a line. */
function lineContent(lines: readonly string[], line: number): Range {
  const text = lines[line] ?? '';
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start++;
  let end = text.length;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { start: { line, character: start }, end: { line, character: end } };
}

const order: Rule = ctx => {
  for (const part of ctx.doc.parts) {
    for (const stray of part.strayBeforeOrgan) {
      ctx.report({
        code: 'structure/order',
        message: 'Nothing may stand before the organ line: the body opens with it (put notes in a comment, <!-- … -->).',
        range: stray,
      });
    }
    checkPreambleAfterOperative(ctx, ctx.doc, part);
  }
};

function checkPreambleAfterOperative(ctx: RuleContext, doc: ResolutionDocument, part: ResolutionPart): void {
  const operative = part.operative;
  const firstOperative = operative[0];
  if (!firstOperative) return;
  // Both lists are in document order: walk them together.
  let k = 0;
  for (const p of part.preambular) {
    if (p.firstLine <= firstOperative.firstLine) continue;
    while (k + 1 < operative.length && operative[k + 1].firstLine < p.firstLine) k++;
    const after = operative[k];
    const label = after.number ? `operative paragraph ${after.number.text}` : 'an operative paragraph';
    ctx.report({
      code: 'structure/order',
      message: `A preambular paragraph cannot follow ${label}: move it into the preamble, or number it if it is operative.`,
      range: p.opening?.fullRange ?? lineContent(doc.lines, p.firstLine),
      data: {
        paragraph: { start: { line: p.firstLine, character: 0 }, end: lineAfter(doc, p.lastLine) },
        before: { line: firstOperative.firstLine, character: 0 },
      } satisfies OrderFixData,
    });
  }
}

/** The start of the line after `line`, or the end of the document. */
function lineAfter(doc: ResolutionDocument, line: number): Position {
  if (line + 1 < doc.lines.length) return { line: line + 1, character: 0 };
  return { line, character: (doc.lines[line] ?? '').length };
}

/** `structure/organ-line`, `structure/order`. */
export const structureRules: readonly Rule[] = [organLine, order];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

/** The quick fixes of the structure rules. */
export const structureFixes: FixBuilders = {
  'structure/order': (data, _range, doc) => moveFix(doc, data),
  // Safe when only the form changes (a comma, the case), not the organ named.
  'structure/organ-line': (data, _range, doc) =>
    replacementFix(data, r => `Write “${r.trim()}”`, isRange(data.range) && typeof data.replacement === 'string' && sameWords(textAt(doc.lines, data.range), data.replacement)),
};

/** `structure/order`: move a preambular paragraph found among the operative ones to the end of the preamble. */
function moveFix(doc: ResolutionDocument, data: Record<string, unknown>): FixProposal[] {
  const { paragraph, before } = data;
  if (!isRange(paragraph) || !isRange({ start: before, end: before })) return [];
  const at = before as Position;
  if (!rangeInside(paragraph, doc.lines) || comparePositions(at, paragraph.start) >= 0) return [];
  let text = textAt(doc.lines, paragraph);
  if (!text.endsWith('\n')) text += '\n';
  // The paragraph's own blank line goes with it; the one it leaves behind is dropped.
  let removal = paragraph;
  const prev = paragraph.start.line - 1;
  if (prev >= 0 && (doc.lines[prev] ?? '').trim() === '') removal = { start: { line: prev, character: 0 }, end: paragraph.end };
  if (comparePositions(removal.start, paragraph.start) === 0 && paragraph.end.character !== 0) return [];
  return [
    fix(
      'Move the paragraph into the preamble',
      [
        { range: { start: at, end: at }, newText: `${text}\n` },
        { range: removal, newText: '' },
      ],
      false,
    ),
  ];
}

/** Whether two texts have the same words, ignoring case and punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(w => w !== '')
      .join(' ');
  return words(a) === words(b);
}

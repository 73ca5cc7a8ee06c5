/**
 * The footnote rules (contract §2, §4): every reference `[^1]` has a definition `[^1]: …`
 * (`footnote/undefined`), every definition is referenced, once (`footnote/unused`), and footnotes
 * are numbered 1, 2, 3 … in order of first reference (`footnote/order`: one finding per break,
 * counting resuming from the label found).
 */
import type { FootnoteDefinition, FootnoteReference, Position, Range, ResolutionDocument } from '../model';
import type { Rule } from './types';
import { isRange } from '../util/edits';
import { fix, labelEditsOf, type FixBuilders } from './fix';

/** Data of a `footnote/undefined` finding: insert `text` at `position` to add the definition (the cursor belongs at its end). */
export interface FootnoteDefinitionFixData {
  readonly label: string;
  readonly position: Position;
  readonly text: string;
}

/** Data of a `footnote/unused` finding: delete `range` (the definition's whole lines) to remove it. */
export interface FootnoteRemovalFixData {
  readonly label: string;
  readonly range: Range;
}

/** One footnote marker to rewrite: replace `range` (`[^2]`, in the text or at a definition) with `newText` (`[^1]`). */
export interface FootnoteEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * Data of a `footnote/order` finding: `expected` is the label this first reference should carry;
 * `renumber` holds the edits of every reference and definition that number all footnotes 1, 2, 3 …
 * in order of first reference (definitions never referenced numbered after them). Shared by every
 * finding of the document; omitted when very many footnotes are out of order.
 */
export interface FootnoteOrderFixData {
  readonly expected: string;
  readonly renumber?: readonly FootnoteEdit[];
}

const undefinedFootnote: Rule = ctx => {
  const defined = new Set(ctx.doc.footnoteDefinitions.map(d => d.label));
  for (const ref of ctx.doc.footnoteReferences) {
    if (defined.has(ref.label)) continue;
    ctx.report({
      code: 'footnote/undefined',
      message: `Footnote [^${ref.label}] has no definition: add a line “[^${ref.label}]: …” after the body.`,
      range: ref.range,
      data: { label: ref.label, ...definitionInsertion(ctx.doc, ref.label) } satisfies FootnoteDefinitionFixData,
    });
  }
};

/** Where a new definition goes: after the last one, else at the end of the document after a blank line. */
function definitionInsertion(doc: ResolutionDocument, label: string): { position: Position; text: string } {
  const defs = doc.footnoteDefinitions;
  const line = `[^${label}]: `;
  if (defs.length > 0) return { position: defs[defs.length - 1].range.end, text: `\n${line}` };
  const last = doc.lines.length - 1;
  const lastText = doc.lines[last] ?? '';
  if (lastText.trim() !== '') return { position: { line: last, character: lastText.length }, text: `\n\n${line}` };
  const blankBefore = last === 0 || (doc.lines[last - 1] ?? '').trim() === '';
  return { position: { line: last, character: 0 }, text: `${blankBefore ? '' : '\n'}${line}` };
}

const unusedFootnote: Rule = ctx => {
  const referenced = new Set(ctx.doc.footnoteReferences.map(r => r.label));
  const seen = new Set<string>();
  for (const def of ctx.doc.footnoteDefinitions) {
    const twice = seen.has(def.label);
    seen.add(def.label);
    if (referenced.has(def.label) && !twice) continue;
    ctx.report({
      code: 'footnote/unused',
      message: twice ? `Footnote [^${def.label}] is defined twice: this definition is never used.` : `Footnote [^${def.label}] is never referenced in the text.`,
      range: def.labelRange,
      data: { label: def.label, range: wholeLines(ctx.doc, def) } satisfies FootnoteRemovalFixData,
    });
  }
};

/** The lines of a definition, with their line end, for deletion. */
function wholeLines(doc: ResolutionDocument, def: FootnoteDefinition): Range {
  const endLine = def.range.end.line;
  const end = endLine + 1 < doc.lines.length ? { line: endLine + 1, character: 0 } : { line: endLine, character: (doc.lines[endLine] ?? '').length };
  return { start: { line: def.range.start.line, character: 0 }, end };
}

/** Renumbering edits are left out when the findings would repeat more than this many in total. */
const RENUMBER_BUDGET = 20000;

const footnoteOrder: Rule = ctx => {
  // A reference with no definition is `footnote/undefined`'s alone: a stray `[^99]` must not shift
  // the numbers expected of every real footnote after it (issue 10).
  const defined = new Set(ctx.doc.footnoteDefinitions.map(d => d.label));
  const firsts = firstReferences(ctx.doc.footnoteReferences).filter(ref => defined.has(ref.label));
  const breaks: { ref: FootnoteReference; expected: string }[] = [];
  let prev: number | undefined;
  for (const ref of firsts) {
    const expected = prev === undefined ? 1 : prev + 1;
    const found = /^\d{1,9}$/.test(ref.label) ? Number(ref.label) : undefined;
    if (found !== expected) breaks.push({ ref, expected: String(expected) });
    // Resume from the number found, so one misplaced footnote gives one finding.
    prev = found ?? expected;
  }
  if (breaks.length === 0) return;
  const all = renumbering(ctx.doc, firsts, defined);
  const renumber = all !== undefined && all.length * breaks.length <= RENUMBER_BUDGET ? all : undefined;
  for (const { ref, expected } of breaks) {
    ctx.report({
      code: 'footnote/order',
      message: `Expected footnote [^${expected}], found [^${ref.label}]: footnotes are numbered in order of first reference.`,
      range: ref.range,
      data: { expected, ...(renumber ? { renumber } : {}) } satisfies FootnoteOrderFixData,
    });
  }
};

/** The first reference to each label, in document order. */
function firstReferences(refs: readonly FootnoteReference[]): FootnoteReference[] {
  const seen = new Set<string>();
  const firsts: FootnoteReference[] = [];
  for (const ref of refs) {
    if (seen.has(ref.label)) continue;
    seen.add(ref.label);
    firsts.push(ref);
  }
  return firsts;
}

/**
 * The edits that number the defined footnotes 1, 2, 3 … in order of first reference; references
 * with no definition keep their labels. Undefined when a new number would be one of those labels.
 */
function renumbering(doc: ResolutionDocument, firsts: readonly FootnoteReference[], defined: ReadonlySet<string>): FootnoteEdit[] | undefined {
  const numberOf = new Map<string, number>();
  for (const ref of firsts) numberOf.set(ref.label, numberOf.size + 1);
  for (const def of doc.footnoteDefinitions) if (!numberOf.has(def.label)) numberOf.set(def.label, numberOf.size + 1);
  const kept = new Set(doc.footnoteReferences.filter(r => !defined.has(r.label)).map(r => r.label));
  for (const n of numberOf.values()) if (kept.has(String(n))) return undefined;
  const edits: FootnoteEdit[] = [];
  const add = (label: string, range: Range) => {
    const number = numberOf.get(label);
    if (number === undefined) return;
    const n = String(number);
    if (n !== label) edits.push({ range, newText: `[^${n}]` });
  };
  for (const ref of doc.footnoteReferences) add(ref.label, ref.range);
  for (const def of doc.footnoteDefinitions) add(def.label, def.labelRange);
  return edits;
}

/** `footnote/undefined`, `footnote/unused`, `footnote/order`. */
export const footnotesRules: readonly Rule[] = [undefinedFootnote, unusedFootnote, footnoteOrder];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

/** The quick fixes of the footnote rules. */
export const footnotesFixes: FixBuilders = {
  'footnote/undefined': data =>
    typeof data.text === 'string' && isRange({ start: data.position, end: data.position }) && typeof data.label === 'string'
      ? [fix(`Add a definition of footnote [^${data.label}]`, [{ range: { start: data.position as Position, end: data.position as Position }, newText: data.text }], false)]
      : [],
  'footnote/unused': data =>
    isRange(data.range) && typeof data.label === 'string' ? [fix(`Remove the definition of footnote [^${data.label}]`, [{ range: data.range, newText: '' }], false)] : [],
  'footnote/order': data => (Array.isArray(data.renumber) ? [fix('Renumber the footnotes in order of first reference', labelEditsOf(data.renumber), true)] : []),
};

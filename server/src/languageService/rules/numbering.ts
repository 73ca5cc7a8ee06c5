/**
 * The numbering rules (contract §2, §4):
 * - `numbering/operative`: operative paragraphs run 1, 2, 3 … in each part; `5 bis` may follow 5
 *   and `5 ter` may follow `5 bis`; a new section (`## …`) may start again from 1. One finding per break: counting resumes from the number found,
 *   so one gap never floods the document. A lone operative paragraph goes unnumbered, but when
 *   several paragraphs before it read as operative ones, all of them need numbers.
 * - `numbering/subparagraph`: each level of (a), (b) … (z), (aa) … and (i), (ii) … runs in order
 *   from its first label; one finding per break, resuming from the label found.
 * - `numbering/draft-label`: `bis`, `ter` … in an adopted document.
 * - `numbering/article`: in an attachment, articles run 1, 2, 3 …; numbered paragraphs run 1, 2, 3 …
 *   in the attachment and again in each article (a section may start again from 1).
 */
import type { Attachment, Paragraph, ParagraphNumber, Range, ResolutionDocument, ResolutionPart, Subparagraph } from '../model';
import { matchOpening } from '../data/phraseMatch';
import { subparagraphLabel } from '../parser/subparagraphs';
import type { RuleCode } from '../config';
import type { Rule, RuleContext } from './types';
import { referenceEdits } from '../query/referenceEdits';
import { isRange } from '../util/edits';
import { fix, labelEditsOf, type FixBuilders, type FixProposal } from './fix';

/** One label to rewrite: replace `range` with `newText`. */
export interface LabelEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * Data of a `numbering/operative` finding (and of `numbering/article` on numbered paragraphs):
 * - `expected`: the label this paragraph should carry (`3`), to replace `range` (the label as
 *   written, without its full stop; an empty range where `3. ` is to be inserted when the
 *   paragraph has no number, `insert` then being `3. `);
 * - `renumber`: the labels of the whole sequence (part, attachment or article) renumbered 1, 2,
 *   3 … in order, `bis`/`ter` folded in, only those that change; with `from` the old label, so a
 *   fix can update `paragraph 5 above` references in the same edit. Shared by every finding of one
 *   sequence, and omitted on very long sequences with many breaks.
 */
export interface NumberFixData {
  readonly expected: string;
  readonly range: Range;
  readonly insert?: string;
  readonly renumber?: readonly (LabelEdit & { readonly from: string })[];
}

/**
 * Data of a `numbering/subparagraph` finding: `expected` is the label without parentheses (`c`),
 * `range` the written label with its parentheses, `replacement` the text for it (`(c)`), and
 * `relabel` the edits that reletter the whole level from its first label on.
 */
export interface SubparagraphFixData {
  readonly expected: string;
  readonly range: Range;
  readonly replacement: string;
  readonly relabel: readonly LabelEdit[];
}

/** Data of a `numbering/draft-label` finding: the paragraph numbers of the sequence, renumbered 1, 2, 3 … with the draft labels folded in. */
export interface DraftLabelFixData {
  readonly renumber: readonly (LabelEdit & { readonly from: string })[];
}

/** Data of a `numbering/article` finding on an article heading: replace `range` (the number in the heading) with `expected`. */
export interface ArticleFixData {
  readonly expected: string;
  readonly range: Range;
}

/** Renumbering data is dropped when one sequence would repeat it more than this many entries in total. */
const RENUMBER_BUDGET = 20000;

// ---------------------------------------------------------------------------------------------
// Sequences of numbered paragraphs

interface Break {
  readonly paragraph: Paragraph & { readonly number: ParagraphNumber };
  readonly expected: string;
}

/** Whether `n` may follow `prev` (undefined: nothing before it). */
function follows(prev: ParagraphNumber | undefined, n: ParagraphNumber, restartAllowed: boolean): boolean {
  if (n.value === 1 && n.suffixIndex === 0 && (prev === undefined || restartAllowed)) return true;
  if (prev === undefined) return false;
  if (n.suffixIndex === 0) return n.value === prev.value + 1;
  return n.value === prev.value && n.suffixIndex === prev.suffixIndex + 1;
}

/**
 * The breaks of a sequence of paragraphs: each numbered paragraph that does not follow the one
 * before it, with the number expected there; counting resumes from the number found.
 * `restartsAt(p)` says whether the sequence may start again from 1 at `p` (a new section).
 */
function breaksOf(paragraphs: readonly Paragraph[], restartsAt: (p: Paragraph) => boolean = () => false): Break[] {
  const breaks: Break[] = [];
  let prev: ParagraphNumber | undefined;
  for (const p of paragraphs) {
    const n = p.number;
    if (!n) continue;
    if (!follows(prev, n, restartsAt(p))) {
      breaks.push({ paragraph: p as Break['paragraph'], expected: prev === undefined ? '1' : String(prev.value + 1) });
    }
    prev = n;
  }
  return breaks;
}

/** The number edits that renumber a sequence 1, 2, 3 … (only the labels that change). */
function renumbering(paragraphs: readonly Paragraph[]): (LabelEdit & { from: string })[] {
  const edits: (LabelEdit & { from: string })[] = [];
  let next = 1;
  for (const p of paragraphs) {
    if (!p.number) continue;
    const newText = String(next++);
    if (p.number.text !== newText) edits.push({ range: p.number.range, newText, from: p.number.text });
  }
  return edits;
}

function reportBreaks(ctx: RuleContext, code: RuleCode, what: string, paragraphs: readonly Paragraph[], breaks: readonly Break[]): void {
  if (breaks.length === 0) return;
  const all = renumbering(paragraphs);
  const renumber = all.length * breaks.length <= RENUMBER_BUDGET ? all : undefined;
  for (const b of breaks) {
    const n = b.paragraph.number;
    ctx.report({
      code,
      message: `Expected ${what} ${b.expected}, found ${n.text}.`,
      range: n.range,
      data: { expected: b.expected, range: n.range, ...(renumber ? { renumber } : {}) } satisfies NumberFixData,
    });
  }
}

/**
 * Whether the numbered paragraph given stands in another section (`## …`) than the numbered one
 * before it: real texts number on across sections (the contract's way) or start again from 1 in
 * each (A/RES/56/206, A/RES/57/283 B), and both are accepted. Called once per numbered paragraph, in order.
 */
function sectionChange(): (p: Paragraph) => boolean {
  let section: string | undefined;
  return p => {
    const changed = p.section !== section;
    section = p.section;
    return changed;
  };
}

// ---------------------------------------------------------------------------------------------
// numbering/operative

const operativeNumbering: Rule = ctx => {
  for (const part of ctx.doc.parts) {
    reportBreaks(ctx, 'numbering/operative', 'paragraph', part.operative, breaksOf(part.operative, sectionChange()));
    checkUnnumberedRun(ctx, part);
  }
};

/**
 * In a part that numbers nothing, the parser reads only the last paragraph as operative. When the
 * paragraphs just before it end like operative ones (`;` or `:`) and do not open with a
 * preambular phrase, they are operative paragraphs typed without numbers: several operative
 * paragraphs must be numbered. Returns them with the lone one, or [] when it really is alone.
 */
export function unnumberedOperativeRun(part: ResolutionPart): Paragraph[] {
  if (part.operative.length !== 1 || part.operative[0].number) return [];
  const lone = part.operative[0];
  const run: Paragraph[] = [];
  for (let k = part.preambular.length - 1; k >= 0; k--) {
    const p = part.preambular[k];
    if (p.firstLine > lone.firstLine) continue;
    const mark = p.finalMark.char;
    if (mark !== ';' && mark !== ':') break;
    if (matchOpening(p.text)?.kind === 'preambular') break;
    run.unshift(p);
  }
  return run.length === 0 ? [] : [...run, lone];
}

function checkUnnumberedRun(ctx: RuleContext, part: ResolutionPart): void {
  const run = unnumberedOperativeRun(part);
  run.forEach((p, i) => {
    const expected = String(i + 1);
    const at = { line: p.firstLine, character: p.range.start.character };
    const lineEnd = Math.min((ctx.doc.lines[p.firstLine] ?? '').trimEnd().length, at.character + 80);
    ctx.report({
      code: 'numbering/operative',
      message: `Expected paragraph ${expected}: there are ${run.length} operative paragraphs, so each is numbered.`,
      range: p.opening?.fullRange ?? { start: at, end: { line: p.firstLine, character: lineEnd } },
      data: { expected, range: { start: at, end: at }, insert: `${expected}. ` } satisfies NumberFixData,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// numbering/subparagraph

const subparagraphNumbering: Rule = ctx => {
  for (const part of ctx.doc.parts) {
    for (const p of part.preambular) checkLevel(ctx, p.subparagraphs);
    for (const p of part.operative) checkLevel(ctx, p.subparagraphs);
  }
  for (const a of ctx.doc.attachments) forEachAttachmentParagraph(a, p => checkLevel(ctx, p.subparagraphs));
};

/** Checks one level of siblings, then the levels below each. */
function checkLevel(ctx: RuleContext, siblings: readonly Subparagraph[]): void {
  if (siblings.length === 0) return;
  const style = siblings[0].style;
  // The relabelling of the whole level, made only for a level with a finding: this runs for every
  // level of every paragraph, on every edit.
  let relabel: LabelEdit[] | undefined;
  let prev: Subparagraph | undefined;
  for (let index = 0; index < siblings.length; index++) {
    const s = siblings[index];
    const expectedStyle = prev ? prev.style : s.style;
    const expectedOrdinal = prev ? prev.ordinal + 1 : 1;
    // After a misprinted label the next one may follow its place instead: `(h)`, `(ii)`, `(j)`.
    const inPlace = s.style === style && s.ordinal === index + 1;
    if ((s.style !== expectedStyle || s.ordinal !== expectedOrdinal) && !inPlace) {
      const expected = subparagraphLabel(expectedStyle, expectedOrdinal);
      relabel ??= relabelling(siblings, style);
      ctx.report({
        code: 'numbering/subparagraph',
        message: `Expected subparagraph (${expected}), found (${s.label}).`,
        range: s.labelRange,
        data: { expected, range: s.labelRange, replacement: `(${expected})`, relabel } satisfies SubparagraphFixData,
      });
    }
    prev = s;
    checkLevel(ctx, s.children);
  }
}

/** The edits that label a level `(a)`, `(b)`, … in the style of its first label. */
function relabelling(siblings: readonly Subparagraph[], style: Subparagraph['style']): LabelEdit[] {
  const relabel: LabelEdit[] = [];
  for (let i = 0; i < siblings.length; i++) {
    const s = siblings[i];
    if (s.style !== style || s.ordinal !== i + 1) relabel.push({ range: s.labelRange, newText: `(${subparagraphLabel(style, i + 1)})` });
  }
  return relabel;
}

// ---------------------------------------------------------------------------------------------
// numbering/draft-label

const draftLabel: Rule = ctx => {
  if (ctx.doc.info.status !== 'adopted') return;
  const check = (paragraphs: readonly Paragraph[]) => {
    const labelled = paragraphs.filter(p => p.number?.suffix);
    if (labelled.length === 0) return;
    const all = renumbering(paragraphs);
    const renumber = all.length * labelled.length <= RENUMBER_BUDGET ? all : [];
    for (const p of labelled) {
      const n = p.number!;
      ctx.report({
        code: 'numbering/draft-label',
        message: `“${n.text}” is a draft label: an adopted text numbers its paragraphs 1, 2, 3 … without “${n.suffix}”.`,
        range: n.range,
        data: { renumber } satisfies DraftLabelFixData,
      });
    }
  };
  for (const part of ctx.doc.parts) check(part.operative);
  for (const a of ctx.doc.attachments) {
    check(a.paragraphs);
    for (const article of a.articles) check(article.paragraphs);
  }
};

// ---------------------------------------------------------------------------------------------
// numbering/article

const articleNumbering: Rule = ctx => {
  for (const a of ctx.doc.attachments) {
    let prev: number | undefined;
    for (const article of a.articles) {
      const n = article.number;
      if (n === undefined || !article.numberRange) continue;
      const expected = prev === undefined ? 1 : prev + 1;
      if (n !== expected) {
        ctx.report({
          code: 'numbering/article',
          message: `Expected article ${expected}, found ${n}.`,
          range: article.numberRange,
          data: { expected: String(expected), range: article.numberRange } satisfies ArticleFixData,
        });
      }
      prev = n;
    }
    // Numbered paragraphs outside the articles run through the attachment.
    reportBreaks(ctx, 'numbering/article', 'paragraph', a.paragraphs, breaksOf(a.paragraphs, sectionChange()));
    for (const article of a.articles) reportBreaks(ctx, 'numbering/article', 'paragraph', article.paragraphs, breaksOf(article.paragraphs));
  }
};

function forEachAttachmentParagraph(a: Attachment, f: (p: Paragraph) => void): void {
  for (const p of a.paragraphs) f(p);
  for (const article of a.articles) for (const p of article.paragraphs) f(p);
}

/** `numbering/operative`, `numbering/subparagraph`, `numbering/draft-label`, `numbering/article`. */
export const numberingRules: readonly Rule[] = [operativeNumbering, subparagraphNumbering, draftLabel, articleNumbering];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

/** The quick fixes of the numbering rules. */
export const numberingFixes: FixBuilders = {
  'numbering/operative': (data, _range, doc) => numberFixes(doc, data),
  'numbering/article': (data, _range, doc) => numberFixes(doc, data),
  'numbering/draft-label': (data, _range, doc) =>
    labelEditsOf(data.renumber).length > 0 ? [renumberFix(doc, labelEditsOf(data.renumber), 'Renumber the paragraphs without draft labels')] : [],
  'numbering/subparagraph': (data, _range, doc) => relabelFix(doc, data),
};

/** `numbering/operative` (and numbered attachment paragraphs): insert a missing number, renumber the sequence, or correct one label. */
function numberFixes(doc: ResolutionDocument, data: Record<string, unknown>): FixProposal[] {
  const { expected, range, insert } = data;
  if (typeof expected !== 'string' || !isRange(range)) return [];
  if (typeof insert === 'string') return [fix(`Number it ${expected}`, [{ range, newText: insert }], true)];
  const renumber = labelEditsOf(data.renumber);
  if (renumber.length > 0) return [renumberFix(doc, renumber, 'Renumber the paragraphs 1, 2, 3 … and the references to them')];
  // A heading's article number, or a sequence too long for the rule to carry its renumbering.
  return [renumberFix(doc, [{ range, newText: expected }], `Change it to ${expected}`)];
}

/** Paragraph label edits with every internal reference to the paragraphs they relabel. */
function renumberFix(doc: ResolutionDocument, labels: readonly LabelEdit[], title: string): FixProposal {
  const byStart = new Map(labels.map(e => [startKey(e.range), e.newText]));
  const paragraphs = new Map<Paragraph, string>();
  for (const part of doc.parts) {
    for (const p of part.operative) {
      const newText = p.number ? byStart.get(startKey(p.number.range)) : undefined;
      if (newText !== undefined) paragraphs.set(p, newText);
    }
  }
  const edits = [...labels.map(e => ({ range: e.range, newText: e.newText })), ...referenceEdits(doc, { paragraphs, subparagraphs: new Map() })];
  return fix(title, edits, true);
}

/** `numbering/subparagraph`: reletter the level, and the references to its subparagraphs. */
function relabelFix(doc: ResolutionDocument, data: Record<string, unknown>): FixProposal[] {
  const relabel = labelEditsOf(data.relabel);
  if (relabel.length === 0) {
    return typeof data.replacement === 'string' && isRange(data.range) ? [fix(`Write ${data.replacement}`, [{ range: data.range, newText: data.replacement }], true)] : [];
  }
  const byStart = new Map(relabel.map(e => [startKey(e.range), e.newText]));
  const subparagraphs = new Map<Subparagraph, string>();
  const visit = (subs: readonly Subparagraph[]) => {
    for (const s of subs) {
      const newText = byStart.get(startKey(s.labelRange));
      if (newText !== undefined) subparagraphs.set(s, newText.replace(/^\(|\)$/g, ''));
      visit(s.children);
    }
  };
  for (const part of doc.parts) for (const p of [...part.preambular, ...part.operative]) visit(p.subparagraphs);
  const edits = [...relabel.map(e => ({ range: e.range, newText: e.newText })), ...referenceEdits(doc, { paragraphs: new Map(), subparagraphs })];
  return [fix('Reletter the subparagraphs and the references to them', edits, true)];
}

function startKey(r: Range): string {
  return `${r.start.line}:${r.start.character}`;
}

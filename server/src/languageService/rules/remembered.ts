/**
 * A rule's findings for one element of the model (a citation, a paragraph), remembered from the
 * last run of the rules over the same document. An edit's parse keeps the objects of the blocks it
 * did not touch (`parser/reuse.ts`), so the citations and paragraphs of untouched blocks are the
 * same objects as before. Most rules judge such an element by itself and by the facts of the run
 * alone: the catalog (a lookup object stands for one state of the catalogs: the workspace index
 * makes a new one when a fact changes, and `rememberingLookup` keeps one per lookup) and the
 * document's status and symbol; a paragraph rule adds the element's place among the others
 * (`place`: last of its part, …). When those are the same, the findings are the last run's. Rules
 * that compare elements with each other (numbering, footnotes, references) run whole.
 *
 * The last run's elements are matched with this run's in order, by identity: the elements before
 * an edit are found at the same index, those after it a few places away (what the edit inserted or
 * removed). No element is hashed or looked up in a map: an object's first use as a key (a WeakMap
 * entry per paragraph) cost the first run of a 1 MB document more than the rules saved.
 */
import type { Citation, Paragraph, ResolutionDocument } from '../model';
import type { RuleContext, RuleDiagnostic } from './types';
import { shiftLines } from '../parser/reuse';
import { LastDocuments } from '../util/lastDocuments';

/** What a run's findings depend on beyond its elements. */
interface Facts {
  readonly catalog: RuleContext['catalog'];
  readonly status: string;
  readonly symbol: string | undefined;
  /** The organ the inline scan read citations for. */
  readonly organ: string | undefined;
}

/**
 * What a rule checks for one element, at its place (the number the walk gave, 0 for citations). It
 * returns `false` when its findings read more than the element, its place and the run's facts (a
 * line beyond a citation): they are then not kept.
 */
export type ElementCheck<E> = (ctx: RuleContext, element: E, place: number) => boolean | void;

/** How far past an unmatched element the last run's elements are searched (a paste or a cut of more runs the rest again). */
const LOOK_AHEAD = 64;
/** Documents whose last run is kept (the CLI checks thousands, an editor has a few open). */
const DOCUMENTS_KEPT = 8;

function factsOf(doc: ResolutionDocument, catalog: RuleContext['catalog']): Facts {
  return { catalog, status: doc.info.status, symbol: doc.info.symbol, organ: doc.info.organ };
}

function sameFacts(a: Facts, b: Facts): boolean {
  return a.catalog === b.catalog && a.status === b.status && a.symbol === b.symbol && a.organ === b.organ;
}

/**
 * How a version's lines moved from the last one's, when an element found at its lines moved by
 * `delta` is the last one's element moved: the parse copies a block that moved (new objects, lines
 * shifted), and with no comment in either version (the parse reads the comment-blanked text) a
 * block is its lines.
 */
interface Shift {
  readonly before: readonly string[];
  readonly now: readonly string[];
  readonly delta: number;
}

function shiftOf(before: { readonly lines: readonly string[]; readonly comments: boolean } | undefined, doc: ResolutionDocument): Shift | undefined {
  if (before === undefined || before.comments || doc.comments.length > 0) return undefined;
  const delta = doc.lines.length - before.lines.length;
  return delta === 0 ? undefined : { before: before.lines, now: doc.lines, delta };
}

/** Whether lines `first` to `last` of this version read as the last version's lines `delta` before. */
function movedLines(shift: Shift, first: number, last: number): boolean {
  const { before, now, delta } = shift;
  if (first - delta < 0 || last - delta >= before.length) return false;
  for (let l = first; l <= last; l++) if (now[l] !== before[l - delta]) return false;
  return true;
}

/** A finding of an element that moved by `delta` lines: its range and the ranges in its data moved with it. */
function moved(finding: RuleDiagnostic, delta: number): RuleDiagnostic {
  const { start, end } = finding.range;
  return {
    code: finding.code,
    message: finding.message,
    range: { start: { line: start.line + delta, character: start.character }, end: { line: end.line + delta, character: end.character } },
    ...(finding.data !== undefined ? { data: shiftLines(finding.data, delta) } : {}),
    ...(finding.severity !== undefined ? { severity: finding.severity } : {}),
  };
}

/**
 * One rule's findings in one run, element by element, in one list (no array per element): element
 * i's are `list[starts[i]]` up to `list[starts[i + 1]]`, kept for the next run when `kept[i]`.
 */
class RunFindings {
  readonly list: RuleDiagnostic[] = [];
  /** Typed arrays, sized for the elements expected: kept from one run to the next, they hold no pointers for the collector to trace. */
  starts: Int32Array;
  kept: Uint8Array;
  /** Elements seen so far. */
  count = 0;
  /** What the rule's checks report to: this list and the run's report. */
  readonly ctx: RuleContext;

  constructor(outer: RuleContext, expected: number) {
    this.starts = new Int32Array(expected + 1);
    this.kept = new Uint8Array(expected);
    this.ctx = {
      doc: outer.doc,
      catalog: outer.catalog,
      report: d => {
        this.list.push(d);
        outer.report(d);
      },
    };
  }

  /** Element `element`'s findings: element `j` of `before` when given and kept, else those of `check`. */
  next<E>(element: E, check: ElementCheck<E>, before: RunFindings | undefined, j: number, delta = 0, place = 0): void {
    const i = this.count++;
    if (i >= this.kept.length) this.grow();
    this.starts[i] = this.list.length;
    if (before !== undefined && j >= 0 && before.kept[j] === 1) {
      for (let k = before.starts[j], end = before.starts[j + 1]; k < end; k++) this.ctx.report(delta === 0 ? before.list[k] : moved(before.list[k], delta));
      this.kept[i] = 1;
      return;
    }
    this.kept[i] = check(this.ctx, element, place) !== false ? 1 : 0;
  }

  /** Closes the run: the last element's findings end here. */
  done(): this {
    if (this.count >= this.kept.length) this.grow();
    this.starts[this.count] = this.list.length;
    return this;
  }

  private grow(): void {
    const size = Math.max(16, this.kept.length * 2);
    const starts = new Int32Array(size + 1);
    starts.set(this.starts);
    const kept = new Uint8Array(size);
    kept.set(this.kept);
    this.starts = starts;
    this.kept = kept;
  }
}

/**
 * Follows the last run's elements while this run's come in order: `match` gives the index of an
 * element in the last run, or -1 for one it did not have.
 */
class Follower<E> {
  #next = 0;
  /** Whether the last match was an element moved (`alike`), not the same object. */
  moved = false;

  constructor(
    private readonly previous: readonly E[],
    /** Whether a last-run element is the given one moved by the version's change in line count. */
    private readonly alike?: (before: E, now: E) => boolean,
  ) {}

  match(element: E): number {
    const previous = this.previous;
    const end = Math.min(previous.length, this.#next + LOOK_AHEAD);
    this.moved = false;
    for (let j = this.#next; j < end; j++) {
      if (previous[j] === element) {
        this.#next = j + 1;
        return j;
      }
    }
    if (this.alike === undefined) return -1;
    for (let j = this.#next; j < end; j++) {
      if (this.alike(previous[j], element)) {
        this.#next = j + 1;
        this.moved = true;
        return j;
      }
    }
    return -1;
  }
}

// ---------------------------------------------------------------------------------------------
// Citations: a dozen rules check every citation; the citations are matched once per run.

interface CitationRun {
  /** The run's report function: the same for every rule of one run of `collectFindings`. */
  readonly report: RuleContext['report'];
  /** The document's citations (not the document: a run keeps no text). */
  readonly citations: readonly Citation[];
  readonly facts: Facts;
  readonly lines: readonly string[];
  readonly comments: boolean;
  /** For each citation, its index in the last run, or -1; and by how many lines it moved since. */
  readonly matched: Int32Array;
  readonly deltas: Int32Array;
  /** The last run's findings by rule (slot), when made under the same facts. */
  readonly before: readonly (RunFindings | undefined)[];
  /** This run's findings by rule. */
  readonly findings: (RunFindings | undefined)[];
}

const citationRuns = new LastDocuments<CitationRun>(DOCUMENTS_KEPT);
let citationSlots = 0;

/** This run's record of the document's citations, matched with the last run's (made by the first citation rule to ask). */
function citationRun(ctx: RuleContext): CitationRun {
  const last = citationRuns.get(ctx.doc.uri);
  if (last !== undefined && last.report === ctx.report) return last;
  const citations = ctx.doc.citations;
  const facts = factsOf(ctx.doc, ctx.catalog);
  const matched = new Int32Array(citations.length).fill(-1);
  const deltas = new Int32Array(citations.length);
  const usable = last !== undefined && sameFacts(last.facts, facts);
  if (usable) {
    const shift = shiftOf(last, ctx.doc);
    const follower = new Follower<Citation>(last.citations, shift && ((before, now) => movedCitation(shift, before, now)));
    for (let i = 0; i < citations.length; i++) {
      matched[i] = follower.match(citations[i]);
      if (follower.moved) deltas[i] = shift!.delta;
    }
  }
  const lines = ctx.doc.lines;
  const comments = ctx.doc.comments.length > 0;
  const run: CitationRun = { report: ctx.report, citations, facts, lines, comments, matched, deltas, before: usable ? last.findings : [], findings: [] };
  citationRuns.set(ctx.doc.uri, run);
  return run;
}

/** Whether a citation is the last version's `before` moved: at lines moved by the shift that read the same, at the same characters. */
function movedCitation(shift: Shift, before: Citation, now: Citation): boolean {
  const a = before.range;
  const b = now.range;
  return (
    b.start.line - a.start.line === shift.delta &&
    b.end.line - a.end.line === shift.delta &&
    a.start.character === b.start.character &&
    a.end.character === b.end.character &&
    movedLines(shift, b.start.line, b.end.line)
  );
}

/** A rule made of a check per citation, whose findings for a citation are kept while it and the run's facts stay the same. */
export function perCitation(check: ElementCheck<Citation>): (ctx: RuleContext) => void {
  const slot = citationSlots++;
  return ctx => {
    if (ctx.once === true) {
      for (const citation of ctx.doc.citations) check(ctx, citation, 0);
      return;
    }
    const run = citationRun(ctx);
    const before = run.before[slot];
    const found = new RunFindings(ctx, run.citations.length);
    const citations = run.citations;
    for (let i = 0; i < citations.length; i++) found.next(citations[i], check, before, run.matched[i], run.deltas[i]);
    run.findings[slot] = found.done();
  };
}

// ---------------------------------------------------------------------------------------------
// Paragraphs (or any elements a rule walks in order), one rule at a time.

interface ElementRun<E> {
  readonly facts: Facts;
  /** The document's lines, and whether it has comments (blanked for the parse, so a kept block may differ in them). */
  readonly lines: readonly string[];
  readonly comments: boolean;
  readonly elements: E[];
  readonly places: number[];
  readonly findings: RunFindings;
}

/** Paragraphs made alike from the same lines: of the same kind, in the same section. */
export function sameKindAndSection(before: Paragraph, now: Paragraph): boolean {
  return before.kind === now.kind && before.section === now.section;
}

/** Every rule's remembered findings, to forget a closed document's. */
const everyParagraphMemo: { forget(uri: string): void }[] = [];

/** Forgets the findings of a document's last run (the editor closed it). */
export function forgetFindings(uri: string): void {
  citationRuns.delete(uri);
  for (const memo of everyParagraphMemo) memo.forget(uri);
}

/** Whether an element's lines read the same in two versions. */
function sameLines(before: readonly string[], now: readonly string[], first: number, last: number): boolean {
  for (let l = first; l <= last; l++) if (before[l] !== now[l]) return false;
  return true;
}

/**
 * One rule's findings by element, for the elements it walks in document order with their places.
 * The parse keeps a block whose comment-blanked text is unchanged, and rules read the lines as
 * written: when either version has comments, a kept element's lines are compared too.
 */
export class RememberedFindings<E extends { readonly firstLine: number; readonly lastLine: number }> {
  readonly #runs = new LastDocuments<ElementRun<E>>(DOCUMENTS_KEPT);

  /** `alike`: whether two elements at the same lines (moved or not) are made alike from them (a paragraph's kind and section). */
  constructor(private readonly alike?: (before: E, now: E) => boolean) {
    everyParagraphMemo.push(this);
  }

  forget(uri: string): void {
    this.#runs.delete(uri);
  }

  /**
   * Walks a run of the rule: `walk` calls `check(element, place, run)` for each element in
   * document order, with a number standing for what the rule reads of the element's neighbours;
   * the findings of `run` are reported, the last run's when the element and its place are the same.
   */
  walk(ctx: RuleContext, walk: (check: (element: E, place: number, run: ElementCheck<E>) => void) => void): void {
    if (ctx.once === true) {
      walk((element, place, check) => check(ctx, element, place));
      return;
    }
    const facts = factsOf(ctx.doc, ctx.catalog);
    const last = this.#runs.get(ctx.doc.uri);
    const previous = last !== undefined && sameFacts(last.facts, facts) ? last : undefined;
    const shift = this.alike && shiftOf(previous, ctx.doc);
    const alike = this.alike;
    const follower =
      previous &&
      new Follower<E>(
        previous.elements,
        shift &&
          ((before, now) =>
            now.firstLine - before.firstLine === shift.delta &&
            now.lastLine - before.lastLine === shift.delta &&
            alike!(before, now) &&
            movedLines(shift, now.firstLine, now.lastLine)),
      );
    const lines = ctx.doc.lines;
    const comments = ctx.doc.comments.length > 0;
    const compareLines = previous !== undefined && previous.lines !== lines && (comments || previous.comments);
    const run: ElementRun<E> = { facts, lines, comments, elements: [], places: [], findings: new RunFindings(ctx, last?.elements.length ?? 64) };
    walk((element, place, check) => {
      let j = follower ? follower.match(element) : -1;
      if (j >= 0 && (previous!.places[j] !== place || (compareLines && !sameLines(previous!.lines, lines, element.firstLine, element.lastLine)))) j = -1;
      run.findings.next(element, check, previous?.findings, j, j >= 0 && follower!.moved ? shift!.delta : 0, place);
      run.elements.push(element);
      run.places.push(place);
    });
    run.findings.done();
    this.#runs.set(ctx.doc.uri, run);
  }
}

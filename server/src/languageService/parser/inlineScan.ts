/**
 * Runs the inline scanner over every body block (paragraphs, headings, footnote definitions) and
 * gathers what it finds into document-wide lists, with each paragraph reference told which
 * operative paragraph it stands in.
 */
import type { Citation, DateMention, HyphenBreak, Organ, ParagraphReference, SymbolMention } from '../model';
import { scanInline, type InlineResult } from './inline';
import type { ScanUnit } from './structure';
import { BlockLines } from './spans';

/** Reuse of an earlier parse's findings (`inlineReuse.ts`). */
export interface InlineReuse {
  /** Appends the findings the last parse made of `unit` when its lines did not change (shifted when it moved); false when there are none. */
  reuse(unit: ScanUnit, found: InlineFindings): boolean;
  /** Records that `unit`'s findings end where `found`'s lists end now, for the next parse. */
  record(unit: ScanUnit, found: InlineFindings): void;
}

/** What the inline scanner found in the whole body, in document order. */
export interface InlineFindings {
  readonly citations: Citation[];
  readonly symbols: SymbolMention[];
  readonly dates: DateMention[];
  readonly references: ParagraphReference[];
  readonly hyphenBreaks: HyphenBreak[];
}

/** Scans each unit's comment-blanked lines, joined by `\n`; a scanner failure loses only that unit's findings. */
export function scanUnits(lines: readonly string[], units: readonly ScanUnit[], organ: Organ | undefined, reuse?: InlineReuse): InlineFindings {
  const found: InlineFindings = { citations: [], symbols: [], dates: [], references: [], hyphenBreaks: [] };
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    try {
      if (reuse === undefined || !reuse.reuse(unit, found)) {
        const result = scanUnit(lines, unit, organ);
        // Appended one by one: most lists are empty or short, and `push(...list)` costs a call with spread arguments.
        append(found.citations, result.citations);
        append(found.symbols, result.symbols);
        append(found.dates, result.dates);
        append(found.hyphenBreaks, result.hyphenBreaks);
        const references = result.references;
        for (let k = 0; k < references.length; k++) found.references.push(unit.inOperative !== undefined ? inOperative(references[k], unit.inOperative) : references[k]);
      }
    } catch {
      // Another module's failure must not cost the document its structure.
    }
    reuse?.record(unit, found);
  }
  return found;
}

function append<T>(to: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) to.push(items[k]);
}

/** A reference told the operative paragraph it stands in; its fields written out, in their order (a spread took V8's slow path). */
function inOperative(r: ParagraphReference, paragraph: number | undefined): ParagraphReference {
  const out: { -readonly [K in keyof ParagraphReference]: ParagraphReference[K] } = { range: r.range, kind: r.kind, targets: r.targets, isRange: r.isRange } as ParagraphReference;
  if (r.direction !== undefined) out.direction = r.direction;
  if (r.directionRange !== undefined) out.directionRange = r.directionRange;
  out.present = r.present;
  if (paragraph !== undefined) out.inOperative = paragraph;
  return out;
}

/** A reference of an earlier parse in the operative paragraph `paragraph` (none: `undefined`): itself when it says so already. */
export function inParagraph(r: ParagraphReference, paragraph: number | undefined): ParagraphReference {
  return r.inOperative === paragraph ? r : inOperative(r, paragraph);
}

/** The line starts of every one-line unit (most of them). */
const ONE_LINE: readonly number[] = Object.freeze([0]);

/** The findings of one unit, its positions in the document. */
function scanUnit(lines: readonly string[], unit: ScanUnit, organ: Organ | undefined): InlineResult {
  let starts: readonly number[] = ONE_LINE;
  if (unit.last > unit.first) {
    const many: number[] = [];
    let offset = 0;
    for (let l = unit.first; l <= unit.last; l++) {
      many.push(offset);
      offset += lines[l].length + 1;
    }
    starts = many;
  }
  const text = unit.first === unit.last ? lines[unit.first] : lines.slice(unit.first, unit.last + 1).join('\n');
  return scanInline({ text, lines: new BlockLines(unit.first, starts, text.length), organ });
}

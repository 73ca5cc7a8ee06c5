/**
 * A comparison in the two forms the CLI and the editor show: the JSON contract of `unres diff
 * --format json`, and a text that reads like a negotiator's comparison of two drafts
 * (`OP 3 (was 2): unchanged`, `PP 4 inserted: …`, word changes as `[-old-]{+new+}`).
 */
import type { ChangeKind, Comparison, ChangeSide, VersionChange, WordChange } from './compare';

/** One change as `unres diff --format json` prints it. */
export interface JsonChange {
  readonly kind: ChangeKind;
  readonly old: { readonly label: string; readonly line: number } | null;
  readonly new: { readonly label: string; readonly line: number } | null;
  readonly words?: readonly WordChange[];
}

export function comparisonJson(c: Comparison): JsonChange[] {
  const side = (s: ChangeSide | null) => (s ? { label: s.label, line: s.line } : null);
  return c.changes.map(x => ({ kind: x.kind, old: side(x.old), new: side(x.new), ...(x.words ? { words: x.words } : {}) }));
}

/** How negotiators name a unit: `PP 3`, `OP 4`, `OP 4 (b)`; other labels as they are. */
export function spokenLabel(s: ChangeSide): string {
  const pp = /^(?:([A-Z]) )?PP(\d+)$/.exec(s.label);
  if (pp) return `${pp[1] ? `${pp[1]} ` : ''}PP ${pp[2]}`;
  if (s.cls === 'operative' || (s.cls === 'subparagraph' && /^(?:[A-Z] )?\d/.test(s.label))) {
    const op = /^(?:([A-Z]) )?(.*)$/.exec(s.label)!;
    return `${op[1] ? `${op[1]} ` : ''}OP ${op[2].replace(/^OP/, '')}`;
  }
  if (s.cls === 'front matter') return `front matter “${s.label}”`;
  return s.label;
}

/** Counts by kind: `2 inserted, 1 deleted, 3 changed`. */
export function comparisonSummary(c: Comparison): string {
  const order: ChangeKind[] = ['inserted', 'deleted', 'changed', 'moved', 'renumbered'];
  const counts = order.map(k => [k, c.changes.filter(x => x.kind === k).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 0) return 'no changes';
  return counts.map(([k, n]) => `${n} ${k}`).join(', ');
}

export interface TextReportOptions {
  /** Shown before each line number: the file names. */
  readonly oldName: string;
  readonly newName: string;
  /** Words of unchanged text kept on each side of a change (the rest shown as `…`); default 8. */
  readonly context?: number;
}

/** The text report: one line per change, each starting with `FILE:LINE:` of the place it is about. */
export function comparisonText(c: Comparison, options: TextReportOptions): string {
  const lines = [`${options.oldName} → ${options.newName}: ${comparisonSummary(c)}${c.approximate ? ' (approximate: the versions differ too much for an exact alignment)' : ''}`];
  for (const x of c.changes) lines.push(changeLine(x, options));
  return lines.join('\n') + '\n';
}

function changeLine(x: VersionChange, options: TextReportOptions): string {
  const context = options.context ?? 8;
  const where = x.new ? `${options.newName}:${x.new.line}` : `${options.oldName}:${x.old!.line}`;
  const was =
    x.old && x.new && x.old.label !== x.new.label ? ` (was ${x.old.cls === x.new.cls ? spokenLabel(x.old).replace(/^(?:[A-Z] )?(?:OP|PP) /, '') : spokenLabel(x.old)})` : '';
  switch (x.kind) {
    case 'inserted':
      return `${where}: ${spokenLabel(x.new!)} inserted: ${excerpt(x.new!.text)}`;
    case 'deleted':
      return `${where}: ${spokenLabel(x.old!)} deleted: ${excerpt(x.old!.text)}`;
    case 'renumbered':
      return `${where}: ${spokenLabel(x.new!)}${was}: unchanged`;
    case 'changed':
      return `${where}: ${spokenLabel(x.new!)}${was}: changed: ${wordText(x.words ?? [], context)}`;
    case 'moved':
      return `${where}: ${spokenLabel(x.new!)} (moved from ${spokenLabel(x.old!)}, line ${x.old!.line}): ${x.words ? `changed: ${wordText(x.words, context)}` : 'unchanged'}`;
  }
}

function excerpt(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `…the provisional agenda of its [-seventy-fifth-]{+seventy-sixth+} session the item…`. */
export function wordText(words: readonly WordChange[], context: number): string {
  return words
    .map((w, k) => {
      if (w.op === 'delete') return `[-${w.text}-]`;
      if (w.op === 'insert') return `{+${w.text}+}`;
      return shorten(w.text, context, k > 0, k < words.length - 1);
    })
    .join('');
}

function shorten(text: string, context: number, before: boolean, after: boolean): string {
  const tokens = text.split(/(?<=\s)(?=\S)/);
  const keep = (before ? context : 0) + (after ? context : 0);
  if (tokens.length <= keep + 2) return text;
  const head = before ? tokens.slice(0, context).join('') : '';
  const tail = after ? tokens.slice(tokens.length - context).join('') : '';
  return `${head}…${tail ? ` ${tail}` : ''}`;
}

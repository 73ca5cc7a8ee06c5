/**
 * What a quick fix is, and the small builders every family's fixes share. Each rule module exports
 * the fix builders of its own codes beside the rules that write the data they read
 * (`numberingFixes` in numbering.ts …); features/codeActions.ts gathers them and applies them.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { RuleCode } from '../config';
import type { ResolutionDocument } from '../model';
import { isRange } from '../util/edits';

/** One fix of one diagnostic. */
export interface FixProposal {
  readonly title: string;
  /** Non-overlapping edits of the document. */
  readonly edits: readonly TextEdit[];
  /** Whether `source.fixAll.unres` applies it. */
  readonly safe: boolean;
  /** The fix an editor may apply with one keystroke. */
  readonly preferred: boolean;
}

/**
 * The fixes of one finding, from the `data` its rule reported (not trusted: it comes back from the
 * client) and the diagnostic's range; the model only to bring references along or copy text.
 */
export type FixBuilder = (data: Record<string, unknown>, range: Range, doc: ResolutionDocument) => FixProposal[];

/** A family's fix builders by rule code; a code without one gets {@link replacementFix}, never safe. */
export type FixBuilders = { readonly [C in RuleCode]?: FixBuilder };

export function fix(title: string, edits: readonly TextEdit[], safe: boolean, preferred = true): FixProposal {
  return { title, edits, safe, preferred };
}

/** Data `{ replacement, range }`: the replacement put in place of the range. */
export function replacementFix(data: Record<string, unknown>, title: (replacement: string) => string, safe: boolean): FixProposal[] {
  const { replacement, range } = data;
  if (typeof replacement !== 'string' || !isRange(range)) return [];
  return [fix(title(replacement), [{ range, newText: replacement }], safe)];
}

/** The well-formed label edits of a `renumber` / `relabel` list in a diagnostic's data. */
export function labelEditsOf(value: unknown): TextEdit[] {
  if (!Array.isArray(value)) return [];
  return value.filter((e): e is TextEdit => typeof e === 'object' && e !== null && isRange(e.range) && typeof e.newText === 'string');
}

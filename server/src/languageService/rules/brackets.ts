/**
 * The negotiation bracket rules (contract §2, §4): every `[` has its `]` (`brackets/unbalanced`,
 * one finding per unmatched bracket), and an adopted text keeps no brackets at all
 * (`brackets/adopted`: one finding per pair, over the bracketed text, and one per unmatched bracket,
 * which `brackets/unbalanced` reports too). Footnote references `[^1]` are not brackets;
 * the parser pairs brackets across the whole body, so a pair may span paragraphs.
 */
import type { Range } from '../model';
import type { Rule } from './types';
import { isRange } from '../util/edits';
import { fix, type FixBuilders } from './fix';

/** Data of a `brackets/unbalanced` finding: the lone bracket and its range (a fix may delete it). */
export interface UnbalancedBracketFixData {
  readonly bracket: '[' | ']';
  readonly range: Range;
}

/**
 * Data of a `brackets/adopted` finding: the brackets to delete, keeping the text between them —
 * both of a pair, or the one of an unmatched bracket.
 */
export interface AdoptedBracketFixData {
  readonly open?: Range;
  readonly close?: Range;
}

const unbalanced: Rule = ctx => {
  for (const b of ctx.doc.brackets) {
    if (b.open && !b.close) {
      ctx.report({
        code: 'brackets/unbalanced',
        message: 'This “[” is never closed: negotiation brackets come in pairs.',
        range: b.open,
        data: { bracket: '[', range: b.open } satisfies UnbalancedBracketFixData,
      });
    } else if (b.close && !b.open) {
      ctx.report({
        code: 'brackets/unbalanced',
        message: 'This “]” closes no bracket: negotiation brackets come in pairs.',
        range: b.close,
        data: { bracket: ']', range: b.close } satisfies UnbalancedBracketFixData,
      });
    }
  }
};

const adopted: Rule = ctx => {
  if (ctx.doc.info.status !== 'adopted') return;
  for (const b of ctx.doc.brackets) {
    const range = b.open && b.close ? { start: b.open.start, end: b.close.end } : (b.open ?? b.close);
    if (!range) continue;
    ctx.report({
      code: 'brackets/adopted',
      message:
        b.open && b.close
          ? 'An adopted text keeps no negotiation brackets: agree the text and remove them.'
          : `An adopted text keeps no negotiation brackets: remove this “${b.open ? '[' : ']'}”.`,
      range,
      data: { ...(b.open ? { open: b.open } : {}), ...(b.close ? { close: b.close } : {}) } satisfies AdoptedBracketFixData,
    });
  }
};

/** `brackets/unbalanced`, `brackets/adopted`. */
export const bracketsRules: readonly Rule[] = [unbalanced, adopted];

// ---------------------------------------------------------------------------------------------
// Quick fixes: read the data the rules above report (features/codeActions.ts applies them)

/** The quick fixes of the bracket rules: text is removed, so the drafter applies them one by one. */
export const bracketsFixes: FixBuilders = {
  'brackets/unbalanced': data =>
    isRange(data.range) && typeof data.bracket === 'string' ? [fix(`Remove the lone “${data.bracket}”`, [{ range: data.range, newText: '' }], false)] : [],
  'brackets/adopted': data =>
    isRange(data.open) && isRange(data.close)
      ? [
          fix(
            'Remove the brackets, keeping the text',
            [
              { range: data.open, newText: '' },
              { range: data.close, newText: '' },
            ],
            false,
          ),
        ]
      : [],
};

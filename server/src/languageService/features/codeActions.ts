/**
 * Quick fixes and `source.fixAll.unres`. Every fix is built from the diagnostic's `data`, the
 * facts its rule recorded (the expected number, the replacement, the renumbering of the whole
 * sequence …): code actions never run a rule again. The model is read only to bring internal
 * references along when labels change and to copy text that a fix moves.
 *
 * A fix is *safe* — applied by `source.fixAll.unres` — when it is certain from the text alone
 * and changes no word: numbers, labels, final marks, emphasis, list separators, the order of a
 * citation list, a hyphen for a slash, the direction word of a reference. Fixes that guess
 * (a phrase for a misspelt one, a participle for an operative verb, a front matter value),
 * replace facts (the catalog's date), or add, remove or move text are offered one by one, and so
 * is every fix of a finding marked `unsure` (in a paragraph the checker did not understand:
 * rules/understood.ts). Every diagnostic also gets "Disable <rule> for this line / file"
 * (./disableActions.ts), after its fixes.
 */
import { COMMANDS } from '../commands';
import { isRuleCode, type RuleCode } from '../config';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';
import { bracketsFixes } from '../rules/brackets';
import { catalogFixes } from '../rules/catalog';
import { citationsFixes } from '../rules/citations';
import { replacementFix, type FixBuilders, type FixProposal } from '../rules/fix';
import { footnotesFixes } from '../rules/footnotes';
import { numberingFixes } from '../rules/numbering';
import { phrasesFixes } from '../rules/phrases';
import { punctuationFixes } from '../rules/punctuation';
import { referencesFixes } from '../rules/references';
import { structureFixes } from '../rules/structure';
import { anyOverlap, editsOverlap, rangeInside, sortEdits } from '../util/edits';
import { disableActions } from './disableActions';

/** The code action kind of "fix everything safe" in a `.unres` document. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unres`;

export type { FixProposal } from '../rules/fix';

/** The quick fixes of one diagnostic (none when its data is missing, malformed or stale). */
export function fixesFor(doc: ResolutionDocument, diagnostic: Diagnostic): FixProposal[] {
  if (diagnostic.source !== undefined && diagnostic.source !== 'unres') return [];
  const code = diagnostic.code;
  const data = diagnostic.data as Record<string, unknown> | undefined;
  if (!isRuleCode(code) || typeof data !== 'object' || data === null) return [];
  let fixes: FixProposal[];
  try {
    fixes = buildFixes(doc, code, diagnostic.range, data);
  } catch {
    // Data from a client is not trusted; a shape no fix expects yields no fix.
    return [];
  }
  // A finding the rules were unsure of (in a paragraph pasted with page furniture, a mark after a
  // possible footnote number) is fixed one by one, never by Fix All.
  if (data.unsure === true) fixes = fixes.map(f => ({ ...f, safe: false }));
  // A fix whose ranges fall outside the text was computed for another version: never apply it.
  return fixes.filter(f => f.edits.length > 0 && f.edits.every(e => rangeInside(e.range, doc.lines) && typeof e.newText === 'string') && !anyOverlap(f.edits));
}

/**
 * The code actions for a request: the quick fixes of the diagnostics given (those the editor shows
 * at the range), and, when asked for (`only` naming it or a parent kind) the fix-all action built
 * from `allDiagnostics`.
 */
export function provideCodeActions(
  doc: ResolutionDocument,
  uri: string,
  diagnostics: readonly Diagnostic[],
  only: readonly string[] | undefined,
  allDiagnostics: () => readonly Diagnostic[],
): CodeAction[] {
  const wants = (kind: string) => !only || only.length === 0 || only.some(o => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of diagnostics) {
      actions.push(...onlineActions(diagnostic));
      for (const fix of fixesFor(doc, diagnostic)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: { changes: { [uri]: [...fix.edits] } },
        });
      }
      // Last, as ESLint orders them: silence the rule here or in the whole file.
      actions.push(...disableActions(doc, uri, diagnostic));
    }
  }
  // The fix-all action only when asked for by kind: on save, or from the source action menu.
  if (only && only.length > 0 && wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(doc, allDiagnostics());
    if (edits.length > 0) actions.push({ title: 'Fix all safe unres problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
  }
  return actions;
}

/**
 * On a resolution no catalog knows: ask the UN Digital Library once, or always. Commands, not
 * edits: the adapters do the asking (the service never reaches the network).
 */
function onlineActions(diagnostic: Diagnostic): CodeAction[] {
  if (diagnostic.code !== 'citation/unknown' || (diagnostic.source !== undefined && diagnostic.source !== 'unres')) return [];
  const symbol = (diagnostic.data as { symbol?: unknown } | undefined)?.symbol;
  if (typeof symbol !== 'string' || symbol.length > 100) return [];
  return [
    {
      title: 'Look up in the UN Digital Library',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Look up in the UN Digital Library', command: COMMANDS.lookUpOnline, arguments: [symbol] },
    },
    {
      title: 'Always look up unknown citations online',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Always look up unknown citations online', command: COMMANDS.enableOnlineLookup },
    },
  ];
}

/**
 * Every safe fix of the diagnostics at once: fixes are taken in order and one whose edits overlap
 * an accepted one is left for the next round (the rules then see the text as it became). Fixes
 * shared by several diagnostics (one renumbering for every break of a sequence) are applied once.
 */
export function fixAllEdits(doc: ResolutionDocument, diagnostics: readonly Diagnostic[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    for (const fix of fixesFor(doc, diagnostic)) {
      if (!fix.safe) continue;
      const key = JSON.stringify(sortEdits(fix.edits));
      if (seen.has(key)) continue;
      seen.add(key);
      if (fix.edits.some(e => accepted.some(a => editsOverlap(a, e)))) continue;
      accepted.push(...fix.edits);
      break;
    }
  }
  return sortEdits(accepted);
}

// ---------------------------------------------------------------------------------------------
// Fixes by rule: each family's builders live beside its rules (rules/<family>.ts)

const FIXES: FixBuilders = {
  ...numberingFixes,
  ...punctuationFixes,
  ...phrasesFixes,
  ...citationsFixes,
  ...catalogFixes,
  ...referencesFixes,
  ...footnotesFixes,
  ...bracketsFixes,
  ...structureFixes,
};

function buildFixes(doc: ResolutionDocument, code: RuleCode, range: Range, data: Record<string, unknown>): FixProposal[] {
  const build = FIXES[code];
  // A code with no builder of its own: a `{ replacement, range }` in its data is offered, never safe.
  return build ? build(data, range, doc) : replacementFix(data, r => `Write “${r}”`, false);
}

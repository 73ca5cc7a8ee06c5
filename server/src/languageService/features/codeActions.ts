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
 * (./fixes/disable.ts), after its fixes.
 */
import { isRuleCode, type RuleCode } from '../config';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Paragraph, ResolutionDocument, Subparagraph } from '../model';
import { anyOverlap, comparePositions, editsOverlap, isRange, rangeInside, sortEdits, textAt } from './fixes/edits';
import { referenceEdits } from './fixes/references';
import { disableActions } from './fixes/disable';

/** The code action kind of "fix everything safe" in a `.unres` document. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unres`;

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
      command: { title: 'Look up in the UN Digital Library', command: LOOK_UP_ONLINE, arguments: [symbol] },
    },
    {
      title: 'Always look up unknown citations online',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Always look up unknown citations online', command: ENABLE_ONLINE_LOOKUP },
    },
  ];
}

/** The commands of {@link onlineActions} (`COMMANDS` of the façade names them too). */
export const LOOK_UP_ONLINE = 'unres.lookUpOnline';
export const ENABLE_ONLINE_LOOKUP = 'unres.enableOnlineLookup';

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
// Fixes by rule

function buildFixes(doc: ResolutionDocument, code: RuleCode, range: Range, data: Record<string, unknown>): FixProposal[] {
  switch (code) {
    case 'numbering/operative':
    case 'numbering/article':
      return numberFixes(doc, data);
    case 'numbering/draft-label':
      return labelEditsOf(data.renumber).length > 0 ? [renumberFix(doc, labelEditsOf(data.renumber), 'Renumber the paragraphs without draft labels')] : [];
    case 'numbering/subparagraph':
      return relabelFix(doc, data);
    case 'punctuation/preambular':
    case 'punctuation/operative':
      return typeof data.expected === 'string' && isRange(data.range) ? [fix(`End with “${data.expected}”`, [{ range: data.range, newText: data.expected }], true)] : [];
    case 'phrase/emphasis':
      return typeof data.replacement === 'string' ? [fix(`Put the opening phrase in emphasis: ${data.replacement}`, [{ range, newText: data.replacement }], true)] : [];
    case 'phrase/preambular':
    case 'phrase/operative':
      return typeof data.replacement === 'string' ? [fix(`Write “${data.replacement}”`, [{ range, newText: data.replacement }], false)] : [];
    case 'citation/order':
      return typeof data.replacement === 'string' && isRange(data.range) ? [fix('Sort the list by date', [{ range: data.range, newText: data.replacement }], true)] : [];
    case 'citation/conjunction':
      return replacementFix(data, r => (r === ' and ' ? 'Join the last item with “and”' : 'Separate the items with a comma'), true);
    case 'citation/separator':
      return replacementFix(data, r => (r === ' and ' ? 'Join the last item with “and”' : 'Separate the items with a comma'), true);
    case 'punctuation/hyphen':
      // Which of the two the word wants only the drafter knows: neither is safe for fix-all.
      return isRange(data.range) && typeof data.keep === 'string' && typeof data.join === 'string'
        ? [
            fix('Join, keeping the hyphen', [{ range: data.range, newText: data.keep }], false),
            fix('Join the divided word', [{ range: data.range, newText: data.join }], false, false),
          ]
        : [];
    case 'citation/format':
      // A year from the catalog is a fact from outside the text: the drafter applies it.
      return replacementFix(data, r => `Write ${r}`, data.fromCatalog !== true);
    case 'citation/duplicate':
      return Array.isArray(data.edits) ? [fix('Remove the repeated item', data.edits as TextEdit[], false)] : [];
    case 'citation/date':
      // The catalog's date: a fact from outside the text, so the drafter applies it.
      return typeof data.replacement === 'string'
        ? [fix(`Write the catalog's date: ${data.replacement}`, [{ range, newText: data.replacement }], false, data.doubtful !== true)]
        : [];
    case 'reference/paragraph':
      return replacementFix(data, r => `Write “${r}”`, true);
    case 'footnote/undefined':
      return typeof data.text === 'string' && isRange({ start: data.position, end: data.position }) && typeof data.label === 'string'
        ? [
            fix(
              `Add a definition of footnote [^${data.label}]`,
              [{ range: { start: data.position as Range['start'], end: data.position as Range['start'] }, newText: data.text }],
              false,
            ),
          ]
        : [];
    case 'footnote/unused':
      return isRange(data.range) && typeof data.label === 'string' ? [fix(`Remove the definition of footnote [^${data.label}]`, [{ range: data.range, newText: '' }], false)] : [];
    case 'footnote/order':
      return Array.isArray(data.renumber) ? [fix('Renumber the footnotes in order of first reference', labelEditsOf(data.renumber), true)] : [];
    case 'brackets/unbalanced':
      return isRange(data.range) && typeof data.bracket === 'string' ? [fix(`Remove the lone “${data.bracket}”`, [{ range: data.range, newText: '' }], false)] : [];
    case 'brackets/adopted':
      return isRange(data.open) && isRange(data.close)
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
        : [];
    case 'structure/order':
      return moveFix(doc, data);
    case 'structure/organ-line':
      // Safe when only the form changes (a comma, the case), not the organ named.
      return replacementFix(
        data,
        r => `Write “${r.trim()}”`,
        isRange(data.range) && typeof data.replacement === 'string' && sameWords(textAt(doc.lines, data.range), data.replacement),
      );
    default:
      return replacementFix(data, r => `Write “${r}”`, false);
  }
}

function fix(title: string, edits: readonly TextEdit[], safe: boolean, preferred = true): FixProposal {
  return { title, edits, safe, preferred };
}

/** Data `{ replacement, range }`: the replacement put in place of the range. */
function replacementFix(data: Record<string, unknown>, title: (replacement: string) => string, safe: boolean): FixProposal[] {
  const { replacement, range } = data;
  if (typeof replacement !== 'string' || !isRange(range)) return [];
  return [fix(title(replacement), [{ range, newText: replacement }], safe)];
}

interface LabelEdit extends TextEdit {
  readonly from?: string;
}

function labelEditsOf(value: unknown): LabelEdit[] {
  if (!Array.isArray(value)) return [];
  return value.filter((e): e is LabelEdit => typeof e === 'object' && e !== null && isRange(e.range) && typeof e.newText === 'string');
}

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
  const byStart = new Map(labels.map(e => [key(e.range), e.newText]));
  const paragraphs = new Map<Paragraph, string>();
  for (const part of doc.parts) {
    for (const p of part.operative) {
      const newText = p.number ? byStart.get(key(p.number.range)) : undefined;
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
  const byStart = new Map(relabel.map(e => [key(e.range), e.newText]));
  const subparagraphs = new Map<Subparagraph, string>();
  const visit = (subs: readonly Subparagraph[]) => {
    for (const s of subs) {
      const newText = byStart.get(key(s.labelRange));
      if (newText !== undefined) subparagraphs.set(s, newText.replace(/^\(|\)$/g, ''));
      visit(s.children);
    }
  };
  for (const part of doc.parts) for (const p of [...part.preambular, ...part.operative]) visit(p.subparagraphs);
  const edits = [...relabel.map(e => ({ range: e.range, newText: e.newText })), ...referenceEdits(doc, { paragraphs: new Map(), subparagraphs })];
  return [fix('Reletter the subparagraphs and the references to them', edits, true)];
}

/** `structure/order`: move a preambular paragraph found among the operative ones to the end of the preamble. */
function moveFix(doc: ResolutionDocument, data: Record<string, unknown>): FixProposal[] {
  const { paragraph, before } = data;
  if (!isRange(paragraph) || !isRange({ start: before, end: before })) return [];
  const at = before as Range['start'];
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

function key(r: Range): string {
  return `${r.start.line}:${r.start.character}`;
}

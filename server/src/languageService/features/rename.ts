/**
 * Rename.
 *
 * On a paragraph number (the label `3.` or a reference `paragraph 3 above`): the paragraph takes
 * the new number and every internal reference to it follows. What a drafter expects of "rename 3
 * to 5" is the same paragraph, still third in the text, now called 5, with `paragraph 3 above`
 * reading `paragraph 5 above` — text is never moved, and the other paragraphs keep their
 * numbers. A number another paragraph of the same part already carries is refused (two
 * paragraphs 5 would make every `paragraph 5` ambiguous): "Renumber paragraphs" renumbers a whole
 * sequence. `5 bis` is accepted in a draft, not in an adopted text.
 *
 * On the document's own symbol (the front matter's `symbol` value): the value and every citation
 * of the document in the workspace (`its resolution 74/29`, `A/RES/74/29`) follow, each written
 * in its own form. A new symbol a citation cannot be written with (another organ's series) is
 * refused.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { Paragraph, ResolutionDocument, ResolutionPart } from '../model';
import { normalizeSymbol } from '../util/symbols';
import { DRAFT_SUFFIXES } from '../util/draftSuffixes';
import { SERIES_PREFIXES } from '../util/organs';
import { contains } from './shared';
import { textAt } from '../util/edits';
import { referenceEdits } from '../query/referenceEdits';
import { resolveReference } from '../query/references';
import { ownSymbolAt } from '../query/cursor';
import { isCancelled, type CancellationLike } from '../util/cancellation';

/** What can be renamed at a position: its range and the text an editor proposes. */
export interface RenameTarget {
  readonly range: Range;
  readonly placeholder: string;
}

/** A rename's edits by document URI, or why it cannot be done. */
export type RenameResult = { readonly changes: Record<string, TextEdit[]> } | { readonly error: string };

/** The renamable thing at `pos`: the own symbol, a paragraph number or a reference's number. */
export function prepareRename(doc: ResolutionDocument, pos: Position): RenameTarget | undefined {
  const own = ownSymbolAt(doc, pos);
  if (own) return { range: own.range, placeholder: own.text };
  const found = paragraphAt(doc, pos);
  return found ? { range: found.range, placeholder: found.paragraph.number?.text ?? '' } : undefined;
}

/** The operative paragraph whose number is at `pos` (its label, or a reference to it), with the number's range there. */
function paragraphAt(doc: ResolutionDocument, pos: Position): { paragraph: Paragraph; part: ResolutionPart; range: Range } | undefined {
  for (const part of doc.parts) {
    const paragraph = part.operative.find(p => p.number && contains(p.number.range, pos));
    if (paragraph) return { paragraph, part, range: paragraph.number!.range };
  }
  for (const ref of doc.references) {
    if (!contains(ref.range, pos)) continue;
    for (const target of ref.targets) {
      const r = target.range;
      if (target.paragraph === undefined || r.start.line !== r.end.line || !contains(r, pos)) continue;
      // The number, with its draft label (`5 bis`) when it has one.
      const written = textAt(doc.lines, r);
      const digits = target.suffix !== undefined ? (/^\d+\s+[a-z]+/.exec(written)?.[0] ?? '') : String(target.paragraph);
      if (digits === '' || !written.startsWith(digits)) continue;
      const range = { start: r.start, end: { line: r.start.line, character: r.start.character + digits.length } };
      if (!contains(range, pos)) continue;
      const found = resolveReference(doc, ref, target);
      const part = found && doc.parts.find(p => p.operative.includes(found.paragraph));
      if (found?.paragraph.number && part) return { paragraph: found.paragraph, part, range };
    }
  }
  return undefined;
}

/** Renames the paragraph number at `pos` to `newName` (`5`, `5 bis`), with its references. */
export function renameParagraph(doc: ResolutionDocument, pos: Position, newName: string): RenameResult {
  const found = paragraphAt(doc, pos);
  if (!found || !found.paragraph.number) return { error: 'Only a paragraph number or the document’s own symbol can be renamed here.' };
  const m = /^(\d{1,4})(?:\s+([a-z]+))?$/.exec(newName.trim());
  if (!m || (m[2] !== undefined && !DRAFT_SUFFIXES.includes(m[2]))) return { error: `“${newName}” is not a paragraph number: write 5, or 5 bis in a draft.` };
  if (m[2] !== undefined && doc.info.status === 'adopted') return { error: 'An adopted text numbers its paragraphs without bis, ter …' };
  const label = m[2] !== undefined ? `${Number(m[1])} ${m[2]}` : String(Number(m[1]));
  const { paragraph, part } = found;
  if (label === paragraph.number!.text) return { changes: {} };
  const taken = part.operative.find(p => p !== paragraph && p.number?.text.replace(/\s+/g, ' ') === label);
  if (taken) return { error: `Paragraph ${label} exists already (line ${taken.firstLine + 1}): use “Renumber paragraphs” to renumber the sequence.` };
  const edits: TextEdit[] = [{ range: paragraph.number!.range, newText: label }, ...referenceEdits(doc, { paragraphs: new Map([[paragraph, label]]), subparagraphs: new Map() })];
  return { changes: { [doc.uri]: edits } };
}

/** What renaming a document's own symbol reads of the workspace. */
export interface SymbolRenameWorkspace {
  /** Every document the workspace index knows, once its first scan is done. */
  documents(): Promise<Iterable<string>>;
  /** A document's current text (the editor's or the disk's), `undefined` when it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** The model of that text (a cached one when it is the same text), `undefined` when it cannot be parsed. */
  modelOf(uri: string, text: string): ResolutionDocument | undefined;
}

/**
 * Renames the document's own symbol (`own`: canonical, as `ownSymbolAt` finds it) to `newName`, with every citation of it
 * in the workspace: each document whose current text mentions the symbol's number is parsed and
 * edited in its own form. One citation that cannot take the new symbol refuses the whole rename.
 */
export async function renameSymbol(
  doc: ResolutionDocument,
  own: { readonly symbol: string },
  newName: string,
  workspace: SymbolRenameWorkspace,
  token?: CancellationLike,
): Promise<RenameResult> {
  const invalid = checkNewSymbol(newName);
  if (invalid) return { error: invalid };
  // Every indexed document, not only those its summary says cite the symbol: a summary may lag the text read below.
  const uris = new Set(await workspace.documents());
  uris.delete(doc.uri);
  const needle = own.symbol.slice(own.symbol.lastIndexOf('/') + 1).split(' ')[0];
  const docs = [doc];
  for (const uri of [...uris].sort()) {
    if (isCancelled(token)) return { error: 'Rename was cancelled.' };
    const text = await workspace.readFile(uri);
    if (text === undefined || !text.includes(needle)) continue;
    const other = workspace.modelOf(uri, text);
    if (other) docs.push(other);
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const d of docs) {
    const edits = symbolRenameEdits(d, own.symbol, newName, d === doc);
    if ('error' in edits) return edits;
    if (edits.length > 0) changes[d.uri] = edits;
  }
  return { changes };
}

/** Whether a new symbol is acceptable at all. */
export function checkNewSymbol(newSymbol: string): string | undefined {
  const s = newSymbol.trim();
  if (!/^[A-Z][A-Za-z0-9.\-/ ()]*$/.test(s) || !s.includes('/') || s.length > 80) return `“${newSymbol}” is not a document symbol (such as A/RES/74/29).`;
  return undefined;
}

/**
 * The edits in one document that follow a rename of `oldSymbol` (canonical) to `newSymbol`: its
 * own front matter value when `own` (the document renamed), each citation item of it (or of one of its
 * parts, `43/78 H`) in the item's own form, and each bare mention.
 */
export function symbolRenameEdits(doc: ResolutionDocument, oldSymbol: string, newSymbol: string, own: boolean): TextEdit[] | { error: string } {
  const next = normalizeSymbol(newSymbol.trim());
  const edits: TextEdit[] = [];
  const entry = doc.frontMatter?.entries.find(e => e.key === 'symbol');
  if (own && entry && entry.valueText.trim() !== '' && normalizeSymbol(entry.valueText) === oldSymbol) edits.push({ range: entry.valueRange, newText: newSymbol.trim() });
  for (const citation of doc.citations) {
    for (const item of citation.items) {
      if (item.malformed) continue;
      const cited = normalizeSymbol(item.symbol);
      const partLetter = cited.startsWith(`${oldSymbol} `) && /^ [A-Z]$/.test(cited.slice(oldSymbol.length)) ? cited.slice(oldSymbol.length) : undefined;
      if (cited !== oldSymbol && partLetter === undefined) continue;
      const written = textAt(doc.lines, item.symbolRange);
      const prefix = SERIES_PREFIXES.find(p => normalizeSymbol(p + written.replace(/\s+/g, ' ')) === cited);
      const target = next + (partLetter ?? '');
      if (prefix === undefined || !target.startsWith(prefix)) {
        return {
          error: `${written.replace(/\s+/g, ' ')} (line ${item.symbolRange.start.line + 1} of ${doc.uri}) cannot cite ${target}: a citation in that form names a ${prefix ?? 'different'} symbol.`,
        };
      }
      edits.push({ range: item.symbolRange, newText: target.slice(prefix.length) });
    }
  }
  for (const mention of doc.symbols) {
    if (!mention.malformed && normalizeSymbol(mention.text) === oldSymbol) edits.push({ range: mention.range, newText: next });
  }
  return edits;
}

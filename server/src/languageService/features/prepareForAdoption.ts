/**
 * "Prepare for adoption": what a secretariat does to a draft before it is adopted, in one edit —
 * renumber the whole document (turning `5 bis`, `5 ter` … into plain numbers, references
 * included), and set `status: adopted` in the front matter (adding the key, or the front matter,
 * when absent). Negotiation brackets are never removed: agreeing the text is the negotiators'
 * work, so the brackets left are reported instead.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';
import { renumberDocument } from './renumber';
import { sortEdits } from '../util/edits';

/** The edit and what is left for the drafter. */
export interface AdoptionPreparation {
  readonly edits: TextEdit[];
  /** Each negotiation bracket still in the text (both brackets of a pair, or the lone one). */
  readonly bracketsLeft: Range[];
  /** A sentence for the user: what was done and the brackets left. */
  readonly message: string;
}

/** Prepares a document for adoption (never throws: a document in any state gets an answer). */
export function prepareForAdoption(doc: ResolutionDocument): AdoptionPreparation {
  // In document order, an insertion before a replacement at the same place (it ends first): LSP clients reject edits out of that order as overlapping.
  const edits = sortEdits([...renumberDocument(doc), ...statusEdits(doc)]);
  const bracketsLeft: Range[] = [];
  for (const b of doc.brackets) {
    if (b.open) bracketsLeft.push(b.open);
    if (b.close) bracketsLeft.push(b.close);
  }
  bracketsLeft.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  return { edits, bracketsLeft, message: messageFor(edits.length, bracketsLeft) };
}

function messageFor(editCount: number, brackets: readonly Range[]): string {
  const done = editCount === 0 ? 'Nothing to change.' : 'Renumbered and marked adopted.';
  if (brackets.length === 0) return `${done} No negotiation brackets are left.`;
  const lines = [...new Set(brackets.map(r => r.start.line + 1))];
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');
  const what = brackets.length === 1 ? '1 negotiation bracket is' : `${brackets.length} negotiation brackets are`;
  return `${done} ${what} left to agree (line${lines.length === 1 ? '' : 's'} ${shown}).`;
}

/** `status: adopted`: the value replaced, the key added before the closing `---`, or a front matter added. */
function statusEdits(doc: ResolutionDocument): TextEdit[] {
  const fm = doc.frontMatter;
  if (!fm) return [{ range: at(0, 0), newText: '---\nstatus: adopted\n---\n\n' }];
  const entry = fm.entries.find(e => e.key === 'status');
  if (entry) {
    if (entry.valueText.trim() === 'adopted') return [];
    const end = entry.valueText === '' ? entry.keyRange.end : entry.valueRange.end;
    return [{ range: { start: entry.keyRange.start, end }, newText: 'status: adopted' }];
  }
  if (fm.closed) return [{ range: at(fm.range.end.line, 0), newText: 'status: adopted\n' }];
  // An unclosed front matter runs to the end of the document: add the key on a line of its own at its end.
  return [{ range: { start: fm.range.end, end: fm.range.end }, newText: '\nstatus: adopted' }];
}

function at(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

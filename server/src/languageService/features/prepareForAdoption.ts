/**
 * "Prepare for adoption": what a secretariat does to a draft before it is adopted, in one edit —
 * renumber the whole document (turning `5 bis`, `5 ter` … into plain numbers, references
 * included), set `status: adopted`, and give the front matter the adopted text's symbol, date
 * and meeting: the values the drafter gave, or else a key left empty with a comment saying what
 * to fill in (a draft symbol such as `A/C.2/80/L.12` is never kept as the resolution's).
 * Negotiation brackets are never removed: agreeing the text is the negotiators' work, so the
 * bracketed passages left are counted and reported instead.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { FrontMatterEntry, NegotiationBracket, ResolutionDocument } from '../model';
import { isoDate, writtenDate } from '../util/dates';
import { isDocumentSymbol } from '../util/symbols';
import { ADOPTION_KEYS, KEY_NAMES, adoptionDetailProblem, type AdoptionDetails, type AdoptionKey } from './adoptionDetails';
import { renumberDocument } from './renumber';
import { comparePositions, sortEdits } from '../util/edits';

/** The edit and what is left for the drafter. */
export interface AdoptionPreparation {
  readonly edits: TextEdit[];
  /** Each bracketed passage still in the text (before the edit), from its `[` to its `]` (a passage nested in another counts with it). */
  readonly passagesLeft: Range[];
  /** Each bracket that has no partner. */
  readonly unmatchedBrackets: Range[];
  /** The front matter keys left for the drafter to fill in (marked with a comment). */
  readonly toFill: AdoptionKey[];
  /** A sentence for the user: what was done and what is left. */
  readonly message: string;
}

/**
 * Prepares a document for adoption (never throws: a document in any state gets an answer). A
 * detail that cannot be written ({@link adoptionDetailProblem}) gives no edit and `problem`.
 */
export function prepareForAdoption(doc: ResolutionDocument, details: AdoptionDetails = {}): AdoptionPreparation | { problem: string } {
  for (const key of ADOPTION_KEYS) {
    const problem = adoptionDetailProblem(key, details[key] ?? '');
    if (problem !== undefined) return { problem };
  }
  const renumbered = renumberDocument(doc);
  const front = frontMatterEdits(doc, details);
  // In document order, an insertion before a replacement at the same place (it ends first): LSP clients reject edits out of that order as overlapping.
  const edits = sortEdits([...renumbered, ...front.edits]);
  const { passages, unmatched } = bracketedPassages(doc.brackets);
  // The ranges are the document's as it is (as LSP ranges are); the message gives the lines the drafter will see once the edit is applied.
  const after = positionsAfter(doc.text, edits);
  const done = [
    ...(renumbered.length ? ['renumbered'] : []),
    ...(front.statusChanged ? ['marked adopted'] : []),
    ...(front.written.length ? [`wrote the ${list(front.written.map(k => KEY_NAMES[k]))}`] : []),
  ];
  const message = [
    done.length ? `${capitalize(list(done))}.` : 'Nothing to change.',
    passagesSentence(passages.map(after), unmatched.map(after)),
    front.toFill.length ? `To fill in: the ${list(front.toFill.map(k => KEY_NAMES[k]))} (marked in the front matter).` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { edits, passagesLeft: passages, unmatchedBrackets: unmatched, toFill: front.toFill, message };
}

/** Maps a range of `text` to where it lies once `edits` (sorted, none inside the range) are applied. */
function positionsAfter(text: string, edits: readonly TextEdit[]): (range: Range) => Range {
  const before = TextDocument.create('', 'unres', 0, text);
  const shifts = edits.map(e => ({ end: before.offsetAt(e.range.end), delta: e.newText.length - (before.offsetAt(e.range.end) - before.offsetAt(e.range.start)) }));
  const after = TextDocument.create('', 'unres', 0, TextDocument.applyEdits(before, [...edits]));
  const map = (p: Position) => {
    const offset = before.offsetAt(p);
    return after.positionAt(offset + shifts.reduce((sum, s) => (s.end <= offset ? sum + s.delta : sum), 0));
  };
  return r => ({ start: map(r.start), end: map(r.end) });
}

/** Pairs that no other pair encloses, each as one passage; lone brackets apart. */
function bracketedPassages(brackets: readonly NegotiationBracket[]): { passages: Range[]; unmatched: Range[] } {
  const passages: Range[] = [];
  const unmatched: Range[] = [];
  for (const b of brackets) {
    if (!b.open || !b.close) {
      unmatched.push((b.open ?? b.close)!);
      continue;
    }
    const last = passages.at(-1);
    // Pairs come from a stack, so a pair starting inside the last passage ends inside it too.
    if (last && comparePositions(b.open.start, last.end) < 0) continue;
    passages.push({ start: b.open.start, end: b.close.end });
  }
  return { passages, unmatched };
}

function passagesSentence(passages: readonly Range[], unmatched: readonly Range[]): string {
  const sentences: string[] = [];
  if (passages.length === 0) sentences.push('No bracketed passages are left.');
  else {
    const what = passages.length === 1 ? '1 bracketed passage is' : `${passages.length} bracketed passages are`;
    sentences.push(`${what} left to agree (${lines(passages)}).`);
  }
  if (unmatched.length) sentences.push(`${unmatched.length === 1 ? '1 bracket has' : `${unmatched.length} brackets have`} no partner (${lines(unmatched)}).`);
  return sentences.join(' ');
}

/** `line 24` or `lines 24, 26, …` (at most ten). */
function lines(ranges: readonly Range[]): string {
  const numbers = [...new Set(ranges.map(r => r.start.line + 1))];
  return `line${numbers.length === 1 ? '' : 's'} ${numbers.slice(0, 10).join(', ')}${numbers.length > 10 ? ', …' : ''}`;
}

/** The front matter edits: status, and each adoption key written, kept or marked for filling. */
function frontMatterEdits(doc: ResolutionDocument, details: AdoptionDetails): { edits: TextEdit[]; statusChanged: boolean; written: AdoptionKey[]; toFill: AdoptionKey[] } {
  const fm = doc.frontMatter;
  const entryOf = (key: string) => fm?.entries.find(e => e.key === key);
  const written: AdoptionKey[] = [];
  const toFill: AdoptionKey[] = [];
  const edits: TextEdit[] = [];
  /** Lines for keys the front matter lacks, added together before its end. */
  const added: string[] = [];
  const set = (key: string, line: string) => {
    const entry = entryOf(key);
    if (entry && fm) edits.push({ range: entryLineRange(entry, doc.lines), newText: line });
    else added.push(line);
  };
  for (const key of ADOPTION_KEYS) {
    const given = details[key]?.trim();
    if (given) {
      const value = key === 'adopted' ? (writtenDate(isoDate(given)!) ?? given) : given;
      const entry = entryOf(key);
      if (entry?.valueText.trim() !== value) set(key, `${key}: ${yamlScalar(value)}`);
      written.push(key);
    } else if (!keeps(key, entryOf(key))) {
      set(key, `${key}: # ${fillNote(key, doc)}`);
      toFill.push(key);
    }
  }
  const status = entryOf('status');
  const statusChanged = status?.valueText.trim() !== 'adopted';
  if (status && fm && (statusChanged || added.length)) {
    // The keys added go before `status`, which stays where the drafter had it.
    edits.push({ range: entryLineRange(status, doc.lines), newText: [...added.splice(0), 'status: adopted'].join('\n') });
  } else if (statusChanged) added.push('status: adopted');
  if (!fm) edits.push({ range: at(0, 0), newText: `---\n${added.join('\n')}\n---\n\n` });
  else if (added.length && fm.closed) edits.push({ range: at(fm.range.end.line, 0), newText: `${added.join('\n')}\n` });
  // An unclosed front matter runs to the end of the document: add the keys on lines of their own at its end.
  else if (added.length) edits.push({ range: { start: fm.range.end, end: fm.range.end }, newText: `\n${added.join('\n')}` });
  return { edits, statusChanged, written, toFill };
}

/** Whether the front matter's value stands for the adopted text: a resolution's symbol, a real date, a meeting. */
function keeps(key: AdoptionKey, entry: FrontMatterEntry | undefined): boolean {
  const text = entry?.value === undefined ? '' : entry.valueText.trim();
  if (text === '') return false;
  if (key === 'symbol') return isDocumentSymbol(text) && /\/RES\//i.test(text);
  if (key === 'adopted') return isoDate(text) !== undefined;
  return true;
}

/** The comment on a key left for filling in, with the shape expected. */
function fillNote(key: AdoptionKey, doc: ResolutionDocument): string {
  if (key === 'adopted') return 'the date of adoption, such as 12 December 2025';
  if (key === 'meeting') return doc.info.organ === 'SC' ? 'the meeting, such as 9999th meeting' : 'the meeting, such as 46th plenary meeting';
  const draft = doc.info.symbol;
  const session = doc.info.session;
  const shape =
    doc.info.organ === 'SC'
      ? 'S/RES/… (year)'
      : doc.info.organ === 'HRC'
        ? `A/HRC/RES/${session ?? '…'}/…`
        : doc.info.organ === 'ECOSOC'
          ? 'E/RES/year/…'
          : `A/RES/${session ?? '…'}/…`;
  return `the resolution’s symbol (${shape}), once issued${draft && !/\/RES\//i.test(draft) ? `; the draft was ${draft}` : ''}`;
}

/** The entry from its key to the end of its value or of its line, whichever is later: a comment goes with the value it described. */
function entryLineRange(entry: FrontMatterEntry, lines: readonly string[]): Range {
  const lineEnd = { line: entry.keyRange.start.line, character: lines[entry.keyRange.start.line]?.length ?? entry.keyRange.end.character };
  const valueEnd = entry.valueText === '' ? entry.keyRange.end : entry.valueRange.end;
  return { start: entry.keyRange.start, end: comparePositions(valueEnd, lineEnd) > 0 ? valueEnd : lineEnd };
}

/** A plain YAML scalar when it reads back as the same string, else a double-quoted one. */
function yamlScalar(text: string): string {
  return /^[\p{L}\p{N}][^#:"'\n]*$/u.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function at(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

/**
 * "Roll over to next session": next session's draft from an adopted resolution, as a technical
 * rollover is drafted. Edits of the original text, so every word not named here is kept:
 *
 * - front matter: `status: draft`, `session` + 1, no `adopted`, `meeting` or `report`, and the
 *   symbol left empty with a comment for the drafter ({@link SYMBOL_PLACEHOLDER});
 * - the rolled-over resolution, with its date, added to the preamble's recall of its own series
 *   (the `Recalling` paragraph citing the latest of the document's own resolutions), in date
 *   order; or, when there is none, a new first preambular paragraph recalling it;
 * - ordinals of sessions after the document's own advanced by one (`provisional agenda of its
 *   seventy-fifth session` → `seventy-sixth`), the past ones kept.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { Citation, CitationItem, Paragraph, ResolutionDocument } from '../model';
import { onlyItemsAndSeparators } from '../util/citationText';
import { writtenDate } from '../util/dates';
import { lineStarts, positionAt } from '../util/positions';
import { ordinalWords, readOrdinalWords, regularSessionOf } from '../util/sessions';
import { editsOverlap, sortEdits } from '../util/edits';

/** The `symbol` line of a rolled-over draft: empty (no check applies) with a note for the drafter. */
export const SYMBOL_PLACEHOLDER = 'symbol: # the draft’s symbol (A/C.1/…/L.…), once the Secretariat issues it';

export interface Rollover {
  readonly edits: TextEdit[];
  /** What was done and what is left to the drafter, one sentence each. */
  readonly notes: string[];
  /** The session of the new draft, when known. */
  readonly session?: number;
}

/** The rollover's edits of `doc` (never throws: a document in any state gets an answer). */
export function rolloverEdits(doc: ResolutionDocument): Rollover {
  const notes: string[] = [];
  const session = doc.info.session ?? (doc.info.symbol ? regularSessionOf(doc.info.symbol) : undefined);
  const edits: TextEdit[] = [...frontMatterEdits(doc, session, notes), ...recallEdits(doc, notes), ...(session ? ordinalEdits(doc, session, notes) : [])];
  if (session === undefined) notes.push('The document gives no session: session ordinals were left as they are.');
  // Front matter with a key twice, or a value spanning lines, could give two edits of one line: keep the first.
  const kept: TextEdit[] = [];
  for (const e of sortEdits(edits)) if (!kept.some(k => editsOverlap(k, e))) kept.push(e);
  return { edits: kept, notes, session: session === undefined ? undefined : session + 1 };
}

// ---------------------------------------------------------------------------------------------
// Front matter

function frontMatterEdits(doc: ResolutionDocument, session: number | undefined, notes: string[]): TextEdit[] {
  const fm = doc.frontMatter;
  const wanted: string[] = ['status: draft'];
  if (session !== undefined) wanted.unshift(`session: ${session + 1}`);
  if (!fm) return [{ range: at({ line: 0, character: 0 }), newText: ['---', SYMBOL_PLACEHOLDER, ...wanted, '---', '', ''].join('\n') }];

  if (!fm.closed) {
    // Its entries may run into the body: touching them could lose the drafter's text.
    notes.push('The front matter has no closing “---”: it was left as it is (status, session, symbol and date not updated).');
    return [];
  }
  const edits: TextEdit[] = [];
  const entryLines = (e: (typeof fm.entries)[number]): Range => ({
    start: { line: e.keyRange.start.line, character: 0 },
    end: { line: Math.max(e.keyRange.start.line, e.valueRange.end.line) + 1, character: 0 },
  });
  const seen = new Set<string>();
  for (const e of fm.entries) {
    seen.add(e.key);
    const lines = entryLines(e);
    switch (e.key) {
      case 'symbol':
        edits.push({ range: lines, newText: `${SYMBOL_PLACEHOLDER}\n` });
        notes.push(`The symbol ${e.valueText.trim() || '(none)'} is left for the drafter: the Secretariat gives the draft its own.`);
        break;
      case 'adopted':
      case 'meeting':
      case 'report':
        edits.push({ range: lines, newText: '' });
        break;
      case 'session':
        if (session !== undefined) edits.push({ range: lines, newText: `session: ${session + 1}\n` });
        break;
      case 'status':
        edits.push({ range: lines, newText: 'status: draft\n' });
        break;
    }
  }
  const missing = [...(seen.has('symbol') ? [] : [SYMBOL_PLACEHOLDER]), ...wanted.filter(w => !seen.has(w.slice(0, w.indexOf(':'))))];
  if (missing.length > 0) {
    edits.push({ range: at({ line: fm.range.end.line, character: 0 }), newText: missing.map(m => `${m}\n`).join('') });
  }
  return edits;
}

// ---------------------------------------------------------------------------------------------
// The recall of the series

function recallEdits(doc: ResolutionDocument, notes: string[]): TextEdit[] {
  const own = ownCitation(doc);
  if (!own) {
    notes.push('The document has no symbol of a General Assembly resolution and an adoption date: no recall of it was added.');
    return [];
  }
  const preamble = doc.parts.flatMap(p => p.preambular);
  const recall = seriesRecall(doc, preamble);
  if (!recall) {
    const newText = `*Recalling* its resolution ${own.text},`;
    notes.push(`Added a first preambular paragraph recalling resolution ${own.text}.`);
    const first = preamble[0];
    if (first) return [{ range: at(first.range.start), newText: `${newText}\n\n` }];
    const organ = doc.parts[0]?.organLine;
    if (organ) return [{ range: at(organ.range.end), newText: `\n\n${newText}` }];
    const op = doc.parts[0]?.operative[0];
    return [{ range: at(op ? op.range.start : { line: doc.lines.length, character: 0 }), newText: op ? `${newText}\n\n` : `\n\n${newText}\n` }];
  }
  if (recall.items.some(i => i.symbol === own.symbol)) {
    notes.push(`The recall already cites ${own.text}.`);
    return [];
  }
  // A title or an interposed clause between the items (`…, establishing the Fund, and …`) would be
  // lost by rewriting the separators: the drafter adds the item there.
  if (!onlyItemsAndSeparators(recall)) {
    notes.push(`The recall on line ${recall.range.start.line + 1} has words between its items; add ${own.text} to it by hand.`);
    return [];
  }
  // The items in date order with the new one; only the separators are rewritten, every item kept as written.
  const texts = recall.items.map(i => ({ text: itemSource(doc, i), date: i.date?.iso ?? '' }));
  let k = texts.length;
  while (k > 0 && texts[k - 1].date > own.date) k--;
  texts.splice(k, 0, { text: own.text, date: own.date });
  const list = texts.map(t => t.text);
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  const edits: TextEdit[] = [{ range: { start: recall.items[0].range.start, end: recall.items[recall.items.length - 1].range.end }, newText: joined }];
  if (!recall.plural) {
    const m = /\bresolution\b/.exec(recall.lead.text);
    if (m) {
      const start = { line: recall.lead.range.start.line, character: recall.lead.range.start.character + m.index + m[0].length };
      edits.push({ range: at(start), newText: 's' });
    }
  }
  notes.push(`Added ${own.text} to the recall on line ${recall.range.start.line + 1}.`);
  return edits;
}

/** The resolution rolled over as its successor cites it: `74/29 of 12 December 2019`. */
function ownCitation(doc: ResolutionDocument): { symbol: string; text: string; date: string } | undefined {
  const symbol = doc.info.symbol?.trim().replace(/\s+/g, ' ');
  const m = symbol && /^A\/RES\/(\d+\/\d+(?: [A-Z])?)$/.exec(symbol);
  const date = doc.info.adopted && writtenDate(doc.info.adopted);
  if (!m || !date) return undefined;
  return { symbol: `A/RES/${m[1]}`, text: `${m[1]} of ${date}`, date: doc.info.adopted! };
}

/** The `Recalling …` citation of the document's own resolutions whose latest item is the latest of all. */
function seriesRecall(doc: ResolutionDocument, preamble: readonly Paragraph[]): Citation | undefined {
  let best: { citation: Citation; latest: number } | undefined;
  for (const p of preamble) {
    if (!/^(?:recall|reaffirm)/i.test(p.opening?.text ?? '')) continue;
    for (const c of doc.citations) {
      if (!c.own || c.kind !== 'resolution' || c.organ !== 'GA' || c.malformed || !inside(c.range, p.range)) continue;
      if (c.items.some(i => i.malformed)) continue;
      const latest = Math.max(...c.items.map(i => i.session ?? 0));
      if (!best || latest > best.latest) best = { citation: c, latest };
    }
  }
  return best?.citation;
}

function itemSource(doc: ResolutionDocument, item: CitationItem): string {
  const { start, end } = item.range;
  if (start.line === end.line) return doc.lines[start.line].slice(start.character, end.character);
  const parts = [doc.lines[start.line].slice(start.character)];
  for (let l = start.line + 1; l < end.line; l++) parts.push(doc.lines[l]);
  parts.push(doc.lines[end.line].slice(0, end.character));
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Session ordinals

/** A word, hyphenated compounds included (`seventy-fifth`). */
const WORD = /\p{L}+(?:[-‐‑]\p{L}+)*/gu;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Spelled-out ordinals that name sessions: `its seventy-fifth session`, `seventy-fifth and seventy-sixth sessions`. */
function sessionOrdinals(text: string, from: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  // Ordinals of one to four words (`one hundred and first`), longest first.
  const ordinals: { start: number; end: number; value: number; first: number; last: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => k > 0 && !/^ $/.test(text.slice(span[k - 1].end, w.start)))) continue;
      const value = readOrdinalWords(span.map(w => w.text).join(' '));
      if (value === undefined) continue;
      ordinals.push({ start: span[0].start, end: span[n - 1].end, value, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  // An ordinal names a session when `session(s)` follows it, maybe after more ordinals joined by `,`, `and`, `to`.
  const found: Word[] = [];
  const byFirst = new Map(ordinals.map(o => [o.first, o]));
  for (const o of ordinals) {
    let k = o.last + 1;
    for (;;) {
      const w = words[k];
      if (!w) break;
      if (/^(?:and|to)$/i.test(w.text) && byFirst.has(k + 1)) k = byFirst.get(k + 1)!.last + 1;
      else if (byFirst.has(k) && /^\s*,\s*$/.test(text.slice(words[k - 1].end, w.start))) k = byFirst.get(k)!.last + 1;
      else break;
    }
    if (words[k] && /^sessions?$/i.test(words[k].text) && /^\s+$/.test(text.slice(words[k - 1].end, words[k].start))) {
      found.push({ text: text.slice(o.start, o.end), start: o.start, end: o.end });
    }
  }
  return found;
}

function ordinalEdits(doc: ResolutionDocument, session: number, notes: string[]): TextEdit[] {
  const bodyStart = doc.frontMatter ? doc.frontMatter.range.end.line + 1 : 0;
  const starts = lineStarts(doc.text);
  const from = bodyStart < starts.length ? starts[bodyStart] : doc.text.length;
  const edits: TextEdit[] = [];
  const lines = new Set<number>();
  for (const o of sessionOrdinals(doc.text, from)) {
    const n = readOrdinalWords(o.text.replace(/\s+/g, ' '));
    const next = n !== undefined && n > session ? ordinalWords(n + 1) : undefined;
    if (!next) continue;
    const start = positionAt(starts, o.start);
    const end = positionAt(starts, o.end);
    const capital = o.text[0] !== o.text[0].toLowerCase();
    edits.push({ range: { start, end }, newText: capital ? next[0].toUpperCase() + next.slice(1) : next });
    lines.add(start.line + 1);
  }
  if (edits.length > 0) notes.push(`Advanced ${edits.length} session ordinal${edits.length === 1 ? '' : 's'} (line${lines.size === 1 ? '' : 's'} ${[...lines].join(', ')}).`);
  return edits;
}

function inside(inner: Range, outer: Range): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function at(p: Position): Range {
  return { start: p, end: p };
}

/**
 * Completion, by the place the cursor is in: front matter keys and values; footnote labels after
 * `[^`; paragraph numbers after `paragraph `; citations from the catalogs (typing `73/` offers
 * `73/27 of 5 December 2018`, its title in the detail); opening phrases that fit the place
 * (preambular or operative), in emphasis, at the start of a paragraph.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import type { ResolutionDocument, ResolutionPart } from '../model';
import { citationForm } from '../catalog/lookup';
import type { CatalogEntry } from '../catalog/types';
import { lineRange } from '../parser/lines';
import { ORGAN_NAMES, ORGANS } from '../util/organs';
import { FRONT_MATTER_KEYS } from './hover';
import { openingPhrases } from './phraseInfo';
import { contains, escapeMarkdown, formatDate, type FeatureContext } from './shared';

/** The characters after which an editor should ask for completion without being told. */
export const COMPLETION_TRIGGERS: readonly string[] = ['/', '^', '*', '_', ' '];

/** How many catalog entries one completion offers at most. */
const CITATION_LIMIT = 50;

/** The completions at `pos`; an empty, complete list when nothing fits. */
export function provideCompletion(ctx: FeatureContext, doc: ResolutionDocument, position: Position): CompletionList {
  // A stale client may ask past the end of a line or of the document: edits must stay inside it.
  const lastLine = doc.lines.length - 1;
  const pos =
    position.line > lastLine
      ? { line: lastLine, character: doc.lines[lastLine].length }
      : { line: position.line, character: Math.min(position.character, doc.lines[position.line]?.length ?? 0) };
  const line = doc.lines[pos.line] ?? '';
  const before = line.slice(Math.max(0, pos.character - 400), Math.min(pos.character, line.length));
  const items =
    frontMatterItems(doc, pos, before) ??
    footnoteItems(doc, pos, before) ??
    paragraphItems(doc, pos, before) ??
    citationItems(ctx, pos, before, line.slice(pos.character, pos.character + 400)) ??
    phraseItems(doc, pos, before) ??
    [];
  // A citation list is cut at the limit: the editor must ask again as the drafter types on.
  return { isIncomplete: items.length >= CITATION_LIMIT, items };
}

function frontMatterItems(doc: ResolutionDocument, pos: Position, before: string): CompletionItem[] | undefined {
  const fm = doc.frontMatter;
  if (!fm || pos.line <= fm.range.start.line || (fm.closed && pos.line >= fm.range.end.line)) return undefined;
  const colon = before.indexOf(':');
  if (colon < 0) {
    const typed = before.trimStart();
    if (!/^[a-z-]*$/i.test(typed)) return [];
    const present = new Set(fm.entries.filter(e => e.keyRange.start.line !== pos.line).map(e => e.key));
    const range = lineRange(pos.line, pos.character - typed.length, pos.character);
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([key]) => !present.has(key))
      .map(([key, meaning], i) => ({
        label: key,
        kind: CompletionItemKind.Property,
        documentation: { kind: MarkupKind.Markdown, value: meaning },
        textEdit: { range, newText: `${key}: ` },
        sortText: String(i).padStart(2, '0'),
      }));
  }
  const key = before.slice(0, colon).trim();
  const typed = before.slice(colon + 1).trimStart();
  const range = lineRange(pos.line, pos.character - typed.length, pos.character);
  const values = (list: readonly string[]) => list.map(v => ({ label: v, kind: CompletionItemKind.Value, textEdit: { range, newText: v } }));
  switch (key) {
    case 'status':
      return values(['draft', 'adopted']);
    case 'organ':
      return values(ORGANS.map(o => ORGAN_NAMES[o]));
    case 'session':
      return doc.info.session !== undefined ? values([String(doc.info.session)]) : [];
    default:
      return [];
  }
}

function footnoteItems(doc: ResolutionDocument, pos: Position, before: string): CompletionItem[] | undefined {
  const m = /\[\^([A-Za-z0-9-]{0,20})$/.exec(before);
  if (!m) return undefined;
  const range = lineRange(pos.line, pos.character - m[1].length, pos.character);
  const isDefinition = before.length === m[0].length && pos.character === m[0].length;
  const defined = new Map(doc.footnoteDefinitions.map(d => [d.label, d.text]));
  const referenced = [...new Set(doc.footnoteReferences.filter(r => !contains(r.range, pos)).map(r => r.label))];
  if (isDefinition) {
    // A definition line: the labels referenced and not yet defined.
    return referenced.filter(l => !defined.has(l)).map(label => ({ label, kind: CompletionItemKind.Reference, textEdit: { range, newText: `${label}]: ` } }));
  }
  const numbers = [...defined.keys(), ...referenced].map(Number).filter(n => Number.isInteger(n));
  const next = String((numbers.length > 0 ? Math.max(...numbers) : 0) + 1);
  const items: CompletionItem[] = [...defined].map(([label, text]) => ({
    label,
    kind: CompletionItemKind.Reference,
    detail: text.slice(0, 80),
    textEdit: { range, newText: `${label}]` },
  }));
  items.push({ label: next, kind: CompletionItemKind.Reference, detail: 'a new footnote', textEdit: { range, newText: `${next}]` } });
  return items;
}

function paragraphItems(doc: ResolutionDocument, pos: Position, before: string): CompletionItem[] | undefined {
  const m = /\bparagraphs? (\d{0,4})$/i.exec(before.slice(-30));
  if (!m) return undefined;
  const range = lineRange(pos.line, pos.character - m[1].length, pos.character);
  const part = partAt(doc, pos) ?? doc.parts[0];
  return (part?.operative ?? [])
    .filter(p => p.number && p.number.suffixIndex === 0)
    .map(p => ({
      label: p.number!.text,
      kind: CompletionItemKind.Reference,
      detail: firstWords(p.text),
      textEdit: { range, newText: p.number!.text },
      sortText: String(p.number!.value).padStart(5, '0'),
    }));
}

function citationItems(ctx: FeatureContext, pos: Position, before: string, after: string): CompletionItem[] | undefined {
  // Scanned back by hand: an unanchored `[…]*$` is quadratic on a long run that does not reach the end.
  let start = before.length;
  while (start > 0 && /[A-Za-z0-9/.()-]/.test(before[start - 1])) start--;
  const token = before.slice(start);
  if (!looksLikeCitation(token, before.slice(0, before.length - token.length))) return undefined;
  // The item replaces the whole number, also what follows the cursor; one that writes the date also replaces the
  // date already there (`73/| of 12 December 2019`, the `recalling` snippet's field): never two dates.
  const rest = /^[A-Za-z0-9/.-]*/.exec(after)![0];
  const oldDate = /^ of \d{1,2} [A-Z][a-z]+,? \d{4}/.exec(after.slice(rest.length))?.[0] ?? '';
  const from = pos.character - token.length;
  const range = lineRange(pos.line, from, pos.character + rest.length);
  const datedRange = lineRange(pos.line, from, pos.character + rest.length + oldDate.length);
  const full = /^[A-Z]\/[A-Z]/i.test(token);
  return ctx.catalog.search(token, CITATION_LIMIT).map((entry, i) => citationItem(entry, range, datedRange, full, i));
}

/** `73/`, `S-26/`, `ES-10/1`, `A/RES/7`; or a bare number right after `resolution(s) `, `, ` or ` and ` in a citation. */
function looksLikeCitation(token: string, beforeToken: string): boolean {
  if (token === '' || token.includes('(')) return false;
  if (/^(?:\d{1,4}|E?S-\d{1,2})\//.test(token)) return true;
  if (/^[ASE]\/(?:RES|DEC|HRC)/i.test(token)) return true;
  if (!/^\d{1,4}$/.test(token)) return false;
  return /(?:resolutions?|decisions?|,| and) $/.test(beforeToken) && /resolution|decision/i.test(beforeToken.slice(-300));
}

/** What a citation item carries for `completionItem/resolve`: the symbol whose facts it shows. */
interface CitationItemData {
  readonly citation: string;
}

function citationItem(entry: CatalogEntry, range: Range, datedRange: Range, full: boolean, i: number): CompletionItem {
  const short = citationForm(entry.symbol);
  const written = full ? entry.symbol : short;
  // The General Assembly's citations give the date; the Council's carry the year in the symbol.
  const dated = !full && entry.date && entry.symbol.startsWith('A/') ? `${written} of ${formatDate(entry.date)}` : written;
  // The documentation comes with `completionItem/resolve`, for the item the editor shows: fifty of
  // them with every list halved the answer sent on each keystroke.
  const data: CitationItemData = { citation: entry.symbol };
  return {
    label: dated,
    kind: CompletionItemKind.Reference,
    detail: entry.title ?? (entry.date ? `adopted ${formatDate(entry.date)}` : undefined),
    filterText: written,
    sortText: String(i).padStart(4, '0'),
    textEdit: { range: dated === written ? range : datedRange, newText: dated },
    data,
  };
}

/** A completion item with its documentation: a citation's facts from the catalog; any other item as it is. */
export function resolveCompletionItem(ctx: FeatureContext, item: CompletionItem): CompletionItem {
  const symbol = (item.data as Partial<CitationItemData> | undefined)?.citation;
  if (typeof symbol !== 'string' || item.documentation !== undefined) return item;
  const entry = ctx.catalog.get(symbol);
  if (!entry) return item;
  const facts = [`**${escapeMarkdown(entry.symbol)}**`];
  if (entry.title) facts.push(escapeMarkdown(entry.title));
  if (entry.date) facts.push(`Adopted ${formatDate(entry.date)}`);
  facts.push(`Source: ${escapeMarkdown(entry.source)}`);
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: facts.join('\n\n') } };
}

function phraseItems(doc: ResolutionDocument, pos: Position, before: string): CompletionItem[] | undefined {
  if (before.length !== pos.character) return undefined;
  if (pos.line > 0 && (doc.lines[pos.line - 1] ?? '').trim() !== '') return undefined;
  const m = /^(\d{1,4}(?: [a-z]{3,12})?\.[ \t]+)?([*_]?)([A-Za-z]*(?: [A-Za-z]*){0,5})$/.exec(before);
  if (!m) return undefined;
  const kind = m[1] ? 'operative' : placeKind(doc, pos);
  if (!kind) return undefined;
  const start = (m[1] ?? '').length;
  const range = lineRange(pos.line, start, pos.character);
  const star = m[2] || '*';
  return openingPhrases(kind).map((p, i) => ({
    label: p.phrase,
    kind: kind === 'operative' ? CompletionItemKind.Function : CompletionItemKind.Keyword,
    detail: `${kind} ${kind === 'operative' ? 'verb' : 'phrase'}`,
    documentation: p.note,
    filterText: `${m[2]}${p.phrase}`,
    sortText: String(i).padStart(4, '0'),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range, newText: `${star}${p.phrase}${star} ` },
  }));
}

/** Preambular between the organ line and the first operative paragraph; operative after it. */
function placeKind(doc: ResolutionDocument, pos: Position): 'preambular' | 'operative' | undefined {
  if (doc.attachments.some(a => contains(a.range, pos))) return undefined;
  const part = partAt(doc, pos);
  if (!part?.organLine || pos.line <= part.organLine.range.start.line) return undefined;
  const firstOperative = part.operative[0];
  return firstOperative && firstOperative.firstLine < pos.line ? 'operative' : 'preambular';
}

function partAt(doc: ResolutionDocument, pos: Position): ResolutionPart | undefined {
  return doc.parts.find(p => pos.line >= p.range.start.line && pos.line <= p.range.end.line + 1) ?? doc.parts[doc.parts.length - 1];
}

function firstWords(text: string): string {
  return text
    .replace(/[*_]/g, '')
    .replace(/^\d{1,4}(?: [a-z]{3,12})?\.\s*/, '')
    .split(' ')
    .slice(0, 8)
    .join(' ');
}

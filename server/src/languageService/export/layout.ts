/**
 * The document renderer's one design: a pure function from the parsed model to a neutral layout
 * (masthead, headings, paragraphs with hanging labels, footnotes, annex breaks). The HTML page,
 * the VS Code preview, the Word writer and the Akoma Ntoso writer all read this layout, so they
 * agree on what the document says and in which order; each decides only how it looks.
 *
 * Text stays text: a {@link Run} carries the words as typed (markup removed, brackets kept) and
 * flags for italics, negotiation brackets, footnote markers and citations. No writer ever sees
 * the markup, so none can mistake a typed `<` for its own.
 */
import type { Attachment, CitationItem, Organ, Paragraph, ResolutionDocument, Subparagraph } from '../model';
import { writtenDate } from '../util/dates';
import { ORGAN_NAMES } from '../util/organs';
import { ordinalWords } from '../util/sessions';

/** A piece of text with one look. */
export interface Run {
  readonly text: string;
  readonly italic?: boolean;
  readonly bold?: boolean;
  /** Inside negotiation brackets (the brackets themselves are in the text). */
  readonly bracket?: boolean;
  /** A footnote marker: `text` is its label. */
  readonly footnote?: string;
  /** A cited resolution or decision: its canonical symbol, and its date when known. */
  readonly cite?: { readonly symbol: string; readonly date?: string };
}

/** A subparagraph `(a)`, or a bullet (label `•`). */
export interface LayoutItem {
  readonly label: string;
  readonly bullet: boolean;
  /** 1 for the first level below the paragraph. */
  readonly level: number;
  /** Zero-based source line, for scroll sync. */
  readonly line: number;
  readonly runs: readonly Run[];
  readonly children: readonly LayoutItem[];
}

export type LayoutBlock =
  /** `The General Assembly,` in italics. */
  | { readonly kind: 'organ'; readonly line: number; readonly runs: readonly Run[] }
  /** A section heading (`## I. Values`), an article (`### Article 1`) or its title (level 1 = annex sub-title). */
  | { readonly kind: 'heading'; readonly level: number; readonly line: number; readonly runs: readonly Run[] }
  | { readonly kind: 'preambular'; readonly line: number; readonly runs: readonly Run[] }
  /** An operative paragraph, or a paragraph of an attachment (`attachment: true`). */
  | {
      readonly kind: 'operative';
      readonly line: number;
      readonly num?: string;
      readonly attachment: boolean;
      readonly runs: readonly Run[];
      readonly items: readonly LayoutItem[];
    };

/** One part of a resolution adopted in parts (`# A`); the whole body when there are none. */
export interface LayoutPart {
  readonly letter?: string;
  readonly line: number;
  readonly blocks: readonly LayoutBlock[];
}

/** An annex or an adopted text: starts on a new page. */
export interface LayoutAttachment {
  /** `Annex`, `Annex I`, `United Nations Millennium Declaration`. */
  readonly heading: string;
  readonly line: number;
  readonly blocks: readonly LayoutBlock[];
}

export interface Layout {
  readonly organ?: Organ;
  /** `General Assembly`; absent when the document names no organ. */
  readonly organName?: string;
  readonly symbol?: string;
  readonly draft: boolean;
  /** The masthead's right column: `Distr.: General` (or `Limited` for an L document) and the date as written. */
  readonly distribution: 'General' | 'Limited';
  readonly date?: string;
  /** The adoption date, ISO. */
  readonly adoptedIso?: string;
  /** The left column under the masthead: `Seventy-fourth session` (bold), `First Committee`, `Agenda item 93`, the item's title. */
  readonly front: readonly { readonly text: string; readonly bold: boolean }[];
  /** `Resolution adopted by the General Assembly on 12 December 2019` (SC: `Resolution 2250 (2015)` then its adoption line). */
  readonly adoption: readonly string[];
  /** `[on the report (A/74/363)]`. */
  readonly report?: string;
  /** `Singapore and Austria: draft resolution` (drafts). */
  readonly sponsorLine?: string;
  readonly sponsors: readonly string[];
  /** `74/29.` beside the title, as a resolution prints it. */
  readonly number?: string;
  readonly title?: string;
  readonly parts: readonly LayoutPart[];
  /** `46th plenary meeting` and `12 December 2019`, right-aligned after the last paragraph. */
  readonly closing?: { readonly meeting?: string; readonly date?: string };
  readonly attachments: readonly LayoutAttachment[];
  /** Footnotes in order of first reference, each once. */
  readonly footnotes: readonly { readonly label: string; readonly runs: readonly Run[] }[];
}

const COMMITTEES: Readonly<Record<string, string>> = {
  '1': 'First Committee',
  '2': 'Second Committee',
  '3': 'Third Committee',
  '4': 'Special Political and Decolonization Committee (Fourth Committee)',
  '5': 'Fifth Committee',
  '6': 'Sixth Committee',
};

/** The layout of a document; never throws, whatever the model holds. */
export function layoutDocument(doc: ResolutionDocument): Layout {
  const { info } = doc;
  const raw = (key: string) => doc.frontMatter?.entries.find(e => e.key === key);
  const asWritten = (key: string, iso: string | undefined) => {
    const text = raw(key)
      ?.valueText.trim()
      .replace(/^["']|["']$/g, '');
    return text && !/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : iso && (writtenDate(iso) ?? iso);
  };
  const date = asWritten('adopted', info.adopted);
  const organName = info.organ ? ORGAN_NAMES[info.organ] : undefined;
  const symbol = info.symbol;
  const draft = info.status === 'draft';
  const sponsors = info.sponsors ?? [];

  const front: { text: string; bold: boolean }[] = [];
  if (info.session && (info.organ === 'GA' || info.organ === 'HRC')) front.push({ text: `${capitalize(ordinalWords(info.session))} session`, bold: true });
  const committee = symbol && /^A\/C\.(\d)\//.exec(symbol)?.[1];
  if (committee && COMMITTEES[committee]) front.push({ text: COMMITTEES[committee], bold: true });
  if (info.agendaItem) front.push({ text: `Agenda item ${info.agendaItem}`, bold: false });
  if (info.title && info.organ !== 'SC' && front.length) front.push({ text: info.title, bold: true });

  const adoption: string[] = [];
  let number: string | undefined;
  if (info.organ === 'SC') {
    const sc = symbol && /^S\/RES\/(.+)$/.exec(symbol)?.[1];
    if (sc) adoption.push(`Resolution ${sc}`);
    if (!draft) adoption.push(`Adopted by the Security Council${info.meeting ? ` at its ${info.meeting}` : ''}${date ? `${info.meeting ? ',' : ''} on ${date}` : ''}`);
  } else if (!draft && organName) {
    adoption.push(`Resolution adopted by the ${organName}${date ? ` on ${date}` : ''}`);
    number = symbol && /^(?:A\/RES|A\/HRC\/RES|E\/RES)\/(.+)$/.exec(symbol)?.[1];
  }
  const report =
    !draft && info.report && info.organ !== 'SC'
      ? /\/L\.\d/.test(info.report)
        ? `[without reference to a Main Committee (${info.report})]`
        : `[on the report (${info.report})]`
      : undefined;
  const sponsorLine = draft ? `${sponsors.length ? `${joinNames(sponsors)}: d` : 'D'}raft resolution` : undefined;

  const footnoteOrder = new Map<string, number>();
  for (const r of doc.footnoteReferences) if (!footnoteOrder.has(r.label)) footnoteOrder.set(r.label, footnoteOrder.size);
  const cites = citesByLine(doc);
  const parts = doc.parts.map((part): LayoutPart => {
    const blocks: LayoutBlock[] = [];
    if (part.organLine) blocks.push({ kind: 'organ', line: part.organLine.range.start.line, runs: [{ text: part.organLine.text.trim(), italic: true }] });
    for (const h of part.sections) blocks.push({ kind: 'heading', level: 2, line: h.range.start.line, runs: runsOf(h.text, cites.get(h.range.start.line)) });
    for (const p of part.preambular) blocks.push({ kind: 'preambular', line: p.firstLine, runs: runsOf(p.text, citesIn(cites, p.firstLine, p.lastLine)) });
    for (const p of part.operative) blocks.push(operative(p, false, cites));
    return { letter: part.letter, line: part.heading?.range.start.line ?? part.range.start.line, blocks: blocks.sort((a, b) => a.line - b.line) };
  });
  const attachments = doc.attachments.map(a => attachment(a, cites));
  const closing = info.organ !== 'SC' && !draft && (info.meeting || date) ? { meeting: info.meeting, date } : undefined;
  const footnotes = [...doc.footnoteDefinitions]
    .filter((f, i, all) => all.findIndex(g => g.label === f.label) === i)
    .sort((a, b) => (footnoteOrder.get(a.label) ?? Infinity) - (footnoteOrder.get(b.label) ?? Infinity))
    .map(f => ({ label: f.label, runs: runsOf(f.text.replace(/^\s*\[\^[^\]]*\]:\s*/, ''), citesIn(cites, f.range.start.line, f.range.end.line)) }));

  return {
    organ: info.organ,
    organName,
    symbol,
    draft,
    distribution: symbol && /\/L\.\d/.test(symbol) ? 'Limited' : 'General',
    date,
    adoptedIso: info.adopted,
    front,
    adoption,
    report,
    sponsorLine,
    sponsors,
    number,
    title: info.title,
    parts,
    closing,
    attachments,
    footnotes,
  };
}

function capitalize(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function operative(p: Paragraph, inAttachment: boolean, cites: CitesByLine): LayoutBlock {
  const text = p.number ? p.text.replace(/^\s*\d+(?:\s+[a-z]+)?\.\s*/, '') : p.text;
  const own = citesIn(
    cites,
    p.firstLine,
    p.subparagraphs[0]?.firstLine !== undefined ? p.subparagraphs[0].firstLine - 1 : p.bullets[0] ? p.bullets[0].range.start.line - 1 : p.lastLine,
  );
  const items: LayoutItem[] = [
    ...p.subparagraphs.map(s => subparagraph(s, cites)),
    ...p.bullets.map(b => ({
      label: '•',
      bullet: true,
      level: 1,
      line: b.range.start.line,
      runs: runsOf(b.text.replace(/^\s*[•\-–]\s*/, ''), cites.get(b.range.start.line)),
      children: [],
    })),
  ].sort((a, b) => a.line - b.line);
  return { kind: 'operative', line: p.firstLine, num: p.number?.text, attachment: inAttachment, runs: runsOf(text, own), items };
}

function subparagraph(s: Subparagraph, cites: CitesByLine): LayoutItem {
  return {
    label: `(${s.label})`,
    bullet: false,
    level: s.level,
    line: s.firstLine,
    runs: runsOf(s.text.replace(/^\s*\([^)]*\)\s*/, ''), citesIn(cites, s.firstLine, s.lastLine)),
    children: s.children.map(c => subparagraph(c, cites)),
  };
}

function attachment(a: Attachment, cites: CitesByLine): LayoutAttachment {
  const blocks: LayoutBlock[] = [
    ...a.headings
      .filter(h => h !== a.heading)
      .map((h): LayoutBlock => ({ kind: 'heading', level: h.level, line: h.range.start.line, runs: runsOf(h.text, cites.get(h.range.start.line)) })),
    ...a.paragraphs.map(p => operative(p, true, cites)),
    ...a.articles.flatMap(art => art.paragraphs.map(p => operative(p, true, cites))),
  ];
  return { heading: a.heading.text.trim(), line: a.heading.range.start.line, blocks: blocks.sort((x, y) => x.line - y.line) };
}

// ---------------------------------------------------------------------------------------------
// Inline text → runs

type CitesByLine = Map<number, CitationItem[]>;

function citesByLine(doc: ResolutionDocument): CitesByLine {
  const map: CitesByLine = new Map();
  for (const c of doc.citations) {
    for (const item of c.items) {
      if (item.malformed || c.malformed) continue;
      const line = item.symbolRange.start.line;
      let list = map.get(line);
      if (!list) map.set(line, (list = []));
      list.push(item);
    }
  }
  return map;
}

function citesIn(cites: CitesByLine, first: number, last: number): CitationItem[] {
  const out: CitationItem[] = [];
  for (let line = first; line <= last; line++) out.push(...(cites.get(line) ?? []));
  return out;
}

/**
 * The runs of a paragraph's text: comments dropped, `*…*`/`_…_` as italics, `[^1]` as a footnote
 * marker, text between negotiation brackets flagged (the brackets kept), and each citation item in
 * `items` (in order of appearance) as its own run carrying the cited symbol.
 */
export function runsOf(text: string, items: readonly CitationItem[] = []): Run[] {
  const clean = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const runs: Run[] = [];
  let depth = 0;
  const push = (piece: string, italic: boolean) => {
    // Split on brackets so each run is wholly inside or outside them.
    for (const part of piece.split(/(\[|\])/)) {
      if (part === '') continue;
      if (part === '[') depth++;
      const run: Run = { text: part, ...(italic ? { italic } : {}), ...(depth > 0 ? { bracket: true } : {}) };
      if (part === ']') depth = Math.max(0, depth - 1);
      const prev = runs[runs.length - 1];
      if (prev && !prev.footnote && !prev.cite && !!prev.italic === italic && !!prev.bracket === !!run.bracket) runs[runs.length - 1] = { ...prev, text: prev.text + part };
      else runs.push(run);
    }
  };
  // A scan rather than one alternation: each marker's closing partner is found with indexOf, so a
  // line of 100,000 unclosed `*` or `[^` costs one pass, not one search per position.
  let at = 0;
  let plain = 0;
  while (at < clean.length) {
    const c = clean[at];
    if (c === '[' && clean[at + 1] === '^') {
      const end = clean.indexOf(']', at + 2);
      const label = end < 0 ? '' : clean.slice(at + 2, end);
      if (label && label.length <= 20 && !/\s/.test(label)) {
        push(clean.slice(plain, at), false);
        runs.push({ text: label, footnote: label });
        at = plain = end + 1;
        continue;
      }
    } else if ((c === '*' || c === '_') && (c === '*' || !isWordChar(clean[at - 1]))) {
      const end = clean.indexOf(c, at + 1);
      if (end > at + 1 && (c === '*' || !isWordChar(clean[end + 1]))) {
        push(clean.slice(plain, at), false);
        push(clean.slice(at + 1, end), true);
        at = plain = end + 1;
        continue;
      }
    }
    at++;
  }
  push(clean.slice(plain), false);
  return items.length ? splitCitations(runs, items) : runs;
}

/** Gives each citation item's number (`73/27`, `2334 (2016)`) a run of its own, found in order. */
function splitCitations(runs: Run[], items: readonly CitationItem[]): Run[] {
  const out: Run[] = [];
  let next = 0;
  for (const run of runs) {
    let rest = run;
    while (next < items.length && !rest.footnote && !rest.cite) {
      const item = items[next];
      const flat = item.text.replace(/\s+/g, ' ').trim();
      const of = flat.indexOf(' of ');
      const written = of < 0 ? flat : flat.slice(0, of);
      const at = written ? indexOfWhole(rest.text, written) : -1;
      if (at < 0) break;
      if (at > 0) out.push({ ...rest, text: rest.text.slice(0, at) });
      out.push({ ...rest, text: written, cite: { symbol: item.symbol, ...(item.date?.valid ? { date: item.date.iso } : {}) } });
      rest = { ...rest, text: rest.text.slice(at + written.length) };
      next++;
    }
    if (rest.text !== '' || rest.footnote) out.push(rest);
  }
  return out;
}

/** The first place `needle` stands in `text` not glued to a digit or letter on either side. */
function indexOfWhole(text: string, needle: string): number {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}/]/u.test(before) && !/[\p{N}/]/u.test(after)) return at;
  }
  return -1;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The runs' text without look: what the document says. */
export function plainText(runs: readonly Run[]): string {
  return runs
    .filter(r => !r.footnote)
    .map(r => r.text)
    .join('');
}

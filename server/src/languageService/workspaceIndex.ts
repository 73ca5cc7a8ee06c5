/**
 * The workspace index: small summaries of every `.unres` document of the workspace and the
 * entries of every catalog file, kept current from the editor (each new model) and from file
 * events, and the catalog layers of contract §5 built from them. It holds summaries, not trees:
 * a 2,000-file workspace costs a few kilobytes per document.
 */
import type { Range } from 'vscode-languageserver-types';
import type { CitationItem, ResolutionDocument, Paragraph } from './model';
import type { IWorkspace } from './workspace';
import { isWorkspaceFile } from './workspace';
import type { CatalogEntry, CatalogLayer, CatalogLookup, IndexedCatalogLayer, RecordFacts } from './catalog/types';
import { parseCatalogFile, type ParsedCatalog } from './catalog/parse';
import { createCatalogLookup, mergedLayer } from './catalog/lookup';
import { catalogEntryOfDocument } from './catalog/fromDocument';
import { normalizeSymbol } from './util/symbols';
import { isCancelled, type CancellationLike } from './util/cancellation';

/** One operative paragraph of a summarised document. */
export interface ParagraphSummary {
  readonly number: number;
  /** The label as written: `5`, `5 bis`. */
  readonly label: string;
  readonly range: Range;
  readonly labelRange: Range;
  /**
   * The paragraph's own text, cut at {@link TEXT_LIMIT} characters, for the first
   * {@link TEXT_PARAGRAPHS} paragraphs only (what a hover preview shows); '' for the others, which
   * would cost a 2,000-file workspace most of the index's memory.
   */
  readonly text: string;
}

/** A place where a document cites a resolution. */
export interface CitationMention {
  /** Canonical symbol cited. */
  readonly symbol: string;
  /** The citation item (`73/27 of 5 December 2018`). */
  readonly range: Range;
  /** Set when the item is introduced by `paragraph N of`: the cited paragraph number. */
  readonly paragraph?: number;
}

/** What the index keeps of one `.unres` document. */
export interface DocumentSummary {
  readonly uri: string;
  readonly symbol?: string;
  /** Range of the `symbol` value in the front matter. */
  readonly symbolRange?: Range;
  readonly title?: string;
  readonly adopted?: string;
  readonly session?: number;
  readonly agendaItem?: string;
  readonly paragraphs: readonly ParagraphSummary[];
  readonly citations: readonly CitationMention[];
  /** The catalog entry the document makes of itself (contract §5, first layer). */
  readonly entry?: CatalogEntry;
}

/** A place in a workspace file. */
export interface WorkspaceLocation {
  readonly uri: string;
  readonly range: Range;
}

const TEXT_LIMIT = 600;
const TEXT_PARAGRAPHS = 3;

/**
 * What the last summary of an editor model made of its paragraphs and citation items, to be taken
 * again for the same objects: an edit's parse keeps the objects of the blocks it did not touch, in
 * their order.
 */
export interface SummaryMemo {
  readonly paragraphs: InOrderMemo<Paragraph, ParagraphSummary>;
  readonly citations: InOrderMemo<CitationItem, CitationMention>;
}

export function summaryMemo(): SummaryMemo {
  return { paragraphs: new InOrderMemo(), citations: new InOrderMemo() };
}

/**
 * Values made for a list of objects, made again only for objects the last list did not have. The
 * lists come in document order and an edit changes a stretch of them, so the next old object is
 * usually the one asked for; a new object looks a little further (past the stretch it replaced),
 * never across the whole list.
 */
class InOrderMemo<S, V> {
  #sources: S[] = [];
  #values: V[] = [];
  #nextSources: S[] = [];
  #nextValues: V[] = [];
  #at = 0;

  /** Starts a new list: the last one becomes what may be taken. */
  begin(): void {
    this.#sources = this.#nextSources;
    this.#values = this.#nextValues;
    this.#nextSources = [];
    this.#nextValues = [];
    this.#at = 0;
  }

  /** The value for `source`: the last list's when it had the object, else `make()`. */
  take(source: S, make: () => V): V {
    const found = this.#find(source);
    const value = found < 0 ? make() : this.#values[found];
    if (found >= 0) this.#at = found + 1;
    this.#nextSources.push(source);
    this.#nextValues.push(value);
    return value;
  }

  #find(source: S): number {
    const end = Math.min(this.#sources.length, this.#at + LOOK_AHEAD);
    for (let i = this.#at; i < end; i++) if (this.#sources[i] === source) return i;
    return -1;
  }
}

/** How far past the last match a memo looks for an object: an edit replaces a stretch of at most this many. */
const LOOK_AHEAD = 64;

/** Summarises a parsed document: what other documents and features need of it. */
export function summarize(doc: ResolutionDocument, memo?: SummaryMemo): DocumentSummary {
  memo?.paragraphs.begin();
  memo?.citations.begin();
  const paragraphs: ParagraphSummary[] = [];
  forEachNumbered(doc, (p, number, withText) => {
    // The first few carry their text: made each time (a paragraph may move into them or out).
    const make = () => paragraphSummary(p, number.value, number.text, number.range, withText);
    paragraphs.push(memo && !withText ? memo.paragraphs.take(p, make) : make());
  });
  const citations: CitationMention[] = [];
  forEachMention(doc, (item, paragraph) => {
    const make = () => new PackedMention(item.symbol, item.range, paragraph);
    citations.push(memo ? memo.citations.take(item, make) : make());
  });
  return { ...summarizeFacts(doc), paragraphs, citations };
}

/**
 * `summaryToData(summarize(doc))` made straight from the model, as a workspace scan's threads send
 * it: no summary objects, and each range read once instead of three times (model, summary, data).
 */
export function summaryDataOf(doc: ResolutionDocument): SummaryData {
  const { paragraphs: _p, citations: _c, ...summary } = summarizeFacts(doc);
  const paragraphs: SummaryData['paragraphs'][number][] = [];
  forEachNumbered(doc, (p, number, withText) => {
    const r = p.range;
    const l = number.range;
    paragraphs.push([
      number.value,
      number.text,
      summaryText(p, withText),
      r.start.line,
      r.start.character,
      r.end.line,
      r.end.character,
      l.start.line,
      l.start.character,
      l.end.line,
      l.end.character,
    ]);
  });
  const citations: SummaryData['citations'][number][] = [];
  forEachMention(doc, (item, paragraph) => {
    const r = item.range;
    citations.push([item.symbol, paragraph, r.start.line, r.start.character, r.end.line, r.end.character]);
  });
  return { summary, paragraphs, citations };
}

/** Each numbered operative paragraph, in order; the first few carry their text. */
function forEachNumbered(doc: ResolutionDocument, take: (p: Paragraph, number: NonNullable<Paragraph['number']>, withText: boolean) => void): void {
  let count = 0;
  for (const part of doc.parts) {
    for (const p of part.operative) {
      const number = p.number;
      if (number) take(p, number, count++ < TEXT_PARAGRAPHS);
    }
  }
}

/** Each well-formed citation item, in order, with its citation's paragraph on the first item. */
function forEachMention(doc: ResolutionDocument, take: (item: CitationItem, paragraph: number | undefined) => void): void {
  for (const c of doc.citations) {
    for (let i = 0; i < c.items.length; i++) {
      const item = c.items[i];
      if (!item.malformed) take(item, i === 0 ? c.paragraph : undefined);
    }
  }
}

/**
 * The part of a summary `unres check` needs of the documents it checks on other threads: the
 * document's own facts and catalog entry (diagnostics ask the workspace nothing else), without the
 * paragraphs and citations, which cost the threads and the index a tenth of a check.
 */
export function summarizeFacts(doc: ResolutionDocument): DocumentSummary {
  return {
    uri: doc.uri,
    symbol: doc.info.symbol ? normalizeSymbol(doc.info.symbol) : undefined,
    symbolRange: doc.frontMatter?.entries.find(e => e.key === 'symbol')?.valueRange,
    title: doc.info.title,
    adopted: doc.info.adopted,
    session: doc.info.session,
    agendaItem: doc.info.agendaItem,
    paragraphs: [],
    citations: [],
    entry: catalogEntryOfDocument(doc),
  };
}

function paragraphSummary(p: Paragraph, number: number, label: string, labelRange: Range, withText: boolean): ParagraphSummary {
  return new PackedParagraph(number, label, p.range, labelRange, summaryText(p, withText));
}

function summaryText(p: Paragraph, withText: boolean): string {
  return withText ? detached(p.text.length > TEXT_LIMIT ? `${p.text.slice(0, TEXT_LIMIT)}…` : p.text) : '';
}

// A 2,000-file workspace keeps ~45,000 paragraph summaries and ~45,000 citation mentions. A Range
// is three objects (~120 bytes); these keep its four numbers in the summary itself and make the
// Range when asked, which is rare (definition, references).

/** A paragraph summary with its ranges packed into numbers. */
class PackedParagraph implements ParagraphSummary {
  readonly #r0: number;
  readonly #r1: number;
  readonly #r2: number;
  readonly #r3: number;
  readonly #l0: number;
  readonly #l1: number;
  readonly #l2: number;
  readonly #l3: number;
  constructor(
    readonly number: number,
    readonly label: string,
    range: Range,
    labelRange: Range,
    readonly text: string,
  ) {
    this.#r0 = range.start.line;
    this.#r1 = range.start.character;
    this.#r2 = range.end.line;
    this.#r3 = range.end.character;
    this.#l0 = labelRange.start.line;
    this.#l1 = labelRange.start.character;
    this.#l2 = labelRange.end.line;
    this.#l3 = labelRange.end.character;
  }
  get range(): Range {
    return rangeOf(this.#r0, this.#r1, this.#r2, this.#r3);
  }
  get labelRange(): Range {
    return rangeOf(this.#l0, this.#l1, this.#l2, this.#l3);
  }
}

/** A citation mention with its range packed into numbers. */
class PackedMention implements CitationMention {
  readonly #r0: number;
  readonly #r1: number;
  readonly #r2: number;
  readonly #r3: number;
  readonly paragraph?: number;
  constructor(
    readonly symbol: string,
    range: Range,
    paragraph: number | undefined,
  ) {
    this.#r0 = range.start.line;
    this.#r1 = range.start.character;
    this.#r2 = range.end.line;
    this.#r3 = range.end.character;
    this.paragraph = paragraph;
  }
  get range(): Range {
    return rangeOf(this.#r0, this.#r1, this.#r2, this.#r3);
  }
}

/**
 * A summary as plain data (arrays and strings), for a summary made on another thread: structured
 * cloning keeps neither the packed classes nor their getters. {@link summaryFromData} rebuilds it.
 */
export interface SummaryData {
  readonly summary: Omit<DocumentSummary, 'paragraphs' | 'citations'>;
  /** number, label, text, then the range's and the label range's four numbers each. */
  readonly paragraphs: readonly (readonly [number, string, string, number, number, number, number, number, number, number, number])[];
  /** symbol, paragraph, then the range's four numbers. */
  readonly citations: readonly (readonly [string, number | undefined, number, number, number, number])[];
}

export function summaryToData(s: DocumentSummary): SummaryData {
  const { paragraphs, citations, ...rest } = s;
  return {
    summary: rest,
    paragraphs: paragraphs.map(p => {
      const r = p.range;
      const l = p.labelRange;
      return [p.number, p.label, p.text, r.start.line, r.start.character, r.end.line, r.end.character, l.start.line, l.start.character, l.end.line, l.end.character];
    }),
    citations: citations.map(c => [c.symbol, c.paragraph, c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character]),
  };
}

export function summaryFromData(d: SummaryData): DocumentSummary {
  return {
    ...d.summary,
    paragraphs: d.paragraphs.map(([n, label, text, r0, r1, r2, r3, l0, l1, l2, l3]) => new PackedParagraph(n, label, rangeOf(r0, r1, r2, r3), rangeOf(l0, l1, l2, l3), text)),
    citations: d.citations.map(([symbol, paragraph, r0, r1, r2, r3]) => new PackedMention(symbol, rangeOf(r0, r1, r2, r3), paragraph)),
  };
}

function rangeOf(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 keeps a substring as a
 * view of its parent, so a summary holding a paragraph's text would keep the whole file alive:
 * with 2,000 files that was a third of the index's heap. Shorter strings are always copies; a
 * longer one is joined to another (a pair of references), which slicing flattens into a new string.
 */
function detached(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}

/** An answer of the UN Digital Library as the index takes it: the entry found, or a note saying why there is none. */
export interface OnlineAnswer {
  readonly symbol: string;
  readonly entry?: CatalogEntry;
  readonly note?: string;
}

/** Options of {@link WorkspaceIndex}. */
export interface WorkspaceIndexOptions {
  readonly workspace: IWorkspace;
  /** Parses a document (the façade's cached parser). */
  readonly parse: (text: string, uri: string) => ResolutionDocument;
  /** The catalog bundled with the product: the last layer. */
  readonly bundled: () => CatalogLayer;
  /** What the bundled record proves beyond its entries (complete sessions, the Council's numbering). */
  readonly record?: () => RecordFacts | undefined;
  readonly log?: (message: string) => void;
  /** Summarises the workspace's `.unres` files elsewhere (worker threads) during the scan. */
  readonly summarizer?: WorkspaceSummarizer;
}

/**
 * Reads, parses and summarises workspace files somewhere else than the calling thread (the Node
 * adapters use worker threads). The index gives it the `.unres` files of its scan and reads itself
 * every file it was not answered for, so a summarizer may decline (too few files) or fail midway.
 */
export interface WorkspaceSummarizer {
  /**
   * Calls `take` for files in the order of `uris` with their summary, or `undefined` when the file
   * cannot be read; files it gives no answer for are read by the index.
   */
  summarize(uris: readonly string[], take: (uri: string, summary: DocumentSummary | undefined) => void, token?: CancellationLike): Promise<void>;
}

/**
 * Summaries of the workspace's documents and catalog files, and the catalog they make.
 * Editor content wins over the disk: once a document's summary came from the editor, a disk
 * read does not replace it until {@link WorkspaceIndex.release} says the editor let it go.
 */
export class WorkspaceIndex {
  readonly #options: WorkspaceIndexOptions;
  readonly #documents = new Map<string, DocumentSummary>();
  readonly #fromEditor = new Set<string>();
  /**
   * Canonical symbol → the documents citing it (asked after every edit: a walk of every summary was
   * quadratic in `unres check`); one document as its URI, most symbols being cited by one.
   */
  readonly #citing = new Map<string, string | Set<string>>();
  /** What the last summary of each editor document made, for the next (an edit's summary makes only what changed). */
  readonly #memos = new Map<string, SummaryMemo>();
  readonly #catalogFiles = new Map<string, ParsedCatalog>();
  readonly #settingsCatalogs = new Map<string, ParsedCatalog>();
  /** Answers of the UN Digital Library (the node side asks; the index only keeps what it was given). */
  readonly #online = new Map<string, CatalogEntry>();
  readonly #onlineNotes = new Map<string, string>();
  #lookup: CatalogLookup | undefined;
  /** The catalog files', settings', online and bundled entries by symbol: rebuilt only when one of those changes. */
  #below: IndexedCatalogLayer | undefined;
  #scan: Promise<void> | undefined;
  #scanned = false;

  constructor(options: WorkspaceIndexOptions) {
    this.#options = options;
  }

  /** Whether the first scan has finished. */
  get scanned(): boolean {
    return this.#scanned;
  }

  /**
   * Scans the workspace once (later calls return the same promise): every `.unres` file is
   * summarised, every `*.catalog.json` parsed. Reads one file at a time, so the event loop (and the
   * first diagnostics of the open document) are never held up for long.
   */
  scan(token?: CancellationLike): Promise<void> {
    this.#scan ??= this.#doScan(token).finally(() => {
      this.#scanned = true;
    });
    return this.#scan;
  }

  async #doScan(token?: CancellationLike): Promise<void> {
    let files: readonly string[] = [];
    try {
      files = await this.#options.workspace.listFiles();
    } catch (e) {
      this.#options.log?.(`workspace scan failed: ${String(e)}`);
    }
    const answered = new Set<string>();
    const summarizer = this.#options.summarizer;
    const documents = summarizer ? files.filter(uri => uri.endsWith('.unres') && !this.#fromEditor.has(uri)) : [];
    if (summarizer && documents.length > 0) {
      const take = (uri: string, summary: DocumentSummary | undefined) => {
        answered.add(uri);
        if (this.#fromEditor.has(uri)) return;
        if (summary) this.#setSummary(summary);
        else this.remove(uri);
      };
      const summarizing = summarizer.summarize(documents, take, token).catch(e => this.#options.log?.(`workspace scan on threads failed: ${String(e)}`));
      // Meanwhile this thread reads the catalog files, rather than after the documents.
      for (const uri of files) {
        if (isCancelled(token)) break;
        if (!uri.endsWith('.unres')) {
          answered.add(uri);
          await this.refreshFile(uri);
        }
      }
      await summarizing;
    }
    for (const uri of files) {
      if (isCancelled(token)) return;
      if (this.#fromEditor.has(uri) || answered.has(uri)) continue;
      await this.refreshFile(uri);
    }
  }

  /**
   * The workspace's folders changed: lists its files again, forgets those no longer in it and reads
   * those new to it (an added folder is indexed, a removed one forgotten; documents the editor holds
   * stay). Returns the canonical symbols whose catalog facts changed.
   */
  async rescan(token?: CancellationLike): Promise<string[]> {
    await this.scan(token);
    let files: readonly string[];
    try {
      files = await this.#options.workspace.listFiles();
    } catch (e) {
      this.#options.log?.(`workspace scan failed: ${String(e)}`);
      return [];
    }
    const listed = new Set(files);
    const changed: string[] = [];
    for (const uri of [...this.#documents.keys(), ...this.#catalogFiles.keys()]) {
      if (!listed.has(uri) && !this.#fromEditor.has(uri)) changed.push(...this.remove(uri));
    }
    for (const uri of files) {
      if (isCancelled(token)) break;
      if (!this.#documents.has(uri) && !this.#catalogFiles.has(uri)) changed.push(...(await this.refreshFile(uri)));
    }
    return changed;
  }

  /**
   * Reads one workspace file again (created or changed on disk). Returns the canonical symbols whose
   * catalog facts may have changed, so the caller can check the documents that cite them again.
   */
  async refreshFile(uri: string): Promise<string[]> {
    if (!isWorkspaceFile(uri) || this.#fromEditor.has(uri)) return [];
    let text: string | undefined;
    try {
      text = await this.#options.workspace.readFile(uri);
    } catch (e) {
      this.#options.log?.(`cannot read ${uri}: ${String(e)}`);
    }
    if (text === undefined) return this.remove(uri);
    if (this.#fromEditor.has(uri)) return [];
    if (uri.endsWith('.catalog.json')) return this.#setCatalog(this.#catalogFiles, uri, text);
    try {
      return this.#setSummary(summarize(this.#options.parse(text, uri)));
    } catch (e) {
      this.#options.log?.(`cannot index ${uri}: ${String(e)}`);
      return [];
    }
  }

  /** Takes the summary of a model the editor holds; returns the symbols whose catalog facts changed. */
  updateFromEditor(doc: ResolutionDocument): string[] {
    if (!doc.uri.endsWith('.unres')) return [];
    this.#fromEditor.add(doc.uri);
    let memo = this.#memos.get(doc.uri);
    if (!memo) this.#memos.set(doc.uri, (memo = summaryMemo()));
    return this.#setSummary(summarize(doc, memo));
  }

  /**
   * Takes the summary of a document whose model is held elsewhere (the CLI's worker threads parse
   * the files they check and keep the models): like an editor's, a disk read does not replace it.
   */
  updateFromHeld(summary: DocumentSummary): string[] {
    this.#fromEditor.add(summary.uri);
    return this.#setSummary(summary);
  }

  /** Documents whose summaries will come from {@link updateFromHeld} or {@link updateFromEditor}: a scan does not read them. */
  hold(uris: readonly string[]): void {
    for (const uri of uris) this.#fromEditor.add(uri);
  }

  /** The editor closed a document: the disk's content counts again (call {@link refreshFile} next). */
  release(uri: string): void {
    this.#fromEditor.delete(uri);
    this.#memos.delete(uri);
  }

  /** Forgets a deleted file; returns the symbols whose catalog facts it took away. */
  remove(uri: string): string[] {
    this.#fromEditor.delete(uri);
    this.#memos.delete(uri);
    const summary = this.#documents.get(uri);
    if (summary) {
      this.#documents.delete(uri);
      this.#indexCitations(summary, undefined);
      if (summary.entry) this.#lookup = undefined;
      return summary.symbol ? [summary.symbol] : [];
    }
    const catalog = this.#catalogFiles.get(uri);
    if (catalog) {
      this.#catalogFiles.delete(uri);
      this.#lookup = this.#below = undefined;
      return catalog.entries.map(e => e.symbol);
    }
    return [];
  }

  /** Sets the catalog files named in settings: URIs and their texts (`undefined` when unreadable). */
  /**
   * Takes answers of an online lookup: an entry for a symbol found, a note (why not) for one not
   * found or not asked. Returns the symbols whose catalog facts changed.
   */
  setOnlineAnswers(answers: readonly OnlineAnswer[]): string[] {
    const changed: string[] = [];
    for (const { symbol, entry, note } of answers) {
      const key = normalizeSymbol(symbol);
      if (entry) {
        this.#online.set(key, entry);
        this.#onlineNotes.delete(key);
      } else if (note) this.#onlineNotes.set(key, note);
      changed.push(key);
    }
    if (changed.length > 0) this.#lookup = this.#below = undefined;
    return changed;
  }

  /** How many answers of the UN Digital Library the index holds: entries and notes. */
  onlineCounts(): { entries: number; notes: number } {
    return { entries: this.#online.size, notes: this.#onlineNotes.size };
  }

  setSettingsCatalogs(files: readonly { uri: string; text: string | undefined }[]): string[] {
    const changed: string[] = [];
    for (const uri of [...this.#settingsCatalogs.keys()]) {
      // Loops, not push(...list): a catalog of 200,000 entries is more arguments than the stack holds.
      for (const e of this.#settingsCatalogs.get(uri)!.entries) changed.push(e.symbol);
      this.#settingsCatalogs.delete(uri);
    }
    for (const { uri, text } of files) {
      if (text === undefined) {
        this.#settingsCatalogs.set(uri, { entries: [], problems: [{ message: `The catalog file ${uri} named in settings cannot be read.`, range: zeroRange() }] });
      } else for (const symbol of this.#setCatalog(this.#settingsCatalogs, uri, text)) changed.push(symbol);
    }
    this.#lookup = this.#below = undefined;
    return changed;
  }

  #setCatalog(map: Map<string, ParsedCatalog>, uri: string, text: string): string[] {
    const before = map.get(uri)?.entries ?? [];
    const parsed = parseCatalogFile(text, uri);
    map.set(uri, parsed);
    this.#lookup = this.#below = undefined;
    return [...new Set([...before.map(e => e.symbol), ...parsed.entries.map(e => e.symbol)])];
  }

  /**
   * Whether taking a summary with these facts (a document's symbol and catalog entry) would change
   * the catalog: most edits do not touch the front matter, and the catalog stays as it is.
   */
  changesCatalog(facts: Pick<DocumentSummary, 'uri' | 'symbol' | 'entry'>): boolean {
    const before = this.#documents.get(facts.uri);
    return entryKey(before?.entry) !== entryKey(facts.entry) || before?.symbol !== facts.symbol;
  }

  #setSummary(summary: DocumentSummary): string[] {
    const changes = this.changesCatalog(summary);
    const before = this.#documents.get(summary.uri);
    this.#documents.set(summary.uri, summary);
    this.#indexCitations(before, summary);
    if (!changes) return [];
    this.#lookup = undefined;
    return [...new Set([before?.symbol, summary.symbol].filter((s): s is string => s !== undefined))];
  }

  #indexCitations(before: DocumentSummary | undefined, after: DocumentSummary | undefined): void {
    const was = before?.citations ?? [];
    const now = after?.citations ?? [];
    if (was === now) return;
    // An edit's summary keeps the mentions of untouched paragraphs: only the stretch between the
    // unchanged head and tail is looked at.
    let head = 0;
    if (before && after && before.uri === after.uri) {
      const most = Math.min(was.length, now.length);
      while (head < most && was[head] === now[head]) head++;
      let tail = 0;
      while (tail < most - head && was[was.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
      if (head === was.length && head === now.length) return;
      const gone = new Set<string>();
      for (let i = head; i < was.length - tail; i++) gone.add(was[i].symbol);
      for (const symbol of gone) this.#uncite(symbol, before.uri);
      for (let i = head; i < now.length - tail; i++) this.#cite(now[i].symbol, after.uri);
      // A symbol the stretch no longer cites may still be cited outside it.
      if (gone.size > 0) for (let i = 0; i < now.length; i++) if ((i < head || i >= now.length - tail) && gone.has(now[i].symbol)) this.#cite(now[i].symbol, after.uri);
      return;
    }
    if (before) for (const c of was) this.#uncite(c.symbol, before.uri);
    if (after) for (const c of now) this.#cite(c.symbol, after.uri);
  }

  #cite(symbol: string, uri: string): void {
    const citing = this.#citing.get(symbol);
    if (citing === undefined) this.#citing.set(symbol, uri);
    else if (typeof citing !== 'string') citing.add(uri);
    else if (citing !== uri) this.#citing.set(symbol, new Set([citing, uri]));
  }

  #uncite(symbol: string, uri: string): void {
    const citing = this.#citing.get(symbol);
    if (citing === uri) this.#citing.delete(symbol);
    else if (citing !== undefined && typeof citing !== 'string' && citing.delete(uri) && citing.size === 0) this.#citing.delete(symbol);
  }

  /** The catalog: workspace documents, workspace catalog files, settings catalog files, the bundled catalog. */
  catalog(): CatalogLookup {
    if (this.#lookup) return this.#lookup;
    // Only the documents' layer is merged again after a front matter changed; the files below it once.
    this.#below ??= mergedLayer(this.#layersBelowDocuments());
    this.#lookup = createCatalogLookup([this.#documentEntries(), this.#below, this.#options.bundled()], this.#options.record?.(), this.#onlineNotes);
    return this.#lookup;
  }

  /**
   * The catalog's layers before the bundled catalog, in order of precedence: workspace documents,
   * workspace catalog files, settings catalog files, the UN Digital Library's answers (what another
   * thread needs to make the same catalog).
   */
  catalogLayers(): CatalogEntry[][] {
    return [this.#documentEntries(), ...this.#layersBelowDocuments()];
  }

  #documentEntries(): CatalogEntry[] {
    return [...this.#documents.values()]
      .filter(s => s.entry)
      .sort((a, b) => (a.uri < b.uri ? -1 : 1))
      .map(s => s.entry!);
  }

  #layersBelowDocuments(): CatalogEntry[][] {
    const files = [...this.#catalogFiles.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).flatMap(([, c]) => c.entries);
    const settings = [...this.#settingsCatalogs.values()].flatMap(c => c.entries);
    return [files, settings, [...this.#online.values()]];
  }

  /** The summary of one document, if indexed. */
  summary(uri: string): DocumentSummary | undefined {
    return this.#documents.get(uri);
  }

  /** Every document summary. */
  summaries(): Iterable<DocumentSummary> {
    return this.#documents.values();
  }

  /** The workspace documents whose front matter names `symbol`. */
  documentsWithSymbol(symbol: string): DocumentSummary[] {
    const key = normalizeSymbol(symbol);
    return [...this.#documents.values()].filter(s => s.symbol === key).sort((a, b) => (a.uri < b.uri ? -1 : 1));
  }

  /** Every place in the workspace that cites `symbol` (with `paragraph`: only `paragraph N of …` citations). */
  citationsOf(symbol: string, paragraph?: number): WorkspaceLocation[] {
    const key = normalizeSymbol(symbol);
    const found: WorkspaceLocation[] = [];
    for (const s of [...this.#documents.values()].sort((a, b) => (a.uri < b.uri ? -1 : 1))) {
      for (const c of s.citations) {
        if (c.symbol === key && (paragraph === undefined || c.paragraph === paragraph)) found.push({ uri: s.uri, range: c.range });
      }
    }
    return found;
  }

  /** The documents citing any of `symbols`: the ones to check again when those facts change. */
  dependentsOf(symbols: readonly string[]): string[] {
    const found = new Set<string>();
    for (const symbol of symbols) {
      const citing = this.#citing.get(symbol);
      if (typeof citing === 'string') found.add(citing);
      else for (const uri of citing ?? []) found.add(uri);
    }
    return [...found].sort();
  }

  /** Problems of a catalog file (workspace or settings), or `undefined` when it is none. */
  catalogProblems(uri: string): ParsedCatalog['problems'] | undefined {
    return (this.#catalogFiles.get(uri) ?? this.#settingsCatalogs.get(uri))?.problems;
  }

  /** Every catalog file known, from the workspace and from settings. */
  catalogFiles(): string[] {
    return [...new Set([...this.#catalogFiles.keys(), ...this.#settingsCatalogs.keys()])];
  }
}

function entryKey(entry: CatalogEntry | undefined): string {
  return entry ? JSON.stringify([entry.symbol, entry.date, entry.title, entry.session, entry.agendaItem]) : '';
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

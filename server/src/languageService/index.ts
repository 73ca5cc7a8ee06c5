/**
 * The unres language service: a pure, editor-agnostic façade over the parser, the rules, the
 * workspace index and the features. It knows nothing of LSP transport, files or settings: files
 * reach it through an {@link IWorkspace}, settings through options passed in. The language server,
 * the CLI and the tests all call this.
 *
 * Every method is guarded: a failure inside a feature is logged and answered with the feature's
 * empty result, never thrown. Async methods take a cancellation token last and answer empty once it
 * is cancelled.
 */
import {
  DiagnosticSeverity,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Range,
  type WorkspaceEdit,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentLink,
  type Hover,
  type Location,
  type Position,
} from 'vscode-languageserver-types';
import type { DocumentSymbol, FoldingRange, InlayHint, Range as TextRange, SelectionRange, SemanticTokens, TextEdit, WorkspaceSymbol } from 'vscode-languageserver-types';
import type { ResolutionDocument } from './model';
import type { IWorkspace } from './workspace';
import { parseDocument, ParseCache } from './parser';
import { computeDiagnostics, type DiagnosticOptions } from './rules';
import { forgetFindings } from './rules/remembered';
import { forgetOpenings } from './query/openings';
import { ruleSetting, sameRuleConfig, type RuleConfig, type Severity } from './config';
import { parseRuleConfig } from './ruleConfig';
import type { CatalogEntry, CatalogLayer, CatalogLookup } from './catalog/types';
import { bundledLayer, bundledRecord } from './catalog/bundled';
import { WorkspaceIndex, summarizeFacts, type DocumentSummary, type OnlineAnswer, type WorkspaceSummarizer } from './workspaceIndex';
import { isCancelled, type CancellationLike } from './util/cancellation';
import type { FeatureContext } from './features/shared';
import { provideHover } from './features/hover';
import { provideDocumentLinks } from './features/documentLinks';
import { renderPreview } from './features/preview';
import { layoutDocument, type Layout } from './export/layout';
import { htmlPage } from './export/html';
import { layoutAkn } from './export/akn';
import { provideDefinition } from './features/definition';
import { provideReferences } from './features/references';
import { provideHighlights } from './features/highlights';
import { provideCompletion, resolveCompletionItem } from './features/completion';
import { formatDocument, formatRange, type FormatOptions } from './features/format';
import { provideOnEnterEdits } from './features/onEnter';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideWorkspaceSymbols } from './features/workspaceSymbols';
import { provideFoldingRanges } from './features/folding';
import { provideSelectionRanges } from './features/selectionRanges';
import { provideSemanticTokens } from './features/semanticTokens';
import { provideInlayHints, DEFAULT_INLAY_HINT_OPTIONS, type InlayHintOptions } from './features/inlayHints';
import { provideCodeActions } from './features/codeActions';
import { renumberDocument } from './features/renumber';
import { prepareForAdoption } from './features/prepareForAdoption';
import type { AdoptionDetails } from './features/adoptionDetails';
import { prepareRename, renameParagraph, renameSymbol, type RenameTarget } from './features/rename';
import { ownSymbolAt } from './query/cursor';
import { compareVersions, comparisonJson, comparisonSummary, comparisonText, rolloverText, type JsonChange } from './versions';
import { comparisonHtml } from './versions/html';

/** Another version of a document to compare with: its text, where links to it go, and its name for people. */
export interface VersionSource {
  readonly text: string;
  readonly uri: string;
  readonly name: string;
}

/** A comparison as the server sends it: the JSON contract of `unres diff`, a summary, the text report and the view's HTML. */
export interface VersionComparison {
  readonly changes: JsonChange[];
  readonly summary: string;
  readonly text: string;
  readonly html: string;
}

export * from './model';
export type { Layout, LayoutBlock, LayoutItem, LayoutPart, LayoutAttachment, Run } from './export/layout';
export type { IWorkspace } from './workspace';
export { InMemoryWorkspace, isWorkspaceFile } from './workspace';
export { RULES, CONFIG_FILE_NAME, sameRuleConfig, type RuleConfig, type Severity, type RuleSetting } from './config';
export { parseDocument } from './parser';
export { computeDiagnostics, type DiagnosticOptions } from './rules';
export { type OnlineAnswer } from './workspaceIndex';
export {
  WorkspaceIndex,
  summarize,
  summarizeFacts,
  summaryDataOf,
  summaryToData,
  summaryFromData,
  type DocumentSummary,
  type SummaryData,
  type WorkspaceSummarizer,
} from './workspaceIndex';
export type { CatalogEntry, CatalogLookup } from './catalog/types';
export { createCatalogLookup } from './catalog/lookup';
export { bundledCatalog, bundledLayer, bundledRecord } from './catalog/bundled';
export { markdownToPlainText } from './features/shared';
export { ADOPTION_KEYS, adoptionDetailProblem, type AdoptionDetails } from './features/adoptionDetails';
export { noopToken, type CancellationLike } from './util/cancellation';
export { COMPLETION_TRIGGERS } from './features/completion';
export { formatText, type FormatOptions } from './features/format';
export { SEMANTIC_TOKENS_LEGEND, semanticTokensOf, type SemanticToken } from './features/semanticTokens';
export { DEFAULT_INLAY_HINT_OPTIONS, type InlayHintOptions } from './features/inlayHints';
export { FIX_ALL_KIND, fixesFor, fixAllEdits } from './features/codeActions';
export type { RenameTarget } from './features/rename';

export { COMMANDS } from './commands';

/** Prepare for adoption's answer: the edit and what is left for the drafter, or why nothing was done. */
export type AdoptionResult = { edit: WorkspaceEdit; message: string; passagesLeft: Range[]; unmatchedBrackets: Range[]; toFill: readonly string[] } | { problem: string };

export interface LanguageServiceOptions {
  readonly workspace: IWorkspace;
  readonly log?: (message: string) => void;
  /** Reads and summarises the workspace scan's files elsewhere (the Node adapters' worker threads). */
  readonly summarizer?: WorkspaceSummarizer;
}

/** The text of a document at one version, as the editor or the disk holds it. */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** A catalog file named in settings, read by the caller. */
export interface SettingsCatalogFile {
  readonly uri: string;
  /** `undefined` when it could not be read: a problem on that file. */
  readonly text: string | undefined;
}

/** What the workspace index holds, in numbers (the adapters' logs). */
export interface IndexCounts {
  /** `.unres` documents indexed. */
  readonly documents: number;
  /** Answers of the UN Digital Library held: entries found, and symbols it did not find or could not be asked for. */
  readonly onlineEntries: number;
  readonly onlineNotes: number;
}

export interface ILanguageService {
  /** The model of a document, parsed once per (uri, version) and shared by every feature. Reading it changes nothing else. */
  getModel(document: TextDocumentLike): ResolutionDocument;
  /**
   * Every diagnostic of the document: parse problems and rule findings, configured. The catalog
   * defaults to the workspace's ({@link getCatalog}).
   */
  getDiagnostics(document: TextDocumentLike, options?: DiagnosticOptions): Diagnostic[];

  /** Scans the workspace once in the background (later calls share the first scan). */
  indexWorkspace(token?: CancellationLike): Promise<void>;
  /** The catalog layers of contract §5: workspace documents, catalog files, settings catalogs, bundled. */
  getCatalog(): CatalogLookup;
  /**
   * The catalog's layers above the bundled catalog, in order of precedence (workspace documents,
   * workspace catalog files, settings catalogs, the UN Digital Library's answers): fresh arrays,
   * what another thread needs to make the same catalog.
   */
  getCatalogLayers(): CatalogEntry[][];
  /** Every catalog file the index read: the workspace's `*.catalog.json` and those named in settings (URIs). */
  getCatalogFiles(): string[];
  /** How many documents and online answers the index holds. */
  getIndexCounts(): IndexCounts;
  /**
   * Takes the editor's current text of a document into the index. Returns the URIs of the other
   * documents whose diagnostics may change because this one's catalog facts changed.
   */
  syncDocument(document: TextDocumentLike): string[];
  /**
   * Parses a document the editor opened and takes it into the index as {@link getDiagnostics}
   * does: its catalog facts at once, its summary when the index is next read (a workspace
   * feature, {@link syncDocument}). The server calls it while the client's first pull is on its way.
   */
  openDocument(document: TextDocumentLike): void;
  /**
   * Takes the summary of a document whose model is held elsewhere (the CLI's worker threads parse
   * the files they check): like an editor's, a disk read does not replace it. Returns the documents to check again.
   */
  syncHeldDocument(summary: DocumentSummary): string[];
  /**
   * Documents whose summaries will come through {@link syncHeldDocument} (or {@link syncDocument}):
   * the workspace scan leaves them to those, so it can run while they are parsed elsewhere.
   */
  holdDocuments(uris: readonly string[]): void;
  /**
   * The workspace's folders changed (the adapter's {@link IWorkspace} lists the new ones): added
   * folders are indexed, removed ones forgotten. Returns the documents to check again.
   */
  workspaceFoldersChanged(token?: CancellationLike): Promise<string[]>;
  /** A workspace file was created or changed on disk; returns the documents to check again. */
  fileChanged(uri: string): Promise<string[]>;
  /** A workspace file was deleted; returns the documents to check again. */
  fileDeleted(uri: string): string[];
  /** The editor closed a document: the disk's content counts again. Returns the documents to check again. */
  documentClosed(uri: string): Promise<string[]>;
  /** Sets the catalog files named in settings; returns the documents to check again. */
  setSettingsCatalogs(files: readonly SettingsCatalogFile[]): string[];
  /** Takes answers of the UN Digital Library (the adapters ask it); returns the documents to check again. */
  setOnlineAnswers(answers: readonly OnlineAnswer[]): string[];
  /** The `catalog/invalid` diagnostics of a catalog file, or `undefined` when the URI is no known catalog file. */
  getCatalogDiagnostics(uri: string, config?: RuleConfig): Diagnostic[] | undefined;
  /** Reads `.unresrc.json`: the rule configuration and its `config/invalid` diagnostics. */
  readRuleConfig(text: string): { config: RuleConfig; diagnostics: Diagnostic[] };

  /** Hover at a position: citation preview, paragraph text, symbol, phrase, front matter key. */
  getHover(document: TextDocumentLike, position: Position, token?: CancellationLike): Promise<Hover | undefined>;
  /** Links from citation items and document symbols to their official texts. */
  getDocumentLinks(document: TextDocumentLike, token?: CancellationLike): Promise<DocumentLink[]>;
  /** The live preview: the resolution as printed, an escaped HTML fragment with no scripts or links. */
  getPreview(document: TextDocumentLike): { html: string; css: string };
  /** The document's layout (masthead, blocks, footnotes, annexes): what every export writes. */
  getLayout(document: TextDocumentLike): Layout;
  /** A standalone HTML page in the UN layout, with no script and no external resource. */
  exportHtml(document: TextDocumentLike): string;
  /** Akoma Ntoso 3.0 (AKN4UN); cited resolutions' IRIs take their dates from the catalogs. `today`: ISO date of the markup. */
  exportAkn(document: TextDocumentLike, options?: { today?: string }): string;
  /** "Compare with…": the paragraph changes from another version (`old`, any text) to this document, as data, text and an HTML view (docs/versions.md). */
  compareWithVersion(document: TextDocumentLike, old: VersionSource, newName: string): VersionComparison;
  /** "Roll over to next session": next session's draft of this (adopted) document, and what was done. */
  getRollover(document: TextDocumentLike): { text: string; notes: string[] };
  /** Definition: the cited workspace document, the referenced paragraph, the footnote definition. */
  getDefinition(document: TextDocumentLike, position: Position, token?: CancellationLike): Promise<Location[]>;
  /** References across the workspace to the symbol, paragraph, citation or footnote at a position. */
  getReferences(document: TextDocumentLike, position: Position, options: { includeDeclaration: boolean }, token?: CancellationLike): Promise<Location[]>;
  /** Highlights of the same resolution, paragraph or footnote in the document. */
  getDocumentHighlights(document: TextDocumentLike, position: Position, token?: CancellationLike): Promise<DocumentHighlight[]>;
  /** Completions: front matter, footnote labels, paragraph numbers, citations, opening phrases. */
  getCompletions(document: TextDocumentLike, position: Position, token?: CancellationLike): Promise<CompletionList>;
  /** A completion item's documentation, for the item the editor shows (`completionItem/resolve`). */
  resolveCompletion(item: CompletionItem): CompletionItem;
  /** Formats the whole document: minimal edits, never overlapping; words are never changed. */
  formatDocument(document: TextDocumentLike, options?: FormatOptions, token?: CancellationLike): Promise<TextEdit[]>;
  /** Formats the lines a range touches. */
  formatRange(document: TextDocumentLike, range: TextRange, options?: FormatOptions, token?: CancellationLike): Promise<TextEdit[]>;
  /** Format-on-type: after Enter (`ch` "\n") on an empty subparagraph label, the next operative number in its place. */
  getOnTypeEdits(document: TextDocumentLike, position: Position, ch: string, token?: CancellationLike): Promise<TextEdit[]>;
  /** The outline: front matter, parts, preamble, operative paragraphs and subparagraphs, footnotes, attachments, articles. */
  getDocumentSymbols(document: TextDocumentLike, token?: CancellationLike): Promise<DocumentSymbol[]>;
  /** The workspace's documents whose symbol or title matches `query`, from the index (waits for the first scan). */
  getWorkspaceSymbols(query: string, token?: CancellationLike): Promise<WorkspaceSymbol[]>;
  /** Folding ranges: front matter, paragraphs with their subparagraphs, parts, attachments, articles, comments. */
  getFoldingRanges(document: TextDocumentLike, token?: CancellationLike): Promise<FoldingRange[]>;
  /** Selection ranges per position: word → phrase or citation item → subparagraph → paragraph → part → document. */
  getSelectionRanges(document: TextDocumentLike, positions: readonly Position[], token?: CancellationLike): Promise<SelectionRange[]>;
  /** Semantic tokens, encoded with `SEMANTIC_TOKENS_LEGEND`: known and unknown openers, resolved and unknown citations. */
  getSemanticTokens(document: TextDocumentLike, token?: CancellationLike): Promise<SemanticTokens>;
  /** Inlay hints on the lines of `range`: `PP1`, `PP2`, … and `OP n` where a draft uses `bis`. */
  getInlayHints(document: TextDocumentLike, range: TextRange, options?: InlayHintOptions, token?: CancellationLike): Promise<InlayHint[]>;
  /**
   * Code actions: the quick fixes of the diagnostics the editor shows at `range` (built from their
   * data), and `source.fixAll.unres` when `only` asks for it (built from the document's diagnostics
   * under `options`).
   */
  getCodeActions(
    document: TextDocumentLike,
    range: Range,
    context: { diagnostics: readonly Diagnostic[]; only?: readonly string[] },
    options?: DiagnosticOptions,
    token?: CancellationLike,
  ): Promise<CodeAction[]>;
  /** "Renumber paragraphs": one edit renumbering paragraphs, subparagraphs, footnotes and every reference. */
  getRenumberEdit(document: TextDocumentLike): WorkspaceEdit;
  /**
   * "Prepare for adoption": renumbering without draft labels, `status: adopted`, and the symbol, date and meeting given
   * (each one not given marked for filling in); the bracketed passages left reported in `message`. A detail of the
   * wrong shape gives `problem` and no edit.
   */
  getAdoptionEdit(document: TextDocumentLike, details?: AdoptionDetails): AdoptionResult;
  /** What rename would change at a position (a paragraph number or the own symbol), or undefined. */
  prepareRename(document: TextDocumentLike, position: Position, token?: CancellationLike): Promise<RenameTarget | undefined>;
  /** Renames the paragraph number or the own symbol at a position; `error` says why it cannot be done. */
  rename(document: TextDocumentLike, position: Position, newName: string, token?: CancellationLike): Promise<{ edit: WorkspaceEdit } | { error: string }>;
}

/** How long hover and completion wait for the first workspace scan before answering with what is known. */
const SHORT_WAIT_MS = 500;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function createLanguageService(options: LanguageServiceOptions): ILanguageService {
  const log = (message: string) => options.log?.(message);
  const models = new Map<string, ResolutionDocument>();
  // Per open document: the blocks of its last parse, so an edit rereads only the blocks it touched.
  const parseCaches = new Map<string, ParseCache>();
  const drop = (uri: string) => {
    models.delete(uri);
    parseCaches.delete(uri);
    editorDocuments.delete(uri);
    lastDiagnostics.delete(uri);
    unsummarized.delete(uri);
    forgetFindings(uri);
    forgetOpenings(uri);
  };
  let bundled: CatalogLayer | undefined;
  const index = new WorkspaceIndex({
    workspace: options.workspace,
    parse: (text, uri) => parseDocument(text, uri, 0),
    bundled: () => (bundled ??= safe<CatalogLayer>('bundled catalog', () => bundledLayer(), [])),
    record: () => safe('bundled record', () => bundledRecord(), undefined),
    log,
    summarizer: options.summarizer,
  });
  // Symbols whose catalog facts changed through editor models since the last syncDocument.
  const changedSymbols = new Set<string>();

  function safe<T>(what: string, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (e) {
      log(`${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  }

  const getModel = (document: TextDocumentLike): ResolutionDocument => {
    const cached = models.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    let cache = parseCaches.get(document.uri);
    if (!cache) parseCaches.set(document.uri, (cache = new ParseCache()));
    const model = parseDocument(document.getText(), document.uri, document.version, cache);
    models.set(document.uri, model);
    return model;
  };
  // The editor's documents whose models the index holds (a disk change does not replace them), and the models it took.
  const editorDocuments = new Set<string>();
  const indexedModels = new WeakSet<ResolutionDocument>();
  /**
   * Models taken into the index whose summary (paragraphs, citations: what other documents'
   * features read) is still to be made, by URI. Diagnostics read only the catalog, which a summary
   * changes through the document's own facts (its symbol and entry), taken at once: the summary of
   * an open or an edit, 2–4 ms of a 1 MB document, follows the answer instead of preceding it.
   */
  const unsummarized = new Map<string, ResolutionDocument>();
  /**
   * The model of the document a request is about, taken into the index when it is a version the
   * index has not seen: the workspace's answers (the citation under the cursor for definition,
   * references, hovers' "cited by") then read the text the editor shows, between two calls of
   * syncDocument (the server's debounce).
   */
  const currentModel = (document: TextDocumentLike): ResolutionDocument => {
    const model = getModel(document);
    if (indexedModels.has(model)) return model;
    indexedModels.add(model);
    editorDocuments.add(model.uri);
    // The index holds `.unres` documents only (an untitled buffer has no summary).
    if (!model.uri.endsWith('.unres')) return model;
    safe(
      'indexing',
      () => {
        // The catalog diagnostics read is the one the whole summary makes.
        const facts = summarizeFacts(model);
        if (index.changesCatalog(facts)) for (const s of index.updateFromHeld(facts)) changedSymbols.add(s);
        else index.hold([model.uri]);
      },
      undefined,
    );
    unsummarized.set(model.uri, model);
    return model;
  };
  /** The index with every summary still to be made taken: what reads more of it than the catalog. */
  const summarized = (): WorkspaceIndex => {
    for (const model of unsummarized.values()) for (const s of safe('indexing', () => index.updateFromEditor(model), [])) changedSymbols.add(s);
    unsummarized.clear();
    return index;
  };
  /** Waits for the first workspace scan, at most `ms` (hover and completion answer with what is known by then). */
  const scanned = (ms: number): Promise<unknown> => (index.scanned ? Promise.resolve() : Promise.race([index.scan(), new Promise(resolve => setTimeout(resolve, ms))]));
  const context = (): FeatureContext => ({
    // Taken when a feature reads it (hover, definition, references), not for those that read only the model.
    get index() {
      return summarized();
    },
    catalog: index.catalog(),
  });
  /**
   * The last diagnostics of each document, with what they were computed from: a model is one
   * version, and the workspace index makes a new catalog lookup whenever a catalog fact changes
   * (a front matter, a catalog file, settings, an online answer), so the same model, catalog and
   * rule configuration give the same diagnostics (a repull, code actions, the CLI's second pass).
   */
  const lastDiagnostics = new Map<string, { model: ResolutionDocument; catalog: CatalogLookup | undefined; config: RuleConfig | undefined; diagnostics: Diagnostic[] }>();
  /** The document's diagnostics against the workspace catalog; a failing rule is logged, not thrown. */
  const diagnose = (doc: ResolutionDocument, diagnosticOptions?: DiagnosticOptions): Diagnostic[] => {
    const catalog = diagnosticOptions && 'catalog' in diagnosticOptions ? diagnosticOptions.catalog : index.catalog();
    const config = diagnosticOptions?.config;
    // Tests that narrow the rules are not remembered.
    const remember = diagnosticOptions?.rules === undefined;
    const last = lastDiagnostics.get(doc.uri);
    if (remember && last && last.model === doc && last.catalog === catalog && sameRuleConfig(last.config, config)) return last.diagnostics.slice();
    const diagnostics = computeDiagnostics(doc, { onRuleError: e => log(`rule failed: ${String(e)}`), ...diagnosticOptions, catalog });
    if (remember && models.get(doc.uri) === doc) lastDiagnostics.set(doc.uri, { model: doc, catalog, config, diagnostics });
    return diagnostics.slice();
  };
  const dependents = (symbols: readonly string[], except?: string) =>
    summarized()
      .dependentsOf(symbols)
      .filter(uri => uri !== except);

  /** Runs a feature over the model unless the request is already stale. */
  async function feature<T>(
    what: string,
    document: TextDocumentLike,
    token: CancellationLike | undefined,
    empty: T,
    run: (doc: ResolutionDocument, ctx: FeatureContext) => T,
  ): Promise<T> {
    if (isCancelled(token)) return empty;
    return safe(what, () => run(currentModel(document), context()), empty);
  }

  return Object.freeze<ILanguageService>({
    getModel,
    getDiagnostics: (document, diagnosticOptions) => safe('diagnostics', () => diagnose(currentModel(document), diagnosticOptions), []),

    indexWorkspace: token => index.scan(token).catch(e => log(`workspace scan failed: ${String(e)}`)),
    getCatalog: () => index.catalog(),
    getCatalogLayers: () => index.catalogLayers(),
    getCatalogFiles: () => index.catalogFiles(),
    getIndexCounts: () => {
      const online = index.onlineCounts();
      return { documents: [...summarized().summaries()].length, onlineEntries: online.entries, onlineNotes: online.notes };
    },
    syncDocument: document => {
      safe('indexing', () => currentModel(document), undefined);
      summarized();
      const symbols = [...changedSymbols];
      changedSymbols.clear();
      return dependents(symbols, document.uri);
    },
    openDocument: document => void safe('indexing', () => currentModel(document), undefined),
    syncHeldDocument: summary => dependents(index.updateFromHeld(summary), summary.uri),
    holdDocuments: uris => index.hold(uris),
    workspaceFoldersChanged: async token => dependents(await index.rescan(token)),
    fileChanged: async uri => {
      if (editorDocuments.has(uri)) return [];
      return dependents(await index.refreshFile(uri), uri);
    },
    fileDeleted: uri => {
      drop(uri);
      return dependents(index.remove(uri), uri);
    },
    documentClosed: async uri => {
      drop(uri);
      index.release(uri);
      return dependents(await index.refreshFile(uri), uri);
    },
    setSettingsCatalogs: files => dependents(index.setSettingsCatalogs(files)),
    setOnlineAnswers: answers => dependents(safe('online answers', () => index.setOnlineAnswers(answers), [])),
    getCatalogDiagnostics: (uri, config) => {
      const problems = index.catalogProblems(uri);
      if (!problems) return undefined;
      const setting = ruleSetting('catalog/invalid', config);
      if (setting === 'off') return [];
      return problems.map(p => ({ range: p.range, message: p.message, code: 'catalog/invalid', severity: SEVERITY[setting], source: 'unres' }));
    },
    readRuleConfig: text => {
      const parsed = safe('rule configuration', () => parseRuleConfig(text), { config: {}, problems: [] });
      return {
        config: parsed.config,
        diagnostics: parsed.problems.map(p => ({ range: p.range, message: p.message, code: p.code, severity: DiagnosticSeverity.Error, source: 'unres' })),
      };
    },

    getHover: async (document, position, token) => {
      await scanned(SHORT_WAIT_MS);
      return feature('hover', document, token, undefined, (doc, ctx) => provideHover(ctx, doc, position));
    },
    getPreview: document => safe('preview', () => renderPreview(getModel(document)), { html: '', css: '' }),
    getLayout: document => layoutDocument(getModel(document)),
    exportHtml: document => htmlPage(layoutDocument(getModel(document))),
    exportAkn: (document, exportOptions) => {
      const catalog = index.catalog();
      return layoutAkn(layoutDocument(getModel(document)), { today: exportOptions?.today, dateOf: symbol => catalog.get(symbol)?.date });
    },
    compareWithVersion: (document, old, newName) =>
      safe(
        'compare',
        () => {
          const comparison = compareVersions(parseDocument(old.text, old.uri, 0), getModel(document));
          const names = { oldName: old.name, newName, oldUri: old.uri, newUri: document.uri };
          return { changes: comparisonJson(comparison), summary: comparisonSummary(comparison), text: comparisonText(comparison, names), html: comparisonHtml(comparison, names) };
        },
        { changes: [], summary: 'the comparison failed', text: '', html: '<p class="unres-status">The comparison failed: see the server output.</p>' },
      ),
    getRollover: document =>
      safe(
        'rollover',
        () => {
          const { text, notes } = rolloverText(getModel(document));
          return { text, notes };
        },
        { text: document.getText(), notes: ['The rollover failed: see the server output. The text is unchanged.'] },
      ),
    getDocumentLinks: (document, token) => feature('document links', document, token, [], doc => provideDocumentLinks(doc)),
    getDefinition: async (document, position, token) => {
      // Definition and references need the whole workspace: wait for the first scan.
      await index.scan();
      return feature('definition', document, token, [], (doc, ctx) => provideDefinition(ctx, doc, position));
    },
    getReferences: async (document, position, referenceOptions, token) => {
      await index.scan();
      return feature('references', document, token, [], (doc, ctx) => provideReferences(ctx, doc, position, referenceOptions.includeDeclaration));
    },
    getDocumentHighlights: (document, position, token) => feature('highlights', document, token, [], doc => provideHighlights(doc, position)),
    getCompletions: async (document, position, token) => {
      await scanned(SHORT_WAIT_MS);
      return feature('completion', document, token, { isIncomplete: false, items: [] }, (doc, ctx) => provideCompletion(ctx, doc, position));
    },
    resolveCompletion: item => safe('completion resolve', () => resolveCompletionItem(context(), item), item),
    formatDocument: (document, formatOptions, token) => feature('formatting', document, token, [], doc => formatDocument(doc, formatOptions)),
    formatRange: (document, range, formatOptions, token) => feature('range formatting', document, token, [], doc => formatRange(doc, range, formatOptions)),
    getOnTypeEdits: (document, position, ch, token) => feature('format on type', document, token, [], doc => (ch === '\n' ? provideOnEnterEdits(doc, position) : [])),
    getDocumentSymbols: (document, token) => feature('document symbols', document, token, [], doc => provideDocumentSymbols(doc)),
    getWorkspaceSymbols: async (query, token) => {
      await index.scan();
      if (isCancelled(token)) return [];
      return safe('workspace symbols', () => provideWorkspaceSymbols(summarized(), query), []);
    },
    getFoldingRanges: (document, token) => feature('folding ranges', document, token, [], doc => provideFoldingRanges(doc)),
    getSelectionRanges: (document, positions, token) => feature('selection ranges', document, token, [], doc => provideSelectionRanges(doc, positions)),
    getSemanticTokens: (document, token) => feature('semantic tokens', document, token, { data: [] }, (doc, ctx) => provideSemanticTokens(doc, ctx.catalog)),
    getInlayHints: (document, range, hintOptions, token) =>
      feature('inlay hints', document, token, [], doc => provideInlayHints(doc, range, hintOptions ?? DEFAULT_INLAY_HINT_OPTIONS)),
    getCodeActions: (document, _range, codeActionContext, diagnosticOptions, token) =>
      feature('code actions', document, token, [], doc =>
        provideCodeActions(doc, document.uri, codeActionContext.diagnostics, codeActionContext.only, () => diagnose(doc, diagnosticOptions)),
      ),
    getRenumberEdit: document => safe('renumber', () => ({ changes: { [document.uri]: renumberDocument(getModel(document)) } }), { changes: {} }),
    getAdoptionEdit: (document, details) =>
      safe<AdoptionResult>(
        'prepare for adoption',
        () => {
          const result = prepareForAdoption(getModel(document), details);
          if ('problem' in result) return { problem: result.problem };
          const { edits, ...rest } = result;
          return { edit: { changes: { [document.uri]: edits } }, ...rest };
        },
        { problem: 'Prepare for adoption failed.' },
      ),
    prepareRename: (document, position, token) => feature('prepare rename', document, token, undefined, doc => prepareRename(doc, position)),
    rename: async (document, position, newName, token) => {
      const doc = safe('rename', () => currentModel(document), undefined);
      if (!doc || isCancelled(token)) return { error: 'The document could not be read.' };
      const own = ownSymbolAt(doc, position);
      let result: { changes: Record<string, TextEdit[]> } | { error: string };
      if (!own) result = safe('rename', () => renameParagraph(doc, position, newName), { error: 'Rename failed.' });
      else {
        // Every citation in the workspace: the index knows the documents, the workspace their current text.
        const workspace = {
          documents: async () => {
            await index.scan();
            return [...summarized().summaries()].map(s => s.uri);
          },
          readFile: (uri: string) => options.workspace.readFile(uri),
          modelOf: (uri: string, text: string) => safe('rename', () => (models.get(uri)?.text === text ? models.get(uri) : parseDocument(text, uri, 0)), undefined),
        };
        result = await renameSymbol(doc, own, newName, workspace, token).catch(e => {
          log(`rename failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          return { error: 'Rename failed.' };
        });
      }
      return 'error' in result ? result : { edit: { changes: result.changes } };
    },
  });
}

/**
 * When diagnostics are computed and sent: pulled where the client can (`textDocument/diagnostic`,
 * refreshed when something they depend on changed; a repull of unchanged inputs is answered
 * `unchanged`), pushed otherwise, debounced per document and dropped for an old version. A document
 * is taken into the workspace index after it rests (its summary after its diagnostics), and the
 * documents citing it are checked again.
 */
import { DocumentDiagnosticReportKind, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, isWorkspaceFile, sameRuleConfig, type ILanguageService, type RuleConfig } from './languageService';
import type { ServerLog } from './logger';
import { cancelled, type RunSafe } from './requests';

/** How long a document must rest before its diagnostics are computed (push mode) and its summary re-indexed. */
export const DEBOUNCE_MS = 200;

/**
 * A resolution to check: a `.unres` file, or any document the client opened as `unres` (an
 * untitled buffer, `untitled:Untitled-1`, has no file name to go by). Only `.unres` files enter
 * the workspace index.
 */
export function isResolution(document: TextDocument): boolean {
  return document.uri.endsWith('.unres') || document.languageId === 'unres';
}

/** What the scheduler needs of the server. */
export interface DiagnosticsHost {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: ILanguageService;
  readonly logger: ServerLog;
  /** Whether the client pulls diagnostics, and whether it can be asked to pull again. */
  readonly pull: () => boolean;
  readonly refreshSupport: () => boolean;
  ruleConfigOf(uri: string): Promise<RuleConfig>;
  /** A rule file (`.unresrc.json`) open in the editor rested: read the rule files again. */
  ruleFileChanged(): Promise<void>;
  publishCatalogDiagnostics(uri: string): Promise<void>;
  /** Called with every document's fresh diagnostics (the online lookup of unknown citations). */
  diagnosed(uri: string, diagnostics: readonly Diagnostic[]): void;
  readonly runSafe: RunSafe;
}

/**
 * The last report pulled for a document and what its diagnostics were computed from: the version,
 * the rule configuration and the workspace catalog. Nothing else goes into them (the rules read the
 * model, the configuration and the catalog only), so a repull with the same three is `unchanged`.
 */
interface PulledReport {
  readonly resultId: string;
  readonly version: number;
  readonly config: RuleConfig | undefined;
  readonly catalog: number;
  readonly items: Diagnostic[];
}

export class DiagnosticsScheduler {
  readonly #host: DiagnosticsHost;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  #refreshTimer: NodeJS.Timeout | undefined;
  /** By URI, while the document is open (a reopened document starts again at version 1). */
  readonly #reports = new Map<string, PulledReport>();
  #lastResultId = 0;
  /**
   * The catalog a report was checked against, as a number: the workspace index makes a new catalog
   * object whenever a catalog fact changes (a front matter, a catalog file, settings, an online
   * answer), so its identity is the catalog's generation; the object itself is not kept alive.
   */
  readonly #catalogGenerations = new WeakMap<object, number>();
  #lastCatalogGeneration = 0;

  constructor(host: DiagnosticsHost) {
    this.#host = host;
  }

  /** Answers `textDocument/diagnostic` and follows the documents' life (open, change, close). */
  listen(): void {
    const { connection, documents, service, logger } = this.#host;
    connection.languages.diagnostics.on((params, token) =>
      this.#host.runSafe('diagnostics', token, { kind: DocumentDiagnosticReportKind.Full, items: [] }, async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !isResolution(document)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const config = await this.#host.ruleConfigOf(document.uri);
        if (token.isCancellationRequested) throw cancelled();
        const uri = document.uri;
        const last = this.#reports.get(uri);
        if (
          last &&
          last.resultId === params.previousResultId &&
          last.version === document.version &&
          sameRuleConfig(last.config, config) &&
          last.catalog === this.#catalogGeneration()
        ) {
          this.#host.diagnosed(uri, last.items);
          return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
        }
        const version = document.version;
        const items = service.getDiagnostics(document, { config });
        // Read after the diagnostics: computing them takes this version into the index, which may change the catalog.
        const report = { resultId: String(++this.#lastResultId), version, config, catalog: this.#catalogGeneration(), items };
        this.#reports.set(uri, report);
        this.#host.diagnosed(uri, items);
        return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items };
      }),
    );
    // TextDocuments fires a content change for every open too, right after the open event: the
    // opened version is checked (or scheduled) by the open itself, not once more after the debounce.
    let opened: TextDocument | undefined;
    documents.onDidOpen(e => {
      const document = (opened = e.document);
      if (!isResolution(document)) return this.schedule(document.uri);
      // The first diagnostics of an opened document come at once, not after the debounce. Its
      // settings are asked for first, and the parse waits one turn of the event loop so that the
      // request leaves before it: the answer comes while the document is parsed, not after the pull.
      void this.#host.ruleConfigOf(document.uri).catch(() => undefined);
      setImmediate(() => {
        if (documents.get(document.uri) !== document) return;
        if (!this.#host.pull()) return void this.check(document).catch(err => logger.error(`checking ${document.uri} failed`, err));
        // Pulled: parsed now, while the pull is on its way; the rest of the index's work (its
        // summary, the documents citing it) waits until the document rests, after the answer.
        service.openDocument(document);
        this.schedule(document.uri);
      });
    });
    documents.onDidChangeContent(e => {
      if (e.document === opened) opened = undefined;
      else this.schedule(e.document.uri);
    });
  }

  #catalogGeneration(): number {
    const catalog = this.#host.service.getCatalog();
    let generation = this.#catalogGenerations.get(catalog);
    if (generation === undefined) this.#catalogGenerations.set(catalog, (generation = ++this.#lastCatalogGeneration));
    return generation;
  }

  /** A document was closed: no timer left for it, no report to compare a repull with, its pushed diagnostics cleared. */
  closed(document: TextDocument): void {
    const uri = document.uri;
    clearTimeout(this.#timers.get(uri));
    this.#timers.delete(uri);
    this.#reports.delete(uri);
    if (isResolution(document) && !this.#host.pull()) void this.#host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** After the document rests: take it into the index, push its diagnostics, check its dependents again. */
  schedule(uri: string): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.set(
      uri,
      setTimeout(() => {
        this.#timers.delete(uri);
        void this.#settle(uri).catch(e => this.#host.logger.error(`checking ${uri} failed`, e));
      }, DEBOUNCE_MS),
    );
  }

  async #settle(uri: string): Promise<void> {
    const document = this.#host.documents.get(uri);
    if (!document) return;
    if (uri.endsWith(CONFIG_FILE_NAME)) return void this.#host.ruleFileChanged().then(() => this.refreshAll());
    if (!isResolution(document)) {
      if (isWorkspaceFile(uri)) {
        this.recheck(await this.#host.service.fileChanged(uri));
        await this.#host.publishCatalogDiagnostics(uri);
      }
      return;
    }
    await this.check(document);
  }

  /**
   * Pushes a `.unres` document's diagnostics (push mode), then takes it into the index and checks
   * the documents citing it again: the index's summary is no part of the diagnostics (they read
   * only the catalog, which the document's facts change at once), so it follows them.
   */
  async check(document: TextDocument): Promise<void> {
    if (!this.#host.pull()) {
      await this.#push(document.uri);
      // The notification is written on the next turn of the event loop: after it, not before.
      await new Promise(resolve => setImmediate(resolve));
      if (this.#host.documents.get(document.uri) !== document) return;
    }
    this.recheck(this.#host.service.syncDocument(document));
  }

  async #push(uri: string): Promise<void> {
    const { documents, service, connection } = this.#host;
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const config = await this.#host.ruleConfigOf(uri);
    // A newer edit arrived while the settings were asked: its own run publishes.
    if (documents.get(uri)?.version !== version) return;
    const diagnostics = service.getDiagnostics(document, { config });
    void connection.sendDiagnostics({ uri, version, diagnostics });
    this.#host.diagnosed(uri, diagnostics);
  }

  /** Checks documents again whose cited facts changed. */
  recheck(uris: readonly string[]): void {
    if (uris.length === 0) return;
    if (this.#host.pull()) return this.#requestRefresh();
    for (const uri of uris) if (this.#host.documents.get(uri)) void this.#push(uri);
  }

  #requestRefresh(): void {
    if (!this.#host.refreshSupport()) return;
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.#host.connection.languages.diagnostics.refresh().catch(() => undefined), DEBOUNCE_MS);
  }

  /** Everything may have changed (settings, rule file, the first scan, the folders): check every open document again. */
  refreshAll(): void {
    if (this.#host.pull()) this.#requestRefresh();
    else for (const d of this.#host.documents.all()) if (isResolution(d)) void this.#push(d.uri);
    for (const uri of this.#host.service.getCatalogFiles()) void this.#host.publishCatalogDiagnostics(uri);
  }
}

/**
 * The LSP glue: capabilities, document sync, workspace folders and file events, the custom
 * requests. Diagnostics timing is diagnostics.ts, settings and rule files configuration.ts. Each
 * feature handler looks the document up, calls the language service and returns; the service does
 * all the language work. Every handler is guarded: a failure is logged and answered with an empty
 * result, and a request cancelled before it runs is never computed.
 */
import { COMMANDS, CompareRequest, ImportCatalogRequest, PreviewRequest, RolloverRequest } from './protocol';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  MarkupContent,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { convertToMarkup } from './languageService/import/convert';
import { readPlainText } from './languageService/import/plainText';
import * as path from 'node:path';
import {
  ADOPTION_KEYS,
  bundledLayer,
  createLanguageService,
  markdownToPlainText,
  CONFIG_FILE_NAME,
  COMPLETION_TRIGGERS,
  FIX_ALL_KIND,
  isWorkspaceFile,
  type AdoptionDetails,
} from './languageService';
import { SEMANTIC_TOKENS_LEGEND } from './languageService';
import { ConfigurationCache, RuleFiles, type UnresSettings } from './configuration';
import { DiagnosticsScheduler } from './diagnostics';
import { createRunSafe } from './requests';
import { fileOf } from './node/files';
import { DiskWorkspace, readText } from './node/workspace';
import { threadSummarizer } from './node/threads';
import { dismissWaitingWorkers } from './node/workerStart';
import { loadConverters, loadImporter } from './node/onDemand';
import { DigitalLibrary, type LibraryAnswer } from './node/digitalLibrary';
import { promises as fsPromises } from 'node:fs';
import { count, createServerLog } from './logger';

/** What the glue keeps about the client and the workspace. */
interface ServerState {
  folders: string[];
  pullDiagnostics: boolean;
  refreshSupport: boolean;
  /** Whether the client asks again for inlay hints when told (`workspace/inlayHint/refresh`). */
  inlayHintRefresh?: boolean;
}

/** Starts the server on a connection (stdio, node IPC, …) and listens. */
export function startServer(connection: Connection): void {
  const logger = createServerLog(connection);
  const log = (message: string) => logger.info(message);
  const documents = new TextDocuments(TextDocument);
  const state: ServerState = { folders: [], pullDiagnostics: false, refreshSupport: false };
  // At most 20,000 files are listed: a home folder opened by mistake must not stall the server.
  const workspace = new DiskWorkspace({ folders: () => state.folders, openText: uri => documents.get(uri)?.getText(), log, maxFiles: 20_000 });
  // The first workspace scan reads and parses on worker threads when there are enough files.
  const summarizer = threadSummarizer({ log });
  const service = createLanguageService({ workspace, log, summarizer });
  let settings: ConfigurationCache | undefined;
  const settingsOf = (uri?: string): Promise<UnresSettings> => settings!.get(uri);
  const runSafe = createRunSafe(logger);
  const ruleFiles = new RuleFiles({
    folders: () => state.folders,
    settings: settingsOf,
    readFile: uri => workspace.readFile(uri),
    parse: text => service.readRuleConfig(text),
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  });
  const ruleConfigOf = (uri: string) => ruleFiles.configOf(uri);
  const loadRuleFiles = () => ruleFiles.load();
  const diagnostics = new DiagnosticsScheduler({
    connection,
    documents,
    service,
    logger,
    pull: () => state.pullDiagnostics,
    refreshSupport: () => state.refreshSupport,
    ruleConfigOf,
    ruleFileChanged: loadRuleFiles,
    publishCatalogDiagnostics: uri => publishCatalogDiagnostics(uri),
    diagnosed: (uri, found) => void lookUpUnknown(uri, found).catch(e => log(`online lookup failed: ${String(e)}`)),
    runSafe,
  });
  const recheck = (uris: readonly string[]) => diagnostics.recheck(uris);
  const refreshAll = () => diagnostics.refreshAll();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    state.folders = workspaceFolders(params);
    // The scan's threads start as soon as a first listing shows enough files: they load while the
    // first requests are answered, not after (the scan itself waits for the first open document).
    if (state.folders.length > 0) {
      void workspace.listFiles().then(
        files => summarizer.prepare(files.filter(uri => uri.endsWith('.unres')).length),
        () => undefined,
      );
    }
    const caps: ClientCapabilities = params.capabilities;
    state.pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    state.refreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
    state.inlayHintRefresh = caps.workspace?.inlayHint?.refreshSupport === true;
    // A client that prefers plain text (eglot without markdown-mode) gets hovers without Markdown marks.
    plainHovers = caps.textDocument?.hover?.contentFormat?.[0] === MarkupKind.PlainText;
    settings = new ConfigurationCache(connection, caps.workspace?.configuration === true);
    watchFilesDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = caps.workspace?.workspaceFolders === true;
    const client = params.clientInfo ? `${params.clientInfo.name}${params.clientInfo.version ? ` ${params.clientInfo.version}` : ''}` : 'an unnamed client';
    logger.info(
      `unres-language-server ${serverVersion()} (Node ${process.versions.node}, pid ${process.pid}) started by ${client}; ` +
        `${count(state.folders.length, 'workspace folder')}${state.folders.length ? ` (${state.folders.join(', ')})` : ''}; ` +
        `diagnostics ${state.pullDiagnostics ? 'pulled' : 'pushed'}`,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [COMMANDS.renumber, COMMANDS.prepareForAdoption, COMMANDS.lookUpOnline] },
        renameProvider: { prepareProvider: true },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        // Enter on an empty subparagraph label: the next operative number (VS Code drops the edit if typing came first).
        documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
        documentSymbolProvider: { label: 'unres' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        inlayHintProvider: { resolveProvider: false },
        ...(state.pullDiagnostics ? { diagnosticProvider: { identifier: 'unres', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'unres-language-server', version: serverVersion() },
    };
  });

  let plainHovers = false;
  let watchFilesDynamically = false;
  let folderEvents = false;
  connection.onInitialized(() => {
    if (watchFilesDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.unres' }, { globPattern: '**/*.catalog.json' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(e => {
        const removed = new Set(e.removed.map(f => f.uri));
        state.folders = [...state.folders.filter(f => !removed.has(f)), ...e.added.map(f => f.uri)];
        logger.info(`workspace folders changed: ${count(e.added.length, 'folder')} added, ${count(e.removed.length, 'folder')} removed`);
        // An added folder's documents and catalogs are indexed, a removed one's forgotten.
        const catalogsBefore = new Set(service.getCatalogFiles());
        void Promise.all([loadRuleFiles(), service.workspaceFoldersChanged()])
          .then(([, dependents]) => {
            for (const uri of catalogsBefore) if (!service.getCatalogFiles().includes(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
            logCatalogs();
            recheck(dependents);
            refreshAll();
          })
          .catch(e => logger.error('re-indexing the workspace folders failed', e));
      });
    }
    // The scan waits for the first turn of the event loop, so the open document's diagnostics come first.
    setImmediate(() => {
      // A client that shows work done progress (VS Code's status bar, Neovim, Emacs) shows the scan
      // until the index and its catalog are complete: until then "unknown" may only mean "not read yet".
      const progress = connection.window.createWorkDoneProgress().then(
        p => {
          p.begin('unres', undefined, 'indexing the workspace');
          return p;
        },
        () => undefined,
      );
      void Promise.all([loadRuleFiles(), loadSettingsCatalogs()])
        .then(() => {
          const started = Date.now();
          return service.indexWorkspace().then(() => {
            service.getCatalog();
            logCatalogs(Date.now() - started);
          });
        })
        .finally(() => {
          // Threads prepared for a scan that did not ask for them (the files went away meanwhile).
          dismissWaitingWorkers();
          void progress.then(p => p?.done());
        })
        .then(() => {
          for (const uri of service.getCatalogFiles()) void publishCatalogDiagnostics(uri);
          refreshAll();
        })
        .catch(e => logger.error('start-up failed', e));
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Configuration: the catalogs named in settings (rule files and settings: configuration.ts).

  async function loadSettingsCatalogs(): Promise<string[]> {
    const { catalogs } = await settingsOf();
    const base = state.folders[0] ? fileOf(state.folders[0]) : undefined;
    const files = await Promise.all(
      catalogs.map(async c => {
        const file = path.isAbsolute(c) || !base ? c : path.join(base, c);
        return { uri: URI.file(file).toString(), text: await readText(file, log) };
      }),
    );
    const previous = new Set(service.getCatalogFiles());
    const dependents = service.setSettingsCatalogs(files);
    for (const uri of new Set([...previous, ...files.map(f => f.uri)])) void publishCatalogDiagnostics(uri);
    return dependents;
  }

  async function publishCatalogDiagnostics(uri: string): Promise<void> {
    const diagnostics = service.getCatalogDiagnostics(uri, await ruleConfigOf(uri)) ?? [];
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  /** The catalogs and their sizes, after a scan or a change of settings. */
  function logCatalogs(scanMs?: number): void {
    const [documentsLayer, files, fromSettings, online] = service.getCatalogLayers();
    const { documents, onlineNotes: notes } = service.getIndexCounts();
    const scanned = scanMs === undefined ? '' : `workspace scanned in ${scanMs} ms: ${count(documents, '.unres document')}; `;
    logger.info(
      `${scanned}catalogs: ${count(documentsLayer.length, 'document')} as entries, ` +
        `${count(files.length, 'entry', 'entries')} in workspace catalog files, ${count(fromSettings.length, 'entry', 'entries')} in settings catalogs, ` +
        `${count(online.length, 'answer')} of the UN Digital Library (and ${count(notes, 'symbol')} it did not find or could not be asked for), ` +
        `${count(bundledLayer().size, 'entry', 'entries')} in the bundled catalog`,
    );
  }

  connection.onDidChangeConfiguration(change => {
    settings?.changed(change.settings);
    void settingsOf().then(
      s => logger.info(`configuration changed: ${JSON.stringify(s)}`),
      e => logger.error('reading the configuration failed', e),
    );
    if (state.inlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    void loadSettingsCatalogs().then(() => {
      logCatalogs();
      refreshAll();
    });
  });

  // ---------------------------------------------------------------------------------------------
  // The UN Digital Library (unres.onlineLookup, off by default; the client turns it off in an
  // untrusted workspace): only cited symbols leave the machine. Diagnostics never wait for it:
  // answers come later and the documents citing them are checked again.

  let library: DigitalLibrary | undefined;
  /** Symbol → when it may be asked again: never once answered; after a pause when the Library could not be asked. */
  const asked = new Map<string, number>();
  const RETRY_AFTER_FAILURE_MS = 10 * 60_000;

  function lookUp(symbols: Iterable<string>, again = false): Promise<LibraryAnswer>[] {
    library ??= new DigitalLibrary({ log });
    const lookups: Promise<LibraryAnswer>[] = [];
    for (const symbol of symbols) {
      if (!again && (asked.get(symbol) ?? 0) > Date.now()) continue;
      asked.set(symbol, Infinity);
      const lookup = library.lookup(symbol);
      lookups.push(lookup);
      void lookup.then(answer => {
        if (answer.failed) asked.set(symbol, Date.now() + RETRY_AFTER_FAILURE_MS);
        recheck(service.setOnlineAnswers([answer]));
        logCatalogs();
      });
    }
    return lookups;
  }

  /** After a document's diagnostics: the symbols no catalog knows go to the Library, when the setting says so. */
  async function lookUpUnknown(uri: string, diagnostics: readonly { code?: unknown; data?: unknown }[]): Promise<void> {
    const symbols = diagnostics
      .filter(d => d.code === 'citation/unknown')
      .map(d => (d.data as { symbol?: unknown } | undefined)?.symbol)
      .filter((x): x is string => typeof x === 'string');
    if (symbols.length === 0 || !(await settingsOf(uri)).onlineLookup) return;
    void lookUp(symbols);
  }

  // ---------------------------------------------------------------------------------------------
  // Diagnostics (diagnostics.ts) and the documents' life.

  diagnostics.listen();
  documents.onDidClose(e => {
    const uri = e.document.uri;
    diagnostics.closed(e.document);
    settings?.forget(uri);
    void service.documentClosed(uri).then(recheck, e => logger.error(`closing ${uri} failed`, e));
  });

  connection.onDidChangeWatchedFiles(async params => {
    const dependents = new Set<string>();
    let configChanged = false;
    for (const change of params.changes) {
      const uri = change.uri;
      if (uri.endsWith(CONFIG_FILE_NAME)) configChanged = true;
      else if (!isWorkspaceFile(uri) || documents.get(uri)) continue;
      else if (change.type === FileChangeType.Deleted) {
        for (const d of service.fileDeleted(uri)) dependents.add(d);
        if (uri.endsWith('.catalog.json')) void connection.sendDiagnostics({ uri, diagnostics: [] });
      } else {
        for (const d of await service.fileChanged(uri)) dependents.add(d);
        if (uri.endsWith('.catalog.json')) void publishCatalogDiagnostics(uri);
      }
    }
    if (params.changes.some(c => c.uri.endsWith('.catalog.json'))) logCatalogs();
    if (configChanged) await loadRuleFiles().then(refreshAll);
    else recheck([...dependents]);
  });

  // ---------------------------------------------------------------------------------------------
  // Features: look the document up, call the service, return.

  function withDocument<T>(uri: string, empty: T, run: (document: TextDocument) => Promise<T> | T): Promise<T> | T {
    const document = documents.get(uri);
    return document ? run(document) : empty;
  }

  connection.onHover((p, token) =>
    runSafe('hover', token, null, () => withDocument(p.textDocument.uri, null, async d => inClientFormat((await service.getHover(d, p.position, token)) ?? null))),
  );

  function inClientFormat(hover: Hover | null): Hover | null {
    if (!plainHovers || !hover || !MarkupContent.is(hover.contents) || hover.contents.kind !== MarkupKind.Markdown) return hover;
    return { ...hover, contents: { kind: MarkupKind.PlainText, value: markdownToPlainText(hover.contents.value) } };
  }
  connection.onDocumentLinks((p, token) => runSafe('document links', token, [], () => withDocument(p.textDocument.uri, [], d => service.getDocumentLinks(d, token))));
  // The VS Code command "Import catalog…" (`unres/importCatalog` { files, out } → { entries, reports }):
  // CSV or MARCXML files in, a catalog file written where the user chose (the file watcher then loads it).
  connection.onRequest(ImportCatalogRequest.method, (p: { files?: unknown; out?: unknown } | undefined, token) =>
    runSafe('import catalog', token, null, async () => {
      const files = Array.isArray(p?.files) ? p.files.filter((f): f is string => typeof f === 'string') : [];
      if (files.length === 0 || typeof p?.out !== 'string' || !p.out.endsWith('.catalog.json')) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'unres/importCatalog: pass files to import and an out path ending in .catalog.json');
      }
      const inputs = [];
      for (const file of files) {
        const text = await readText(file, log);
        if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${file}`);
        inputs.push({ name: path.basename(file), text });
      }
      const imported = loadConverters().importCatalogFiles(inputs);
      await fsPromises.writeFile(p.out, imported.json);
      logger.info(`imported ${files.length} file(s) into ${p.out}: ${imported.reports.join(' | ')}`);
      return { entries: imported.entries, reports: imported.reports };
    }),
  );
  // The VS Code client's live preview (`unres/preview` { uri } → { html, css }): escaped HTML, no scripts.
  connection.onRequest(PreviewRequest.method, (p: { uri?: unknown } | undefined, token) =>
    runSafe('preview', token, { html: '', css: '' }, () => withDocument(typeof p?.uri === 'string' ? p.uri : '', { html: '', css: '' }, d => service.getPreview(d))),
  );
  // The VS Code commands "Export as Word / Akoma Ntoso / HTML…" (`unres/export` { uri, format } →
  // { data, encoding }): the same writers as `unres export`; Word comes back in base64.
  connection.onRequest('unres/export', (p: { uri?: unknown; format?: unknown } | undefined, token) =>
    runSafe('export', token, null, () =>
      withDocument(typeof p?.uri === 'string' ? p.uri : '', null, async d => {
        if (p?.format === 'html') return { data: service.exportHtml(d), encoding: 'utf8' as const };
        if (p?.format === 'akn') return { data: service.exportAkn(d, { today: new Date().toISOString().slice(0, 10) }), encoding: 'utf8' as const };
        if (p?.format === 'docx') return { data: (await loadConverters().layoutDocx(service.getLayout(d))).toString('base64'), encoding: 'base64' as const };
        return null;
      }),
    ),
  );
  // "Compare with…" (`unres/compare` { uri, oldText, oldUri, oldName, newName } → changes, summary, text, html) and
  // "Roll over to next session" (`unres/rollover` { uri } → { text, notes }): docs/versions.md.
  connection.onRequest(CompareRequest.method, (p: { uri?: unknown; oldText?: unknown; oldUri?: unknown; oldName?: unknown; newName?: unknown } | undefined, token) =>
    runSafe('compare', token, null, () => {
      const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
      if (typeof p?.oldText !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, "unres/compare needs the other version's text (oldText)");
      const old = { text: p.oldText, uri: str(p.oldUri, 'untitled:old'), name: str(p.oldName, 'old') };
      return withDocument(str(p.uri, ''), null, d => service.compareWithVersion(d, old, str(p.newName, d.uri)));
    }),
  );
  // "Import official text…" (`unres/import` { name, data: base64 } → { text } or an error naming the
  // reason): the client reads the file, the importer (PDF.js, mammoth) converts it; docs/import.md.
  connection.onRequest('unres/import', async (p: { name?: unknown; data?: unknown } | undefined) => {
    if (typeof p?.name !== 'string' || typeof p.data !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'unres/import needs { name, data }');
    const importer = loadImporter();
    try {
      const result = await importer.importBytes(Buffer.from(p.data, 'base64'), p.name);
      return { text: result.text };
    } catch (error) {
      const reason = error instanceof importer.ImportError ? error.reason : String((error as Error)?.message ?? error);
      throw new ResponseError(ErrorCodes.InvalidRequest, `${path.basename(p.name)}: ${reason}`);
    }
  });
  // "Paste as resolution markup" (`unres/convertText` { text, fragment } → { text }): text copied out
  // of an official document, through the same pure converter as `unres import`.
  connection.onRequest('unres/convertText', (p: { text?: unknown; fragment?: unknown } | undefined) => {
    if (typeof p?.text !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'unres/convertText needs { text }');
    if (p.text.length > 5_000_000) throw new ResponseError(ErrorCodes.InvalidParams, 'The text is too long to convert (more than 5,000,000 characters).');
    return { text: convertToMarkup(readPlainText(p.text), { fragment: p.fragment === true }).text };
  });
  connection.onRequest(RolloverRequest.method, (p: { uri?: unknown } | undefined, token) =>
    runSafe('rollover', token, null, () => withDocument(typeof p?.uri === 'string' ? p.uri : '', null, d => service.getRollover(d))),
  );
  connection.onDefinition((p, token) => runSafe('definition', token, [], () => withDocument(p.textDocument.uri, [], d => service.getDefinition(d, p.position, token))));
  connection.onReferences((p, token) => runSafe('references', token, [], () => withDocument(p.textDocument.uri, [], d => service.getReferences(d, p.position, p.context, token))));
  connection.onDocumentHighlight((p, token) =>
    runSafe('highlights', token, [], () => withDocument(p.textDocument.uri, [], d => service.getDocumentHighlights(d, p.position, token))),
  );
  connection.onCompletion((p, token) =>
    runSafe('completion', token, { isIncomplete: false, items: [] }, () =>
      withDocument(p.textDocument.uri, { isIncomplete: false, items: [] }, d => service.getCompletions(d, p.position, token)),
    ),
  );

  connection.onCompletionResolve((item, token) => runSafe('completion resolve', token, item, () => service.resolveCompletion(item)));

  connection.onCodeAction((p, token) =>
    runSafe('code actions', token, [], () =>
      withDocument(p.textDocument.uri, [], async d =>
        service.getCodeActions(d, p.range, { diagnostics: p.context.diagnostics, only: p.context.only }, { config: await ruleConfigOf(d.uri) }, token),
      ),
    ),
  );
  connection.onPrepareRename((p, token) =>
    runSafe('prepare rename', token, null, () => withDocument(p.textDocument.uri, null, async d => (await service.prepareRename(d, p.position, token)) ?? null)),
  );
  connection.onRenameRequest((p, token) =>
    runSafe('rename', token, null, () =>
      withDocument(p.textDocument.uri, null, async d => {
        const result = await service.rename(d, p.position, p.newName, token);
        if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
        return result.edit;
      }),
    ),
  );
  // The commands take the document URI (a string, or an object with `uri`) and apply their edit through the client.
  connection.onExecuteCommand((p, token) =>
    runSafe('command', token, null, async () => {
      const arg: unknown = p.arguments?.[0];
      if (p.command === COMMANDS.lookUpOnline) {
        // Asked for by the drafter (the quick fix): one symbol, whatever the setting says.
        if (typeof arg !== 'string' || arg.length > 100) throw new ResponseError(ErrorCodes.InvalidParams, `${p.command}: pass the symbol to look up`);
        const [answer] = await Promise.all(lookUp([arg], true));
        const message = answer.entry ? `${answer.entry.symbol}: ${answer.entry.source}.` : `${arg}: ${answer.note ?? 'no answer'}`;
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
        return { found: answer.entry !== undefined, message };
      }
      const uri =
        typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null && typeof (arg as { uri?: unknown }).uri === 'string' ? (arg as { uri: string }).uri : undefined;
      const document = uri ? documents.get(uri) : undefined;
      if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${p.command}: open a .unres document and pass its URI`);
      if (p.command === COMMANDS.renumber) {
        const { applied } = await connection.workspace.applyEdit({ label: 'Renumber paragraphs', edit: service.getRenumberEdit(document) });
        return { applied };
      }
      if (p.command === COMMANDS.prepareForAdoption) {
        // `{ uri, symbol?, adopted?, meeting? }`: what the client asked the drafter; a detail not given is marked for filling in.
        const details = adoptionDetailsOf(arg);
        const result = service.getAdoptionEdit(document, details);
        if ('problem' in result) throw new ResponseError(ErrorCodes.InvalidParams, `Prepare for adoption: ${result.problem}`);
        const { edit, ...left } = result;
        const { applied } = await connection.workspace.applyEdit({ label: 'Prepare for adoption', edit });
        const message = applied ? result.message : 'Prepare for adoption: the editor did not apply the edit.';
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
        return { ...left, applied, message };
      }
      throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${p.command}`);
    }),
  );

  connection.onDocumentFormatting((p, token) =>
    runSafe('formatting', token, [], () => withDocument(p.textDocument.uri, [], async d => service.formatDocument(d, (await settingsOf(d.uri)).format, token))),
  );
  connection.onDocumentRangeFormatting((p, token) =>
    runSafe('range formatting', token, [], () => withDocument(p.textDocument.uri, [], async d => service.formatRange(d, p.range, (await settingsOf(d.uri)).format, token))),
  );
  connection.onDocumentOnTypeFormatting((p, token) =>
    runSafe('format on type', token, [], () => withDocument(p.textDocument.uri, [], d => service.getOnTypeEdits(d, p.position, p.ch, token))),
  );
  connection.onDocumentSymbol((p, token) => runSafe('document symbols', token, [], () => withDocument(p.textDocument.uri, [], d => service.getDocumentSymbols(d, token))));
  connection.onWorkspaceSymbol((p, token) => runSafe('workspace symbols', token, [], () => service.getWorkspaceSymbols(p.query, token)));
  connection.onFoldingRanges((p, token) => runSafe('folding ranges', token, [], () => withDocument(p.textDocument.uri, [], d => service.getFoldingRanges(d, token))));
  connection.onSelectionRanges((p, token) =>
    runSafe('selection ranges', token, [], () => withDocument(p.textDocument.uri, [], d => service.getSelectionRanges(d, p.positions, token))),
  );
  connection.languages.semanticTokens.on((p, token) =>
    runSafe('semantic tokens', token, { data: [] }, () => withDocument(p.textDocument.uri, { data: [] }, d => service.getSemanticTokens(d, token))),
  );
  connection.languages.inlayHint.on((p, token) =>
    runSafe('inlay hints', token, [], () => withDocument(p.textDocument.uri, [], async d => service.getInlayHints(d, p.range, (await settingsOf(d.uri)).inlayHints, token))),
  );

  documents.listen(connection);
  connection.listen();
}

/** The adoption details of a command argument: string values of the known keys only (the client's data is never trusted). */
function adoptionDetailsOf(arg: unknown): AdoptionDetails {
  if (typeof arg !== 'object' || arg === null) return {};
  const details: Record<string, string> = {};
  for (const key of ADOPTION_KEYS) {
    const value = (arg as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `Prepare for adoption: “${key}” is text.`);
    if (value !== undefined) details[key] = value;
  }
  return details;
}

function workspaceFolders(params: InitializeParams): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders.map(f => f.uri);
  if (params.rootUri) return [params.rootUri];
  if (params.rootPath) return [URI.file(params.rootPath).toString()];
  return [];
}

declare const UNRES_VERSION: string | undefined;

/** The version esbuild writes in from package.json; `dev` when run from tsc's output. */
export function serverVersion(): string {
  return typeof UNRES_VERSION === 'string' ? UNRES_VERSION : 'dev';
}

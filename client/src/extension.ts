/**
 * The VS Code client: starts the bundled language server (dist/server.js) over node IPC and wires
 * VS Code to it. It holds no language logic: checking, hovers, completion, fixes, renumbering and
 * the preview's HTML all come from the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerExportCommands } from './exportCommands';
import { PreviewManager } from './preview';
import { COMMANDS, CompareRequest, ImportCatalogRequest, ImportRequest, PreviewRequest, RolloverRequest, SERVER_COMMANDS, type CompareResult } from '../../server/src/protocol';
import { adoptionArguments } from './adoption';
import { registerPasteAsMarkup } from './paste';
import { ServerStatusItem } from './status';
import { catalogsInsideWorkspace } from './trust';

/** The server's command that asks the UN Digital Library for one symbol (a quick fix on an unknown citation). */
import { ComparisonView, fileVersion, headVersion, pickOtherVersion, REVEAL_VERSION, revealVersion, VERSION_SCHEME, VersionDocuments, type OtherVersion } from './versions';

/** The commands the server executes; the client fills in the document when a caller gives none. */
const SHOW_OUTPUT = 'unres.showServerOutput';

let client: LanguageClient | undefined;
/** Set while the server is stopped on purpose (restart, shutdown), so the status says stopped, not error. */
let stopping = false;

/**
 * Node flags of the server process. An 8 MB young generation (V8's default grows to 16 MB per
 * semi-space) keeps a 2,000-file workspace's resident memory lower; 4 MB saved a little more but
 * cost the 1 MB open ~15 % more CPU in garbage collection (docs/performance.md). The benchmark
 * starts the server with the same flags.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/** Activated on the first .unres document (`onLanguage:unres`). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('unres Language Server', { log: true });
  const status = new ServerStatusItem(SHOW_OUTPUT);
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The UN Digital Library's answers are cached in the extension's global storage (unless the environment names a folder).
  const env = { ...process.env, UNRES_CACHE_DIR: process.env.UNRES_CACHE_DIR ?? context.globalStorageUri.fsPath };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6029'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'unres' }],
    synchronize: {
      // The server pulls the `unres` section with workspace/configuration; this only tells it when to ask again.
      configurationSection: 'unres',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.unres'),
        vscode.workspace.createFileSystemWatcher('**/*.catalog.json'),
        vscode.workspace.createFileSystemWatcher('**/.unresrc.json'),
      ],
    },
    outputChannel: output,
    // Keep the output quiet on a failed start: the status bar says so, and the output has the reason.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      executeCommand: (command, args, next) => {
        // An untrusted workspace never makes unres reach the network, not even through a quick fix.
        if (command === COMMANDS.lookUpOnline && !vscode.workspace.isTrusted) {
          void vscode.window.showInformationMessage('unres looks citations up in the UN Digital Library only in a trusted workspace.');
          return undefined;
        }
        if (command === COMMANDS.prepareForAdoption) {
          // The symbol, date and meeting are asked for first; Escape cancels the whole command.
          return adoptionArguments(args, () => documentArgument(command)[0] as string | undefined).then(asked => (asked ? next(command, asked) : undefined));
        }
        return next(command, SERVER_COMMANDS.includes(command) && args.length === 0 ? documentArgument(command) : args);
      },
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          return Array.isArray(result) ? result.map((value, i) => trusted(value, params.items[i]?.section)) : result;
        },
      },
    },
  };

  const languageClient = new LanguageClient('unres', 'unres Language Server', serverOptions, clientOptions);
  client = languageClient;
  context.subscriptions.push(
    languageClient.onDidChangeState(e => {
      if (e.newState === State.Starting) status.set('starting');
      else if (e.newState === State.Running) status.set('ready');
      else status.set(stopping ? 'stopped' : 'error', stopping ? undefined : 'The server stopped unexpectedly.');
    }),
  );

  const start = async () => {
    status.set('starting');
    try {
      await languageClient.start();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      output.error(`The language server could not start: ${message}`);
      status.set('error', message);
    }
  };

  const previews = new PreviewManager(
    async (uri, token) => {
      if (!languageClient.isRunning()) throw new Error('the language server is not running.');
      const result = await languageClient.sendRequest(PreviewRequest, { uri }, token);
      return { html: typeof result?.html === 'string' ? result.html : '', css: typeof result?.css === 'string' ? result.css : '' };
    },
    vscode.Uri.joinPath(context.extensionUri, 'media'),
  );

  const versions = new VersionDocuments();
  const comparisons = new ComparisonView();
  /** The .unres document a command acts on: the one named, or the active editor's. */
  const unresDocument = async (uri: unknown, what: string): Promise<vscode.TextDocument | undefined> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (document?.languageId === 'unres') return document;
    void vscode.window.showInformationMessage(`${what}: open a .unres document first.`);
    return undefined;
  };

  context.subscriptions.push(
    previews,
    ...registerExportCommands(() => languageClient),
    comparisons,
    vscode.workspace.registerTextDocumentContentProvider(VERSION_SCHEME, versions),
    // "Compare with…": (document?, other?: a file's Uri or 'HEAD'); returns the changes for callers such as tests.
    vscode.commands.registerCommand('unres.compareWith', async (uri?: unknown, other?: unknown): Promise<CompareResult | undefined> => {
      const document = await unresDocument(uri, 'Compare with');
      if (!document) return undefined;
      try {
        const version: OtherVersion | undefined =
          other === 'HEAD' ? await headVersion(document.uri, versions) : other instanceof vscode.Uri ? await fileVersion(other) : await pickOtherVersion(document, versions);
        if (!version) return undefined;
        if (!languageClient.isRunning()) throw new Error('the language server is not running.');
        const name = path.basename(document.uri.path);
        const result = await languageClient.sendRequest(CompareRequest, {
          uri: document.uri.toString(),
          oldText: version.text,
          oldUri: version.uri.toString(),
          oldName: version.name,
          newName: name,
        });
        if (!result) throw new Error('the language server does not have the document open.');
        comparisons.show(`${version.name} ↔ ${name}`, result);
        return result;
      } catch (e) {
        void vscode.window.showErrorMessage(`Compare with: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }),
    // "Roll over to next session": the draft opens in a new untitled editor; returns it for callers such as tests.
    vscode.commands.registerCommand('unres.rollover', async (uri?: unknown): Promise<vscode.TextDocument | undefined> => {
      const document = await unresDocument(uri, 'Roll over');
      if (!document) return undefined;
      if (!languageClient.isRunning()) {
        void vscode.window.showErrorMessage('Roll over: the language server is not running.');
        return undefined;
      }
      const result = await languageClient.sendRequest(RolloverRequest, { uri: document.uri.toString() });
      if (!result) return undefined;
      const draft = await vscode.workspace.openTextDocument({ language: 'unres', content: result.text });
      await vscode.window.showTextDocument(draft, { preview: false });
      if (result.notes.length) void vscode.window.showInformationMessage(`Rolled over: ${result.notes.join(' ')}`);
      return draft;
    }),
    // "Import official text…": a PDF, Word or text file → a new untitled .unres editor (docs/import.md).
    vscode.commands.registerCommand('unres.importOfficialText', async (uri?: unknown): Promise<vscode.TextDocument | undefined> => {
      const file =
        uri instanceof vscode.Uri
          ? uri
          : (
              await vscode.window.showOpenDialog({
                canSelectMany: false,
                openLabel: 'Import',
                title: 'Import an official text (PDF, Word or text)',
                filters: { 'Official texts': ['pdf', 'docx', 'txt', 'md'] },
              })
            )?.[0];
      if (!file) return undefined;
      if (!languageClient.isRunning()) {
        void vscode.window.showErrorMessage('Import: the language server is not running.');
        return undefined;
      }
      try {
        const bytes = await vscode.workspace.fs.readFile(file);
        const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${path.basename(file.path)}…` }, () =>
          languageClient.sendRequest(ImportRequest, { name: path.basename(file.path), data: Buffer.from(bytes).toString('base64') }),
        );
        const imported = await vscode.workspace.openTextDocument({ language: 'unres', content: result.text });
        await vscode.window.showTextDocument(imported, { preview: false });
        return imported;
      } catch (e) {
        void vscode.window.showErrorMessage(`Import: ${(e as Error)?.message ?? String(e)}`);
        return undefined;
      }
    }),
    registerPasteAsMarkup(() => client),
    vscode.commands.registerCommand(REVEAL_VERSION, (uri: unknown, line: unknown) => (typeof uri === 'string' ? revealVersion(uri, Number(line)) : undefined)),
    vscode.commands.registerCommand(SHOW_OUTPUT, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.enableOnlineLookup, async () => {
      await vscode.workspace.getConfiguration('unres').update('onlineLookup', true, vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(
        vscode.workspace.isTrusted
          ? 'unres now asks the UN Digital Library for citations no catalog holds (only their symbols are sent).'
          : 'unres will ask the UN Digital Library for unknown citations once this workspace is trusted.',
      );
    }),
    vscode.commands.registerCommand('unres.importCatalog', (files?: unknown, target?: unknown) => importCatalog(languageClient, output, files, target)),
    vscode.commands.registerCommand('unres.restartServer', async () => {
      stopping = true;
      try {
        if (languageClient.isRunning()) await languageClient.stop();
      } catch (e) {
        output.error(`Stopping the language server failed: ${String(e)}`);
      } finally {
        stopping = false;
      }
      await start();
      previews.refreshAll();
    }),
    vscode.commands.registerCommand('unres.showPreview', (uri?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'unres') {
        void vscode.window.showInformationMessage('Open a .unres document to preview it.');
        return;
      }
      previews.show(document);
    }),
    // A workspace the user comes to trust may now name catalogs: let the server ask again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (languageClient.isRunning()) void languageClient.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
    { dispose: () => void languageClient.dispose().catch(() => undefined) },
  );
  await start();
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  stopping = true;
  if (c?.isRunning()) await c.stop();
}

/** `unres.renumber` from the palette: the active .unres document is the argument the server needs. */
function documentArgument(command: string): unknown[] {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'unres') {
    void vscode.window.showInformationMessage(`${command}: open a .unres document first.`);
    return [];
  }
  return [document.uri.toString()];
}

/**
 * In an untrusted workspace, catalog paths from settings (the user's or the workspace's, which
 * package.json declares restricted) that point outside the workspace folders are ignored: the
 * server never reads a file elsewhere on the machine because a workspace asked it to.
 */
function trusted(value: unknown, section: string | undefined): unknown {
  if (vscode.workspace.isTrusted || section !== 'unres' || !value || typeof value !== 'object') return value;
  const named = vscode.workspace.getConfiguration('unres').inspect<string[]>('catalogs');
  const folders = (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file').map(f => f.uri.fsPath);
  const paths = [...(named?.globalValue ?? []), ...(named?.workspaceValue ?? []), ...(named?.workspaceFolderValue ?? [])];
  return { ...(value as Record<string, unknown>), catalogs: catalogsInsideWorkspace(paths, folders), onlineLookup: false };
}

/**
 * "Import catalog…": CSV catalogues or MARCXML exported from the UN Digital Library, chosen in a
 * dialog, become one `*.catalog.json` in the workspace (the server imports and writes it; the file
 * watcher then loads it as a catalog layer). `files` (URIs) and `target` (a URI), when given, stand
 * for the two dialogs (tests and scripts). Resolves with the number of entries imported.
 */
async function importCatalog(languageClient: LanguageClient, output: vscode.LogOutputChannel, givenFiles?: unknown, givenTarget?: unknown): Promise<number | undefined> {
  if (!languageClient.isRunning()) {
    void vscode.window.showErrorMessage('Import catalog: the unres language server is not running.');
    return undefined;
  }
  const files =
    Array.isArray(givenFiles) && givenFiles.length > 0 && givenFiles.every(f => f instanceof vscode.Uri)
      ? (givenFiles as vscode.Uri[])
      : await vscode.window.showOpenDialog({
          canSelectMany: true,
          openLabel: 'Import',
          title: 'Import catalog: CSV catalogues or MARCXML from the UN Digital Library',
          filters: { 'Catalogues (CSV, MARCXML, catalog JSON)': ['csv', 'xml', 'json'], 'All files': ['*'] },
        });
  if (!files || files.length === 0) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const suggested = path
    .basename(files[0].fsPath)
    .replace(/\.[^.]*$/, '')
    .replace(/\.catalog$/, '');
  const target =
    givenTarget instanceof vscode.Uri
      ? givenTarget
      : await vscode.window.showSaveDialog({
          title: 'Import catalog: save as',
          saveLabel: 'Save catalog',
          filters: { 'unres catalog': ['catalog.json'] },
          ...(folder && { defaultUri: vscode.Uri.joinPath(folder, `${suggested}.catalog.json`) }),
        });
  if (!target) return undefined;
  const out = target.fsPath.endsWith('.catalog.json') ? target.fsPath : `${target.fsPath.replace(/\.json$/, '')}.catalog.json`;
  try {
    const result = await languageClient.sendRequest(ImportCatalogRequest, { files: files.map(f => f.fsPath), out });
    for (const report of result.reports) output.info(`Import catalog: ${report}`);
    void vscode.window.showInformationMessage(`Imported ${result.entries} entries into ${path.basename(out)}.`);
    return result.entries;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    output.error(`Import catalog failed: ${message}`);
    void vscode.window.showErrorMessage(`Import catalog failed: ${message}`);
    return undefined;
  }
}

/**
 * A minimal LSP client over stdio for the benchmark, on `vscode-languageserver-protocol/node`:
 * starts a server process, answers what servers ask of a client, and exposes the few requests the
 * benchmark times. Diagnostics are pulled when the server offers it, else awaited as pushed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection,
  type ProtocolConnection,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** How to start a server and what to tell it. */
export interface ServerSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Workspace folder (a file: URI), or none. */
  readonly rootUri: string | null;
  readonly initializationOptions?: unknown;
  /** Answer to `workspace/configuration` for a section (`undefined` → null). */
  readonly settings?: (section: string | undefined) => unknown;
  /** Extra request handlers (the Markdown server's `markdown/*` requests). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler declares the params of its own request
  readonly onRequest?: Readonly<Record<string, (params: any) => unknown>>;
  /** Extra node flags (`--cpu-prof` for a profile). */
  readonly nodeFlags?: readonly string[];
  /** Keep the text of open documents, as an editor does (the peer asks the client to parse them). */
  readonly trackText?: boolean;
}

/** A running server with a connection to it. */
export class LspClient {
  readonly #child: ChildProcess;
  readonly connection: ProtocolConnection;
  capabilities: InitializeResult['capabilities'] = {};
  readonly #pushed = new Map<string, { version?: number; items: Diagnostic[] }>();
  readonly #pushWaiters = new Map<string, (items: Diagnostic[]) => void>();
  readonly #progressEnds: ((token: string | number) => void)[] = [];
  readonly #refreshWaiters: (() => void)[] = [];
  stderr = '';
  /** Open documents' current text, when `trackText` is set. */
  readonly documents = new Map<string, TextDocument>();

  constructor(readonly spec: ServerSpec) {
    this.#child = spawn(process.execPath, [...(spec.nodeFlags ?? []), spec.command, ...spec.args], { cwd: spec.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stderr!.on('data', chunk => {
      this.stderr = (this.stderr + String(chunk)).slice(-4000);
    });
    this.connection = createProtocolConnection(this.#child.stdout!, this.#child.stdin!);
    const c = this.connection;
    c.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(i => spec.settings?.(i.section) ?? null));
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => {
      for (const f of this.#refreshWaiters.splice(0)) f();
      return null;
    });
    c.onRequest('workspace/semanticTokens/refresh', () => null);
    c.onRequest('workspace/inlayHint/refresh', () => null);
    c.onRequest('workspace/codeLens/refresh', () => null);
    c.onRequest('workspace/workspaceFolders', () => (spec.rootUri ? [{ uri: spec.rootUri, name: 'bench' }] : null));
    for (const [method, handler] of Object.entries(spec.onRequest ?? {})) c.onRequest(method, handler);
    c.onNotification('window/logMessage', () => undefined);
    c.onNotification('window/showMessage', () => undefined);
    c.onNotification('telemetry/event', () => undefined);
    c.onNotification('$/progress', (p: { token: string | number; value: { kind?: string } }) => {
      if (p.value?.kind === 'end') for (const f of this.#progressEnds) f(p.token);
    });
    c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.#pushed.set(p.uri, { version: p.version, items: p.diagnostics });
      this.#pushWaiters.get(p.uri)?.(p.diagnostics);
    });
    c.listen();
  }

  get pid(): number {
    return this.#child.pid ?? -1;
  }

  /**
   * CPU time the server process (all its threads) has used, in ms, from /proc (user + system, in
   * clock ticks of 10 ms). On a loaded machine wall time counts the time the server waited for a
   * core; this counts only its work.
   */
  cpuMs(): number {
    // The fields after the command name (which may hold spaces) start at the state, field 3.
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** Resident memory of the server process in MB, from /proc. */
  rssMB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  async initialize(): Promise<void> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: this.spec.rootUri,
      workspaceFolders: this.spec.rootUri ? [{ uri: this.spec.rootUri, name: 'bench' }] : null,
      initializationOptions: this.spec.initializationOptions,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          definition: { linkSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          formatting: {},
        },
      },
    })) as InitializeResult;
    this.capabilities = result.capabilities;
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves when a `$/progress` end arrives (the server's indexing, when it reports it). */
  nextProgressEnd(): Promise<string | number> {
    return new Promise(resolve => {
      const f = (token: string | number) => {
        this.#progressEnds.splice(this.#progressEnds.indexOf(f), 1);
        resolve(token);
      };
      this.#progressEnds.push(f);
    });
  }

  /** Resolves at the server's next `workspace/diagnostic/refresh`, or after `timeoutMs`; says which. */
  nextRefresh(timeoutMs: number): Promise<boolean> {
    return new Promise(resolve => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.#refreshWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    const sent = this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    // Updated after sending, before yielding: the server cannot ask for it any earlier.
    if (this.spec.trackText) this.documents.set(uri, TextDocument.create(uri, languageId, version, text));
    return sent;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const sent = this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    const doc = this.documents.get(uri);
    if (doc) TextDocument.update(doc, changes, version);
    return sent;
  }

  close(uri: string): Promise<void> {
    this.#pushed.delete(uri);
    this.documents.delete(uri);
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Whether the server answers `textDocument/diagnostic`. */
  get pulls(): boolean {
    return !!this.capabilities.diagnosticProvider;
  }

  /**
   * Fresh diagnostics of a document: pulled when the server offers it; otherwise the next push for
   * the URI. Call `expectPush` before the notification that triggers a push, then await it.
   */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = (await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items?: Diagnostic[] };
    return report.items ?? [];
  }

  /** A promise of the next diagnostics pushed for `uri`. */
  expectPush(uri: string, timeoutMs = 120_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics pushed for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.#pushWaiters.set(uri, items => {
        clearTimeout(timer);
        this.#pushWaiters.delete(uri);
        resolve(items);
      });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>(resolve => {
      if (this.#child.exitCode !== null) resolve();
      this.#child.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(3000)]);
      await this.connection.sendNotification('exit');
    } catch {
      // A server that died already needs no goodbye.
    }
    await Promise.race([exited, delay(3000)]);
    if (this.#child.exitCode === null) this.#child.kill();
    this.connection.dispose();
  }
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/**
 * A real LSP session for protocol tests: writes a workspace of fixture files to a temporary
 * folder, starts the bundled server (`node dist/server.js --stdio`; run `npm run build` first) and
 * talks to it with `vscode-languageserver-protocol`. It answers the server's requests as an editor
 * would (`workspace/configuration`, `client/registerCapability`, `workspace/diagnostic/refresh`)
 * and collects what the server pushes. Waits are for events, with a timeout: no fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DiagnosticRefreshRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type ConfigurationItem,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

/** The bundled server the sessions start. */
export const SERVER = path.resolve(__dirname, '../../../dist/server.js');

export interface SessionOptions {
  /** Declare pull diagnostics (`textDocument/diagnostic`) with refresh support; push otherwise. */
  readonly pull?: boolean;
  /** The `unres` settings section the client answers with. */
  readonly settings?: unknown;
  /** Declare `workspace/configuration` (default true). */
  readonly configuration?: boolean;
  /** Called with the workspace folder after the files are written and before the server starts (links, FIFOs, permissions). */
  readonly prepare?: (root: string) => void;
  /** The hover formats the client takes, preferred first (default Markdown, then plain text). */
  readonly hoverFormat?: string[];
  /** Declare workspace folder change notifications (`workspace/didChangeWorkspaceFolders`). */
  readonly folderEvents?: boolean;
  /** Declare work done progress (`window.workDoneProgress`): the server may create progress tokens and report on them. */
  readonly progress?: boolean;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  readonly root: string;
  readonly initializeResult: Promise<InitializeResult>;
  /** The latest diagnostics pushed, by URI. */
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  /** The URI of every `textDocument/publishDiagnostics`, in order. */
  readonly published: string[] = [];
  readonly logs: string[] = [];
  /** `$/progress` reports in order of arrival, each with the log lines received before it (declared with `progress`). */
  readonly progress: { token: string | number; kind: string; title?: string; message?: string; logsBefore: number }[] = [];
  refreshRequests = 0;
  /** The items of every `workspace/configuration` request, in order. */
  readonly configurationRequests: ConfigurationItem[] = [];
  settings: unknown;
  readonly #child: ChildProcess;
  readonly #versions = new Map<string, number>();
  readonly #waiters: (() => void)[] = [];
  #rawIds = 0;

  private constructor(root: string, options: SessionOptions) {
    this.root = root;
    this.settings = options.settings ?? {};
    this.#child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stderr!.on('data', d => this.logs.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.#child.stdout!), new StreamMessageWriter(this.#child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, p => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      this.published.push(p.uri);
      this.#notify();
    });
    this.connection.onNotification(LogMessageNotification.type, p => {
      this.logs.push(p.message);
    });
    this.connection.onRequest(ConfigurationRequest.type, p => {
      this.configurationRequests.push(...p.items);
      this.#notify();
      return p.items.map(item => (item.section === 'unres' ? this.settings : null));
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onNotification('$/progress', (p: { token: string | number; value: unknown }) => {
      const value = p.value as { kind?: string; title?: string; message?: string };
      this.progress.push({ token: p.token, kind: value.kind ?? '', title: value.title, message: value.message, logsBefore: this.logs.length });
      this.#notify();
    });
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.#notify();
    });
    this.connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration ?? true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        ...(options.folderEvents ? { workspaceFolders: true } : {}),
        ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      ...(options.progress ? { window: { workDoneProgress: true } } : {}),
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: (options.hoverFormat ?? ['markdown', 'plaintext']) as ('markdown' | 'plaintext')[] },
        completion: { completionItem: { snippetSupport: true } },
        publishDiagnostics: { versionSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    const rootUri = pathToFileURL(root).href;
    this.initializeResult = this.connection
      .sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities, workspaceFolders: [{ uri: rootUri, name: 'ws' }] })
      .then(async r => {
        await this.connection.sendNotification(InitializedNotification.type, {});
        return r;
      });
  }

  /** Writes `files` (name → text) to a fresh folder and starts a server on it. */
  static async start(files: Record<string, string>, options: SessionOptions = {}): Promise<LspSession> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run 'npm run build' first`);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-lsp-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    options.prepare?.(root);
    const session = new LspSession(root, options);
    await session.initializeResult;
    return session;
  }

  /** The URI of a workspace file by name. */
  uri(name: string): string {
    return pathToFileURL(path.join(this.root, name)).href;
  }

  /** Opens a workspace file in the "editor", with its disk text unless `text` is given. */
  async open(name: string, text?: string): Promise<string> {
    const uri = this.uri(name);
    const content = text ?? fs.readFileSync(path.join(this.root, name), 'utf8');
    this.#versions.set(uri, 1);
    const languageId = name.endsWith('.unres') ? 'unres' : 'json';
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text: content } });
    return uri;
  }

  /** Sends an edit: whole text, or incremental changes. Returns the new version. */
  async change(name: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const uri = this.uri(name);
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(name: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: this.uri(name) } });
  }

  /**
   * Sends a request and its cancellation in one write, as a client does when the user moves on at
   * once: the server sees both before it starts. Resolves with the raw response.
   */
  requestCancelledAtOnce(method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const id = `cancelled-${++this.#rawIds}`;
    const frame = (message: unknown) => {
      const body = Buffer.from(JSON.stringify(message), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    };
    let seen = '';
    const response = new Promise<{ result?: unknown; error?: { code: number; message: string } }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no response to the cancelled request')), 10_000);
      const onData = (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        const at = seen.indexOf(`"id":"${id}"`);
        if (at < 0) return;
        const start = seen.lastIndexOf('{"jsonrpc"', at);
        const end = seen.indexOf('Content-Length', at);
        const json = end < 0 ? seen.slice(start) : seen.slice(start, end);
        try {
          const message = JSON.parse(json);
          clearTimeout(timer);
          this.#child.stdout!.off('data', onData);
          resolve(message);
        } catch {
          // The rest of the message has not arrived yet.
        }
      };
      this.#child.stdout!.on('data', onData);
    });
    this.#child.stdin!.write(Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })]));
    return response;
  }

  /** Writes a file on disk (the editor's file watcher would see it). */
  write(name: string, text: string): void {
    fs.writeFileSync(path.join(this.root, name), text);
  }

  /** Waits until `ready()` holds, re-checked at every notification from the server. */
  async until<T>(ready: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = ready();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server said:\n${this.logs.join('\n').slice(-2000)}`);
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for pushed diagnostics of a file that satisfy `accept` (any, by default). */
  diagnosticsOf(name: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    const uri = this.uri(name);
    return this.until(
      () => {
        const got = this.diagnostics.get(uri);
        return got && accept(got.diagnostics) ? got.diagnostics : undefined;
      },
      `diagnostics of ${name}`,
      timeoutMs,
    );
  }

  #notify(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Shuts the server down politely and removes the folder. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise(r => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may be gone already; the child is killed below either way.
    }
    const exited = new Promise<void>(resolve => {
      if (this.#child.exitCode !== null) return resolve();
      this.#child.once('exit', () => resolve());
      setTimeout(() => {
        this.#child.kill();
        resolve();
      }, 2000);
    });
    await exited;
    this.connection.dispose();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** The position of the first `|` in a marked text line by line, and the text without it. */
export function cursorIn(marked: string): { text: string; position: { line: number; character: number } } {
  const i = marked.indexOf('|');
  const before = marked.slice(0, i).split('\n');
  return { text: marked.slice(0, i) + marked.slice(i + 1), position: { line: before.length - 1, character: before[before.length - 1].length } };
}

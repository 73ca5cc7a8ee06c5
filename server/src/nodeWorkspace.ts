/**
 * The server's workspace: files come from the editor's open documents first, then from disk.
 * Lists the `.unres` and `*.catalog.json` files under the workspace folders, skipping
 * dependency, build and hidden folders, cutting symbolic-link loops, and stopping at a bound so a
 * home folder opened by mistake cannot stall the server.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isWorkspaceFile, type IWorkspace } from './languageService';

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build']);
/** At most this many files are listed. */
const MAX_FILES = 20_000;
/** Larger files are not read: no real resolution or catalog comes near it. */
const MAX_BYTES = 64 * 1024 * 1024;

export class NodeWorkspace implements IWorkspace {
  readonly #folders: () => readonly string[];
  readonly #documents: TextDocuments<TextDocument>;
  readonly #log: (message: string) => void;

  /** `folders`: the workspace folder URIs, asked at each listing (they may change). */
  constructor(folders: () => readonly string[], documents: TextDocuments<TextDocument>, log: (message: string) => void) {
    this.#folders = folders;
    this.#documents = documents;
    this.#log = log;
  }

  async readFile(uri: string): Promise<string | undefined> {
    const open = this.#documents.get(uri);
    if (open) return open.getText();
    const file = fileOf(uri);
    return file === undefined ? undefined : readText(file, this.#log);
  }

  async listFiles(): Promise<readonly string[]> {
    const found: string[] = [];
    const seen = new Set<string>();
    const visit = async (dir: string): Promise<void> => {
      if (found.length >= MAX_FILES) return;
      const real = await fs.realpath(dir).catch(() => undefined);
      if (!real || seen.has(real)) return;
      seen.add(real);
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const stat = await fs.stat(full).catch(() => undefined);
          isDir = stat?.isDirectory() ?? false;
          isFile = stat?.isFile() ?? false;
        }
        if (isDir && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await visit(full);
        else if (isFile && isWorkspaceFile(entry.name) && found.length < MAX_FILES) found.push(URI.file(full).toString());
      }
    };
    for (const folder of this.#folders()) {
      const dir = fileOf(folder);
      if (dir !== undefined) await visit(dir);
    }
    if (found.length >= MAX_FILES) this.#log(`workspace scan stopped at ${MAX_FILES} files`);
    return found.sort();
  }
}

/** The file path of a `file:` URI, or `undefined` for any other scheme. */
export function fileOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a file as UTF-8 text without its byte order mark; `undefined` when it cannot be read. */
export async function readText(file: string, log: (message: string) => void): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_BYTES) {
      log(`${file} is larger than ${MAX_BYTES} bytes; not read`);
      return undefined;
    }
    const text = await fs.readFile(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

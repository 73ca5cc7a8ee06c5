/**
 * The server's workspace: files come from the editor's open documents first, then from disk.
 * Lists the `.unres` and `*.catalog.json` files under the workspace folders, skipping
 * dependency, build and hidden folders, cutting symbolic-link loops, and stopping at a bound so a
 * home folder opened by mistake cannot stall the server.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isWorkspaceFile, type IWorkspace } from './languageService';
import { fileOf, readTextFile, uriOf, walkFiles } from './node/files';

/** At most this many files are listed. */
const MAX_FILES = 20_000;

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
    for (const folder of this.#folders()) {
      const dir = fileOf(folder);
      if (dir === undefined) continue;
      const files = await walkFiles(dir, isWorkspaceFile, { maxFiles: MAX_FILES - found.length, log: this.#log });
      found.push(...files.map(uriOf));
      if (found.length >= MAX_FILES) break;
    }
    return found.sort();
  }
}

export { fileOf };

/** Reads a file as UTF-8 text without its byte order mark; `undefined` when it cannot be read. */
export async function readText(file: string, log: (message: string) => void): Promise<string | undefined> {
  try {
    return await readTextFile(file);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) log(`${file}: ${(e as Error).message}`);
    return undefined;
  }
}

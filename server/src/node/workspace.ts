/**
 * The workspace on disk, one class for the server and `unres check`: the `.unres` and
 * `*.catalog.json` files under the workspace folders (dependency, build and hidden folders
 * skipped, symbolic-link loops cut, the listing bounded), each read from the editor's open
 * document first when there is one, else from disk.
 */
import { isWorkspaceFile, type IWorkspace } from '../languageService';
import { fileOf, readTextFile, uriOf, walkFiles } from './files';

export interface DiskWorkspaceOptions {
  /** The workspace folder URIs, asked at each listing (the editor's may change). */
  readonly folders: () => readonly string[];
  /** The editor's text of an open document, which counts before the disk's (the server's documents). */
  readonly openText?: (uri: string) => string | undefined;
  /** Told about files that cannot be read and a listing cut at its bound. */
  readonly log?: (message: string) => void;
  /** At most this many files are listed (a home folder opened by mistake must not stall the server); no bound by default. */
  readonly maxFiles?: number;
}

export class DiskWorkspace implements IWorkspace {
  readonly #options: DiskWorkspaceOptions;

  constructor(options: DiskWorkspaceOptions) {
    this.#options = options;
  }

  async readFile(uri: string): Promise<string | undefined> {
    const open = this.#options.openText?.(uri);
    if (open !== undefined) return open;
    const file = fileOf(uri);
    return file === undefined ? undefined : readText(file, this.#options.log);
  }

  async listFiles(): Promise<readonly string[]> {
    const max = this.#options.maxFiles ?? Infinity;
    const found: string[] = [];
    for (const folder of this.#options.folders()) {
      const dir = fileOf(folder);
      if (dir === undefined) continue;
      const files = await walkFiles(dir, isWorkspaceFile, { maxFiles: max - found.length, log: this.#options.log });
      found.push(...files.map(uriOf));
      if (found.length >= max) break;
    }
    return found.sort();
  }
}

/** Reads a file as UTF-8 text without its byte order mark; `undefined` when it cannot be read (a failure other than a missing file is logged). */
export async function readText(file: string, log?: (message: string) => void): Promise<string | undefined> {
  try {
    return await readTextFile(file);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) log?.(`${file}: ${(e as Error).message}`);
    return undefined;
  }
}

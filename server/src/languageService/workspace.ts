/**
 * How files reach the language service. The service never touches the disk or the network:
 * the CLI hands it a Node file-system workspace, the server one backed by open editors and the
 * disk, the tests an in-memory one.
 */
export interface IWorkspace {
  /** The text of a file, or `undefined` when it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Every `.unres` and `*.catalog.json` file of the workspace (URIs). */
  listFiles(): Promise<readonly string[]>;
}

/** A workspace held in memory: the tests' and the examples'. */
export class InMemoryWorkspace implements IWorkspace {
  readonly #files = new Map<string, string>();

  constructor(files: Record<string, string> = {}) {
    for (const [uri, text] of Object.entries(files)) this.#files.set(uri, text);
  }

  set(uri: string, text: string): void {
    this.#files.set(uri, text);
  }

  delete(uri: string): void {
    this.#files.delete(uri);
  }

  async readFile(uri: string): Promise<string | undefined> {
    return this.#files.get(uri);
  }

  async listFiles(): Promise<readonly string[]> {
    return [...this.#files.keys()].filter(isWorkspaceFile);
  }
}

/** Whether a URI names a file the workspace index reads. */
export function isWorkspaceFile(uri: string): boolean {
  return uri.endsWith('.unres') || uri.endsWith('.catalog.json');
}

/**
 * A map by document URI that keeps only the documents set last: memos of the last run over a
 * document (the CLI checks thousands of documents, an editor has a few open).
 */
export class LastDocuments<T> {
  readonly #byUri = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(uri: string): T | undefined {
    return this.#byUri.get(uri);
  }

  delete(uri: string): void {
    this.#byUri.delete(uri);
  }

  /** Sets the document's value, as the newest; the oldest beyond the limit is dropped. */
  set(uri: string, value: T): void {
    this.#byUri.delete(uri);
    this.#byUri.set(uri, value);
    if (this.#byUri.size > this.limit) this.#byUri.delete(this.#byUri.keys().next().value!);
  }
}

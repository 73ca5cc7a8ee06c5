/** Why a file could not be imported: said to the user with the file's name; the CLI exits 2. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** The bounds of one import (docs/import.md): beyond them a file is refused, never half read. */
export const LIMITS = {
  /** Bytes of an input file. */
  bytes: 50 * 1024 * 1024,
  /** Pages of a PDF. */
  pages: 300,
  /** Milliseconds one file may take. */
  millis: 60_000,
  /** Characters of text (from any reader). */
  chars: 5_000_000,
} as const;

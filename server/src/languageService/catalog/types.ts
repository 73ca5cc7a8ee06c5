/** What the catalogs know of one resolution or decision (contract §5). */
export interface CatalogEntry {
  /** Canonical symbol: `A/RES/73/27`, `A/RES/2625 (XXV)`, `S/RES/2334 (2016)`. */
  readonly symbol: string;
  /** Adoption date, ISO `YYYY-MM-DD`. */
  readonly date: string;
  readonly title?: string;
  readonly session?: number;
  readonly agendaItem?: string;
  readonly vote?: { readonly yes: number; readonly no: number; readonly abstain: number };
  readonly url?: string;
  /** Where the facts come from: a catalog file's URI, a workspace document's URI, or the bundled catalog's own source note. */
  readonly source: string;
  /** Whether the date is known to be doubtful (data flagged as unreliable): never the ground for an error. */
  readonly doubtfulDate?: boolean;
}

/** Looks resolutions up by canonical symbol, across every catalog in order of precedence. */
export interface CatalogLookup {
  get(symbol: string): CatalogEntry | undefined;
  /** Every entry (the winning one of each symbol), for completion. */
  entries(): Iterable<CatalogEntry>;
  /**
   * Entries whose symbol or citation form starts with `prefix` (case-insensitive), for completion:
   * `73/` → `A/RES/73/1`, `A/RES/73/2`, … in numeric order; `2334` → `S/RES/2334 (2016)`;
   * `A/RES/7` works too. At most `limit` entries (default 50).
   */
  search(prefix: string, limit?: number): CatalogEntry[];
}

/** What the catalogs know of one resolution or decision (contract §5). */
export interface CatalogEntry {
  /** Canonical symbol: `A/RES/73/27`, `A/RES/2625 (XXV)`, `S/RES/2334 (2016)`. */
  readonly symbol: string;
  /**
   * Adoption date, ISO `YYYY-MM-DD`. Catalog files always give one; the bundled catalog knows some
   * resolutions only by their symbol (that they exist), not their date.
   */
  readonly date?: string;
  readonly title?: string;
  readonly session?: number;
  readonly agendaItem?: string;
  readonly vote?: { readonly yes: number; readonly no: number; readonly abstain: number };
  /** The voting note when no counts are known: `Adopted without vote` (UN Digital Library, MARC 996). */
  readonly votingNote?: string;
  readonly url?: string;
  /** Where the facts come from: a catalog file's URI, a workspace document's URI, or the bundled catalog's own source note. */
  readonly source: string;
  /** Whether the date is known to be doubtful (data flagged as unreliable): never the ground for an error. */
  readonly doubtfulDate?: boolean;
}

/**
 * A catalog layer indexed by canonical symbol, whose entries are made when first asked for (the
 * bundled catalog: 12,000 rows read lazily, so the first diagnostics pay for an index of symbols,
 * not for every entry).
 */
export interface IndexedCatalogLayer {
  /** Entries (distinct symbols) in the layer. */
  readonly size: number;
  /** The entry of a canonical symbol (no normalising: the caller has done it). */
  get(canonicalSymbol: string): CatalogEntry | undefined;
  /** Every canonical symbol, in the layer's order. */
  symbols(): Iterable<string>;
  /** Every entry, in the layer's order. */
  entries(): Iterable<CatalogEntry>;
}

/** A catalog layer: a list of entries (the first of a symbol wins), or one indexed already. */
export type CatalogLayer = readonly CatalogEntry[] | IndexedCatalogLayer;

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
  /** What the record of the UN proves beyond its entries (the bundled catalog's data), when known. */
  readonly record?: RecordFacts;
  /** Why a symbol no layer holds is unknown online too (`Not in the UN Digital Library either …`), when it was asked. */
  note?(symbol: string): string | undefined;
}

/** Regularities of the record, not entries: how the UN numbers its resolutions. */
export interface RecordFacts {
  /** The last resolution number of a regular GA session the record holds completely (`78` → 331), else undefined. */
  lastOfSession(session: number): number | undefined;
  /** The Security Council resolution with this number, whatever year a citation writes after it. */
  securityCouncil(number: number): CatalogEntry | undefined;
  /**
   * The years a Security Council resolution number can be of: the Council numbers in order of
   * adoption, so a number lies between the years of the dated numbers around it. Undefined past the
   * highest number the record knows (a later resolution may be of any later year).
   */
  securityCouncilYears(number: number): { readonly earliest: number; readonly latest: number } | undefined;
  /**
   * The dated resolutions of a regular GA session numbered nearest below and above `number` (at most
   * `count` on each side, nearest first; the number itself and parts excluded), with firm dates only.
   */
  gaNeighbours(session: number, number: number, count: number): { readonly below: readonly NumberedDate[]; readonly above: readonly NumberedDate[] };
}

/** A resolution number of a session and its adoption date (ISO). */
export interface NumberedDate {
  readonly number: number;
  readonly date: string;
}

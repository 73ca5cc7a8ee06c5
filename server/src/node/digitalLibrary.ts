/**
 * The UN Digital Library, asked for citations no catalog holds (issue 13). Only the cited symbol
 * leaves the machine: one search request per symbol (`191__a:"A/RES/80/250"`, MARCXML `of=xm`), at
 * a bounded rate, with a 5 s timeout and backoff when the Library answers 429. Answers are cached on
 * disk with their fetch date and used offline; a failure is never cached, so the next run asks
 * again. The language service never sees any of this: it gets catalog entries and notes.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CatalogEntry } from '../languageService';
import { loadConverters } from './onDemand';
import { writtenDate } from '../languageService/util/dates';
import { normalizeSymbol } from '../languageService/util/symbols';

/** The Library's address unless `UNRES_DIGITAL_LIBRARY_URL` names another (tests: a stand-in on 127.0.0.1). */
export const DEFAULT_LIBRARY_URL = 'https://digitallibrary.un.org';
const TIMEOUT_MS = 5000;
/** At most one request a second: the Library is a public service. */
const MIN_INTERVAL_MS = 1000;
/** 429: wait and ask again, at most this many times, doubling the wait (or what Retry-After says, up to 30 s). */
const RETRIES_ON_429 = 3;
/** A symbol the Library did not know is asked again after this long. */
const NOT_FOUND_TTL_DAYS = 30;

/** What one lookup found. */
export interface LibraryAnswer {
  readonly symbol: string;
  /** The record as a catalog entry, its source saying "UN Digital Library, fetched …". */
  readonly entry?: CatalogEntry;
  /** When no entry: why, in a drafter's words ("not in the UN Digital Library (asked 3 December 2026)"). */
  readonly note?: string;
  /** Whether the answer came from the cache on disk. */
  readonly cached: boolean;
  /** Whether the Library could not be asked (network, timeout, 5xx, an answer that is not MARCXML). */
  readonly failed: boolean;
}

export interface DigitalLibraryOptions {
  /** Default: `UNRES_DIGITAL_LIBRARY_URL`, else {@link DEFAULT_LIBRARY_URL}. */
  readonly baseUrl?: string;
  /** Default: `UNRES_CACHE_DIR`, else the user's cache folder (`~/.cache/unres` on Linux). */
  readonly cacheDir?: string;
  readonly timeoutMs?: number;
  readonly minIntervalMs?: number;
  readonly log?: (message: string) => void;
  /** Today, for fetch dates (tests). */
  readonly now?: () => Date;
}

/** Cached answer on disk: one small JSON file per symbol. */
interface CacheFile {
  readonly version: 1;
  readonly symbol: string;
  /** ISO date of the fetch. */
  readonly fetched: string;
  readonly entry?: CatalogEntry;
}

export class DigitalLibrary {
  readonly baseUrl: string;
  readonly cacheDir: string;
  readonly #timeoutMs: number;
  readonly #minIntervalMs: number;
  readonly #log: (message: string) => void;
  readonly #now: () => Date;
  /** Requests one after the other, {@link MIN_INTERVAL_MS} apart. */
  #queue: Promise<unknown> = Promise.resolve();
  #lastRequest = 0;
  /** Lookups under way, so a symbol cited twice is asked once. */
  readonly #pending = new Map<string, Promise<LibraryAnswer>>();
  /** How many requests went out (tests: none without `--online`). */
  requests = 0;

  constructor(options: DigitalLibraryOptions = {}) {
    this.baseUrl = withoutTrailingSlashes(options.baseUrl ?? process.env.UNRES_DIGITAL_LIBRARY_URL ?? DEFAULT_LIBRARY_URL);
    this.cacheDir = options.cacheDir ?? process.env.UNRES_CACHE_DIR ?? defaultCacheDir();
    this.#timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
    this.#minIntervalMs = options.minIntervalMs ?? MIN_INTERVAL_MS;
    this.#log = options.log ?? (() => undefined);
    this.#now = options.now ?? (() => new Date());
  }

  /** The answer for a symbol: from the cache when it has one, else from the Library. Never throws. */
  lookup(rawSymbol: string): Promise<LibraryAnswer> {
    const symbol = normalizeSymbol(rawSymbol);
    let pending = this.#pending.get(symbol);
    if (!pending) {
      pending = this.#lookup(symbol).finally(() => this.#pending.delete(symbol));
      this.#pending.set(symbol, pending);
    }
    return pending;
  }

  /** The cached answer only (no request); undefined when the cache has none. */
  async cached(rawSymbol: string): Promise<LibraryAnswer | undefined> {
    const symbol = normalizeSymbol(rawSymbol);
    const file = await this.#readCache(symbol);
    return file ? answerOf(symbol, file, true) : undefined;
  }

  async #lookup(symbol: string): Promise<LibraryAnswer> {
    const cached = await this.#readCache(symbol);
    if (cached && (cached.entry || ageInDays(cached.fetched, this.#now()) < NOT_FOUND_TTL_DAYS)) return answerOf(symbol, cached, true);
    const fetched = isoDay(this.#now());
    let text: string;
    try {
      text = await this.#fetch(symbol);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.#log(`UN Digital Library: ${symbol}: ${reason}`);
      return { symbol, note: `The UN Digital Library could not be asked (${reason}).`, cached: false, failed: true };
    }
    const found = recordOf(symbol, text, this.baseUrl, fetched);
    if (found === 'not-marcxml') {
      this.#log(`UN Digital Library: ${symbol}: the answer is not MARCXML`);
      return { symbol, note: 'The UN Digital Library gave an answer unres cannot read (not MARCXML).', cached: false, failed: true };
    }
    if (found && found.date === undefined) this.#log(`UN Digital Library: ${symbol}: the record has no date (992 $a or 269 $a); its date cannot be checked`);
    const file: CacheFile = { version: 1, symbol, fetched, ...(found && { entry: found }) };
    await this.#writeCache(symbol, file);
    return answerOf(symbol, file, false);
  }

  /** One search request, in turn; retried after 429. Throws with a short reason. */
  async #fetch(symbol: string): Promise<string> {
    const url = `${this.baseUrl}/search?p=${encodeURIComponent(`191__a:"${symbol}"`)}&of=xm&rg=10`;
    for (let attempt = 0; ; attempt++) {
      const response = await this.#inTurn(async () => {
        this.requests++;
        return fetch(url, { signal: AbortSignal.timeout(this.#timeoutMs), headers: { Accept: 'application/xml, text/xml' } });
      });
      if (response.status === 429 && attempt < RETRIES_ON_429) {
        const retryAfter = Number(response.headers.get('retry-after'));
        const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 30_000) : this.#minIntervalMs * 2 ** (attempt + 1);
        this.#log(`UN Digital Library: too many requests; waiting ${wait} ms`);
        await response.body?.cancel().catch(() => undefined);
        await delay(wait);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new Error(`HTTP ${response.status}`);
      }
      return await response.text();
    }
  }

  /** Runs `request` when the ones before it are done and the interval has passed. */
  #inTurn<T>(request: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      const wait = this.#lastRequest + this.#minIntervalMs - Date.now();
      if (wait > 0) await delay(wait);
      this.#lastRequest = Date.now();
      return request();
    });
    this.#queue = run.catch(() => undefined);
    return run.catch(e => {
      const reason =
        e instanceof Error && e.name === 'TimeoutError'
          ? `no answer within ${this.#timeoutMs / 1000} s`
          : e instanceof Error
            ? e.cause instanceof Error
              ? e.cause.message
              : e.message
            : String(e);
      throw new Error(reason);
    });
  }

  #cacheFile(symbol: string): string {
    const hash = createHash('sha256').update(symbol).digest('hex').slice(0, 12);
    return path.join(this.cacheDir, 'digital-library', `${symbol.replace(/[^A-Za-z0-9.-]+/g, '_')}-${hash}.json`);
  }

  async #readCache(symbol: string): Promise<CacheFile | undefined> {
    const file = this.#cacheFile(symbol);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = JSON.parse(text) as Partial<CacheFile>;
      if (parsed.version !== 1 || parsed.symbol !== symbol || typeof parsed.fetched !== 'string') throw new Error('unexpected content');
      if (parsed.entry !== undefined && (typeof parsed.entry !== 'object' || typeof parsed.entry.symbol !== 'string')) throw new Error('unexpected entry');
      return parsed as CacheFile;
    } catch (e) {
      // A file cut in half (a crash mid-write, a full disk): ask the Library again.
      this.#log(`UN Digital Library cache: ${file} is damaged (${e instanceof Error ? e.message : String(e)}); asking again`);
      return undefined;
    }
  }

  async #writeCache(symbol: string, file: CacheFile): Promise<void> {
    const target = this.#cacheFile(symbol);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a reader never sees half a file from us.
      const temporary = `${target}.${process.pid}.tmp`;
      await fs.writeFile(temporary, JSON.stringify(file));
      await fs.rename(temporary, target);
    } catch (e) {
      this.#log(`UN Digital Library cache: cannot write ${target}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/**
 * The record of `symbol` in a search answer as a catalog entry, `undefined` when the answer has no
 * such record, `'not-marcxml'` when the answer is not MARCXML at all.
 */
export function recordOf(symbol: string, text: string, baseUrl: string, fetched: string): CatalogEntry | undefined | 'not-marcxml' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('<') || !/<(?:\w+:)?(?:collection|record)\b/.test(start)) return 'not-marcxml';
  const { entries } = loadConverters().importMarcXml(text, 'UN Digital Library', { keepUndated: true });
  const entry = entries.find(e => e.symbol === symbol);
  if (!entry) return undefined;
  const record = /record (\d+)/.exec(entry.source)?.[1];
  return {
    ...entry,
    ...(record && !entry.url && { url: `${baseUrl}/record/${record}` }),
    source: `UN Digital Library, fetched ${writtenDate(fetched) ?? fetched}`,
  };
}

function answerOf(symbol: string, file: CacheFile, cached: boolean): LibraryAnswer {
  if (file.entry) return { symbol, entry: file.entry, cached, failed: false };
  return { symbol, note: `Not in the UN Digital Library either (asked ${writtenDate(file.fetched) ?? file.fetched}).`, cached, failed: false };
}

/** The user's cache folder for unres: XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
export function defaultCacheDir(): string {
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'unres', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'unres');
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'unres');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function ageInDays(iso: string, now: Date): number {
  const then = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(then) ? (now.getTime() - then) / 86_400_000 : Infinity;
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

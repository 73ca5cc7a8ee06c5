/**
 * The server's log, shown by the client (VS Code: the "unres Language Server" output channel;
 * Neovim: `:LspLog`; Emacs: the events buffer). One small logger that every part of the server
 * writes through: start-up, version, catalogs and their sizes, configuration changes, slow requests
 * and errors go out always, as `window/logMessage`; the time of every request goes out only while
 * the client traces (`unres.trace.server`, the protocol's `$/setTrace`), as `$/logTrace`.
 */
import { performance } from 'node:perf_hooks';

/** What the logger needs of a connection: its console and its tracer (vscode-languageserver's). */
export interface LogSink {
  readonly console: { error(message: string): void; warn(message: string): void; info(message: string): void; log(message: string): void };
  readonly tracer: { log(message: string, verbose?: string): void };
}

/** The server's logger. */
export interface ServerLog {
  /** Something the user may want to know happened: start-up, a catalog read, settings changed. */
  info(message: string): void;
  /** Something went wrong that the server worked around (a file it cannot read, a slow request). */
  warn(message: string): void;
  /** A failure: `error` adds its stack. */
  error(message: string, error?: unknown): void;
  /** Only while the client traces (`unres.trace.server` is `messages` or `verbose`); `verbose` only at `verbose`. */
  trace(message: string, verbose?: string): void;
  /**
   * Runs `run` and reports how long it took: to the trace always, and as a warning past
   * {@link SLOW_MS}. `what` names the request and its document.
   */
  timed<T>(what: string, run: () => Promise<T> | T): Promise<T>;
}

/** A request slower than this is logged as slow, traced or not. */
export const SLOW_MS = 1_000;

/** A logger writing to a connection's console and tracer. `now` is a clock in milliseconds (tests pass their own). */
export function createServerLog(sink: LogSink, now: () => number = () => performance.now()): ServerLog {
  return {
    info: message => sink.console.info(message),
    warn: message => sink.console.warn(message),
    error: (message, error) => sink.console.error(error === undefined ? message : `${message}: ${describeError(error)}`),
    trace: (message, verbose) => sink.tracer.log(message, verbose),
    async timed(what, run) {
      const started = now();
      try {
        return await run();
      } finally {
        const ms = Math.round(now() - started);
        sink.tracer.log(`${what}: ${ms} ms`);
        if (ms >= SLOW_MS) sink.console.warn(`slow: ${what} took ${ms} ms`);
      }
    },
  };
}

/** An error with its stack when it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * `count(1234567, 'entry', 'entries')` → `1,234,567 entries`, for sizes in the log. The commas are put
 * in by hand: the first `toLocaleString` loads the ICU data, 12 ms of the server's start-up.
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  const digits = Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);
  return `${digits} ${n === 1 ? noun : plural}`;
}

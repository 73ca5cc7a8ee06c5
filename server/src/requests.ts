/** How the server answers a request: cancelled early or late, failures logged and answered empty. */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { ServerLog } from './logger';

/** The answer to a request cancelled by the client. */
export function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

export type RunSafe = <T>(name: string, token: CancellationToken, empty: T, run: () => Promise<T> | T) => Promise<T | ResponseError<never>>;

/**
 * A guard for request handlers: one turn of the event loop first (a cancellation already on its way
 * is seen before any work), the run timed, a failure logged and answered with `empty`.
 */
export function createRunSafe(logger: ServerLog): RunSafe {
  return <T>(name: string, token: CancellationToken, empty: T, run: () => Promise<T> | T) =>
    new Promise<T | ResponseError<never>>(resolve => {
      setImmediate(async () => {
        if (token.isCancellationRequested) return resolve(cancelled());
        try {
          const result = await logger.timed(name, run);
          resolve(token.isCancellationRequested ? cancelled() : result);
        } catch (e) {
          if (e instanceof ResponseError) return resolve(e as ResponseError<never>);
          logger.error(`${name} failed`, e);
          resolve(empty);
        }
      });
    });
}

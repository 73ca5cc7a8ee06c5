/**
 * Cancellation as the service sees it: anything with `isCancellationRequested` (the LSP library's
 * token, or a plain object in tests and the CLI). Async features check it after each await and
 * return their empty answer when it is set.
 */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled. */
export const noopToken: CancellationLike = Object.freeze({ isCancellationRequested: false });

/** Whether `token` asks to stop. */
export function isCancelled(token: CancellationLike | undefined): boolean {
  return token?.isCancellationRequested === true;
}

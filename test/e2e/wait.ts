// Waiting for what is expected instead of sleeping: poll a condition until it holds or time runs out.

/**
 * Polls `condition` every `intervalMs` until it returns a truthy value, which it resolves to.
 * Rejects with `what` and the last value or error seen once `timeoutMs` has passed; an error thrown
 * by the condition is retried, not fatal, so transient states do not fail the wait.
 */
export async function waitFor<T>(what: string, condition: () => T | Promise<T>, timeoutMs: number, intervalMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (e) {
      last = e;
    }
    if (Date.now() >= deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}

/** One named check's outcome, for the runner's summary. */
export interface CheckOutcome {
  name: string;
  error?: Error;
}

/**
 * Runs named checks one after another, recording each outcome in `outcomes` and logging it with
 * `prefix`; a failed check does not stop the next. `onFailure` runs after a failure is recorded
 * (a screenshot, say).
 */
export function checkRecorder(outcomes: CheckOutcome[], log: (line: string) => void, prefix = '', onFailure?: () => Promise<void>) {
  return async (name: string, body: () => Promise<void> | void): Promise<void> => {
    try {
      await body();
      outcomes.push({ name });
      log(`${prefix}✔ ${name}`);
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      outcomes.push({ name, error });
      log(`${prefix}✘ ${name}: ${error.message}`);
      await onFailure?.();
    }
  };
}

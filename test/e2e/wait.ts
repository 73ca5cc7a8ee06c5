// Waiting for what is expected instead of sleeping: poll a condition until it holds or time runs out.

/**
 * Polls `condition` every `intervalMs` until it returns a truthy value, which it resolves to.
 * Rejects with `what` and the last value or error seen once `timeoutMs` has passed; an error thrown
 * by the condition is retried, not fatal, so transient states do not fail the wait.
 */
export async function waitFor<T>(what: string, condition: () => T | Promise<T>, timeoutMs: number,
  intervalMs = 100): Promise<NonNullable<T>> {
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

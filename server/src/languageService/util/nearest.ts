/** The nearest known word to a misspelt one, for "did you mean" messages. */

/** Levenshtein distance, with both strings capped at 64 characters (keys are short). */
export function editDistance(a: string, b: string): number {
  const s = a.slice(0, 64);
  const t = b.slice(0, 64);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * The candidate nearest to `word` (case and `_`/space versus `-` ignored), or undefined when none
 * is close: within a third of the longer word, or one that starts like it (`adopted-on` → `adopted`).
 */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase().replace(/[_ ]/g, '-');
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(w, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  if (bestDistance <= Math.max(1, Math.floor(Math.max(w.length, best.length) / 3))) return best;
  const prefixed = candidates.find(c => w.length > c.length && w.startsWith(c));
  return prefixed;
}

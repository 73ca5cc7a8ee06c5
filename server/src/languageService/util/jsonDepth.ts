/**
 * JSON nesting, measured before parsing: `jsonc-parser` descends recursively, so a file of
 * 100,000 `[` overflows the stack. Files whose nesting no real catalog or rule file comes near
 * are reported instead of parsed.
 */

/** Deeper than this is no catalog or rule file (they nest three levels). */
export const MAX_JSON_DEPTH = 256;

/** The offset of the first `[` or `{` nested deeper than `limit`, or -1; strings and comments skipped. Linear. */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

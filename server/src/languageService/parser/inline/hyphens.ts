/**
 * Hyphens left by a line break: `nuclear- weapon`, or `nuclear-` at the end of a wrapped line
 * followed by `weapon`. Text copied out of a PDF keeps the hyphen the typesetter put at a line end
 * and the space (or line break) after it. A suspended hyphen is no such thing: `pre- and
 * post-conflict`, `short- to medium-term`, `small- or medium-sized` stay as they are.
 */
import type { OffsetLines } from '../spans';
import type { HyphenBreak } from '../../model';
import { isLetter, isSpace } from './text';

/** The words after which a hyphen is suspended, not broken: `pre- and post-`. */
const SUSPENDING = new Set(['and', 'or', 'nor', 'to', 'as', 'but', 'und', 'et']);

/** Every hyphen in `text` that a line break seems to have left, with the words around it. */
export function scanHyphenBreaks(text: string, lines: OffsetLines): HyphenBreak[] {
  const found: HyphenBreak[] = [];
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    if (i === 0 || !isLetter(text.charCodeAt(i - 1)) || !isSpace(text.charCodeAt(i + 1))) continue;
    // At most one line break and a few spaces between the halves.
    let j = i + 1;
    let breaks = 0;
    while (j < text.length && isSpace(text.charCodeAt(j)) && j - i < 16) {
      if (text.charCodeAt(j) === 10) breaks++;
      j++;
    }
    if (breaks > 1 || j >= text.length) continue;
    const c = text.charCodeAt(j);
    // The next word goes on in small letters: a capital or a digit starts something else (`Non- Self-Governing` is rare; `-1` is a number).
    if (!isLetter(c) || text[j] !== text[j].toLowerCase()) continue;
    let end = j;
    while (end < text.length && (isLetter(text.charCodeAt(end)) || text[end] === '-')) end++;
    const after = text.slice(j, end);
    const afterWord = after.split('-')[0];
    if (SUSPENDING.has(afterWord.toLowerCase())) continue;
    let start = i;
    while (start > 0 && (isLetter(text.charCodeAt(start - 1)) || text[start - 1] === '-')) start--;
    const before = text.slice(start, i + 1);
    found.push({ range: { start: lines.positionAt(i), end: lines.positionAt(j) }, before, after });
  }
  return found;
}

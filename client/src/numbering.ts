/**
 * What Enter should type after a numbered line of a resolution: the next operative paragraph
 * number, the next subparagraph label, the next bullet. Pure (no `vscode` import) so that it is
 * tested without an editor; `onEnter.ts` applies it. This is editing help only: the language
 * server checks numbering, and its Renumber command puts a whole document right.
 */
import { romanValue, toRoman as upperRoman } from '../../server/src/languageService/util/roman';

/** Draft labels in order: an inserted paragraph after `5 bis` is `5 ter`. */
const DRAFT_LABELS = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

/** Indentation of a subparagraph one level down, as the examples write it. */
export const SUBPARAGRAPH_INDENT = '   ';

/**
 * What to do on Enter at the end of `line`:
 * - `continue`: insert `text` at the end of the line (it starts with the line break);
 * - `end`: the line holds only a label the user left empty: remove it (as Markdown lists do);
 * - `undefined`: nothing special, a plain Enter.
 */
export type EnterAction = { kind: 'continue'; text: string } | { kind: 'end' } | undefined;

const OPERATIVE = /^(\d{1,4})(?:[ \t]+([a-z]+))?\.(?:[ \t]+(.*))?$/;
const SUBPARAGRAPH = /^([ \t]*)\(([a-z]{1,4})\)(?:[ \t]+(.*))?$/;
const BULLET = /^([ \t]*)([•-])(?:[ \t]+(.*))?$/;

/**
 * The action for Enter at the end of `line`. `previousLabel` is the label of the subparagraph
 * before this one at the same indentation, if any: it tells `(i)` the letter (after `(h)`) from
 * `(i)` the numeral.
 */
export function enterAction(line: string, previousLabel?: string): EnterAction {
  if (line.length > 10_000) return undefined;
  const text = line.trimEnd();

  const operative = OPERATIVE.exec(text);
  if (operative && (!operative[2] || DRAFT_LABELS.includes(operative[2]))) {
    const [, number, draft, rest = ''] = operative;
    if (!rest.trim()) return { kind: 'end' };
    if (rest.endsWith('.')) return undefined; // The last operative paragraph.
    if (rest.endsWith(':')) return { kind: 'continue', text: `\n\n${SUBPARAGRAPH_INDENT}(a) ` };
    return { kind: 'continue', text: `\n\n${nextParagraphLabel(Number(number), draft)}. ` };
  }

  const sub = SUBPARAGRAPH.exec(text);
  if (sub) {
    const [, indent, label, rest = ''] = sub;
    const roman = isRomanLabel(label, previousLabel);
    if (!roman && !isLetterLabel(label)) return undefined;
    if (!rest.trim()) return { kind: 'end' };
    if (rest.endsWith('.')) return undefined;
    if (rest.endsWith(':')) return { kind: 'continue', text: `\n\n${indent}${SUBPARAGRAPH_INDENT}(i) ` };
    const next = roman ? toRoman(fromRoman(label) + 1) : nextLetterLabel(label);
    return { kind: 'continue', text: `\n\n${indent}(${next}) ` };
  }

  const bullet = BULLET.exec(text);
  if (bullet && (bullet[2] === '•' || bullet[3] !== undefined)) {
    const [, indent, mark, rest = ''] = bullet;
    if (!rest.trim()) return { kind: 'end' };
    return { kind: 'continue', text: `\n${indent}${mark} ` };
  }
  return undefined;
}

/** `3` → `4`; `3 bis` → `3 ter`. */
export function nextParagraphLabel(number: number, draft?: string): string {
  if (!draft) return String(number + 1);
  const next = DRAFT_LABELS[DRAFT_LABELS.indexOf(draft) + 1];
  return next ? `${number} ${next}` : String(number + 1);
}

/** `a` → `b`, `z` → `aa`, `aa` → `bb`: the UN's lettering after (z). */
export function nextLetterLabel(label: string): string {
  const c = label[0];
  if (c === 'z') return 'a'.repeat(label.length + 1);
  return String.fromCharCode(c.charCodeAt(0) + 1).repeat(label.length);
}

function isLetterLabel(label: string): boolean {
  return /^([a-z])\1*$/.test(label);
}

/** `(i)`, `(v)`, `(x)` are numerals unless they follow the letter before them (`(h)` → `(i)`). */
function isRomanLabel(label: string, previous: string | undefined): boolean {
  if (!/^[ivxlc]+$/.test(label) || fromRoman(label) === 0 || toRoman(fromRoman(label)) !== label) return false;
  if (isLetterLabel(label) && previous !== undefined && isLetterLabel(previous) && nextLetterLabel(previous) === label) return false;
  if (label.length === 1 && label !== 'i' && previous === undefined) return false; // A lone (v) or (x) reads as a letter.
  return true;
}

/** `1` → `i`, `14` → `xiv`. */
export function toRoman(n: number): string {
  return upperRoman(n).toLowerCase();
}

/** `xiv` → 14; 0 for what is not a numeral. */
export function fromRoman(s: string): number {
  return romanValue(s.toUpperCase()) ?? 0;
}

/**
 * The label of the subparagraph before line `index` at the same indentation, looking back no
 * further than the paragraph's number. `lineAt` reads a line of the document.
 */
export function previousSubparagraphLabel(lineAt: (i: number) => string, index: number): string | undefined {
  const current = SUBPARAGRAPH.exec(lineAt(index));
  if (!current) return undefined;
  for (let i = index - 1; i >= 0 && i >= index - 200; i--) {
    const line = lineAt(i);
    if (OPERATIVE.test(line)) return undefined;
    const m = SUBPARAGRAPH.exec(line);
    if (m && m[1] === current[1]) return m[2];
  }
  return undefined;
}

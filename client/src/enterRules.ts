/**
 * What Enter types after a numbered line of a resolution, as VS Code `onEnterRules` (written into
 * language-configuration.json by `node scripts/enter-rules.mjs`; a test checks the file is up to
 * date). The editor applies these rules itself, in the same step as the keystroke, so typing that
 * follows an Enter can never overtake it: nothing the user types is lost, moved or doubled, at any
 * speed. (An extension command bound to Enter runs in the extension host, after the keystrokes
 * typed behind it have already reached the document; that raced, see issue 11.)
 *
 * A rule's `appendText` is literal, so the next number is spelled out by one rule per number: up
 * to {@link OPERATIVE_MAX} operative paragraphs, {@link DRAFT_MAX} with draft labels, the letters
 * `(a)`…`(zz)` and the numerals `(i)`…`(xxxix)`. Past them Enter is a plain Enter. Pure (no
 * `vscode` import): tested without an editor.
 */
import { DRAFT_SUFFIXES } from '../../server/src/languageService/util/draftSuffixes';
import { romanValue, toRoman as upperRoman } from '../../server/src/languageService/util/roman';

/** One entry of `onEnterRules`, in the shape of language-configuration.json. */
export interface OnEnterRule {
  readonly beforeText: string;
  readonly afterText?: string;
  readonly action: { readonly indent: 'none'; readonly appendText?: string; readonly removeText?: number };
}

/** Operative paragraphs numbered up to this get the next number. */
export const OPERATIVE_MAX = 400;
/** `N bis` … `N quater` get the next draft label up to this paragraph number. */
export const DRAFT_MAX = 200;
/** Draft labels whose successor Enter types (`bis` → `ter`, `ter` → `quater`, `quater` → `quinquies`). */
const DRAFT_CONTINUED = DRAFT_SUFFIXES.slice(0, 3);
/** The last numeral Enter continues: `(xxxix)` → `(xl)`. */
const ROMAN_MAX = 39;

/** Indentation of a subparagraph one level down, as the examples write it. */
export const SUBPARAGRAPH_INDENT = '   ';
/**
 * Indentations of subparagraph labels that get a blank line before the next label: the blank
 * line must stay empty, so the rule removes the indentation Enter copies and writes it again after
 * the blank line, which takes one rule per indentation. Any other indentation gets the next label
 * on the next line, without the blank line.
 */
const INDENTS = ['', '   ', '    ', '      ', '        ', '\t', '\t\t'];

/** The rest of a line after its label: some text whose last mark is neither `.` nor `:`. */
const CONTINUES = '\\s.*[^.:\\s]\\s*$';
/** The rest of a line that opens a deeper level: some text ending with `:`. */
const OPENS = '\\s.*:\\s*$';

/** Every rule, in the order VS Code tries them (the first that matches applies). */
export function enterRules(): OnEnterRule[] {
  // Enter with text after the cursor splits the line as usual (keeping its indentation): the
  // rules below continue the numbering only at the end of a line.
  const rules: OnEnterRule[] = [{ beforeText: '^', afterText: '\\S', action: { indent: 'none' } }];
  const rule = (beforeText: string, appendText: string, removeText?: number): void => {
    rules.push({ beforeText, action: { indent: 'none', appendText, ...(removeText ? { removeText } : {}) } });
  };

  // An operative paragraph ending with a colon opens subparagraphs: a blank line and `   (a) `.
  rule(`^\\d{1,4}(?:[ \\t]+(?:${DRAFT_SUFFIXES.join('|')}))?\\.${OPENS}`, `\n${SUBPARAGRAPH_INDENT}(a) `);
  for (let n = 1; n <= OPERATIVE_MAX; n++) rule(`^${n}\\.${CONTINUES}`, `\n${n + 1}. `);
  for (let n = 1; n <= DRAFT_MAX; n++) {
    for (const label of DRAFT_CONTINUED) rule(`^${n}[ \\t]+${label}\\.${CONTINUES}`, `\n${n} ${nextDraftLabel(label)}. `);
  }

  // A subparagraph ending with a colon opens numerals one level down.
  for (const indent of INDENTS) {
    rule(`^${regexIndent(indent)}\\([a-z]{1,6}\\)${OPENS}`, `\n${indent}${SUBPARAGRAPH_INDENT}(i) `, indent.length);
  }
  rule(`^[ \\t]*\\([a-z]{1,6}\\)${OPENS}`, `${SUBPARAGRAPH_INDENT}(i) `);
  for (const [label, next] of subparagraphSuccessors()) {
    for (const indent of INDENTS) {
      const successor = typeof next === 'string' ? next : isDeep(indent) ? next.deep : next.shallow;
      rule(`^${regexIndent(indent)}\\(${label}\\)${CONTINUES}`, `\n${indent}(${successor}) `, indent.length);
    }
    if (typeof next === 'string') rule(`^[ \\t]*\\(${label}\\)${CONTINUES}`, `(${next}) `);
    else {
      rule(`^[ \\t]{5,}\\(${label}\\)${CONTINUES}`, `(${next.deep}) `);
      rule(`^[ \\t]*\\(${label}\\)${CONTINUES}`, `(${next.shallow}) `);
    }
  }

  // Bullets continue on the next line, without a blank line.
  rule('^\\s*•\\s+\\S', '• ');
  rule('^\\s*-\\s+\\S', '- ');
  return rules;
}

/**
 * Each subparagraph label Enter continues, with the label that follows it. `(i)`, `(v)` and `(x)`
 * are letters or numerals: a label indented one level down or more (five columns, or two tabs)
 * is read as a numeral (`(v)` → `(vi)`), one less indented as a letter (`(v)` → `(w)`), since
 * numerals come one level below letters. The doubled `(ii)` and `(xx)` are numerals.
 */
export function subparagraphSuccessors(): Array<[string, string | { shallow: string; deep: string }]> {
  const numerals = new Map<string, string>();
  for (let n = 1; n <= ROMAN_MAX; n++) numerals.set(toRoman(n), toRoman(n + 1));
  const successors = new Map<string, string | { shallow: string; deep: string }>(numerals);
  for (let c = 0; c < 26; c++) {
    for (const label of [String.fromCharCode(97 + c), String.fromCharCode(97 + c).repeat(2)]) {
      const numeral = numerals.get(label);
      if (numeral === undefined) successors.set(label, nextLetterLabel(label));
      else if (label.length === 1) successors.set(label, { shallow: nextLetterLabel(label), deep: numeral });
    }
  }
  return [...successors];
}

/** Whether an indentation is one level down or more: numerals, not letters. */
function isDeep(indent: string): boolean {
  return indent.replace(/\t/g, '    ').length >= 5;
}

function regexIndent(indent: string): string {
  return indent.replace(/\t/g, '\\t');
}

/** `bis` → `ter`. */
function nextDraftLabel(label: string): string {
  return DRAFT_SUFFIXES[DRAFT_SUFFIXES.indexOf(label) + 1];
}

/** `a` → `b`, `z` → `aa`, `aa` → `bb`: the UN's lettering after (z). */
export function nextLetterLabel(label: string): string {
  const c = label[0];
  if (c === 'z') return 'a'.repeat(label.length + 1);
  return String.fromCharCode(c.charCodeAt(0) + 1).repeat(label.length);
}

/** `1` → `i`, `14` → `xiv`. */
export function toRoman(n: number): string {
  return upperRoman(n).toLowerCase();
}

/** `xiv` → 14; 0 for what is not a numeral. */
export function fromRoman(s: string): number {
  return romanValue(s.toUpperCase()) ?? 0;
}

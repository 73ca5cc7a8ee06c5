/**
 * Citations of resolutions and decisions in running text: a lead (`its resolutions`,
 * `Security Council resolution`, `decision`) followed by one item or a list of items
 * (`36/103 of 9 December 1981, 43/78 H of 7 December 1988 and 73/27 of 5 December 2018`).
 *
 * The scan has three steps: find a lead word, read the items after it by their shape alone, then
 * decide the organ (named in the lead, implied by the document, or by the block's context) and
 * interpret each item's shape for that organ, noting forms that do not fit it as malformed.
 */
import type { Citation, CitationForm, CitationItem, CitationKind, CitationSeparator, Organ } from '../../model';
import { dateStartingAt } from './dates';
import { CitationAt, CitationItemAt, TokenAt, type DateAt, type OffsetLines } from '../spans';
import { romanValue } from '../../util/roman';
import { ORGAN_NAMES, seriesPrefix } from '../../util/organs';
import { digitsEnd, isAlnum, isDigit, isGap, isLower, isSpace, isUpper, matchWord, matchWords, skipSpaces, skipSpacesBack, wordAt, wordBefore, type Word } from './text';

type Span = readonly [number, number];

/** The shape of one item, read before its organ is known. */
interface RawItem {
  readonly start: number;
  /** End of the number part (`43/78 H`, `2625 (XXV)`). */
  readonly symbolEnd: number;
  /** End of the item, date included. */
  readonly end: number;
  readonly shape: 'slash' | 'special' | 'emergency' | 'suffix' | 'lone' | 'hyphen';
  /** Session of `74/29`, `S-26/2`; the number of `2625 (XXV)` and of a lone `2334`. */
  readonly first: Span;
  /** Number of `74/29`, `S-26/2`, `74-29`. */
  readonly second?: Span;
  readonly part?: Span;
  /** Every part letter when the item names several (`36/87 A and B`, `3419 A to D (XXX)`). */
  readonly parts?: readonly string[];
  /** Inside the parentheses of `(XXV)` or `(2016)`. */
  readonly suffix?: Span;
  readonly suffixKind?: 'roman' | 'year';
  readonly date?: DateAt;
}

/**
 * A raw item while it is read: objects are built field by field, not spread (`{ ...item, date }`
 * and `...(part ? { part } : {})` took V8's slow path for every item and made most of the scan's garbage).
 */
type RawItemDraft = { -readonly [K in keyof RawItem]: RawItem[K] };

/** What an item means once its organ is known. */
interface Interpretation {
  readonly form: CitationForm;
  readonly symbol: string;
  readonly session?: number;
  readonly sessionRange?: Span;
  readonly number?: number;
  readonly numberRange?: Span;
  readonly year?: number;
  readonly malformed?: string;
}

/** What the words before `resolution` say. */
interface Lead {
  readonly start: number;
  readonly own: boolean;
  /** The organ named in the lead or just before `in its`. */
  readonly organ?: Organ;
  /** `the Council resolution`: the document's own council, or the one the item's form points to. */
  readonly bareCouncil: boolean;
}

/** Everything the citation scanner needs besides the text. */
export interface CitationScanOptions {
  readonly lines: OffsetLines;
  /** The document's own organ; GA when unknown. */
  readonly organ: Organ | undefined;
  /** The dates of the text, in order. */
  readonly dates: readonly DateAt[];
  /** Where each lead word (`resolution`, `decisions`…) ends, in order (landmarks.ts). */
  readonly leads: readonly number[];
}

const ORGAN_EXAMPLES: Readonly<Record<Organ, string>> = {
  GA: '74/29 (or 2625 (XXV) for sessions I–XXX)',
  SC: '2334 (2016)',
  ECOSOC: '2019/1',
  HRC: '40/1',
};

/**
 * Capitalised words that end the name of a body other than the four organs: `Commission
 * resolution 1998/20`, `Governing Council decision 92/11` cite another body's texts.
 */
const OTHER_BODIES: ReadonlySet<string> = new Set([
  'Commission',
  'Board',
  'Committee',
  'Conference',
  'Parties',
  'Organization',
  'Organisation',
  'Meeting',
  'Union',
  'Court',
  'Forum',
  'Group',
  'Bureau',
  'Tribunal',
  'Agency',
  'Fund',
  'Programme',
  'Session',
  'Summit',
  'Congress',
  'Convention',
  'Rights',
  'Women',
  'Development',
  'Directors',
  'Authority',
  'Institute',
  'Secretariat',
  'Governing',
  'Executive',
  'Panel',
  'Body',
  'Bank',
  'Community',
  'Cabinet',
  'Government',
  'Parliament',
  'Ministers',
  'Heads',
  'States',
  'Plenipotentiaries',
]);

/** Abbreviations that name one of the four organs; any other all-capital word names another body. */
const ACRONYM_ORGANS: Readonly<Record<string, Organ>> = { GA: 'GA', UNGA: 'GA', SC: 'SC', UNSC: 'SC', ECOSOC: 'ECOSOC', HRC: 'HRC' };

function isCapitalised(w: Word): boolean {
  return isUpper(w.text.charCodeAt(0));
}

function isAcronym(w: Word): boolean {
  if (w.text.length < 2) return false;
  for (let i = 0; i < w.text.length; i++) if (!isUpper(w.text.charCodeAt(i))) return false;
  return true;
}

type OrganEnding = { readonly organ: Organ; readonly start: number } | 'council' | 'other' | undefined;

/** Whether the word `w` ends an organ's name (`General Assembly`), another body's name, or neither. */
function organEndingAt(text: string, w: Word): OrganEnding {
  const acronymOrgan = ACRONYM_ORGANS[w.text];
  if (acronymOrgan !== undefined) return { organ: acronymOrgan, start: w.start };
  const prev = wordBefore(text, w.start);
  if (w.text === 'Assembly') {
    if (prev?.text === 'General') return { organ: 'GA', start: prev.start };
    // `World Health Assembly resolution`: another assembly.
    if (prev !== undefined && isCapitalised(prev) && prev.text !== 'The') return 'other';
    return { organ: 'GA', start: w.start };
  }
  if (w.text === 'Council') {
    if (prev?.text === 'Security') return { organ: 'SC', start: prev.start };
    if (prev?.text === 'Rights') {
      const human = wordBefore(text, prev.start);
      if (human?.text === 'Human') return { organ: 'HRC', start: human.start };
    }
    if (prev?.text === 'Social') {
      const and = wordBefore(text, prev.start);
      const economic = and?.text === 'and' ? wordBefore(text, and.start) : undefined;
      if (economic?.text === 'Economic') return { organ: 'ECOSOC', start: economic.start };
    }
    if (prev !== undefined && isCapitalised(prev) && prev.text !== 'The' && prev.text !== 'UN') return 'other';
    return 'council';
  }
  if (OTHER_BODIES.has(w.text) || isAcronym(w)) return 'other';
  return undefined;
}

/** `in its`, `by its`: the words that may follow an organ's name before `its resolution`. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'under', 'through', 'with']);

/** Words that may stand between an organ and `in its` (`the Council, as contained in its resolution`). */
const FILLERS: ReadonlySet<string> = new Set([
  'as',
  'contained',
  'set',
  'out',
  'expressed',
  'adopted',
  'reflected',
  'stated',
  'outlined',
  'also',
  'recalled',
  'decided',
  'requested',
  'endorsed',
  'established',
  'mandated',
  'reaffirmed',
]);

/** The word before `end` that may end an organ's name, skipping commas and at most four filler words. */
function organCandidateBefore(text: string, end: number): Word | undefined {
  let at = end;
  for (let k = 0; k <= 4; k++) {
    at = skipSpacesBack(text, at);
    if (text.charCodeAt(at - 1) === 44 /* , */) at--;
    const w = wordBefore(text, at);
    if (w === undefined || !FILLERS.has(w.text)) return w;
    at = w.start;
  }
  return undefined;
}

/** Reads the words before the lead word at `leadStart`; undefined when they name another body. */
function readLead(text: string, leadStart: number): Lead | undefined {
  const w1 = wordBefore(text, leadStart);
  if (w1 === undefined) return { start: leadStart, own: false, bareCouncil: false };
  if (w1.text === 'its' || w1.text === 'Its') {
    // `the Security Council, in its resolution 1325 (2000)`: the organ is named before `in its`.
    const w2 = wordBefore(text, w1.start);
    if (w2 !== undefined && PREPOSITIONS.has(w2.text)) {
      const w3 = organCandidateBefore(text, w2.start);
      const ending = w3 === undefined ? undefined : organEndingAt(text, w3);
      if (ending === 'other') return undefined;
      if (ending === 'council') return { start: w1.start, own: true, bareCouncil: true };
      if (ending !== undefined) return { start: w1.start, own: true, organ: ending.organ, bareCouncil: false };
    }
    return { start: w1.start, own: true, bareCouncil: false };
  }
  const ending = organEndingAt(text, w1);
  if (ending === 'other') return undefined;
  if (ending === 'council') return { start: w1.start, own: false, bareCouncil: true };
  if (ending !== undefined) return { start: ending.start, own: false, organ: ending.organ, bareCouncil: false };
  return { start: leadStart, own: false, bareCouncil: false };
}

/**
 * Whether an item's number ends at `i`: not followed by a letter, digit or slash
 * (`2010/413/CFSP`), nor by a decimal point or thousands comma (`decision 5.2`, `1,000`).
 */
function endsAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1))) return false;
  return !isAlnum(c) && c !== 47; /* / */
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2013;
}

/** `(XXV)` or `(2016)` at `i`, after at most one space: the content's span and kind. */
function readSuffix(text: string, i: number): { span: Span; kind: 'roman' | 'year'; end: number } | undefined {
  let open = i;
  if (isGap(text.charCodeAt(open))) open++;
  if (text.charCodeAt(open) !== 40 /* ( */) return undefined;
  let close = open + 1;
  while (close < text.length && close - open <= 12 && (isDigit(text.charCodeAt(close)) || isUpper(text.charCodeAt(close)) || text.charCodeAt(close) === 45)) close++;
  if (close === open + 1 || text.charCodeAt(close) !== 41 /* ) */) return undefined;
  const content = text.slice(open + 1, close);
  let kind: 'roman' | 'year' | undefined;
  if (/^[0-9]{4}$/.test(content)) kind = 'year';
  // `(XXV)`, and the early special and emergency special sessions: `2248 (S-V)`, `2253 (ES-V)`.
  else if (/^(E?S-)?[IVXLCDM]+$/.test(content)) kind = 'roman';
  // After the closing parenthesis a footnote number may follow a comma (`194 (III),18`).
  if (kind === undefined || isAlnum(text.charCodeAt(close + 1))) return undefined;
  return { span: [open + 1, close], kind, end: close + 1 };
}

/** Reads one item at `i` by its shape alone; undefined when no item starts there. */
function readItem(text: string, i: number, dates: readonly DateAt[]): RawItem | undefined {
  const shapeOnly = readItemNumber(text, i);
  if (shapeOnly === undefined) return undefined;
  // ` of 9 December 1981` belongs to the item.
  const ofEnd = matchWord(text, shapeOnly.symbolEnd, 'of');
  const date = ofEnd !== undefined && isSpace(text.charCodeAt(shapeOnly.symbolEnd)) ? dateAfterOf(text, skipSpaces(text, ofEnd), dates) : undefined;
  if (date !== undefined) {
    shapeOnly.date = date;
    shapeOnly.end = date.end;
  }
  return shapeOnly;
}

/**
 * The date at `at`, after an item's `of`. Two items adopted in one month may share it: `2253 (ES-V)
 * and 2254 (ES-V) of 4 and 14 July 1967` (S/RES/446 (1979)); the date written whole is the last
 * item's, and the list goes on after it.
 */
function dateAfterOf(text: string, at: number, dates: readonly DateAt[]): DateAt | undefined {
  const date = dateStartingAt(dates, at);
  if (date !== undefined) return date;
  const dayEnd = digitsEnd(text, at);
  if (dayEnd === at || dayEnd - at > 2 || !isGap(text.charCodeAt(dayEnd))) return undefined;
  const andEnd = matchWord(text, dayEnd, 'and');
  return andEnd !== undefined && isGap(text.charCodeAt(andEnd)) ? dateStartingAt(dates, skipSpaces(text, andEnd)) : undefined;
}

/** The words a clause that names another resolution holds. */
const LEAD_WORDS: readonly string[] = ['resolution', 'resolutions', 'decision', 'decisions'];

/**
 * Whether the run of letters at `j` is `resolution(s)` or `decision(s)`, ending there. Compared in
 * place: this is asked at every `r` and `d` of the clause, inside words too.
 */
function isLeadWordAt(text: string, j: number): boolean {
  for (const word of LEAD_WORDS) if (text.startsWith(word, j) && !isAlnum(text.charCodeAt(j + word.length))) return true;
  return false;
}

/** What a character is to an interposed clause (see `clauseCharKind`). */
const PLAIN = 0;
const ENDS_CLAUSE = 1;
const LEAD_LETTER = 2;
const COMMA = 3;

/**
 * The kinds of the ASCII characters, looked up once per character: the clause scan runs for up to
 * 200 characters after every citation, and a dozen comparisons per character were most of its cost.
 * An interposed clause never holds a digit or `;:.()[]"` (it is a few plain words); `r` and `d` may
 * start `resolution(s)` or `decision(s)`.
 */
const CLAUSE_CHARS: Uint8Array = (() => {
  const kinds = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) kinds[c] = ENDS_CLAUSE;
  for (const c of ';:.()[]"') kinds[c.charCodeAt(0)] = ENDS_CLAUSE;
  kinds[114 /* r */] = LEAD_LETTER;
  kinds[100 /* d */] = LEAD_LETTER;
  kinds[44 /* , */] = COMMA;
  return kinds;
})();

/** The kind of the character code `c` in an interposed clause; beyond ASCII only the curly quotes `“”` end it. */
function clauseCharKind(c: number): number {
  return c < 128 ? CLAUSE_CHARS[c] : c === 0x201c || c === 0x201d ? ENDS_CLAUSE : PLAIN;
}

/**
 * An interposed clause between two items at `i`: `, establishing the United Nations Voluntary
 * Fund for Indigenous Populations, and ` before `50/156 of 21 December 1995` (A/RES/53/130).
 * The clause opens with a comma and a lower-case word, holds no digit, quote, bracket or stop,
 * names no other resolution, and closes with a comma (and `and`) before an item that has its
 * date: only then is it certain that the list goes on. Returns the separator's end and the item.
 */
function interposedClause(text: string, i: number, dates: readonly DateAt[]): { sepEnd: number; item: RawItem } | undefined {
  if (text.charCodeAt(i) !== 44 /* , */ || !isGap(text.charCodeAt(i + 1))) return undefined;
  // The item after the clause has its date, one of `dates`: with none after `i` there is nothing to
  // find (the clause was read for 117 characters on average after a list that ends its block).
  if (dates.length === 0 || dates[dates.length - 1].start <= i) return undefined;
  // The clause's first word, in small ASCII letters, read in place.
  const wordStart = skipSpaces(text, i + 1);
  if (!isLower(text.charCodeAt(wordStart))) return undefined;
  let wordEnd = wordStart + 1;
  while (isUpper(text.charCodeAt(wordEnd)) || isLower(text.charCodeAt(wordEnd))) wordEnd++;
  if (isAlnum(text.charCodeAt(wordEnd))) return undefined;
  const limit = Math.min(text.length, i + 200);
  for (let j = wordEnd; j < limit; j++) {
    const kind = clauseCharKind(text.charCodeAt(j));
    if (kind === PLAIN) continue;
    if (kind === ENDS_CLAUSE) return undefined;
    if (kind === LEAD_LETTER) {
      if (isLeadWordAt(text, j)) return undefined;
      continue;
    }
    if (!isGap(text.charCodeAt(j + 1))) continue;
    let at = skipSpaces(text, j + 1);
    const and = matchWord(text, at, 'and');
    if (and !== undefined) at = skipSpaces(text, and);
    const item = readItem(text, at, dates);
    if (item !== undefined && item.date !== undefined && item.shape !== 'lone') return { sepEnd: at, item };
  }
  return undefined;
}

function readItemNumber(text: string, i: number): RawItemDraft | undefined {
  const special = text.startsWith('ES-', i) ? 3 : text.startsWith('S-', i) ? 2 : 0;
  if (special > 0) {
    const firstEnd = digitsEnd(text, i + special);
    if (firstEnd === i + special || text.charCodeAt(firstEnd) !== 47 || !isDigit(text.charCodeAt(firstEnd + 1))) return undefined;
    const secondEnd = digitsEnd(text, firstEnd + 1);
    if (!endsAt(text, secondEnd)) return undefined;
    return {
      start: i,
      symbolEnd: secondEnd,
      end: secondEnd,
      shape: special === 3 ? 'emergency' : 'special',
      first: [i + special, firstEnd],
      second: [firstEnd + 1, secondEnd],
    };
  }
  if (!isDigit(text.charCodeAt(i))) return undefined;
  const firstEnd = digitsEnd(text, i);
  if (firstEnd - i > 6) return undefined;
  const first: Span = [i, firstEnd];
  const c = text.charCodeAt(firstEnd);
  if ((c === 47 || isHyphen(c)) && isDigit(text.charCodeAt(firstEnd + 1))) {
    const secondEnd = digitsEnd(text, firstEnd + 1);
    if (secondEnd - firstEnd > 7) return undefined;
    const second: Span = [firstEnd + 1, secondEnd];
    if (isHyphen(c)) {
      return endsAt(text, secondEnd) ? { start: i, symbolEnd: secondEnd, end: secondEnd, shape: 'hyphen', first, second } : undefined;
    }
    // A part letter: `43/78 H`, or glued `43/78H`.
    let part: Span | undefined;
    if (isGap(text.charCodeAt(secondEnd)) && isUpper(text.charCodeAt(secondEnd + 1)) && endsAt(text, secondEnd + 2)) {
      part = [secondEnd + 1, secondEnd + 2];
    } else if (isUpper(text.charCodeAt(secondEnd)) && endsAt(text, secondEnd + 1)) {
      part = [secondEnd, secondEnd + 1];
    }
    const more = part !== undefined ? readMoreParts(text, part) : undefined;
    const symbolEnd = more !== undefined ? more.end : part !== undefined ? part[1] : secondEnd;
    if (!endsAt(text, symbolEnd)) return undefined;
    const item: RawItemDraft = { start: i, symbolEnd, end: symbolEnd, shape: 'slash', first, second };
    if (part) item.part = part;
    if (more) item.parts = more.letters;
    return item;
  }
  // `217 A (III)`: a part letter before the parenthesised session.
  let part: Span | undefined;
  let more: { letters: string[]; end: number } | undefined;
  let at = firstEnd;
  if (isGap(text.charCodeAt(at)) && isUpper(text.charCodeAt(at + 1)) && isGap(text.charCodeAt(at + 2))) {
    // `217 A (III)`, and several parts before the session: `3419 A to D (XXX)`.
    const letter: Span = [at + 1, at + 2];
    const run = readMoreParts(text, letter);
    const after = run !== undefined ? run.end : letter[1];
    if (isGap(text.charCodeAt(after)) && text.charCodeAt(after + 1) === 40) {
      part = letter;
      more = run;
      at = after;
    }
  }
  const suffix = readSuffix(text, at);
  if (suffix !== undefined) {
    const item: RawItemDraft = { start: i, symbolEnd: suffix.end, end: suffix.end, shape: 'suffix', first, suffix: suffix.span, suffixKind: suffix.kind };
    if (part) item.part = part;
    if (more) item.parts = more.letters;
    return item;
  }
  // `(XXVV)`: parenthesised capitals that are no roman numeral still belong to the item.
  if (isGap(text.charCodeAt(at)) && text.charCodeAt(at + 1) === 40) {
    let close = at + 2;
    while (close < text.length && close - at < 12 && isUpper(text.charCodeAt(close))) close++;
    if (close > at + 2 && text.charCodeAt(close) === 41 && /^[IVXLCDM]+$/.test(text.slice(at + 2, close)) && !isAlnum(text.charCodeAt(close + 1))) {
      return { start: i, symbolEnd: close + 1, end: close + 1, shape: 'suffix', first, suffix: [at + 2, close], suffixKind: 'roman', ...(part ? { part } : {}) };
    }
  }
  return endsAt(text, firstEnd) ? { start: i, symbolEnd: firstEnd, end: firstEnd, shape: 'lone', first } : undefined;
}

/**
 * The part letters after a first one (`part`): `A and B`, `A, B and C`, `A to D`, as the UN cites
 * a resolution adopted in parts (`36/87 A and B of 9 December 1981`, A/RES/79/16; `3419 A to D
 * (XXX)`; `43/222 A to E`). Returns every letter, in order, and the end of the last; undefined
 * when no other letter follows. A letter counts only when nothing alphanumeric or `/` follows it.
 */
function readMoreParts(text: string, part: Span): { letters: string[]; end: number } | undefined {
  const letters = [text[part[0]]];
  let end = part[1];
  for (;;) {
    let at = end;
    let to = false;
    if (text.charCodeAt(at) === 44 /* , */ && isGap(text.charCodeAt(at + 1))) at += 2;
    else if (isGap(text.charCodeAt(at))) {
      const word = wordAt(text, at + 1);
      if (word === undefined || (word.text !== 'and' && word.text !== 'to') || !isGap(text.charCodeAt(word.end))) break;
      to = word.text === 'to';
      at = word.end + 1;
    } else break;
    const c = text.charCodeAt(at);
    if (!isUpper(c) || !endsAt(text, at + 1)) break;
    const previous = letters[letters.length - 1].charCodeAt(0);
    if (c <= previous) break;
    if (to) for (let l = previous + 1; l < c; l++) letters.push(String.fromCharCode(l));
    letters.push(text[at]);
    end = at + 1;
    if (to) break;
  }
  return letters.length > 1 ? { letters, end } : undefined;
}

/** The end of `, entitled “…”` at `i`, or undefined. The title is searched for at most 2,000 characters. */
function titleEnd(text: string, i: number): number | undefined {
  if (text.charCodeAt(i) !== 44 /* , */) return undefined;
  const entitled = matchWord(text, i + 1, 'entitled');
  if (entitled === undefined) return undefined;
  const open = skipSpaces(text, entitled);
  const quote = text[open];
  const close = quote === '\u201c' ? '\u201d' : quote === '"' ? '"' : undefined;
  if (close === undefined) return undefined;
  const limit = Math.min(text.length, open + 2000);
  for (let j = open + 1; j < limit; j++) if (text[j] === close) return j + 1;
  return undefined;
}

/** The end of a list separator (`, `, ` and `, `, and `, with line breaks) starting at `i`. */
function separatorEnd(text: string, i: number): number | undefined {
  const at = skipSpaces(text, i);
  if (text.charCodeAt(at) === 44 /* , */) {
    if (!isSpace(text.charCodeAt(at + 1))) return undefined;
    const afterComma = skipSpaces(text, at + 1);
    return isAndAt(text, afterComma) ? skipSpaces(text, afterComma + 3) : afterComma;
  }
  if (at === i) return undefined;
  return isAndAt(text, at) ? skipSpaces(text, at + 3) : undefined;
}

/** Whether the word `and` and a space stand at `i`: compared in place, as this is asked after every item. */
function isAndAt(text: string, i: number): boolean {
  return text.startsWith('and', i) && isSpace(text.charCodeAt(i + 3));
}

/** Reads the list of items after the first one. */
function readList(text: string, first: RawItem, dates: readonly DateAt[]): { items: RawItem[]; separators: Span[] } {
  const items = [first];
  const separators: Span[] = [];
  let pos = first.end;
  for (;;) {
    let sepStart = pos;
    const title = titleEnd(text, pos);
    if (title !== undefined) {
      // The comma after a title closes it; it is no part of the separator before `and`.
      sepStart = title;
      if (text.charCodeAt(title) === 44 && isSpace(text.charCodeAt(title + 1)) && matchWord(text, title + 1, 'and') !== undefined) {
        sepStart = title + 1;
      }
    }
    let sepEnd = separatorEnd(text, sepStart);
    let next = sepEnd !== undefined ? readItem(text, sepEnd, dates) : undefined;
    // `… of 5 December 2022 78/17 of …`: a dated item followed, after a space, by a whole item is
    // a list that lost its separator (a paste from a PDF); the list goes on and a rule reports it.
    if (next === undefined && sepEnd === undefined && items[items.length - 1].date !== undefined && isSpace(text.charCodeAt(sepStart))) {
      const at = skipSpaces(text, sepStart);
      const run = readItem(text, at, dates);
      if (run !== undefined && run.shape !== 'lone' && run.shape !== 'hyphen' && at - sepStart <= 2) {
        sepEnd = at;
        next = run;
      }
    }
    if (next === undefined && title === undefined) {
      const clause = interposedClause(text, sepStart, dates);
      if (clause !== undefined) {
        sepEnd = clause.sepEnd;
        next = clause.item;
      }
    }
    if (sepEnd === undefined || next === undefined) break;
    items.push(next);
    separators.push([sepStart, sepEnd]);
    pos = next.end;
  }
  // A lone number shares the suffix of the next suffixed item (`resolutions 425 and 426 (1978)`);
  // a lone number later in a list with none to share (`194 (III), 18 and`) ends the list.
  let cut = items.length;
  let carry: RawItem | undefined;
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k];
    if (item.shape === 'suffix') carry = item;
    else if (item.shape === 'lone' && carry !== undefined) {
      items[k] = { ...item, shape: 'suffix', suffix: carry.suffix, suffixKind: carry.suffixKind };
    } else if (item.shape === 'lone' && k > 0) cut = k;
    else carry = undefined;
  }
  return cut === items.length ? { items, separators } : { items: items.slice(0, cut), separators: separators.slice(0, cut - 1) };
}

/** The value of the ASCII digits in `span` (at most seven: no slice and no `Number` of it). */
function digitsValue(text: string, span: Span): number {
  let value = 0;
  for (let i = span[0]; i < span[1]; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** Interprets an item's shape for an organ. */
function interpret(text: string, raw: RawItem, organ: Organ, kind: CitationKind): Interpretation {
  const series = seriesPrefix(organ, kind);
  const n1 = digitsValue(text, raw.first);
  const partText = raw.part !== undefined ? ` ${text.slice(raw.part[0], raw.part[1])}` : '';
  // The usual item first (`74/29` of the General Assembly or the Human Rights Council), with no
  // closure, slice or object made for the other shapes: this runs for every item.
  if (raw.shape === 'slash' && n1 < 1946 && (organ === 'HRC' || (organ === 'GA' && n1 > 30))) {
    const second = raw.second!;
    const symbol = series + text.slice(raw.first[0], second[1]) + partText;
    return { form: organ === 'HRC' ? 'hrc' : 'modern', symbol, number: digitsValue(text, second), numberRange: second, session: n1, sessionRange: raw.first };
  }
  const slice = (s: Span): string => text.slice(s[0], s[1]);
  const written = text.slice(raw.start, raw.symbolEnd);
  const organName = ORGAN_NAMES[organ];
  // Built only when an item does not fit.
  const unfit = (): string => `“${written}” is not how ${organName} ${kind}s are cited; write them as ${ORGAN_EXAMPLES[organ]}.`;
  const base = { number: n1, numberRange: raw.first };

  switch (raw.shape) {
    case 'hyphen': {
      const fixed = `${slice(raw.first)}/${slice(raw.second!)}`;
      return {
        form: organ === 'ECOSOC' ? 'ecosoc' : organ === 'HRC' ? 'hrc' : organ === 'SC' ? 'sc' : 'modern',
        symbol: series + fixed,
        malformed: `“${written}” separates session and number with a hyphen; write ${fixed}.`,
      };
    }
    case 'special':
    case 'emergency': {
      const prefix = raw.shape === 'special' ? 'S-' : 'ES-';
      const interp: Interpretation = {
        form: raw.shape,
        symbol: `${series}${prefix}${slice(raw.first)}/${slice(raw.second!)}`,
        session: n1,
        sessionRange: raw.first,
        number: Number(slice(raw.second!)),
        numberRange: raw.second,
      };
      const fits = organ === 'GA' || (organ === 'HRC' && raw.shape === 'special');
      return fits ? interp : { ...interp, malformed: unfit() };
    }
    case 'slash': {
      const n2 = Number(slice(raw.second!));
      const symbol = `${series}${slice(raw.first)}/${slice(raw.second!)}${partText}`;
      const common = { symbol, number: n2, numberRange: raw.second };
      const byYear = n1 >= 1946;
      if (organ === 'ECOSOC') {
        return byYear ? { ...common, form: 'ecosoc', year: n1 } : { ...common, form: 'ecosoc', malformed: `${unfit()} (year/number, since 1978)` };
      }
      if (organ === 'SC') return { ...common, form: 'sc', malformed: unfit() };
      const form: CitationForm = organ === 'HRC' ? 'hrc' : 'modern';
      const session = { session: n1, sessionRange: raw.first };
      if (byYear) {
        return { ...common, form, malformed: `“${written}” is numbered by year, as other bodies number theirs; ${organName} ${kind}s are cited as ${ORGAN_EXAMPLES[organ]}.` };
      }
      if (organ === 'GA' && n1 <= 30) {
        return {
          ...common,
          ...session,
          form,
          malformed: `The General Assembly numbered its ${kind}s by session only from its thirty-first session; earlier ones are cited as 2625 (XXV).`,
        };
      }
      // The usual shapes are written out: spreading here was a tenth of the inline scan's garbage.
      return { form, symbol, number: n2, numberRange: raw.second, session: n1, sessionRange: raw.first };
    }
    case 'suffix': {
      const content = slice(raw.suffix!);
      if (raw.suffixKind === 'year') {
        const year = Number(content);
        const symbol = `${series}${slice(raw.first)}${partText} (${content})`;
        if (organ !== 'SC') return { ...base, form: 'sc', symbol, year, malformed: unfit() };
        if (raw.part !== undefined) return { ...base, form: 'sc', symbol, year, malformed: `Security Council resolutions have no parts; write ${slice(raw.first)} (${content}).` };
        return { form: 'sc', symbol, year, number: n1, numberRange: raw.first };
      }
      const symbol = `${series}${slice(raw.first)}${partText} (${content})`;
      const specialPrefix = /^E?S-/.exec(content)?.[0];
      const session = romanValue(specialPrefix !== undefined ? content.slice(specialPrefix.length) : content);
      if (specialPrefix !== undefined && session !== undefined) {
        const form: CitationForm = specialPrefix === 'S-' ? 'special' : 'emergency';
        return { ...base, form, symbol, session, ...(organ === 'GA' ? {} : { malformed: unfit() }) };
      }
      const own = raw.suffix![0] >= raw.start && raw.suffix![1] <= raw.symbolEnd;
      const sessionRange = own ? { sessionRange: raw.suffix } : {};
      if (session === undefined) return { ...base, form: 'roman', symbol, malformed: `“${content}” is not a roman numeral.` };
      if (organ === 'GA' && session > 30) {
        return {
          ...base,
          ...sessionRange,
          form: 'roman',
          symbol,
          session,
          malformed: `Roman sessions run from I to XXX; from the thirty-first session on, cite ${session}/${slice(raw.first)}-style numbers (session/number).`,
        };
      }
      if (organ === 'SC' || organ === 'HRC') return { ...base, ...sessionRange, form: 'roman', symbol, session, malformed: unfit() };
      return own
        ? { form: 'roman', symbol, session, number: n1, numberRange: raw.first, sessionRange: raw.suffix }
        : { form: 'roman', symbol, session, number: n1, numberRange: raw.first };
    }
    case 'lone': {
      const symbol = `${series}${written}`;
      if (organ === 'SC') {
        return { ...base, form: 'sc', symbol, malformed: `Security Council ${kind} ${written} is cited with its year: ${written} (YYYY).` };
      }
      return {
        ...base,
        form: organ === 'GA' ? 'modern' : organ === 'HRC' ? 'hrc' : 'ecosoc',
        symbol,
        malformed: `“${written}” lacks its session; ${organName} ${kind}s are cited as ${ORGAN_EXAMPLES[organ]}.`,
      };
    }
  }
}

/** The organ a bare `Council resolution` in a General Assembly text points to, from its first item's form. */
function councilByForm(text: string, raw: RawItem): Organ {
  if (raw.shape === 'slash') return Number(text.slice(raw.first[0], raw.first[1])) >= 1946 ? 'ECOSOC' : 'HRC';
  if (raw.shape === 'special') return 'HRC';
  return 'SC';
}

/** `of the Security Council`, `adopted by the General Assembly` after a citation: the organ named after the numbers, or 'other' for another body. */
function organNamedAfter(text: string, i: number): Organ | 'other' | undefined {
  // `resolution 992 (X), adopted by the General Assembly`.
  const adopted = text.charCodeAt(i) === 44 /* , */ ? i + 1 : i;
  const the = matchWords(text, i, ['of', 'the']) ?? matchWords(text, adopted, ['adopted', 'by', 'the']);
  if (the === undefined) return undefined;
  for (const organ of ['GA', 'SC', 'ECOSOC', 'HRC'] as const) {
    if (matchWords(text, the, ORGAN_NAMES[organ].split(' ')) !== undefined) return organ;
  }
  const next = wordAt(text, skipSpaces(text, the));
  return next !== undefined && isUpper(next.text.charCodeAt(0)) ? 'other' : undefined;
}

const MENTION =
  /(?<![A-Za-z])(?:(General)[ \n\u00a0]+Assembly|(Security)[ \n\u00a0]+Council|(Economic)[ \n\u00a0]+and[ \n\u00a0]+Social[ \n\u00a0]+Council|(Human)[ \n\u00a0]+Rights[ \n\u00a0]+Council)(?![A-Za-z])/g;

/** Where the text names one of the four organs, in order. */
function organMentions(text: string): { offset: number; organ: Organ }[] {
  const mentions: { offset: number; organ: Organ }[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    mentions.push({ offset: m.index, organ: m[1] ? 'GA' : m[2] ? 'SC' : m[3] ? 'ECOSOC' : 'HRC' });
  }
  return mentions;
}

/** Whether ` of ` (in any case) ends just before `end`. */
function endsWithOf(text: string, end: number): boolean {
  const f = text.charCodeAt(end - 2);
  const o = text.charCodeAt(end - 3);
  return text.charCodeAt(end - 1) === 32 && (f === 102 || f === 70) && (o === 111 || o === 79) && text.charCodeAt(end - 4) === 32;
}

/** `paragraph 5 of ` or `paragraphs 5 (a) of ` just before a citation's lead: the cited text's paragraph 5. */
function citedParagraphBefore(text: string, leadStart: number): number | undefined {
  // Most leads have no ` of ` right before them: no slice and no search then.
  if (!endsWithOf(text, leadStart)) return undefined;
  const before = text.slice(Math.max(0, leadStart - 40), leadStart);
  const m = /\bparagraphs? (\d{1,4})(?: \([a-z]{1,6}\))? of $/i.exec(before);
  return m ? Number(m[1]) : undefined;
}

/** Every citation in `text`, in order. Items that fit no form of their organ carry `malformed`. */
export function scanCitations(text: string, options: CitationScanOptions): Citation[] {
  const { lines, dates, leads } = options;
  const ownOrgan: Organ = options.organ ?? 'GA';
  const citations: Citation[] = [];
  // The organ the last citation's lead named in this block, and where that lead stood: with the
  // organs named in running text, the context for a bare lead whose items do not fit the document's
  // own organ (`Security Council resolution 1325 (2000) … and resolution 1820 (2008)`).
  let citedOrgan: Organ | undefined;
  let citedAt = -1;
  // Searched for only when a citation needs its context: few ever do.
  let mentions: readonly { offset: number; organ: Organ }[] | undefined;
  // Lead words come in text order: the mentions before the current one are passed once.
  let nextMention = 0;

  // A lead inside a citation found before is no lead of its own.
  let from = 0;
  for (let k = 0; k < leads.length; k++) {
    // `resolution`, `resolutions`, `decision`, `decisions`, capitalised at a sentence's start:
    // `resolution` has an `s` where `decision` has its `d`.
    const leadEnd = leads[k];
    const plural = text.charCodeAt(leadEnd - 1) === 115; /* s */
    const wordEnd = plural ? leadEnd - 1 : leadEnd;
    const kind: CitationKind = (text.charCodeAt(wordEnd - 8) | 32) === 100 /* d */ ? 'decision' : 'resolution';
    const leadWordStart = wordEnd - (kind === 'decision' ? 8 : 10);
    if (leadWordStart < from) continue;
    const itemStart = skipSpaces(text, leadEnd);
    if (itemStart === leadEnd) continue;
    const firstRaw = readItem(text, itemStart, dates);
    if (firstRaw === undefined) continue;
    const lead = readLead(text, leadWordStart);
    if (lead === undefined) continue;
    // `Resolution` with a capital is a lead at a sentence's start or after an organ's name, not
    // inside a name (`Centre on International Investment Dispute Resolution 5`).
    if (isUpper(text.charCodeAt(leadWordStart)) && lead.start === leadWordStart && wordBefore(text, leadWordStart) !== undefined) continue;
    // `chap. I, resolution 1, annexes I and II`: a conference's own numbering. No organ numbered
    // its resolutions that low without a session or year, so an implied lead with one is no citation.
    const { items: raws, separators: seps } = readList(text, firstRaw, dates);
    if (raws[0].shape === 'lone' && lead.organ === undefined && !lead.bareCouncil && Number(text.slice(firstRaw.first[0], firstRaw.first[1])) < 100) continue;
    const last = raws[raws.length - 1];

    let organ: Organ;
    let organNamed = lead.organ !== undefined;
    if (lead.organ !== undefined) organ = lead.organ;
    else if (lead.bareCouncil) {
      organNamed = true;
      organ = ownOrgan !== 'GA' ? ownOrgan : councilByForm(text, firstRaw);
    } else {
      organ = ownOrgan;
      if (!lead.own) {
        const after = organNamedAfter(text, last.end);
        if (after === 'other') continue;
        if (after !== undefined) {
          organ = after;
          organNamed = true;
        }
      }
    }
    let interpretations = raws.map(raw => interpret(text, raw, organ, kind));
    // An implied organ that does not fit may be the one the block named last.
    if (!organNamed && !lead.own && interpretations.some(i => i.malformed !== undefined)) {
      // The organ the block named last: in running text, or by an earlier citation's lead, whichever came later.
      mentions ??= organMentions(text);
      while (nextMention < mentions.length && mentions[nextMention].offset < leadWordStart) nextMention++;
      const mention = nextMention > 0 ? mentions[nextMention - 1] : undefined;
      const contextOrgan = mention !== undefined && mention.offset >= citedAt ? mention.organ : citedOrgan;
      if (contextOrgan !== undefined && contextOrgan !== organ) {
        const alternative = raws.map(raw => interpret(text, raw, contextOrgan, kind));
        if (alternative.every(i => i.malformed === undefined)) {
          organ = contextOrgan;
          interpretations = alternative;
        }
      }
    }
    if (organNamed) {
      citedOrgan = organ;
      citedAt = leadWordStart;
    }

    // Ranges stay offsets in the block until read (`spans.ts`).
    const items: CitationItem[] = raws.map((raw, k) => {
      const interp = interpretations[k];
      return new CitationItemAt(text.slice(raw.start, raw.end), lines, raw.start, raw.end, raw.symbolEnd, organ, kind, interp.form, interp.symbol, {
        session: interp.session,
        sessionSpan: interp.sessionRange,
        number: interp.number,
        numberSpan: interp.numberRange,
        part: raw.part !== undefined ? text.slice(raw.part[0], raw.part[1]) : undefined,
        partSpan: raw.part,
        parts: raw.parts,
        year: interp.year,
        date: raw.date,
        malformed: interp.malformed,
      });
    });
    const separators: CitationSeparator[] = seps.map(([s, e]) => new TokenAt(text.slice(s, e), lines, s, e));
    const paragraph = citedParagraphBefore(text, lead.start);
    const leadToken = new TokenAt(text.slice(lead.start, leadEnd), lines, lead.start, leadEnd);
    citations.push(new CitationAt(lines, lead.start, last.end, leadToken, organ, kind, organNamed, lead.own, plural, items, separators, paragraph));
    from = last.end;
  }
  return citations;
}

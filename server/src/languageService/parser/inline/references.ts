/**
 * References to the document's own paragraphs: `paragraph 5 above`, `paragraphs 3 to 5`,
 * `paragraph 2 (b) of the present resolution`, `subparagraph (c) above`. A reference into another
 * text (`paragraph 5 of resolution 74/29`, `Article 2, paragraph 4`, `paragraph 12 of the annex`)
 * is not internal and is left out.
 */
import type { OffsetLines } from '../spans';
import type { ParagraphReference, ReferenceTarget } from '../../model';
import { DRAFT_SUFFIXES } from '../../util/draftSuffixes';
import { digitsEnd, isAlnum, isDigit, isGap, isLower, isSpace, matchWord, matchWords, skipSpaces, skipSpacesBack, wordAt, wordBefore } from './text';

interface RawTarget {
  readonly start: number;
  readonly end: number;
  readonly paragraph?: number;
  readonly suffix?: string;
  readonly subparagraphs: string[];
}

/** `(b)`, `(ii)`, `(aa)` labels at `i`, after at most one space each: the labels and their end. */
function readLabels(text: string, i: number): { labels: string[]; end: number } {
  const labels: string[] = [];
  let end = i;
  for (;;) {
    let open = end;
    if (isGap(text.charCodeAt(open))) open++;
    if (text.charCodeAt(open) !== 40 /* ( */) break;
    let close = open + 1;
    while (close < text.length && close - open <= 6 && isLower(text.charCodeAt(close))) close++;
    if (close === open + 1 || text.charCodeAt(close) !== 41 /* ) */) break;
    labels.push(text.slice(open + 1, close));
    end = close + 1;
  }
  return { labels, end };
}

/**
 * One target at `i`: `5`, `2 (b)`, `5 (a) (ii)` for paragraphs; `(c)` for subparagraphs, and
 * for paragraphs too after a first target (`paragraphs 1 (b) and (c)`: (c) of paragraph 1).
 * 'foreign' for another document's numbering (`29.1`, `5/6`), which makes the whole reference foreign.
 */
function readTarget(text: string, i: number, sub: boolean, previous?: RawTarget): RawTarget | 'foreign' | undefined {
  if (sub || (previous !== undefined && text.charCodeAt(i) === 40)) {
    const { labels, end } = readLabels(text, i);
    // A label must start right here, not after a space the caller already skipped.
    if (labels.length === 0 || text.charCodeAt(i) !== 40) return undefined;
    return !sub && previous?.paragraph !== undefined ? { start: i, end, subparagraphs: labels, paragraph: previous.paragraph } : { start: i, end, subparagraphs: labels };
  }
  const numberEnd = digitsEnd(text, i);
  if (numberEnd === i || numberEnd - i > 4) return undefined;
  const next = text.charCodeAt(numberEnd);
  if (isAlnum(next) || next === 47 || ((next === 46 || next === 44) && isDigit(text.charCodeAt(numberEnd + 1)))) return 'foreign';
  // `paragraph 5 bis`: the draft's paragraph `5 bis.` (issue 10).
  const word = isSpace(next) ? wordAt(text, numberEnd + 1) : undefined;
  const suffix = word !== undefined && DRAFT_SUFFIXES.includes(word.text) ? word : undefined;
  const { labels, end } = readLabels(text, suffix ? suffix.end : numberEnd);
  const paragraph = Number(text.slice(i, numberEnd));
  return suffix ? { start: i, end, paragraph, suffix: suffix.text, subparagraphs: labels } : { start: i, end, paragraph, subparagraphs: labels };
}

/** The end of a separator between targets at `i`, and whether it makes a range (`to`). */
function separatorAt(text: string, i: number): { end: number; range: boolean } | undefined {
  // `paragraphs 11-111`, `subparagraphs (a)–(f)`.
  const c = text.charCodeAt(i);
  if ((c === 45 || c === 0x2013) && (isDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 40)) return { end: i + 1, range: true };
  const at = skipSpaces(text, i);
  if (text.charCodeAt(at) === 44 /* , */) {
    if (!isSpace(text.charCodeAt(at + 1))) return undefined;
    const after = skipSpaces(text, at + 1);
    const word = wordAt(text, after);
    return word?.text === 'and' && isSpace(text.charCodeAt(word.end)) ? { end: skipSpaces(text, word.end), range: false } : { end: after, range: false };
  }
  if (at === i) return undefined;
  const word = wordAt(text, at);
  if (word === undefined || !isSpace(text.charCodeAt(word.end))) return undefined;
  if (word.text === 'and' || word.text === 'or') return { end: skipSpaces(text, word.end), range: false };
  if (word.text === 'to' || word.text === 'through') return { end: skipSpaces(text, word.end), range: true };
  return undefined;
}

/** The words before `resolution` or `decision` that make it this text, tried in this order. */
const PRESENT: readonly (readonly string[])[] = [
  ['of', 'the', 'present'],
  ['of', 'this'],
  ['in', 'the', 'present'],
  ['in', 'this'],
];

/** `of the present resolution`, `of this resolution`, `in the present decision`: its end, if present. */
function presentEnd(text: string, i: number): number | undefined {
  for (const words of PRESENT) {
    const at = matchWords(text, i, words);
    if (at === undefined) continue;
    const noun = wordAt(text, skipSpaces(text, at));
    if (noun !== undefined && (noun.text === 'resolution' || noun.text === 'decision')) return noun.end;
  }
  return undefined;
}

/** Whether the words before the reference say it points into another text. */
function externalBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  // `preambular paragraph 3` is no operative paragraph; `its paragraph 5` is another text's.
  if (word !== undefined && (word.text === 'preambular' || word.text === 'its' || word.text === 'Its')) return true;
  // `resolution 74/29, paragraph 5`, `Article 2, paragraph 4`.
  const end = skipSpacesBack(text, start);
  if (end > 0 && text.charCodeAt(end - 1) === 44 /* , */) {
    const beforeComma = skipSpacesBack(text, end - 1);
    const c = text.charCodeAt(beforeComma - 1);
    if (isDigit(c) || c === 41 /* ) */) return true;
  }
  return false;
}

/** Words that open an aside after a reference (`, and in particular paragraph 63 (d), of …`). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['and', 'in', 'including', 'notably', 'especially', 'particularly']);

/**
 * Whether the comma at `comma` opens a short interposed clause that closes with a comma followed by
 * `of` another text — 'foreign' (`, and in particular paragraph 63 (d), of the Final Document`) —
 * or `of the present resolution` — 'present'. The clause holds no stop, colon or semicolon and is at
 * most 120 characters.
 */
function ofAfterClause(text: string, comma: number): 'foreign' | 'present' | undefined {
  const limit = Math.min(text.length, comma + 121);
  for (let j = comma + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 59 /* ; */ || c === 58 /* : */ || c === 46 /* . */) return undefined;
    if (c !== 44 /* , */) continue;
    if (presentEnd(text, j + 1) !== undefined) return 'present';
    return matchWord(text, j + 1, 'of') !== undefined ? 'foreign' : undefined;
  }
  return undefined;
}

/** Words after a reference that point into another text. */
const FOREIGN_NEXT: ReadonlySet<string> = new Set(['of', 'in', 'from', 'thereof']);

/** Whether `sub` or `Sub` stands just before `i`. */
export function subBefore(text: string, i: number): boolean {
  return text.charCodeAt(i - 1) === 98 /* b */ && text.charCodeAt(i - 2) === 117 /* u */ && (text.charCodeAt(i - 3) | 32) === 115; /* s */
}

/** Everything the reference scanner needs besides the text. */
export interface ReferenceScanOptions {
  readonly lines: OffsetLines;
  /** Where each lead word (`paragraph`, `subparagraphs`…) ends, in order (landmarks.ts). */
  readonly leads: readonly number[];
}

/** Every internal paragraph reference in `text`, in order; `inOperative` is left to the block parser. */
export function scanReferences(text: string, options: ReferenceScanOptions): ParagraphReference[] {
  const { lines, leads } = options;
  const range = (s: number, e: number) => ({ start: lines.positionAt(s), end: lines.positionAt(e) });
  const references: ParagraphReference[] = [];
  // A lead inside a reference found before is no lead of its own.
  let from = 0;
  for (let k = 0; k < leads.length; k++) {
    const leadEnd = leads[k];
    const paragraphStart = leadEnd - (text.charCodeAt(leadEnd - 1) === 115 /* s */ ? 10 : 9);
    // A letter before `paragraph` is no word's edge: it can only be the lead's own `sub`.
    const sub = subBefore(text, paragraphStart);
    const start = sub ? paragraphStart - 3 : paragraphStart;
    if (start < from) continue;
    const first = skipSpaces(text, leadEnd);
    if (first === leadEnd) continue;
    const firstTarget = readTarget(text, first, sub);
    if (firstTarget === undefined || firstTarget === 'foreign') continue;
    const targets = [firstTarget];
    let isRange = false;
    let foreign = false;
    for (;;) {
      const previous = targets[targets.length - 1];
      const sep = separatorAt(text, previous.end);
      if (sep === undefined) break;
      const next = readTarget(text, sep.end, sub, previous);
      if (next === 'foreign') foreign = true;
      if (next === undefined || next === 'foreign') break;
      targets.push(next);
      if (sep.range) isRange = true;
    }
    if (foreign) continue;
    let end = targets[targets.length - 1].end;
    // `subparagraph (a) of paragraph 5`: the subparagraphs belong to that paragraph.
    if (sub) {
      const of = matchWords(text, end, ['of', 'paragraph']);
      if (of !== undefined) {
        const at = skipSpaces(text, of);
        const numberEnd = digitsEnd(text, at);
        if (numberEnd > at && numberEnd - at <= 4 && !isAlnum(text.charCodeAt(numberEnd))) {
          const paragraph = Number(text.slice(at, numberEnd));
          for (let k = 0; k < targets.length; k++) targets[k] = { ...targets[k], paragraph };
          end = numberEnd;
        }
      }
    }
    let direction: 'above' | 'below' | undefined;
    let directionRange: [number, number] | undefined;
    for (const d of ['above', 'below'] as const) {
      const dEnd = matchWord(text, end, d);
      if (dEnd !== undefined) {
        direction = d;
        directionRange = [dEnd - d.length, dEnd];
        end = dEnd;
      }
    }
    const present = presentEnd(text, end);
    let presentAfterClause = false;
    if (present !== undefined) end = present;
    else if (externalBefore(text, start)) continue;
    else {
      // `of resolution 74/29`, `of the annex`, `in annex I`, `thereof`: another text.
      // `section IV, paragraph 9, of resolution 56/242`: the comma does not change that.
      const direct = skipSpaces(text, end);
      const afterComma = text.charCodeAt(direct) === 44;
      const next = wordAt(text, afterComma ? skipSpaces(text, direct + 1) : direct);
      if (next !== undefined && (afterComma ? next.text === 'of' : FOREIGN_NEXT.has(next.text))) {
        from = end;
        continue;
      }
      // `paragraphs 60 to 63, and in particular paragraph 63 (d), of the Final Document …`
      // (A/RES/79/16): an aside, and the `of` after it says whose paragraphs they all are
      // (`, of the present resolution`: the document's own).
      const clause = afterComma && next !== undefined && ASIDE_OPENERS.has(next.text) ? ofAfterClause(text, direct) : undefined;
      if (clause === 'foreign') {
        from = end;
        continue;
      }
      presentAfterClause = clause === 'present';
    }
    // Built field by field, in the model's order: spreading the optional fields took V8's slow path.
    const refTargets: ReferenceTarget[] = targets.map(t => {
      const target: { -readonly [K in keyof ReferenceTarget]: ReferenceTarget[K] } = {} as ReferenceTarget;
      if (t.paragraph !== undefined) target.paragraph = t.paragraph;
      if (t.suffix !== undefined) target.suffix = t.suffix;
      target.subparagraphs = t.subparagraphs;
      target.range = range(t.start, t.end);
      return target;
    });
    const reference: Partial<{ -readonly [K in keyof ParagraphReference]: ParagraphReference[K] }> = {
      range: range(start, end),
      kind: sub ? 'subparagraph' : 'paragraph',
      targets: refTargets,
      isRange,
    };
    if (direction !== undefined) {
      reference.direction = direction;
      reference.directionRange = range(directionRange![0], directionRange![1]);
    }
    reference.present = present !== undefined || presentAfterClause;
    references.push(reference as ParagraphReference);
    from = end;
  }
  return references;
}

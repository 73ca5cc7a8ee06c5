/**
 * Footnote markers glued to the text, as text copied out of a PDF has them: the small raised digit
 * lost its size and baseline and became a plain digit after a mark or a word (`General Assembly,1`,
 * `Charter of the United Nations;2`, `Development1`) or after a year (`in 19904` = 1990 and note 4).
 *
 * A digit is taken for a marker only when it is the number of the next footnote whose text was
 * found at a page's foot (the notes run in order through the body), and only in those shapes; a
 * year keeps its four digits and must follow a month or a preposition. What is not placed stays
 * as it was: the caller says so in a comment.
 */
import type { Span, StyledLine } from './styled';

export interface GluedMarkers {
  /** The body lines with the markers found split out as marker spans. */
  readonly lines: StyledLine[];
  /** The indices (in `labels`) of the notes whose marker was found. */
  readonly placed: ReadonlySet<number>;
}

/** After these (a mark, a closing bracket or quote) a digit glued on is a marker. */
const AFTER_MARK = /[,;:)\]”’"]$/;
/** A word ending in lower case, as in `Development` or `nuclear-weapon-free` (not `G` or `CO`). */
const AFTER_WORD = /^\p{L}[\p{L}'’-]*\p{Ll}$/u;
/** A sentence's end: a word of three letters or more and a full stop (`resolution.`). */
const AFTER_STOP = /^(\p{L}[\p{L}'’-]+\p{L})\.$/u;
/** Abbreviations a number follows (`Corr.1`, `Add.2`, `Suppl.3`). */
const ABBREVIATION = /^(?:add|corr|rev|amend|suppl|paras?|chap|sect|arts?|nos?|vol|ibid|part|pp?|op|cit)$/i;
/** The words a year follows: a month or a preposition (`10 October 19904`, `in 19904`). */
const BEFORE_YEAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|in|of|since|until|by|from|and|to|between|before|after|year)$/i;

/**
 * Splits the markers of `labels` (the numbers of the footnotes found, in order) out of the body's
 * lines. Only the next label expected is looked for; after a mark (the surest shape) a later label
 * is taken as well, and the labels skipped are left unplaced.
 */
export function placeGluedMarkers(lines: readonly StyledLine[], labels: readonly string[]): GluedMarkers {
  const placed = new Set<number>();
  let next = 0;
  let previousWord = '';
  const out = lines.map(line => {
    if (next >= labels.length) return line;
    const spans: Span[] = [];
    let changed = false;
    for (const span of line.spans) {
      if (span.marker || next >= labels.length) {
        spans.push(span);
        continue;
      }
      let from = 0;
      const tokens = [...span.text.matchAll(/\S+/g)];
      tokens.forEach((token, t) => {
        const end = token.index + token[0].length;
        const around: Around = { previous: previousWord, after: span.text.slice(end), following: tokens[t + 1]?.[0] };
        const found = next < labels.length ? markerIn(token[0], labels, next, around) : undefined;
        previousWord = token[0];
        if (found === undefined) return;
        // A marker standing apart (`Disputes, 2 the`) takes the space before it along.
        const cut = end - labels[found].length;
        const keep = token[0] === labels[found] ? span.text.slice(from, cut).trimEnd() : span.text.slice(from, cut);
        if (keep !== '') spans.push({ ...span, text: keep });
        spans.push({ text: labels[found], marker: true });
        placed.add(found);
        next = found + 1;
        from = end;
        changed = true;
      });
      if (from < span.text.length) spans.push(from === 0 ? span : { ...span, text: span.text.slice(from) });
    }
    return changed ? { ...line, spans } : line;
  });
  return { lines: out, placed };
}

/** What stands around a token: the word before it (on this line or the last), the text and word after it. */
interface Around {
  readonly previous: string;
  readonly after: string;
  readonly following: string | undefined;
}

/** The index in `labels` of the marker glued to the end of `token` (or standing as it), if it is one. */
function markerIn(token: string, labels: readonly string[], next: number, around: Around): number | undefined {
  if (isMarker(token, labels[next], around, false)) return next;
  for (let k = next + 1; k < labels.length; k++) if (isMarker(token, labels[k], around, true)) return k;
  return undefined;
}

function isMarker(token: string, label: string, around: Around, afterMarkOnly: boolean): boolean {
  if (!/^\d{1,3}$/.test(label) || !token.endsWith(label)) return false;
  if (token === label) return standsApart(around, afterMarkOnly);
  const before = token.slice(0, -label.length);
  if (/\d$/.test(before)) {
    // A digit run: only a year (or a span of years) with the note after it, as in `in 19904`, `2015–203015`.
    if (afterMarkOnly) return false;
    if (/^\d{4}[–-](?:1[89]|20)\d\d$/.test(before)) return true;
    return /^(?:1[89]|20)\d\d$/.test(before) && BEFORE_YEAR.test(around.previous.replace(/[,;:]$/, ''));
  }
  if (AFTER_MARK.test(before)) return !/^[,;:)\]”’"]+$/.test(before);
  if (afterMarkOnly) return false;
  return endsWord(before);
}

/** A word, or a word and a full stop (not an abbreviation such as `Corr.` or `para.`). */
function endsWord(text: string): boolean {
  const word = text.replace(/^[“‘"([]+/, '');
  const stop = AFTER_STOP.exec(word);
  if (stop) return !ABBREVIATION.test(stop[1]);
  return AFTER_WORD.test(word);
}

/** Words after which a digit is a count or a day (`Geneva, 3 to 5 May`), not a marker. */
const COUNTED =
  /^(?:per|percent|%|million|billion|thousand|years?|months?|days?|weeks?|hours?|times|of|to|States|countries|persons|people|members|January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/**
 * A digit standing apart is a marker after a word and a mark (`Disputes, 2 the`, `repository; 10`),
 * not after a number (`paragraphs 1, 2 and 3`), nor before a counted thing; after a word with no
 * mark only where the text keeps the marker's own spacing, two spaces after it (`Agreement 6  and`).
 */
function standsApart(around: Around, afterMarkOnly: boolean): boolean {
  if (around.following !== undefined && COUNTED.test(around.following.replace(/[,;:.]$/, ''))) return false;
  const previous = around.previous;
  // The word before the marks at the end (scanned by hand: an anchored pattern would be polynomial).
  let end = previous.length;
  while (end > 0 && ',;:.”’)'.includes(previous[end - 1])) end--;
  if (end < previous.length) {
    const word = previous.slice(0, end);
    if (word === '' || (previous.includes('.') && (ABBREVIATION.test(word) || !/\p{L}{3}/u.test(word)))) return false;
    return endsWord(word) || /^\p{Lu}{2,}$/u.test(word) || (!afterMarkOnly && (/^(?:1[89]|20)\d\d$/.test(word) || /[”’)]$/.test(previous)));
  }
  if (!afterMarkOnly && /^\s{2,}\S/.test(around.after)) return endsWord(previous);
  return false;
}

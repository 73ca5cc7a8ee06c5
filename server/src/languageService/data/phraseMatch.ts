/**
 * Matching paragraph openings against the curated phrase lists: the longest known phrase at the
 * start of a paragraph with its modifiers (`Also recalls`, `Recalling also`, `Strongly condemns`),
 * the nearest known phrase for a misspelt one, and the preambular ↔ operative counterparts.
 * Pure and linear: only the first few words of a paragraph are ever read.
 */
import { LEADING_MODIFIERS, OPERATIVE_PHRASES, PREAMBULAR_PHRASES, TRAILING_MODIFIERS, type PhraseEntry, type PhraseKind } from './phrases';

export type { PhraseEntry, PhraseKind } from './phrases';

/** How much of a matched opening stands in emphasis (`*…*`, `_…_` or `**…**`). */
export type PhraseEmphasis = 'whole' | 'partial' | 'none';

/** A known opening phrase found at the start of a paragraph's text. */
export interface PhraseMatch {
  readonly kind: PhraseKind;
  /** The canonical list entry: `Recalling`, `Noting with deep concern`. */
  readonly phrase: string;
  /** Offset in the text of the first matched word (a leading modifier, or the phrase). */
  readonly start: number;
  /**
   * Characters from `start` to the end of the last matched word (a trailing modifier, or the
   * phrase). Emphasis markers before the first word and after the last are excluded; markers
   * between words (`*Recalling* also`) lie inside.
   */
  readonly length: number;
  /** The modifiers, lower case, in the order written: `['also']`, `['once again']`. */
  readonly modifiers: readonly string[];
  /** The matched words as written, joined by single spaces, emphasis markers removed: `Recalling also`. */
  readonly words: string;
  /** Offsets of the phrase's own words (modifiers excluded, an inner modifier included). */
  readonly phraseStart: number;
  readonly phraseEnd: number;
  /**
   * `whole` when the leading modifiers and the phrase words stand in emphasis (a trailing
   * modifier may stand outside, as in `*Recalling* also`; a final preposition too, as in
   * `*Taking note* of`); `none` when no matched word does; `partial` otherwise.
   */
  readonly emphasis: PhraseEmphasis;
  /** The match with the emphasis markers that open before it and close right after it: what a fix replaces. */
  readonly spanStart: number;
  readonly spanEnd: number;
}

/** A word of an opening; one of a pool reused from one opening to the next (see {@link Words}). */
class Word {
  /** As written, markers removed, lower case (the text as written is read from `start`…`end` when a match is made). */
  lower = '';
  start = 0;
  end = 0;
  emphasized = false;
  /** Punctuation (`,` `;` `:` `.`) follows: a phrase cannot run on past this word. */
  stops = false;
  /** Offset before the emphasis markers that open right before this word. */
  outerStart = 0;
  /** Offset after the emphasis markers that close right after this word. */
  outerEnd = 0;
}

/** At most this many words are read: longer than any phrase with its modifiers. */
const MAX_WORDS = 14;
/** Prepositions that close a phrase; emphasis may stop before them (`*Taking note* of`). */
const OPTIONAL_EMPHASIS = new Set(['to', 'of', 'by', 'on', 'upon', 'for', 'with', 'at']);

/** `*` or `_`, by character code. */
function isMarkerCode(code: number): boolean {
  return code === 42 || code === 95;
}

function isWordChar(c: string): boolean {
  return isWordCode(c.charCodeAt(0), c);
}

/** {@link isWordChar} by character code (`c` is read only outside ASCII): this runs for every character of every opening. */
function isWordCode(code: number, c: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 39;
  // Letters of any script, digits, and the joiners inside words (`Re-emphasizes`, `States’`).
  return /[\p{L}\p{N}\-'’]/u.test(c);
}

/** A blank (space, tab, no-break space) or a negotiation bracket: what stands between words. */
function isGapCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 91 || code === 93;
}

/** Whether the character at `i` lets a phrase run on: white space or a bracket (anything else, punctuation, stops it). */
function isStopFree(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32 || code === 91 || code === 93 || code === 0xa0 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(text[i]);
}

/**
 * The first words of `text`, with emphasis state, stopping at punctuation or after
 * {@link MAX_WORDS}: read one at a time as the matcher asks for them (most openings are decided
 * within three or four words, and a paragraph's opening is matched at every parse). One instance
 * serves every opening, its words objects reused ({@link reset}): a 1 MB document has some 4,000
 * openings, and their words were most of what its first diagnostics allocated.
 */
class Words {
  readonly #pool: Word[] = [];
  /** How many words are read so far: the first `count` of the pool. */
  count = 0;
  text = '';
  #i = 0;
  #emphasized = false;
  #done = false;
  /** {@link modifierAt} of the trailing modifiers by word index: the same for every phrase tried there. */
  readonly #trailing: (readonly string[] | null | undefined)[] = [];

  /** Starts over on another text. */
  reset(text: string): this {
    this.text = text;
    this.count = 0;
    this.#i = 0;
    this.#emphasized = false;
    this.#done = false;
    this.#trailing.length = 0;
    return this;
  }

  /** The word at `k`, or `undefined` when the opening has fewer words. */
  at(k: number): Word | undefined {
    while (this.count <= k && !this.#done) this.#readOne();
    return k < this.count ? this.#pool[k] : undefined;
  }

  /** The trailing modifier starting at word `k`, if any. */
  trailingAt(k: number): readonly string[] | undefined {
    const trailing = this.#trailing;
    let m = trailing[k];
    if (m === undefined) trailing[k] = m = modifierAt(this, k, TRAILING) ?? null;
    return m ?? undefined;
  }

  #readOne(): void {
    const text = this.text;
    const n = text.length;
    let i = this.#i;
    // Blanks and negotiation brackets between words.
    while (i < n && isGapCode(text.charCodeAt(i))) i++;
    const outerStart = i;
    if (i < n && isMarkerCode(text.charCodeAt(i))) {
      while (i < n && isMarkerCode(text.charCodeAt(i))) i++;
      this.#emphasized = !this.#emphasized;
    }
    const start = i;
    for (let code = text.charCodeAt(i); i < n && isWordCode(code, code < 128 ? '' : text[i]); code = text.charCodeAt(++i));
    if (i === start) {
      this.#done = true;
      return;
    }
    const end = i;
    const wordEmphasized = this.#emphasized;
    if (i < n && isMarkerCode(text.charCodeAt(i))) {
      while (i < n && isMarkerCode(text.charCodeAt(i))) i++;
      this.#emphasized = !this.#emphasized;
    }
    const word = this.#pool[this.count] ?? (this.#pool[this.count] = new Word());
    word.lower = text.slice(start, end).toLowerCase();
    word.start = start;
    word.end = end;
    word.emphasized = wordEmphasized;
    word.stops = i < n && !isStopFree(text, i);
    word.outerStart = outerStart;
    word.outerEnd = i;
    this.count++;
    this.#i = i;
    if (word.stops || this.count >= MAX_WORDS) this.#done = true;
  }
}

/** The words of the opening being matched (matching is synchronous: one at a time). */
const WORDS = new Words();

interface IndexedPhrase {
  readonly entry: PhraseEntry;
  readonly words: readonly string[];
}

/** Phrases by their first word (lower case), longest first. */
const INDEX: ReadonlyMap<string, readonly IndexedPhrase[]> = (() => {
  const map = new Map<string, IndexedPhrase[]>();
  for (const entry of [...PREAMBULAR_PHRASES, ...OPERATIVE_PHRASES]) {
    const words = entry.phrase.toLowerCase().split(' ');
    const list = map.get(words[0]) ?? [];
    list.push({ entry, words });
    map.set(words[0], list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/**
 * For each first word of {@link INDEX}: the second words of its longer phrases, and where its
 * one-word phrases start in the list. Most openings are one word (`*Recalling* its resolutions`):
 * when the next word is none of these and no modifier, only the one-word phrases can match.
 */
const LONGER: ReadonlyMap<string, { readonly second: ReadonlySet<string>; readonly singles: number }> = new Map(
  Array.from(INDEX, ([first, list]) => {
    const singles = list.findIndex(p => p.words.length === 1);
    return [first, { second: new Set(list.filter(p => p.words.length > 1).map(p => p.words[1])), singles: singles < 0 ? list.length : singles }];
  }),
);

const BY_PHRASE: ReadonlyMap<string, PhraseEntry> = new Map([...PREAMBULAR_PHRASES, ...OPERATIVE_PHRASES].map(e => [e.phrase.toLowerCase(), e]));

/** Modifiers (as word lists) by their first word: most openings start with no modifier, and are answered by one lookup. */
type ModifierIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function modifierIndex(modifiers: readonly string[]): ModifierIndex {
  const map = new Map<string, string[][]>();
  for (const m of modifiers) {
    const words = m.split(' ');
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return map;
}

const LEADING = modifierIndex(LEADING_MODIFIERS);
const TRAILING = modifierIndex(TRAILING_MODIFIERS);

/** The modifier (from `index`) whose words start at `words[i]`, if any; never past a stopping word. */
function modifierAt(words: Words, i: number, index: ModifierIndex): readonly string[] | undefined {
  const first = words.at(i);
  const list = first && index.get(first.lower);
  if (!list) return undefined;
  let best: readonly string[] | undefined;
  for (const m of list) {
    let ok = true;
    for (let k = 0; k < m.length; k++) {
      const word = words.at(i + k);
      if (!word || word.lower !== m[k] || (k < m.length - 1 && word.stops)) {
        ok = false;
        break;
      }
    }
    if (ok && (!best || m.length > best.length)) best = m;
  }
  return best;
}

/** The modifiers of most matches: one frozen array for them all. */
const NO_MODIFIERS: readonly string[] = Object.freeze([]);

interface Candidate {
  readonly phrase: IndexedPhrase;
  readonly modifiers: readonly string[];
  readonly first: number;
  readonly phraseFirst: number;
  /** Index after the phrase's last word. */
  readonly phraseAfter: number;
  /** Index after the last matched word (a trailing modifier included). */
  readonly after: number;
}

/** The longest phrase at `words[i]`, allowing one modifier inside it or after it. */
function phraseAt(words: Words, i: number): (Omit<Candidate, 'first' | 'modifiers'> & { inner: readonly string[] }) | undefined {
  const first = words.at(i);
  if (!first) return undefined;
  const list = INDEX.get(first.lower);
  if (!list) return undefined;
  let from = 0;
  const longer = LONGER.get(first.lower)!;
  if (longer.singles > 0) {
    // A longer phrase needs its second word next (or a modifier inside it), with no stop between.
    const next = first.stops ? undefined : words.at(i + 1);
    if (!next || (!longer.second.has(next.lower) && !words.trailingAt(i + 1))) from = longer.singles;
  }
  for (let p = from; p < list.length; p++) {
    const phrase = list[p];
    let j = i;
    let inner: string | undefined;
    let ok = true;
    for (let k = 0; k < phrase.words.length; k++) {
      if (k > 0) {
        if (words.at(j - 1)!.stops) {
          ok = false;
          break;
        }
        const word = words.at(j);
        if (word && word.lower !== phrase.words[k] && inner === undefined) {
          // `Noting also with concern`: one modifier may stand inside a phrase.
          const m = words.trailingAt(j);
          if (m && !words.at(j + m.length - 1)!.stops) {
            inner = m.join(' ');
            j += m.length;
          }
        }
      }
      const word = words.at(j);
      if (!word || word.lower !== phrase.words[k]) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    const phraseAfter = j;
    let after = j;
    if (inner === undefined && !words.at(j - 1)!.stops) {
      const m = words.trailingAt(j);
      if (m) {
        inner = m.join(' ');
        after = j + m.length;
      }
    }
    return { phrase, phraseFirst: i, phraseAfter, after, inner: inner === undefined ? NO_MODIFIERS : [inner] };
  }
  return undefined;
}

/**
 * The longest known opening phrase at the start of `text` (a paragraph's text after its number),
 * with its modifiers: `*Also recalls*`, `*Recalling also*`, `*Noting with deep concern*`,
 * `Strongly condemns`. Emphasis markers (`*`, `_`, `**`) may open before the phrase and close
 * inside, after or not at all. Matching ignores case. Returns `undefined` when the text opens with
 * no known phrase. Reads only the first few words, so it is cheap on any text.
 */
export function matchOpening(text: string): PhraseMatch | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const words = WORDS.reset(text.length > 2000 ? text.slice(0, 2000) : text);
  let best: Candidate | undefined;
  // Try no leading modifier, then one, then two (`Also strongly urges`).
  let i = 0;
  let leading: string[] | undefined;
  for (let count = 0; count <= 2 && words.at(i); count++) {
    const found = phraseAt(words, i);
    if (found) {
      // Written out, not spread from `found`: a spread and a closure here were most of what matching allocated.
      const candidate: Candidate = {
        phrase: found.phrase,
        phraseFirst: found.phraseFirst,
        phraseAfter: found.phraseAfter,
        after: found.after,
        first: 0,
        modifiers: leading === undefined ? found.inner : [...leading, ...found.inner],
      };
      // Longest cover wins; on a tie the reading with fewer modifiers (`Deeply concerned` is a phrase).
      if (!best || words.at(candidate.after - 1)!.end > words.at(best.after - 1)!.end) best = candidate;
    }
    const m = modifierAt(words, i, LEADING);
    if (!m || words.at(i + m.length - 1)!.stops) break;
    (leading ??= []).push(m.join(' '));
    i += m.length;
  }
  if (!best) return undefined;
  return toMatch(words, best);
}

function toMatch(words: Words, c: Candidate): PhraseMatch {
  const first = words.at(c.first)!;
  const last = words.at(c.after - 1)!;
  // Emphasis must cover the leading modifiers and the phrase, except a final preposition.
  let mustEnd = c.phraseAfter;
  if (mustEnd - 1 > c.phraseFirst && OPTIONAL_EMPHASIS.has(words.at(mustEnd - 1)!.lower)) mustEnd--;
  let inside = 0;
  let required = 0;
  for (let k = c.first; k < c.after; k++) {
    const emphasized = words.at(k)!.emphasized;
    if (emphasized) inside++;
    if (k < mustEnd) required += emphasized ? 0 : 1;
  }
  const emphasis: PhraseEmphasis = inside === 0 ? 'none' : required === 0 ? 'whole' : 'partial';
  // The span takes in the markers that open before the first word and close after the last.
  const spanStart = first.emphasized ? first.outerStart : first.start;
  const spanEnd = last.emphasized ? last.outerEnd : last.end;
  return {
    kind: c.phrase.entry.kind,
    phrase: c.phrase.entry.phrase,
    start: first.start,
    length: last.end - first.start,
    modifiers: c.modifiers,
    words: wordsAsWritten(words, c.first, c.after),
    phraseStart: words.at(c.phraseFirst)!.start,
    phraseEnd: words.at(c.phraseAfter - 1)!.end,
    emphasis,
    spanStart,
    spanEnd,
  };
}

/** Words `first` … `after - 1` as written, markers removed, joined by single spaces. */
function wordsAsWritten(words: Words, first: number, after: number): string {
  const text = words.text;
  let word = words.at(first)!;
  let joined = text.slice(word.start, word.end);
  for (let k = first + 1; k < after; k++) {
    word = words.at(k)!;
    joined += ' ' + text.slice(word.start, word.end);
  }
  return joined;
}

/** The list entry for a phrase (any case), for hover and completion details. */
export function phraseEntry(phrase: string): PhraseEntry | undefined {
  return typeof phrase === 'string' ? BY_PHRASE.get(phrase.trim().replace(/\s+/g, ' ').toLowerCase()) : undefined;
}

/**
 * The phrase of the other kind with the same meaning: `Recalling` → `Recalls`, `Takes note of` →
 * `Taking note of`. `undefined` when the phrase is unknown or has no counterpart in use.
 */
export function counterpart(phrase: string): string | undefined {
  return phraseEntry(phrase)?.counterpart;
}

/** Every known phrase of one kind, most common first: for completion. */
export function phrasesOf(kind: PhraseKind): readonly PhraseEntry[] {
  return kind === 'preambular' ? PREAMBULAR_PHRASES : OPERATIVE_PHRASES;
}

/** Lower-case words of `text`, markers and punctuation dropped: at most `max`. */
function plainWords(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length && out.length < max; i++) {
    const c = text[i];
    if (isWordChar(c)) current += c.toLowerCase();
    else if (current) {
      out.push(current);
      current = '';
    }
  }
  if (current && out.length < max) out.push(current);
  return out;
}

/** Edit distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

const nearestCache = new Map<string, string | undefined>();

/**
 * The known phrase nearest to the first words of `words` (edit distance over as many words as the
 * phrase has), of one kind or of both; `undefined` when none is close (more than about a quarter
 * of its letters off). For the message "did you mean *Reaffirming*?". Ties go to the longer phrase,
 * then to the more common one.
 */
export function nearestPhrase(words: string, kind?: PhraseKind): string | undefined {
  if (typeof words !== 'string') return undefined;
  const input = plainWords(words.slice(0, 300), 8);
  if (input.length === 0) return undefined;
  const key = `${kind ?? ''}|${input.join(' ')}`;
  if (nearestCache.has(key)) return nearestCache.get(key);
  const lists = kind ? [phrasesOf(kind)] : [PREAMBULAR_PHRASES, OPERATIVE_PHRASES];
  let best: { phrase: string; d: number; words: number } | undefined;
  for (const list of lists) {
    for (const entry of list) {
      const target = entry.phrase.toLowerCase();
      const count = target.split(' ').length;
      if (count > input.length) continue;
      const limit = Math.max(1, Math.floor(target.length / 4));
      const d = distance(target, input.slice(0, count).join(' '), limit);
      if (d > limit) continue;
      if (!best || d < best.d || (d === best.d && count > best.words)) best = { phrase: entry.phrase, d, words: count };
    }
  }
  if (nearestCache.size > 500) nearestCache.clear();
  nearestCache.set(key, best?.phrase);
  return best?.phrase;
}

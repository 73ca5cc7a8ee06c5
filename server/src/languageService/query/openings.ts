/**
 * The opening phrase of a paragraph matched against the phrase lists once: the phrase rules,
 * semantic tokens and hover all read this answer. Remembered per document by paragraph object
 * (an edit's parse keeps the objects of untouched paragraphs, so the last version's answers are
 * read too) and the line it opens on.
 */
import type { Paragraph, ResolutionDocument } from '../model';
import { matchOpening, type PhraseMatch } from '../data/phraseMatch';
import { LastDocuments } from '../util/lastDocuments';

interface Matched {
  readonly lineText: string;
  readonly match: PhraseMatch | undefined;
}

/** One document version's answers, and the version's before it. */
interface Memo {
  readonly lines: readonly string[];
  readonly current: Map<Paragraph, Matched>;
  readonly previous: Map<Paragraph, Matched> | undefined;
}

/**
 * By URI, for the last 8 documents. Plain maps, not a WeakMap by paragraph: on the open of a
 * large document the WeakMap's entries (ephemerons) cost the first run ~1 ms more.
 */
const memos = new LastDocuments<Memo>(8);

/** The known phrase a paragraph opens with (offsets relative to the opening's `fullRange` start), or undefined. */
export function openingMatch(doc: ResolutionDocument, paragraph: Paragraph): PhraseMatch | undefined {
  const opening = paragraph.opening;
  if (!opening) return undefined;
  const start = opening.fullRange.start;
  const lineText = doc.lines[start.line] ?? '';
  let memo = memos.get(doc.uri);
  if (memo === undefined || memo.lines !== doc.lines) {
    memo = { lines: doc.lines, current: new Map(), previous: memo?.current };
    memos.set(doc.uri, memo);
  }
  const known = memo.current.get(paragraph) ?? memo.previous?.get(paragraph);
  if (known && known.lineText === lineText) return known.match;
  const match = matchOpening(lineText.slice(start.character));
  memo.current.set(paragraph, { lineText, match });
  return match;
}

/** Forgets a document's answers (the editor closed it). */
export function forgetOpenings(uri: string): void {
  memos.delete(uri);
}

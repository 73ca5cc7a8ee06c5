/**
 * The opening phrase of a paragraph matched against the phrase lists once: the phrase rules,
 * semantic tokens and hover all read this answer. Remembered by paragraph object (an edit's parse
 * keeps the objects of untouched paragraphs) and the line it opens on.
 */
import type { Paragraph, ResolutionDocument } from '../model';
import { matchOpening, type PhraseMatch } from '../data/phraseMatch';

const matched = new WeakMap<Paragraph, { lineText: string; match: PhraseMatch | undefined }>();

/** The known phrase a paragraph opens with (offsets relative to the opening's `fullRange` start), or undefined. */
export function openingMatch(doc: ResolutionDocument, paragraph: Paragraph): PhraseMatch | undefined {
  const opening = paragraph.opening;
  if (!opening) return undefined;
  const start = opening.fullRange.start;
  const lineText = doc.lines[start.line] ?? '';
  const known = matched.get(paragraph);
  if (known && known.lineText === lineText) return known.match;
  const match = matchOpening(lineText.slice(start.character));
  matched.set(paragraph, { lineText, match });
  return match;
}

/**
 * The opening phrases as hover and completion need them, read from the curated phrase lists.
 */
import { OPERATIVE_PHRASES, PREAMBULAR_PHRASES, type PhraseKind } from '../data/phrases';
import { phraseEntry, type PhraseMatch } from '../data/phraseMatch';
import { escapeMarkdown as esc } from './shared';

/** An opening phrase offered by completion. */
export interface OpeningPhraseItem {
  readonly phrase: string;
  readonly note?: string;
}

/** The phrases that may open a paragraph of `kind`, commonest first. */
export function openingPhrases(kind: PhraseKind): OpeningPhraseItem[] {
  return (kind === 'operative' ? OPERATIVE_PHRASES : PREAMBULAR_PHRASES).map(e => (e.note ? { phrase: e.phrase, note: e.note } : { phrase: e.phrase }));
}

/**
 * Markdown describing an opening phrase (as query/openings matched it): its kind, its use, its counterpart, and a warning when it
 * stands in the wrong part (`kind` is where the paragraph stands); `undefined` when unknown.
 */
export function describeOpening(match: PhraseMatch | undefined, kind: string): string | undefined {
  const entry = match && phraseEntry(match.phrase);
  if (!entry) return undefined;
  const lines = [`**${esc(entry.phrase)}**: ${entry.kind === 'operative' ? 'an operative verb' : 'a preambular phrase'}.`];
  if (entry.note) lines.push(esc(entry.note.charAt(0).toUpperCase() + entry.note.slice(1)) + '.');
  if (entry.counterpart) lines.push(`${entry.kind === 'operative' ? 'In the preamble' : 'In the operative part'}: *${esc(entry.counterpart)}*.`);
  if ((kind === 'preambular' || kind === 'operative') && kind !== entry.kind) {
    lines.push(
      `This paragraph stands in the ${kind === 'operative' ? 'operative part' : 'preamble'}: it wants ${kind === 'operative' ? 'an operative verb' : 'a preambular phrase'}.`,
    );
  }
  return lines.join('\n\n');
}

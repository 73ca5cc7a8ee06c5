/**
 * The opening phrases as hover and completion need them, read from the curated phrase lists.
 */
import { LEADING_MODIFIERS, OPERATIVE_PHRASES, PREAMBULAR_PHRASES, type PhraseEntry, type PhraseKind } from '../data/phrases';
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

/** The longest known phrase `text` opens with, leading modifiers (`Also`, `Further`) set aside. */
export function findPhrase(text: string): PhraseEntry | undefined {
  let t = text.trim().toLowerCase();
  for (const m of LEADING_MODIFIERS) {
    if (t.startsWith(`${m} `)) {
      t = t.slice(m.length + 1);
      break;
    }
  }
  let best: PhraseEntry | undefined;
  for (const e of [...PREAMBULAR_PHRASES, ...OPERATIVE_PHRASES]) {
    const p = e.phrase.toLowerCase();
    if ((t === p || t.startsWith(`${p} `)) && (!best || p.length > best.phrase.length)) best = e;
  }
  return best;
}

/**
 * Markdown describing an opening phrase: its kind, its use, its counterpart, and a warning when it
 * stands in the wrong part (`kind` is where the paragraph stands); `undefined` when unknown.
 */
export function describeOpening(text: string, kind: string): string | undefined {
  const entry = findPhrase(text);
  if (!entry) return undefined;
  const lines = [`**${esc(entry.phrase)}**: ${entry.kind === 'operative' ? 'an operative verb' : 'a preambular phrase'}.`];
  if (entry.note) lines.push(esc(entry.note.charAt(0).toUpperCase() + entry.note.slice(1)) + '.');
  if (entry.counterpart) lines.push(`${entry.kind === 'operative' ? 'In the preamble' : 'In the operative part'}: *${esc(entry.counterpart)}*.`);
  if ((kind === 'preambular' || kind === 'operative') && kind !== entry.kind) {
    lines.push(`This paragraph stands in the ${kind === 'operative' ? 'operative part' : 'preamble'}: it wants ${kind === 'operative' ? 'an operative verb' : 'a preambular phrase'}.`);
  }
  return lines.join('\n\n');
}

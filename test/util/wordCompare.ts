/**
 * Words of an official text against the words of its import, in order (a word-sequence diff):
 * how many of the official words the import kept, and how many it has that the official text has
 * not. The official side is the text PyMuPDF extracted (../shared/data/wannli__mandate-pipeline),
 * from the organ line on, its page furniture left out; body and footnotes are compared apart, since
 * the import moves footnotes after the body.
 */
import { diffArrays } from 'diff';

export interface WordCounts {
  readonly official: number;
  readonly imported: number;
  /** Official words found in the import, in order. */
  readonly kept: number;
  /** Imported words not in the official text. */
  readonly invented: number;
  /** A few of the missing and invented words, for the message of a failing test. */
  readonly missingSample: string[];
  readonly inventedSample: string[];
}

const ORGAN = /^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council)\s*,?$/;
const FURNITURE = [/^\d{2}-\d{5}/, /^\d{1,3}\/\d{1,3}$/, /^\*\d{7,}\*$/, /^Please recycle/, /^[ASE]\/[A-Z0-9./-]+$/];
const MEETING = /^\d+(st|nd|rd|th) (\(resumed\) )?plenary meeting$/;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Official body and footnote words from PyMuPDF's text. */
export function officialWords(extracted: string, title: string): { body: string[]; notes: string[] } {
  const lines = extracted.split('\n').map(l => l.trim());
  const start = lines.findIndex(l => ORGAN.test(l));
  const furniture = new Set<number>();
  lines.forEach((l, i) => {
    if (FURNITURE.some(re => re.test(l))) furniture.add(i);
  });
  // Running titles: title fragments next to the running header.
  const normTitle = title.replace(/\s+/g, ' ');
  lines.forEach((l, i) => {
    if (l.length > 3 && normTitle.includes(l) && [...furniture].some(f => Math.abs(f - i) <= 4)) furniture.add(i);
  });
  const body: string[] = [];
  const notes: string[] = [];
  let inNotes = false;
  for (let i = Math.max(0, start); i < lines.length; i++) {
    const l = lines[i];
    if (furniture.has(i)) {
      inNotes = false;
      continue;
    }
    if (/^_{5,}$/.test(l)) {
      inNotes = true;
      continue;
    }
    if (MEETING.test(l)) {
      if (/^\d{1,2} \w+ \d{4}$/.test(lines[i + 1] ?? '')) i++;
      continue;
    }
    if (inNotes) notes.push(l.replace(/^(\d{1,3}|\*+)\s+/, ''));
    else body.push(l);
  }
  return { body: words(stripMarkers(joinLines(body))), notes: words(stripMarkers(joinLines(notes))) };
}

/** Lines joined, a hyphen at a line's end joined to the next word. */
function joinLines(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/(\p{L}) ?-\n/gu, '$1-')
    .replace(/\n/g, ' ');
}

/** Footnote digits glued to a word or a mark (`Assembly,1`, `Development1`). */
function stripMarkers(text: string): string {
  return text.replace(/([\p{L},.;:)”’])\d{1,3}(?=\s|$)/gu, '$1');
}

/** Body and footnote words of an import (front matter aside; comments count, being the text's). */
export function importedWords(markup: string): { body: string[]; notes: string[] } {
  const end = markup.startsWith('---\n') ? markup.indexOf('\n---\n', 3) + 5 : 0;
  const body: string[] = [];
  const notes: string[] = [];
  for (const line of markup.slice(end).split('\n')) {
    if (line.startsWith('<!-- unres import: Agenda item title:')) continue;
    // A note whose marker the import did not find is kept in a comment: its words are the note's.
    const def = /^\[\^[^\]]+\]:\s*(.*)$/.exec(line) ?? /^<!-- unres import: footnote \d+, whose marker was not found[^:]*: (.*) -->$/.exec(line);
    const text = (def ? def[1] : line)
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/<!-- unres import:|-->/g, ' ')
      .replace(/^#+ /, '');
    (def ? notes : body).push(text);
  }
  return { body: words(body.join(' ')), notes: words(notes.join(' ')) };
}

/** Kept and invented words of `imported` against `official`. */
export function compareWords(official: readonly string[], imported: readonly string[]): WordCounts {
  let kept = 0;
  const missingSample: string[] = [];
  const inventedSample: string[] = [];
  for (const part of diffArrays(official as string[], imported as string[])) {
    if (part.added) {
      if (inventedSample.length < 12) inventedSample.push(part.value.join(' '));
    } else if (part.removed) {
      if (missingSample.length < 12) missingSample.push(part.value.join(' '));
    } else kept += part.value.length;
  }
  return { official: official.length, imported: imported.length, kept, invented: imported.length - kept, missingSample, inventedSample };
}

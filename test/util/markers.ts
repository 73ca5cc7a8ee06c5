/**
 * Documents with markers, so tests read like specifications:
 * `|` marks the cursor, `[[…]]` marks an expected range. Markers are removed from the text.
 */
import type { Position, Range } from 'vscode-languageserver-types';

export interface MarkedDocument {
  readonly text: string;
  readonly cursor?: Position;
  readonly ranges: readonly Range[];
}

export function parseMarkers(marked: string, options: { cursor?: boolean } = { cursor: true }): MarkedDocument {
  let text = '';
  let line = 0;
  let character = 0;
  let cursor: Position | undefined;
  const ranges: Range[] = [];
  const open: Position[] = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c === '[' && marked[i + 1] === '[') {
      open.push({ line, character });
      i++;
      continue;
    }
    if (c === ']' && marked[i + 1] === ']' && open.length > 0) {
      ranges.push({ start: open.pop()!, end: { line, character } });
      i++;
      continue;
    }
    if (c === '|' && options.cursor !== false) {
      cursor = { line, character };
      continue;
    }
    text += c;
    if (c === '\n') {
      line++;
      character = 0;
    } else {
      character++;
    }
  }
  ranges.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  return { text, cursor, ranges };
}

/** A compact form of a range for assertions: `3:0-3:9`. */
export function showRange(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * Markers for documents whose own text holds square brackets (footnotes, negotiation brackets):
 * `{{…}}` marks an expected range, and the text's `[` and `]` are left alone.
 */
export function parseCurlyMarkers(marked: string): MarkedDocument {
  const swapped = marked.replace(/\[/g, '\u2045').replace(/\]/g, '\u2046').replace(/\{\{/g, '[[').replace(/\}\}/g, ']]');
  const parsed = parseMarkers(swapped, { cursor: false });
  return { ...parsed, text: parsed.text.replace(/\u2045/g, '[').replace(/\u2046/g, ']') };
}

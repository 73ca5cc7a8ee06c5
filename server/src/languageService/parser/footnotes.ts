/** Footnote definitions: `[^label]: text` lines, with any wrapped lines that follow. */
import type { FootnoteDefinition } from '../model';
import { footnoteDefinitionLabel, type Block } from './blocks';
import { endOfContent, isBlank, lineRange, range } from './lines';
import { joinPieces, pieceOf, type Piece } from './pieces';

/** Reads the footnote definition in `block`. */
export function readFootnoteDefinition(lines: readonly string[], block: Block): FootnoteDefinition | undefined {
  const head = footnoteDefinitionLabel(lines[block.first]);
  if (!head) return undefined;
  const pieces: Piece[] = [];
  let last = block.first;
  for (let i = block.first; i <= block.last; i++) {
    if (isBlank(lines[i])) continue;
    last = i;
    const piece = pieceOf(lines, i, i === block.first ? head.end + 1 : 0);
    if (piece) pieces.push(piece);
  }
  return {
    label: head.label,
    labelRange: lineRange(block.first, head.start, head.end),
    range: range(block.first, head.start, last, endOfContent(lines[last])),
    text: joinPieces(pieces),
  };
}

/** Footnote definitions: `[^label]: text` lines, with any wrapped lines that follow. */
import type { FootnoteDefinition } from '../model';
import { footnoteDefinitionLabel, type Block } from './blocks';
import { endOfContent, isBlank } from './lines';
import { joinPieces, pieceOf, type Piece } from './pieces';
import { FootnoteDefinitionAt } from './spans';

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
  return new FootnoteDefinitionAt(head.label, joinPieces(pieces), block.first, head.start, head.end, last, endOfContent(lines[last]));
}

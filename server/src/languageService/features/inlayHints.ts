/**
 * Inlay hints: the labels negotiators use, shown where the text has none. `PP1`, `PP2`, … before
 * each preambular paragraph (counted per part); and, in a part whose operative paragraphs use
 * `bis`, `ter`, …, `→ n` after the label of each paragraph whose plain number (the one renumbering
 * gives it) differs from the label written (`2 bis. → 3`).
 */
import { InlayHintKind, type InlayHint, type Position, type Range } from 'vscode-languageserver-types';
import type { ResolutionDocument } from '../model';

/** Which hints to show; the server reads them from the `unres.inlayHints` settings. */
export interface InlayHintOptions {
  /** `unres.inlayHints.enabled`: no hints at all when false. */
  readonly enabled: boolean;
  /** `unres.inlayHints.paragraphLabels`: the `PP`/`OP` labels. */
  readonly paragraphLabels: boolean;
}

/** Every hint on. */
export const DEFAULT_INLAY_HINT_OPTIONS: InlayHintOptions = Object.freeze({ enabled: true, paragraphLabels: true });

/** The hints on lines `range` touches. */
export function provideInlayHints(doc: ResolutionDocument, range: Range, options: InlayHintOptions = DEFAULT_INLAY_HINT_OPTIONS): InlayHint[] {
  if (!options.enabled || !options.paragraphLabels) return [];
  const hints: InlayHint[] = [];
  const inRange = (line: number) => line >= range.start.line && line <= range.end.line;
  for (const part of doc.parts) {
    part.preambular.forEach((p, i) => {
      if (!inRange(p.range.start.line)) return;
      hints.push({
        position: p.range.start,
        label: `PP${i + 1}`,
        kind: InlayHintKind.Type,
        paddingRight: true,
        tooltip: `Preambular paragraph ${i + 1}${part.letter ? ` of part ${part.letter}` : ''}, as negotiators cite it.`,
      });
    });
    if (!part.operative.some(p => p.number?.suffix)) continue;
    part.operative.forEach((p, i) => {
      const plain = i + 1;
      if (!p.number || p.number.text === String(plain) || !inRange(p.range.start.line)) return;
      // After the label and as an arrow (`2 bis. → 3`): an `OP 3` before `2 bis.` read as two numbers side by side.
      hints.push({
        position: afterStop(doc, p.number.range.end),
        label: `→ ${plain}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `Paragraph ${p.number.text} becomes paragraph ${plain} when the draft is renumbered.`,
      });
    });
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/** The position after a label's full stop, when it has one. */
function afterStop(doc: ResolutionDocument, end: Position): Position {
  return doc.lines[end.line]?.[end.character] === '.' ? { line: end.line, character: end.character + 1 } : end;
}

/**
 * The units two versions of a resolution are compared by: each front matter entry, heading, organ
 * line, preambular and operative paragraph, subparagraph (each level its own unit), attachment
 * paragraph and footnote, in document order, with the label negotiators use for it (`PP3`, `4`,
 * `4 (b)`, `Annex 2`, `Footnote 1`) and its own text without that label.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Paragraph, ResolutionDocument, Subparagraph } from '../model';

/** What sort of unit: units are only ever matched with units of the same class. */
export type UnitClass = 'front matter' | 'heading' | 'organ' | 'preambular' | 'operative' | 'subparagraph' | 'attachment' | 'footnote';

export interface VersionUnit {
  readonly cls: UnitClass;
  /** `PP3`, `4`, `4 (b)`, `A 2`, `Annex 2`, `Footnote 1`, `session`. */
  readonly label: string;
  /** The unit's own text, label excluded, as written (whitespace runs made one space). */
  readonly text: string;
  /** Zero-based first line. */
  readonly line: number;
  readonly range: Range;
  /** Index (in the unit list) of the paragraph a subparagraph belongs to, or of the parent subparagraph. */
  readonly parent?: number;
}

/** Every unit of a document, in document order. Never throws on a model the parser produced. */
export function versionUnits(doc: ResolutionDocument): VersionUnit[] {
  const units: VersionUnit[] = [];
  const push = (u: VersionUnit) => units.push({ ...u, text: oneSpace(u.text) });

  for (const e of doc.frontMatter?.entries ?? []) {
    push({ cls: 'front matter', label: e.key, text: e.valueText, line: e.keyRange.start.line, range: { start: e.keyRange.start, end: e.valueRange.end } });
  }
  for (const h of doc.headings) {
    push({ cls: 'heading', label: `${'#'.repeat(h.level)} ${h.text}`, text: h.text, line: h.range.start.line, range: h.range });
  }

  const paragraph = (p: Paragraph, cls: UnitClass, label: string) => {
    const index = units.length;
    const ownText = [p.text, ...p.bullets.map(b => b.text)].join(' ');
    push({ cls, label, text: ownText, line: p.firstLine, range: p.range });
    const subs = (list: readonly Subparagraph[], parentLabel: string, parent: number) => {
      for (const s of list) {
        const i = units.length;
        const subLabel = `${parentLabel} (${s.label})`;
        push({ cls: 'subparagraph', label: subLabel, text: s.text.replace(/^\s*\([^)]*\)\s*/, ''), line: s.firstLine, range: s.range, parent });
        subs(s.children, subLabel, i);
      }
    };
    subs(p.subparagraphs, label, index);
  };

  for (const part of doc.parts) {
    const prefix = part.letter ? `${part.letter} ` : '';
    if (part.organLine) push({ cls: 'organ', label: `${prefix}organ line`.trim(), text: part.organLine.text, line: part.organLine.range.start.line, range: part.organLine.range });
    part.preambular.forEach((p, i) => paragraph(p, 'preambular', `${prefix}PP${i + 1}`));
    part.operative.forEach((p, i) => paragraph(p, 'operative', `${prefix}${p.number?.text ?? `OP${i + 1}`}`));
  }
  for (const a of doc.attachments) {
    const name = a.heading.text;
    a.paragraphs.forEach((p, i) => paragraph(p, 'attachment', `${name} ${p.number?.text ?? `¶${i + 1}`}`));
    for (const article of a.articles) {
      article.paragraphs.forEach((p, i) => paragraph(p, 'attachment', `${name}, ${article.heading.text} ${p.number?.text ?? `¶${i + 1}`}`));
    }
  }
  for (const f of doc.footnoteDefinitions) {
    push({ cls: 'footnote', label: `Footnote ${f.label}`, text: f.text, line: f.range.start.line, range: f.range });
  }
  return [...units].sort((a, b) => a.line - b.line || a.range.start.character - b.range.start.character).map(fixParents(units));
}

/** Sorting moves units: re-point each `parent` at its parent's new index. */
function fixParents(original: readonly VersionUnit[]): (u: VersionUnit, i: number, sorted: readonly VersionUnit[]) => VersionUnit {
  let positions: Map<VersionUnit, number> | undefined;
  return (u, _i, sorted) => {
    positions ??= new Map(sorted.map((s, j) => [s, j]));
    return u.parent === undefined ? u : { ...u, parent: positions.get(original[u.parent]) };
  };
}

function oneSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

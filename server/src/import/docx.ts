/**
 * Reads a Word file with mammoth (a maintained .docx reader): its paragraphs, italics, bold,
 * footnotes and numbered lists, read from mammoth's HTML with a real XML parser (fast-xml-parser).
 * Each Word paragraph starts a paragraph; a numbered list item gets the number Word shows, read
 * from the file's numbering (wordNumbering.ts: starts, formats, restarts), `5.` or `(b)` in the
 * markup's form; footnote references become markers and the footnotes go to the foot.
 */
import { XMLParser } from 'fast-xml-parser';
import mammoth from 'mammoth';
import type { Span, StyledDocument, StyledLine } from '../languageService/import/styled';
import { ImportError } from './errors';
import { paragraphKey, readWordNumbering, type NumberedParagraph } from './wordNumbering';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

export async function readDocx(data: Uint8Array, name: string): Promise<StyledDocument> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(data) }, { ignoreEmptyParagraphs: true })).value;
  } catch (error) {
    throw new ImportError(name, `not a readable Word file (${(error as Error)?.message ?? String(error)})`);
  }
  let tree: XmlNode[];
  try {
    const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, htmlEntities: true });
    tree = parser.parse(`<root>${html}</root>`) as XmlNode[];
  } catch (error) {
    throw new ImportError(name, `not a readable Word file (${(error as Error)?.message ?? String(error)})`);
  }
  // Word's own numbers; when the numbering cannot be read, the list's order gives them (`1.`, `(a)`).
  const numbered = await readWordNumbering(data).catch((): NumberedParagraph[] => []);
  const lines: StyledLine[] = [];
  const root = children(tree[0], 'root');
  walkBlocks(root, lines, 0, { items: numbered, at: 0 });
  return { lines, paragraphsKnown: true };
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find(k => k !== ':@');
}

function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const c = node?.[tag];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
}

/** The numbered paragraphs of the file and how far the list items have used them. */
interface Numbering {
  readonly items: readonly NumberedParagraph[];
  at: number;
}

/**
 * The label of a list item: Word's own (the next numbered paragraph with the item's text, a few
 * ahead at most), in the markup's form (`5.`, `(b)`, `(iv)`) when the level shows its number alone;
 * otherwise the list's order (`1.`, one level down `(a)`).
 */
function labelOf(numbering: Numbering, text: string, listTag: string, depth: number, n: number): string {
  return wordLabel(numbering, text, false) ?? (listTag === 'ul' ? '• ' : depth === 0 ? `${n}. ` : `(${String.fromCharCode(96 + Math.min(n, 26))}) `);
}

/** Word's label for the paragraph with this text, if the next numbered paragraphs have it (`byStyle`: only those numbered by their style). */
function wordLabel(numbering: Numbering, text: string, byStyle: boolean): string | undefined {
  const key = paragraphKey(text);
  if (key === '') return undefined;
  for (let i = numbering.at; i < Math.min(numbering.items.length, numbering.at + 20); i++) {
    const item = numbering.items[i];
    if (item.key !== key || (byStyle && !item.byStyle)) continue;
    numbering.at = i + 1;
    if (item.format === 'bullet') return '• ';
    if (item.format === 'none') return '';
    if (item.value === undefined) return `${item.shown} `;
    if (/^(?:decimal|decimalZero)$/.test(item.format)) return `${item.value}. `;
    // Subparagraphs: letters and romans in lower case take the markup's `(a)`, `(iv)`; others as Word shows them.
    return /^(?:lowerLetter|lowerRoman)$/.test(item.format) ? `(${item.value}) ` : `${item.shown} `;
  }
  return undefined;
}

/** Block elements in order; list items numbered as Word shows them. */
function walkBlocks(nodes: readonly XmlNode[], out: StyledLine[], depth: number, numbering: Numbering): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === '#text') continue;
    const attrs = node[':@'] ?? {};
    if (tag === 'ol' || tag === 'ul') {
      let n = 0;
      for (const item of children(node, tag)) {
        if (tagOf(item) !== 'li') continue;
        n++;
        const id = item[':@']?.id ?? '';
        if (/^footnote-\d+$/.test(id) || /^endnote-\d+$/.test(id)) {
          footnote(item, id.replace(/^\D+/, ''), out);
          continue;
        }
        const inner = children(item, 'li');
        const own = inner.filter(c => tagOf(c) !== 'ol' && tagOf(c) !== 'ul');
        const spans = inlineSpans(
          own.flatMap(c => (BLOCKS.has(tagOf(c) ?? '') ? children(c, tagOf(c)!) : [c])),
          {},
        );
        const label = labelOf(numbering, spans.map(s => (s.marker ? '' : s.text)).join(''), tag, depth, n);
        out.push(line([{ text: label }, ...spans], depth));
        walkBlocks(
          inner.filter(c => tagOf(c) === 'ol' || tagOf(c) === 'ul'),
          out,
          depth + 1,
          numbering,
        );
      }
      continue;
    }
    if (BLOCKS.has(tag)) {
      const heading = /^h\d$/.test(tag);
      const spans = inlineSpans(children(node, tag), heading ? { bold: true } : {});
      // A paragraph numbered by its style (`List Number`): mammoth gives no list, Word shows the number.
      const label = wordLabel(numbering, spans.map(s => (s.marker ? '' : s.text)).join(''), true);
      if (spans.some(s => s.text.trim() !== '')) out.push(line(label ? [{ text: label }, ...spans] : spans, 0));
      continue;
    }
    if (tag === 'table' || tag === 'tbody' || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'div') {
      walkBlocks(children(node, tag), out, depth, numbering);
      continue;
    }
    void attrs;
  }
}

function line(spans: Span[], depth: number): StyledLine {
  return { spans, page: 1, indent: depth * 24, gap: true, area: 'body', starts: true };
}

function footnote(item: XmlNode, label: string, out: StyledLine[]): void {
  const spans = inlineSpans(
    children(item, 'li').flatMap(c => (BLOCKS.has(tagOf(c) ?? '') ? children(c, tagOf(c)!) : [c])),
    {},
    true,
  );
  out.push({ spans: [{ text: label, marker: true }, { text: ' ' }, ...spans], page: 1, indent: 0, gap: true, area: 'footnote', starts: true });
}

/** The text runs of inline content, with italic and bold; a footnote reference as a marker. */
function inlineSpans(nodes: readonly XmlNode[], style: { italic?: boolean; bold?: boolean }, inFootnote = false): Span[] {
  const spans: Span[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined) continue;
    if (tag === '#text') {
      const text = String(node['#text'] ?? '');
      if (text !== '') spans.push({ text, ...(style.italic ? { italic: true } : {}), ...(style.bold ? { bold: true } : {}) });
      continue;
    }
    const inner = children(node, tag);
    const href = node[':@']?.href ?? '';
    if (tag === 'sup' && inner.some(c => tagOf(c) === 'a' && /^#(?:foot|end)note-\d+$/.test(c[':@']?.href ?? ''))) {
      const a = inner.find(c => tagOf(c) === 'a')!;
      spans.push({ text: (a[':@']?.href ?? '').replace(/^\D+/, ''), marker: true });
      continue;
    }
    // The footnote's link back to its reference (`↑`) is mammoth's, not the text's.
    if (tag === 'a' && inFootnote && /^#(?:foot|end)note-ref-\d+$/.test(href)) continue;
    if (tag === 'br') {
      spans.push({ text: ' ' });
      continue;
    }
    const next = { italic: style.italic || tag === 'em' || tag === 'i', bold: style.bold || tag === 'strong' || tag === 'b' };
    spans.push(...inlineSpans(inner, next, inFootnote));
  }
  return spans;
}

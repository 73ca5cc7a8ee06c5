/**
 * Word's automatic numbering, as Word shows it: the number or letter each numbered paragraph of a
 * .docx gets from `word/numbering.xml` (abstract numberings and their levels: start, number format,
 * level text, restarts; numbering instances and their start overrides), with the paragraph's own
 * numbering or its style's. mammoth gives lists without their real numbers (a list after an
 * unnumbered paragraph starts again at 1), so the Word reader takes the labels from here.
 */
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

/** A numbered paragraph of the document, in order. */
export interface NumberedParagraph {
  /** Its text, letters and digits only (to find it among mammoth's list items). */
  readonly key: string;
  /** The level (`w:ilvl`), 0 the outermost. */
  readonly level: number;
  /** The label as Word shows it (`5.`, `(b)`, `1.2`), from the level text. */
  readonly shown: string;
  /** The paragraph's own number or letter (`5`, `b`, `iv`) and its format, when the level text is that alone. */
  readonly value?: string;
  readonly format: string;
  /** Whether the numbering comes from the paragraph's style (`List Number`), which mammoth does not list. */
  readonly byStyle: boolean;
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** `w:lvlRestart`: restart after a level above this one (1-based) is used; 0: never. */
  readonly restart?: number;
  readonly legal: boolean;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: name => ['w:abstractNum', 'w:num', 'w:lvl', 'w:lvlOverride', 'w:style'].includes(name),
});
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false });

/** The numbered paragraphs of a .docx, with the labels Word gives them; empty when it has no numbering. */
export async function readWordNumbering(data: Uint8Array): Promise<NumberedParagraph[]> {
  const zip = await JSZip.loadAsync(data);
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (numberingXml === undefined || documentXml === undefined) return [];
  const numbering = (parser.parse(numberingXml) as Node)['w:numbering'] as Node | undefined;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of (numbering?.['w:abstractNum'] as Node[] | undefined) ?? []) abstracts.set(String(a['@w:abstractNumId']), levelsOf(a['w:lvl']));
  const nums = new Map<string, { abstract: string; overrides: Map<number, { start?: number; level?: Level }> }>();
  for (const n of (numbering?.['w:num'] as Node[] | undefined) ?? []) {
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of (n['w:lvlOverride'] as Node[] | undefined) ?? []) {
      const start = val(o['w:startOverride']);
      const level = levelsOf(o['w:lvl']).get(Number(o['@w:ilvl']));
      overrides.set(Number(o['@w:ilvl']), { start: start === undefined ? undefined : Number(start), level });
    }
    nums.set(String(n['@w:numId']), { abstract: String(val(n['w:abstractNumId']) ?? ''), overrides });
  }
  const styles = await styleNumbering(zip);

  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();
  const out: NumberedParagraph[] = [];
  for (const p of paragraphs(ordered.parse(documentXml) as Node[])) {
    const numPr = p.numPr ?? (p.style !== undefined ? styles.get(p.style) : undefined);
    if (numPr === undefined || numPr.numId === '0' || p.key === '') continue;
    const num = nums.get(numPr.numId);
    const abstract = num && abstracts.get(num.abstract);
    if (!num || !abstract) continue;
    const levelOf = (l: number): Level => num.overrides.get(l)?.level ?? abstract.get(l) ?? { start: 1, format: 'decimal', text: `%${l + 1}.`, legal: false };
    const count = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, count);
    // A numbering instance with a start override starts again where it is first used.
    if (!used.has(numPr.numId)) {
      used.add(numPr.numId);
      for (const [l, o] of num.overrides) if (o.start !== undefined) count[l] = o.start - 1;
    }
    const ilvl = numPr.ilvl;
    count[ilvl] = count[ilvl] === undefined ? levelOf(ilvl).start : count[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelOf(deeper).restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) count[deeper] = undefined;
    }
    const level = levelOf(ilvl);
    const shown = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const other = levelOf(l);
      return formatNumber(count[l] ?? other.start, level.legal && l < ilvl ? 'decimal' : other.format);
    });
    // The level shows its own number alone: `%2`, `%2.`, `%2)`, `(%2)`.
    const own = `%${ilvl + 1}`;
    const alone = [own, `${own}.`, `${own})`, `(${own})`].includes(level.text);
    out.push({ key: p.key, level: ilvl, shown, format: level.format, byStyle: p.numPr === undefined, ...(alone ? { value: formatNumber(count[ilvl]!, level.format) } : {}) });
  }
  return out;
}

/** Letters and digits only: how a paragraph of document.xml and mammoth's list item are matched. */
export function paragraphKey(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

function val(node: unknown): string | undefined {
  const v = (node as Node | undefined)?.['@w:val'];
  return v === undefined ? undefined : String(v);
}

function levelsOf(lvls: unknown): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const l of (lvls as Node[] | undefined) ?? []) {
    const restart = val(l['w:lvlRestart']);
    levels.set(Number(l['@w:ilvl']), {
      start: Number(val(l['w:start']) ?? 1),
      format: val(l['w:numFmt']) ?? 'decimal',
      text: val(l['w:lvlText']) ?? '',
      restart: restart === undefined ? undefined : Number(restart),
      legal: l['w:isLgl'] !== undefined,
    });
  }
  return levels;
}

/** Paragraph styles with numbering (`List Number`): style id → numbering. */
async function styleNumbering(zip: JSZip): Promise<Map<string, { numId: string; ilvl: number }>> {
  const found = new Map<string, { numId: string; ilvl: number }>();
  const xml = await zip.file('word/styles.xml')?.async('string');
  if (xml === undefined) return found;
  for (const s of (((parser.parse(xml) as Node)['w:styles'] as Node | undefined)?.['w:style'] as Node[] | undefined) ?? []) {
    const numPr = (s['w:pPr'] as Node | undefined)?.['w:numPr'] as Node | undefined;
    const numId = val(numPr?.['w:numId']);
    if (numId !== undefined) found.set(String(s['@w:styleId']), { numId, ilvl: Number(val(numPr?.['w:ilvl']) ?? 0) });
  }
  return found;
}

interface Paragraph {
  readonly key: string;
  readonly numPr?: { numId: string; ilvl: number };
  readonly style?: string;
}

/** The body's paragraphs in order (in tables too), each with its numbering and its text's key. */
function paragraphs(tree: Node[]): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find(k => k !== ':@');
      if (tag === undefined || tag === '#text') continue;
      const inner = node[tag] as Node[];
      if (tag === 'w:p') {
        const pPr = inner.find(c => 'w:pPr' in c)?.['w:pPr'] as Node[] | undefined;
        const numPr = pPr?.find(c => 'w:numPr' in c)?.['w:numPr'] as Node[] | undefined;
        const attr = (list: Node[] | undefined, name: string) => (list?.find(c => name in c)?.[':@'] as Node | undefined)?.['@w:val'];
        const numId = attr(numPr, 'w:numId');
        const style = attr(pPr, 'w:pStyle');
        out.push({
          key: paragraphKey(textOf(inner)),
          ...(numId !== undefined ? { numPr: { numId: String(numId), ilvl: Number(attr(numPr, 'w:ilvl') ?? 0) } } : {}),
          ...(style !== undefined ? { style: String(style) } : {}),
        });
        continue;
      }
      if (Array.isArray(inner)) walk(inner);
    }
  };
  walk(tree);
  return out;
}

/** The text of a paragraph's runs (`w:t`), footnote references and properties aside. */
function textOf(nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = Object.keys(node).find(k => k !== ':@');
    if (tag === undefined || tag === 'w:pPr' || tag === 'w:rPr') continue;
    if (tag === '#text') continue;
    const inner = node[tag];
    if (tag === 'w:t') text += (inner as Node[]).map(c => String(c['#text'] ?? '')).join('');
    else if (Array.isArray(inner)) text += textOf(inner as Node[]);
  }
  return text;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** A number in a Word number format: `lowerLetter` 27 → `aa` (Word repeats the letter), `upperRoman` 4 → `IV`. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let rest = n;
      let roman = '';
      for (const [value, digits] of ROMAN) {
        while (rest >= value) {
          roman += digits;
          rest -= value;
        }
      }
      return format === 'upperRoman' ? roman.toUpperCase() : roman;
    }
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

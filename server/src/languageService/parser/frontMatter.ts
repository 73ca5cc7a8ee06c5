/**
 * The YAML front matter between a first line `---` and the next `---`, read with the `yaml`
 * package. Every key and value is kept with its range; syntax errors become `frontmatter/value`
 * problems at their place. Whether the values make sense is a rule's business, not the parser's.
 */
import { isMap, isScalar, parseDocument as parseYaml, type Node as YamlNode } from 'yaml';
import type { FrontMatter, FrontMatterEntry, ParseProblem, Position, Range } from '../model';
import { endOfContent, lineRange, positionOf, splitLines, type LineTable } from './lines';

/** The front matter, if any, where the body starts, and YAML problems. */
export interface FrontMatterResult {
  readonly frontMatter?: FrontMatter;
  /** The first line of the body: 0 without front matter. */
  readonly bodyStartLine: number;
  readonly problems: ParseProblem[];
}

/** Whether a line is a `---` fence (a leading byte order mark and trailing spaces allowed). */
function isFence(line: string): boolean {
  const l = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  return l.length < 64 && l.trimEnd() === '---';
}

/** Reads the front matter at the top of the document, if there is one. */
export function parseFrontMatter(table: LineTable): FrontMatterResult {
  const { lines } = table;
  if (!isFence(lines[0])) return { bodyStartLine: 0, problems: [] };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (isFence(lines[i])) {
      close = i;
      break;
    }
  }
  const closed = close >= 0;
  const lastLine = closed ? close : lines.length - 1;
  const problems: ParseProblem[] = [];
  const range: Range = lineRangeTo(table, 0, lastLine);
  if (!closed) {
    problems.push({
      code: 'frontmatter/value',
      message: 'The front matter is never closed: add a line "---" after it.',
      range: lineRange(0, 0, lines[0].length),
    });
  }
  // YAML reads `\r` alone as no line break, so it gets the lines joined by `\n`; a position in
  // that text maps back line by line.
  const yamlLines = lines.slice(1, closed ? close : lines.length);
  const entries = yamlLines.length === 0 ? [] : (readPlainEntries(yamlLines) ?? readYamlEntries(yamlLines, table, problems));
  return { frontMatter: { range, entries, closed }, bodyStartLine: closed ? close + 1 : lines.length, problems };
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function lineRangeTo(table: LineTable, first: number, last: number): Range {
  return { start: { line: first, character: 0 }, end: { line: last, character: table.lines[last].length } };
}

/**
 * One `key: value` line whose value YAML reads as the plain text it is (a name, a symbol, a date) or
 * as a whole number. Anything YAML could read otherwise stays out: a leading indicator, `#`, `:`,
 * tabs, control and line-break characters, trailing spaces, quotes at the start.
 */
const PLAIN_LINE = /^([A-Za-z][A-Za-z0-9_-]*): +([A-Za-z0-9](?:[^\p{Cc}#:\u2028\u2029\ufeff]*[^\s#:])?)$/u;

/** Values YAML's core schema reads as booleans or null: left to YAML. */
const CORE_WORDS = new Set(['true', 'false', 'null']);

/**
 * The entries of a front matter made only of plain `key: value` lines, as nearly every
 * resolution's is, read without the YAML parser (a quarter of a small file's parse); `undefined`
 * for anything else (a blank line, a list, a quoted or special value, a number that is not a
 * plain whole number, a key given twice), which YAML reads. test/frontMatter-plain.test.ts holds
 * the two readings equal wherever this one answers.
 */
export function readPlainEntries(yamlLines: readonly string[]): FrontMatterEntry[] | undefined {
  const entries: FrontMatterEntry[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < yamlLines.length; i++) {
    const match = PLAIN_LINE.exec(yamlLines[i]);
    if (!match) return undefined;
    const [, key, valueText] = match;
    if (keys.has(key) || CORE_WORDS.has(key.toLowerCase()) || CORE_WORDS.has(valueText.toLowerCase())) return undefined;
    keys.add(key);
    let value: string | number = valueText;
    const first = valueText.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && !valueText.includes(' ')) {
      // One token starting with a digit: only a plain whole number is read here (61, not 061, 1e3 or 0x1F).
      if (!/^(?:0|[1-9][0-9]{0,14})$/.test(valueText)) return undefined;
      value = Number(valueText);
    }
    const line = i + 1;
    const from = yamlLines[i].length - valueText.length;
    entries.push({ key, keyRange: lineRange(line, 0, key.length), value, valueText, valueRange: lineRange(line, from, yamlLines[i].length) });
  }
  return entries;
}

/** The entries as the `yaml` package reads them, with its errors as problems. */
export function readYamlEntries(yamlLines: readonly string[], table: LineTable, problems: ParseProblem[]): FrontMatterEntry[] {
  const src = yamlLines.join('\n');
  const local = splitLines(src);
  const toPosition = (offset: number): Position => {
    const p = positionOf(local, offset);
    return { line: p.line + 1, character: p.character };
  };
  const toRange = (from: number, to: number): Range => ({ start: toPosition(from), end: toPosition(to) });
  const doc = parseYaml(src, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    // YAML counts in UTF-16 units and may point inside an astral character: widen to whole characters.
    const from = error.pos[0] - (splitsPair(src, error.pos[0]) ? 1 : 0);
    const to = Math.max(from, error.pos[1] + (splitsPair(src, error.pos[1]) ? 1 : 0));
    problems.push({ code: 'frontmatter/value', message: `Front matter: ${firstLine(error.message)}`, range: toRange(from, to) });
  }
  const contents = doc.contents;
  if (contents === null || contents === undefined) return [];
  if (!isMap(contents)) {
    const r = (contents as YamlNode).range;
    problems.push({
      code: 'frontmatter/value',
      message: 'The front matter must be a list of "key: value" lines.',
      range: r ? toRange(r[0], r[1]) : toRange(0, 0),
    });
    return [];
  }
  const entries: FrontMatterEntry[] = [];
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    if (!keyNode || !keyNode.range) continue;
    const key = isScalar(keyNode) ? String(keyNode.value) : src.slice(keyNode.range[0], keyNode.range[1]);
    const keyRange = toRange(keyNode.range[0], keyNode.range[1]);
    const valueNode = pair.value as YamlNode | null;
    if (valueNode && valueNode.range) {
      const [from, valueEnd] = valueNode.range;
      const value = isScalar(valueNode) ? valueNode.value : safeJson(valueNode);
      const valueText = src.slice(from, valueEnd);
      entries.push({ key, keyRange, value: value === null ? undefined : value, valueText, valueRange: toRange(from, valueEnd) });
    } else {
      // An empty value: an empty range at the end of the key's line, where it would be typed.
      const line = keyRange.end.line;
      const end = endOfContent(table.lines[line]);
      entries.push({ key, keyRange, value: undefined, valueText: '', valueRange: lineRange(line, end, end) });
    }
  }
  return entries;
}

function safeJson(node: YamlNode): unknown {
  try {
    return node.toJSON();
  } catch {
    return undefined;
  }
}

function firstLine(message: string): string {
  const i = message.indexOf('\n');
  return i < 0 ? message : message.slice(0, i);
}

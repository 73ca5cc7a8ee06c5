/**
 * Properties of formatting on random structured resolutions written carelessly — runs of spaces
 * and tabs, straight quotes, random indentation, blank lines missing or doubled, trailing
 * whitespace, comments and front matter that must survive untouched, LF or CRLF line ends:
 * formatting never changes a word or what the parser reads, is idempotent, keeps the line-end
 * style, and its edits are ordered, never overlap, and make exactly the formatted text.
 */
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { parseDocument, type ResolutionDocument, type Subparagraph } from '../server/src/languageService';
import { formatDocument, formatRange, formatText } from '../server/src/languageService/features/format';

/** Runs per property; `UNRES_PROPERTY_RUNS=5000` for a long search. */
const RUNS = Number(process.env.UNRES_PROPERTY_RUNS ?? 300);

const PREAMBULAR = ['Recalling', 'Noting with concern', 'Reaffirming', 'Bearing in mind', 'Deeply concerned'];
const OPERATIVE = ['Decides', 'Calls upon', 'Requests', 'Also decides', 'Encourages'];
const WORDS = [
  'the',
  "State's",
  '"Developments"',
  'peace',
  "'Member States'",
  'resolution 74/29',
  'of 12 December 2019',
  'A/74/363',
  '[and calls upon]',
  '[^1]',
  'rock"n"roll',
  "'90s",
  '“typed”',
  'Secretary-General',
  '(A/74/363)',
  'paragraph 1 above',
  '—',
  '"',
  "'",
];

const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t ', '   ');
const indent = fc.constantFrom('', '', ' ', '  ', '   ', '    ', '\t', '      ', '        ');
const trailing = fc.constantFrom('', '', '', ' ', '  ', '\t');
const gap = fc.constantFrom(0, 1, 1, 1, 2, 3);

/** A run of words joined by careless spaces, sometimes wrapped onto an indented next line. */
const words: fc.Arbitrary<string[]> = fc.array(fc.tuple(fc.constantFrom(...WORDS), space, fc.nat(12), indent), { minLength: 1, maxLength: 8 }).map(ws => {
  const lines = [''];
  ws.forEach(([w, s, wrap, ind], i) => {
    if (i > 0 && wrap === 0) lines.push(ind + w);
    else lines[lines.length - 1] += (i === 0 ? '' : s) + w;
  });
  return lines;
});

const emph = (p: string) => fc.constantFrom(`*${p}*`, `_${p}_`, p);

const preambular = fc
  .tuple(fc.constantFrom(...PREAMBULAR).chain(emph), space, words, trailing)
  .map(([p, s, ws, t]) => [`${p}${s}${ws[0]},`, ...ws.slice(1)].map((l, i, a) => (i === a.length - 1 ? l + t : l)));

const subparagraph = (level: number, label: string) =>
  fc.tuple(indent, space, words, fc.constantFrom(';', ':', '.')).map(([ind, s, ws, end]) => [`${ind}${'   '.repeat(level - 1)}(${label})${s}${ws[0]}${end}`, ...ws.slice(1)]);

const operative = (n: string) =>
  fc.tuple(fc.constantFrom(...OPERATIVE).chain(emph), space, words, fc.array(fc.tuple(gap, fc.boolean()), { maxLength: 3 }), trailing).chain(([verb, s, ws, subs, t]) =>
    fc.tuple(...subs.map(([, deeper], i) => subparagraph(deeper && i > 0 ? 2 : 1, deeper && i > 0 ? 'i' : String.fromCharCode(97 + i)))).map(rendered => {
      const lines = [`${n}.${s}${verb} ${ws[0]}${subs.length > 0 ? ':' : ';'}${t}`, ...ws.slice(1)];
      rendered.forEach((r, i) => {
        for (let k = 0; k < Math.min(subs[i][0], 1); k++) lines.push('');
        lines.push(...r);
      });
      return lines;
    }),
  );

const comment = fc.constantFrom(['<!-- a "straight"  comment   -->'], ['<!-- spans', "   two  lines with 'quotes'   -->"], ['  <!-- indented -->  ']);
const frontMatter = fc.constantFrom([], ['---', 'symbol: A/C.1/74/L.1', 'title: "The  \'title\'"  ', 'status: draft', '---']);
const heading = fc.constantFrom(['## I.  Values   and "principles"'], ['#  Annex'], ['### Article  1'], ['  ## Indented heading']);
const footnote = fc.tuple(fc.nat(3), words).map(([n, ws]) => [`[^${n + 1}]:  ${ws[0]}`, ...ws.slice(1)]);

/** A block with the blank lines before it (0 means written right under the block above). */
const block = fc.tuple(
  gap,
  fc.oneof(
    { weight: 4, arbitrary: preambular },
    { weight: 4, arbitrary: fc.constantFrom('1', '2', '2 bis', '3').chain(operative) },
    { weight: 1, arbitrary: comment },
    { weight: 1, arbitrary: heading },
    { weight: 1, arbitrary: footnote },
  ),
);

const resolution: fc.Arbitrary<string> = fc
  .tuple(frontMatter, gap, indent, fc.array(block, { minLength: 1, maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.nat(3))
  .map(([fm, before, organIndent, blocks, eol, finalNewline, after]) => {
    const lines: string[] = [...fm];
    for (let k = 0; k < before; k++) lines.push('');
    lines.push(`${organIndent}The General   Assembly,`);
    for (const [blanks, content] of blocks) {
      for (let k = 0; k < blanks; k++) lines.push(k % 2 ? '  ' : '');
      lines.push(...content);
    }
    for (let k = 0; k < after; k++) lines.push('');
    return lines.join(eol) + (finalNewline ? eol : '');
  });

/** The words of a text with quotes made straight: what formatting must never change. */
function wordsOf(text: string): string[] {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .split(/\s+/)
    .filter(w => w !== '');
}

/** Text with spaces and quotes as formatting leaves them, so that only structure is compared. */
function norm(text: string | undefined): string | undefined {
  return text === undefined ? undefined : wordsOf(text).join(' ');
}

/** What the parser reads, in short: every block and label, not the inline details. */
function structure(doc: ResolutionDocument): string {
  const subs = (list: readonly Subparagraph[]): string => list.map(s => `(${s.label}@${s.level}${subs(s.children)})`).join('');
  return JSON.stringify({
    fm: doc.frontMatter?.entries.map(e => [e.key, e.valueText]),
    parts: doc.parts.map(p => ({
      organ: p.organLine?.organ,
      pre: p.preambular.map(x => norm(x.opening?.text)),
      op: p.operative.map(x => `${x.number?.text}:${norm(x.opening?.text)}${subs(x.subparagraphs)}:${x.bullets.length}`),
    })),
    attachments: doc.attachments.map(a => [norm(a.heading.text), a.paragraphs.length, a.articles.length]),
    headings: doc.headings.map(h => `${h.level}:${norm(h.text)}`),
    footnotes: doc.footnoteDefinitions.map(f => f.label),
    comments: doc.comments.map(c => c.text),
  });
}

function assertNoOverlap(edits: readonly TextEdit[]): void {
  for (let k = 1; k < edits.length; k++) {
    const a = edits[k - 1].range.end;
    const b = edits[k].range.start;
    assert.ok(a.line < b.line || (a.line === b.line && a.character < b.character), `edits ${k - 1} and ${k} overlap or touch: ${JSON.stringify(edits.slice(k - 1, k + 1))}`);
  }
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.unres', 'unres', 1, text), edits);
}

/** Any text at all: fragments of markup, exotic spaces and line ends in any order. */
const FRAGMENTS = [
  '\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '\t',
  '"',
  "'",
  '“',
  '*',
  '_',
  '(a)',
  '(i)',
  '1.',
  '2 bis.',
  '#',
  '## ',
  '---',
  '<!--',
  '-->',
  '[^1]',
  ':',
  '[',
  ']',
  'The General Assembly,',
  '*Recalling*',
  'resolution 74/29',
  'A/74/363',
  '\u00a0',
  '\ufeff',
  'word',
  ',',
  ';',
  '.',
  '•',
  '- ',
  '   ',
  '\u2028',
  'é',
];
const anyText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map(a => a.join(''));

describe('formatting properties (fast-check)', () => {
  it('never changes a word, nor what the parser reads', () => {
    fc.assert(
      fc.property(resolution, text => {
        const formatted = formatText(parseDocument(text));
        assert.deepStrictEqual(wordsOf(formatted), wordsOf(text));
        assert.strictEqual(structure(parseDocument(formatted)), structure(parseDocument(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it('holds on any text at all: same words, idempotent, no throw', () => {
    fc.assert(
      fc.property(anyText, text => {
        const once = formatText(parseDocument(text));
        assert.deepStrictEqual(wordsOf(once), wordsOf(text));
        assert.strictEqual(formatText(parseDocument(once)), once);
      }),
      { numRuns: Math.max(1000, RUNS) },
    );
  });

  it('is idempotent: formatting twice equals formatting once', () => {
    fc.assert(
      fc.property(resolution, text => {
        const once = formatText(parseDocument(text));
        assert.strictEqual(formatText(parseDocument(once)), once);
        assert.deepStrictEqual(formatDocument(parseDocument(once)), []);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the line-end style, leaves no trailing whitespace outside comments and front matter, ends with one line end', () => {
    fc.assert(
      fc.property(resolution, text => {
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const formatted = formatText(parseDocument(text));
        assert.ok(formatted.endsWith(eol) && !formatted.endsWith(eol + eol));
        if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(formatted), 'a bare \\n in a CRLF document');
        else assert.ok(!formatted.includes('\r'));
        const doc = parseDocument(formatted);
        const fmEnd = doc.frontMatter?.range.end.line ?? -1;
        doc.lines.forEach((line, i) => {
          if (i <= fmEnd || doc.comments.some(c => c.range.start.line <= i && c.range.end.line >= i)) return;
          assert.ok(!/[ \t]$/.test(line), `trailing whitespace on line ${i}: ${JSON.stringify(line)}`);
          assert.ok(!/\S[ \t]{2,}\S/.test(line) && !/\t/.test(line.trimStart()), `double space on line ${i}: ${JSON.stringify(line)}`);
          assert.ok(!/["']/.test(line.replace(/\[\^[^\]\s]*\]/g, '')), `straight quote on line ${i}: ${JSON.stringify(line)}`);
        });
        assert.ok(!/(\r?\n){3}/.test(formatted.slice(formatted.indexOf('The General'))), 'two blank lines in a row');
      }),
      { numRuns: RUNS },
    );
  });

  it('makes its text with ordered edits that never overlap, for the document and for any range', () => {
    fc.assert(
      fc.property(resolution, fc.nat(40), fc.nat(10), (text, from, length) => {
        const doc = parseDocument(text);
        const edits = formatDocument(doc);
        assertNoOverlap(edits);
        assert.strictEqual(apply(text, edits), formatText(doc));
        const range = { start: { line: from, character: 0 }, end: { line: from + length, character: 3 } };
        const partial = formatRange(doc, range);
        assertNoOverlap(partial);
        for (const e of partial) assert.ok(e.range.start.line >= from - 1 && e.range.end.line <= from + length + 2, `range edit outside the range: ${JSON.stringify(e)}`);
        // Formatting a range, then the whole document, ends where formatting the document does.
        const afterRange = apply(text, partial);
        assert.strictEqual(formatText(parseDocument(afterRange)), formatText(doc));
      }),
      { numRuns: RUNS },
    );
  });
});

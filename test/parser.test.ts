import * as assert from 'assert';
import * as fs from 'fs';
import type { Range } from 'vscode-languageserver-types';
import * as fc from 'fast-check';
import { ParseCache, parseDocument, subparagraphLabel } from '../server/src/languageService/parser';
import type { Paragraph, ResolutionDocument, Subparagraph } from '../server/src/languageService/model';
import { parseMarkers, showRange } from './util/markers';
import { describeWithData, SEED_EXAMPLE, SHARED_DATA } from './util/shared';
import { bigDocuments } from './util/stress';
import * as path from 'node:path';

const SEED = SEED_EXAMPLE;

/** Every paragraph of the first part, in document order. */
function paragraphsOf(doc: ResolutionDocument, part = 0): Paragraph[] {
  const p = doc.parts[part];
  return [...p.preambular, ...p.operative].sort((a, b) => a.firstLine - b.firstLine);
}

/** `a:1 i:2 ii:2 b:1`: each subparagraph's label and level, depth first. */
function outline(subs: readonly Subparagraph[]): string {
  return subs.map(s => [`${s.label}:${s.level}`, outline(s.children)].filter(x => x).join(' ')).join(' ');
}

/** Walks every range in the model (any object with start/end positions). */
function allRanges(value: unknown, found: Range[] = [], seen = new Set<unknown>()): Range[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  const v = value as Record<string, unknown>;
  if (isPosition(v.start) && isPosition(v.end)) found.push(v as unknown as Range);
  for (const [key, child] of Object.entries(v)) if (key !== 'lines' && key !== 'text') allRanges(child, found, seen);
  return found;
}

function isPosition(p: unknown): boolean {
  return !!p && typeof p === 'object' && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
}

/** Asserts that every range of the model lies inside the document and is not reversed. */
function assertRangesInside(doc: ResolutionDocument): void {
  for (const r of allRanges(doc)) {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < doc.lines.length, `line outside the document: ${showRange(r)}`);
      assert.ok(p.character >= 0 && p.character <= doc.lines[p.line].length, `character outside its line: ${showRange(r)}`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `reversed range ${showRange(r)}`);
  }
}

describe('parser', () => {
  describe('the seed resolution A/RES/74/29', () => {
    const doc = parseDocument(fs.readFileSync(SEED, 'utf8'), 'file:///seed.unres', 3);

    it('reads the front matter into info', () => {
      assert.deepStrictEqual(doc.info, {
        symbol: 'A/RES/74/29',
        organ: 'GA',
        session: 74,
        agendaItem: '93',
        adopted: '2019-12-12',
        meeting: '46th plenary meeting',
        report: 'A/74/363',
        title: 'Developments in the field of information and telecommunications in the context of international security',
        status: 'adopted',
      });
      assert.strictEqual(doc.uri, 'file:///seed.unres');
      assert.strictEqual(doc.version, 3);
      assert.deepStrictEqual(
        doc.frontMatter?.entries.map(e => e.key),
        ['symbol', 'organ', 'session', 'agenda-item', 'adopted', 'meeting', 'report', 'title', 'status'],
      );
      assert.strictEqual(doc.frontMatter?.closed, true);
    });

    it('finds the organ line, 12 preambular and 3 operative paragraphs', () => {
      const part = doc.parts[0];
      assert.strictEqual(doc.parts.length, 1);
      assert.strictEqual(part.letter, undefined);
      assert.strictEqual(part.organLine?.organ, 'GA');
      assert.strictEqual(part.organLine?.hasComma, true);
      assert.strictEqual(part.preambular.length, 12);
      assert.deepStrictEqual(
        part.operative.map(p => p.number?.value),
        [1, 2, 3],
      );
      assert.deepStrictEqual(part.preambular.map(p => p.finalMark.char).join(''), ',,,,,,,,,,,,');
      assert.deepStrictEqual(
        part.operative.map(p => p.finalMark.char),
        [';', ';', '.'],
      );
      assert.deepStrictEqual(
        part.preambular.slice(0, 4).map(p => p.opening?.text),
        ['Recalling', 'Underscoring', 'Stressing', 'Expressing concern'],
      );
      assert.ok(part.preambular.every(p => p.opening?.emphasis));
      assert.strictEqual(doc.problems.length, 0);
    });
  });

  describe('ranges', () => {
    it('gives the front matter key and value, the organ line, the number, the opening and the final mark', () => {
      const { text, ranges } = parseMarkers(
        [
          '---',
          '[[symbol]]: [[A/RES/74/29]]',
          '---',
          '',
          '[[The General Assembly,]]',
          '',
          '[[*[[Recalling]]*]] its resolution 73/27[[,]]',
          '',
          '[[1]]. *Decides* to remain seized of the matter[[]]',
        ].join('\n'),
      );
      const doc = parseDocument(text);
      const entry = doc.frontMatter!.entries[0];
      const pre = doc.parts[0].preambular[0];
      const op = doc.parts[0].operative[0];
      assert.deepStrictEqual(
        [
          entry.keyRange,
          entry.valueRange,
          doc.parts[0].organLine!.range,
          pre.opening!.fullRange,
          pre.opening!.range,
          pre.finalMark.range,
          op.number!.range,
          op.finalMark.range,
        ].map(showRange),
        ranges.map(showRange),
      );
      assert.strictEqual(op.finalMark.char, 'r');
    });
  });

  describe('operative paragraphs', () => {
    it('reads bis, ter … after the number', () => {
      const { text, ranges } = parseMarkers(['The General Assembly,', '', '1. *Decides* one;', '', '[[1 bis]]. *Decides* two;', '', '1 ter. *Decides* three.'].join('\n'));
      const ops = parseDocument(text).parts[0].operative;
      assert.deepStrictEqual(
        ops.map(p => [p.number?.value, p.number?.suffix, p.number?.suffixIndex, p.number?.text]),
        [
          [1, undefined, 0, '1'],
          [1, 'bis', 1, '1 bis'],
          [1, 'ter', 2, '1 ter'],
        ],
      );
      assert.strictEqual(showRange(ops[1].number!.range), showRange(ranges[0]));
    });

    it('takes a trailing unnumbered paragraph of a part without numbers as the lone operative paragraph', () => {
      const doc = parseDocument(
        ['The General Assembly,', '', '*Recalling* its resolution 56/168,', '', '*Adopts* the following Declaration:', '', '# Annex', '', 'Text.'].join('\n'),
      );
      const part = doc.parts[0];
      assert.deepStrictEqual(
        part.preambular.map(p => p.opening?.text),
        ['Recalling'],
      );
      assert.deepStrictEqual(
        part.operative.map(p => [p.kind, p.number, p.opening?.text, p.finalMark.char]),
        [['operative', undefined, 'Adopts', ':']],
      );
    });

    it('keeps every unnumbered paragraph preambular when the last one ends with a comma', () => {
      const part = parseDocument(['The General Assembly,', '', '*Recalling* one,', '', '*Noting* two,'].join('\n')).parts[0];
      assert.strictEqual(part.preambular.length, 2);
      assert.strictEqual(part.operative.length, 0);
    });

    it('keeps an unnumbered paragraph after operative ones as preambular, and records the section', () => {
      const doc = parseDocument(
        [
          'The General Assembly,',
          '',
          '## I. Values',
          '',
          '*Recalling* one,',
          '',
          '1. *Decides* two;',
          '',
          '## II. Action',
          '',
          '*Stressing* three,',
          '',
          '2. *Decides* four.',
        ].join('\n'),
      );
      const paragraphs = paragraphsOf(doc);
      assert.deepStrictEqual(
        paragraphs.map(p => [p.kind, p.opening?.text, p.section]),
        [
          ['preambular', 'Recalling', 'I. Values'],
          ['operative', 'Decides', 'I. Values'],
          ['preambular', 'Stressing', 'II. Action'],
          ['operative', 'Decides', 'II. Action'],
        ],
      );
      assert.deepStrictEqual(
        doc.parts[0].sections.map(h => h.text),
        ['I. Values', 'II. Action'],
      );
    });

    it('records content before the organ line as stray', () => {
      const { text, ranges } = parseMarkers(['[[Some words here.]]', '', 'The General Assembly,', '', '1. *Decides* to act.'].join('\n'));
      const part = parseDocument(text).parts[0];
      assert.deepStrictEqual(part.strayBeforeOrgan.map(showRange), ranges.map(showRange));
      assert.strictEqual(part.preambular.length, 0);
    });

    it('reads an opening phrase without emphasis as its first word, and `_…_` as emphasis', () => {
      const paragraphs = paragraphsOf(
        parseDocument(['The General Assembly,', '', 'Recalling its resolution,', '', '_Noting with concern_ the report,', '', '**Bearing in mind** x,'].join('\n')),
      );
      assert.deepStrictEqual(
        paragraphs.map(p => [p.opening?.text, p.opening?.emphasis]),
        [
          ['Recalling', false],
          ['Noting with concern', true],
          ['Bearing in mind', true],
        ],
      );
    });

    it('joins wrapped lines of a paragraph with spaces', () => {
      const p = parseDocument(['The General Assembly,', '', '1. *Decides* to', '   remain seized', 'of the matter.'].join('\n')).parts[0].operative[0];
      assert.strictEqual(p.text, '*Decides* to remain seized of the matter.');
      assert.deepStrictEqual([p.firstLine, p.lastLine, p.finalMark.char, showRange(p.finalMark.range)], [2, 4, '.', '4:13-4:14']);
    });

    it('starts a new paragraph at a numbered line even without a blank line', () => {
      const ops = parseDocument(['The General Assembly,', '1. *Decides* one;', '2. *Decides* two.'].join('\n')).parts[0].operative;
      assert.deepStrictEqual(
        ops.map(p => p.number?.value),
        [1, 2],
      );
    });
  });

  describe('final marks', () => {
    const markOf = (line: string) => parseDocument(`The General Assembly,\n\n${line}`).parts[0];
    it('reads the mark before closing quotes and footnote references', () => {
      const cases: [string, string][] = [
        ['1. *Decides* to include the item “Developments in security”.', '.'],
        ['1. *Decides* to include the item “Developments in security.”', '.'],
        ['1. *Decides* to include the report;[^1]', ';'],
        ['1. *Decides* to include “it”;  [^1] [^2]  ', ';'],
      ];
      for (const [line, mark] of cases) assert.strictEqual(markOf(line).operative[0].finalMark.char, mark, line);
    });

    it('gives an empty range where a missing mark belongs', () => {
      const { text, ranges } = parseMarkers('The General Assembly,\n\n1. *Decides* to act[[]]\n\n2. *Decides* the item “Foo”[[]][^1]');
      const ops = parseDocument(text).parts[0].operative;
      assert.deepStrictEqual(
        ops.map(p => p.finalMark.char),
        ['t', 'o'],
      );
      assert.deepStrictEqual(
        ops.map(p => showRange(p.finalMark.range)),
        ranges.map(showRange),
      );
    });
  });

  describe('subparagraphs', () => {
    const subsOf = (body: string[]) => parseDocument(['The General Assembly,', '', '1. *Requests*:', ...body].join('\n')).parts[0].operative[0];

    it('nests roman numerals under letters', () => {
      const p = subsOf(['   (a) One;', '   (b) Two:', '      (i) Three;', '      (ii) Four;', '   (c) Five.']);
      assert.strictEqual(outline(p.subparagraphs), 'a:1 b:1 i:2 ii:2 c:1');
      assert.deepStrictEqual(
        p.subparagraphs[1].children.map(s => [s.style, s.ordinal]),
        [
          ['lower-roman', 1],
          ['lower-roman', 2],
        ],
      );
      assert.strictEqual(p.text, '*Requests*:');
      assert.strictEqual(p.finalMark.char, ':');
    });

    it('reads (i) after (h) as a letter, and (i)(ii) below it as numerals', () => {
      const body = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(l => `(${l}) x;`);
      const p = subsOf([...body, '(i) Nine:', '   (i) Roman one;', '   (ii) Roman two;', '(j) Ten.']);
      assert.strictEqual(outline(p.subparagraphs.slice(7)), 'h:1 i:1 i:2 ii:2 j:1');
      assert.deepStrictEqual([p.subparagraphs[8].style, p.subparagraphs[8].ordinal], ['lower-alpha', 9]);
      assert.strictEqual(p.subparagraphs[9].ordinal, 10);
    });

    it('reads (i) after (h) with children as a letter', () => {
      const body = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(l => `(${l}) x;`);
      const p = subsOf([...body, '(h) Eight:', '  (i) One;', '  (ii) Two;', '(i) Nine.']);
      assert.strictEqual(outline(p.subparagraphs.slice(7)), 'h:1 i:2 ii:2 i:1');
      assert.strictEqual(p.subparagraphs[8].style, 'lower-alpha');
    });

    it('counts (aa) after (z) as 27, and (v) after (u) as a letter', () => {
      const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').map(l => `(${l}) x;`);
      const p = subsOf([...letters, '(aa) y;', '(bb) z.']);
      assert.strictEqual(p.subparagraphs.length, 28);
      assert.ok(p.subparagraphs.every(s => s.style === 'lower-alpha' && s.level === 1));
      assert.deepStrictEqual(
        p.subparagraphs.slice(20, 28).map(s => s.ordinal),
        [21, 22, 23, 24, 25, 26, 27, 28],
      );
    });

    it('opens deeper levels for (A) and (1), and closes them at a matching ancestor', () => {
      const p = subsOf(['(a) x:', ' (i) y:', '  (A) z:', '   (1) w;', '   (2) w;', '  (B) z;', ' (ii) y;', '(b) x.']);
      assert.strictEqual(outline(p.subparagraphs), 'a:1 i:2 A:3 1:4 2:4 B:3 ii:2 b:1');
      assert.deepStrictEqual(
        p.subparagraphs[0].children[0].children[0].children.map(s => s.style),
        ['decimal', 'decimal'],
      );
    });

    it('keeps a subparagraph separated by blank lines, with wrapped lines, text, ranges and marks', () => {
      const { text, ranges } = parseMarkers(
        ['The General Assembly,', '', '1. *Requests* the Secretary-General:', '', '   [[[[(a)]] To report', '   on the matter;]]', '', '   [[(b)]] To convene[[]]'].join('\n'),
      );
      const p = parseDocument(text).parts[0].operative[0];
      const [a, b] = p.subparagraphs;
      assert.deepStrictEqual([a.text, a.firstLine, a.lastLine, a.finalMark.char], ['To report on the matter;', 4, 5, ';']);
      assert.deepStrictEqual([showRange(a.labelRange), showRange(a.range), showRange(b.labelRange), showRange(b.finalMark.range)], ranges.map(showRange));
      assert.strictEqual(p.lastLine, 7);
    });

    it('names the label of any ordinal, for messages and fixes', () => {
      assert.deepStrictEqual(
        [
          subparagraphLabel('lower-alpha', 3),
          subparagraphLabel('lower-alpha', 27),
          subparagraphLabel('lower-roman', 4),
          subparagraphLabel('lower-roman', 19),
          subparagraphLabel('upper-alpha', 2),
          subparagraphLabel('decimal', 12),
        ],
        ['c', 'aa', 'iv', 'xix', 'B', '12'],
      );
    });

    it('reads bullets, which continue over wrapped lines', () => {
      const p = subsOf(['• First item', '  wrapped', '- Second item', '(a) after;']);
      assert.deepStrictEqual(
        p.bullets.map(b => b.text),
        ['First item wrapped', 'Second item'],
      );
      assert.deepStrictEqual(
        p.subparagraphs.map(s => s.label),
        ['a'],
      );
      assert.strictEqual(p.text, '*Requests*:');
    });
  });

  describe('parts and attachments', () => {
    it('reads each `# A` part with its own organ line and paragraphs', () => {
      const doc = parseDocument(
        [
          '# A',
          '',
          'The General Assembly,',
          '',
          '*Recalling* x,',
          '',
          '1. *Decides* y.',
          '',
          '# B',
          '',
          'The General Assembly,',
          '',
          '1. *Decides* z;',
          '',
          '2. *Decides* w.',
        ].join('\n'),
      );
      assert.deepStrictEqual(
        doc.parts.map(p => [p.letter, p.heading?.text, p.organLine?.organ, p.preambular.length, p.operative.map(o => o.number?.value).join(',')]),
        [
          ['A', 'A', 'GA', 1, '1'],
          ['B', 'B', 'GA', 0, '1,2'],
        ],
      );
      assert.deepStrictEqual(
        doc.parts.map(p => showRange(p.range)),
        ['0:0-6:15', '8:0-14:15'],
      );
    });

    it('reads an attachment with headings, articles and numbered paragraphs', () => {
      const doc = parseDocument(
        [
          'The General Assembly,',
          '',
          '*Adopts* the Convention annexed to the present resolution.',
          '',
          '# Annex',
          '',
          '## Convention',
          '',
          'Preamble text.',
          '',
          '### Article 1',
          '',
          '#### Purpose',
          '',
          'The purpose.',
          '',
          '### Article IV',
          '',
          '1. First.',
          '',
          '2. Second.',
          '',
          '## Final clauses',
          '',
          '1. Closing.',
        ].join('\n'),
      );
      assert.strictEqual(doc.parts[0].operative.length, 1);
      assert.strictEqual(doc.attachments.length, 1);
      const annex = doc.attachments[0];
      assert.strictEqual(annex.heading.text, 'Annex');
      assert.deepStrictEqual(
        annex.headings.map(h => [h.level, h.text]),
        [
          [2, 'Convention'],
          [3, 'Article 1'],
          [4, 'Purpose'],
          [3, 'Article IV'],
          [2, 'Final clauses'],
        ],
      );
      assert.deepStrictEqual(
        annex.articles.map(a => [a.number, showRange(a.numberRange!), a.paragraphs.map(p => p.number?.value ?? p.text)]),
        [
          [1, '10:12-10:13', ['The purpose.']],
          [4, '16:12-16:14', [1, 2]],
        ],
      );
      assert.deepStrictEqual(
        annex.paragraphs.map(p => [p.kind, p.text, p.section]),
        [
          ['attachment', 'Preamble text.', 'Convention'],
          ['attachment', 'Closing.', 'Final clauses'],
        ],
      );
      assert.strictEqual(doc.headings.length, 6);
      assert.strictEqual(showRange(annex.range), '4:0-24:11');
    });
  });

  describe('comments and directives', () => {
    it('records comments, blanks them, and reads directives', () => {
      const text = [
        'The General Assembly,',
        '',
        '<!-- unres-disable-next-line citation/order phrase/emphasis -->',
        '*Recalling* x, <!-- a note',
        'over two lines --> y,',
        '',
        '<!-- unres-disable -->',
        '<!-- unres-enable -->',
        '1. *Decides* z. <!-- unres-disable-line -->',
      ].join('\n');
      const doc = parseDocument(text);
      assert.strictEqual(doc.comments.length, 5);
      assert.strictEqual(doc.comments[1].text, 'a note\nover two lines');
      assert.strictEqual(showRange(doc.comments[1].range), '3:15-4:18');
      assert.deepStrictEqual(
        doc.directives.map(d => [d.kind, d.codes, d.line]),
        [
          ['disable-next-line', ['citation/order', 'phrase/emphasis'], 2],
          ['disable', [], 6],
          ['enable', [], 7],
          ['disable-line', [], 8],
        ],
      );
      const part = doc.parts[0];
      assert.strictEqual(part.preambular[0].text, '*Recalling* x, y,');
      assert.strictEqual(part.operative[0].finalMark.char, '.');
      assert.strictEqual(doc.problems.length, 0);
    });

    it('runs an unclosed comment to the end and reports it', () => {
      const doc = parseDocument('The General Assembly,\n\n<!-- never closed\n\n1. *Decides* x.');
      assert.strictEqual(showRange(doc.comments[0].range), '2:0-4:15');
      assert.deepStrictEqual(
        doc.problems.map(p => [p.code, showRange(p.range)]),
        [['structure/comment', '2:0-2:4']],
      );
      assert.strictEqual(doc.parts[0].operative.length, 0);
    });
  });

  describe('footnotes and brackets', () => {
    it('reads references and definitions, not counting the definition label as a reference', () => {
      const text = ['The General Assembly,', '', '1. *Welcomes* the report[^1] and more[^note].', '', '[^1]: A/74/363.', '', '[^note]: Second', '  line.'].join('\n');
      const doc = parseDocument(text);
      assert.deepStrictEqual(
        doc.footnoteReferences.map(r => [r.label, showRange(r.range)]),
        [
          ['1', '2:24-2:28'],
          ['note', '2:37-2:44'],
        ],
      );
      assert.deepStrictEqual(
        doc.footnoteDefinitions.map(d => [d.label, d.text, showRange(d.labelRange), showRange(d.range)]),
        [
          ['1', 'A/74/363.', '4:0-4:4', '4:0-4:15'],
          ['note', 'Second line.', '6:0-6:7', '6:0-7:7'],
        ],
      );
      assert.deepStrictEqual(doc.brackets, []);
      assert.strictEqual(doc.parts[0].operative.length, 1);
    });

    it('pairs negotiation brackets across the body and keeps unmatched ones', () => {
      const text = ['The General Assembly,', '', '1. *Calls upon* [all [States][^1] to act;', '', '2. *Decides* x];', '', '3. *Decides* ] y.'].join('\n');
      const doc = parseDocument(text);
      assert.deepStrictEqual(
        doc.brackets.map(b => [b.open && showRange(b.open), b.close && showRange(b.close)]),
        [
          ['2:16-2:17', '4:14-4:15'],
          ['2:21-2:22', '2:28-2:29'],
          [undefined, '6:13-6:14'],
        ],
      );
    });

    it('excludes front matter and comments from brackets', () => {
      const doc = parseDocument('---\ntitle: "[x"\n---\n\nThe General Assembly, <!-- [ -->\n\n1. *Decides* [y.');
      assert.deepStrictEqual(
        doc.brackets.map(b => [b.open && showRange(b.open), b.close]),
        [['6:13-6:14', undefined]],
      );
    });
  });

  describe('front matter', () => {
    it('reports a YAML error at its place and keeps the rest', () => {
      const doc = parseDocument('---\nsymbol: A/RES/74/29\ntitle: [unclosed\n---\n\nThe General Assembly,');
      assert.ok(doc.problems.length > 0);
      assert.ok(doc.problems.every(p => p.code === 'frontmatter/value'));
      assert.ok(
        doc.problems.every(p => p.range.start.line >= 1 && p.range.start.line <= 3),
        JSON.stringify(doc.problems),
      );
      assert.strictEqual(doc.parts[0].organLine?.organ, 'GA');
    });

    it('reports an unclosed front matter', () => {
      const doc = parseDocument('---\nsymbol: A/RES/74/29\n');
      assert.strictEqual(doc.frontMatter?.closed, false);
      assert.deepStrictEqual(
        doc.problems.map(p => [p.code, showRange(p.range)]),
        [['frontmatter/value', '0:0-0:3']],
      );
      assert.strictEqual(doc.info.symbol, 'A/RES/74/29');
    });

    it('infers organ and session from the symbol, and reads ISO dates', () => {
      const info = (fm: string) => parseDocument(`---\n${fm}\n---\n`).info;
      assert.deepStrictEqual(info('symbol: A/HRC/RES/40/1\nadopted: 2019-03-22'), { symbol: 'A/HRC/RES/40/1', organ: 'HRC', session: 40, adopted: '2019-03-22', status: 'draft' });
      assert.deepStrictEqual(info('symbol: S/RES/2334 (2016)'), { symbol: 'S/RES/2334 (2016)', organ: 'SC', status: 'draft' });
      assert.deepStrictEqual(info('symbol: E/RES/2019/1').organ, 'ECOSOC');
      assert.deepStrictEqual(info('symbol: A/C.1/74/L.50\nsession: 75').session, 75);
      assert.deepStrictEqual(info('adopted: 31 April 2019\nstatus: final'), { status: 'draft' });
      assert.deepStrictEqual(info('organ: Security Council\nsymbol: A/RES/74/29').organ, 'SC');
    });

    it('gives an empty value an empty range at the end of its line', () => {
      const entry = parseDocument('---\ntitle:\n---\n').frontMatter!.entries[0];
      assert.deepStrictEqual([entry.key, entry.value, entry.valueText, showRange(entry.valueRange)], ['title', undefined, '', '1:6-1:6']);
    });

    it('takes the organ from the organ line when nothing else names it', () => {
      assert.strictEqual(parseDocument('The Security Council,\n\n1. *Decides* x.').info.organ, 'SC');
    });
  });

  describe('line ends and odd input', () => {
    it('splits lines on CRLF and CR alike', () => {
      for (const eol of ['\r\n', '\r', '\n']) {
        const doc = parseDocument(['---', 'symbol: A/RES/74/29', '---', '', 'The General Assembly,', '', '1. *Decides* x;', '', '2. *Decides* y.'].join(eol));
        assert.strictEqual(doc.lines.length, 9, JSON.stringify(eol));
        assert.strictEqual(doc.frontMatter?.entries[0].value, 'A/RES/74/29');
        assert.strictEqual(showRange(doc.frontMatter!.entries[0].valueRange), '1:8-1:19');
        assert.deepStrictEqual(
          doc.parts[0].operative.map(p => showRange(p.finalMark.range)),
          ['6:14-6:15', '8:14-8:15'],
        );
        assertRangesInside(doc);
      }
    });

    it('ignores a leading byte order mark as whitespace but counts it in positions', () => {
      const doc = parseDocument('\ufeff---\nsymbol: A/RES/74/29\n---\n');
      assert.strictEqual(doc.info.symbol, 'A/RES/74/29');
      const doc2 = parseDocument('\ufeffThe General Assembly,\n\n1. *Decides* x.');
      assert.strictEqual(showRange(doc2.parts[0].organLine!.range), '0:1-0:22');
      const doc3 = parseDocument('\ufeff1. *Decides* x.');
      assert.deepStrictEqual([doc3.parts[0].operative[0].number?.value, showRange(doc3.parts[0].operative[0].number!.range)], [1, '0:1-0:2']);
    });

    it('never throws and keeps every range inside the document', () => {
      const pieces = [
        '---',
        '\n',
        '\r\n',
        '\r',
        'symbol: A/RES/74/29',
        ': [',
        '<!--',
        '-->',
        '# A',
        '# Annex',
        '### Article 1',
        '1.',
        '2 bis.',
        '(a)',
        '(i)',
        '(aa) ',
        '*',
        '_',
        '*Recalling*',
        '[',
        ']',
        '[^1]',
        '[^1]:',
        '”',
        ';',
        ',',
        ' ',
        '\t',
        '\ufeff',
        'The General Assembly,',
        '•',
        '- ',
        'x',
        '\ud83d\ude00',
        'résolution 74/29',
        '',
      ];
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      for (let n = 0; n < 400; n++) {
        let text = '';
        const count = Math.floor(random() * 40);
        for (let k = 0; k < count; k++) text += pieces[Math.floor(random() * pieces.length)];
        const doc = parseDocument(text);
        assert.ok(!doc.problems.some(p => p.code === 'structure/parse'), `parser failed on ${JSON.stringify(text)}: ${JSON.stringify(doc.problems)}`);
        assert.strictEqual(doc.parts.length >= 1, true);
        assertRangesInside(doc);
      }
    });

    it('reads every half-typed prefix of the seed', () => {
      const seed = fs.readFileSync(SEED, 'utf8');
      for (let end = 0; end <= seed.length; end += 89) {
        const doc = parseDocument(seed.slice(0, end));
        assert.ok(!doc.problems.some(p => p.code === 'structure/parse'));
        assertRangesInside(doc);
      }
    });

    // Their speed beside a linear pass: npm run bench -- --only=units (units-parse-1MB, units-parse-long-lines).
    it('parses a large document and very long lines', () => {
      const seed = fs.readFileSync(SEED, 'utf8');
      const { big, long } = bigDocuments(seed.slice(seed.indexOf('The General Assembly')));
      const doc = parseDocument(big);
      const docLong = parseDocument(long);
      assert.ok(doc.parts[0].operative.length > 300);
      assert.strictEqual(docLong.parts[0].operative[0].finalMark.char, '.');
      assertRangesInside(docLong);
    });
  });

  describe('inline recognitions', () => {
    it('collects what the inline scanner finds and tells each reference its operative paragraph', () => {
      const doc = parseDocument(
        [
          'The General Assembly,',
          '',
          '*Recalling* its resolution 73/27 of 5 December 2018,',
          '',
          '1. *Decides* to act;',
          '',
          '2. *Recalls* paragraph 1 above.',
          '',
          '# Annex',
          '',
          'See paragraph 2.',
        ].join('\n'),
      );
      assert.deepStrictEqual(
        doc.citations.map(c => c.items.map(i => i.symbol)),
        [['A/RES/73/27']],
      );
      assert.deepStrictEqual(
        doc.dates.map(d => [d.iso, d.range.start.line]),
        [['2018-12-05', 2]],
      );
      assert.deepStrictEqual(
        doc.references.map(r => [r.range.start.line, r.inOperative]),
        [
          [6, 2],
          [10, undefined],
        ],
      );
    });
  });

  describeWithData('real texts', () => {
    // GA resolutions of sessions 45 on and Security Council resolutions from 1990, as structured by
    // UN-EOSG-Analytics: written out in the markup, they must read back with the same numbers and labels.
    const dir = path.join(SHARED_DATA, 'UN-EOSG-Analytics__un-mandates-housekeeping/paragraphs/');
    const modern = (f: string) => /^A_RES_(4[5-9]|[5-9]\d)_/.test(f) || /^S_RES_\d+\((199\d|20\d\d)\)/.test(f);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(modern) : [];

    it('reads the operative numbers and subparagraph labels of real resolutions', () => {
      assert.ok(files.length > 30, `only ${files.length} files`);
      for (const file of files) {
        const paragraphs = (JSON.parse(fs.readFileSync(dir + file, 'utf8')) as { type: string; prefix: string | null; text: string; paragraph_level: number | null }[]).filter(
          p => p.type === 'paragraph',
        );
        const lines: string[] = [];
        const expected: string[] = [];
        for (const p of paragraphs) {
          const text = p.text.replace(/\s+/g, ' ').trim();
          if (p.prefix && /^\d+\.$/.test(p.prefix)) {
            lines.push(`${p.prefix} ${text}`);
            expected.push(p.prefix);
          } else if (p.prefix && /^\(\w+\)$/.test(p.prefix)) {
            lines.push(`${' '.repeat(3 * Math.max(1, (p.paragraph_level ?? 2) - 1))}${p.prefix} ${text}`);
            expected.push(p.prefix);
          } else if (!/^\d+\.|^\s*\(\w+\)/.test(text)) {
            lines.push(text);
          }
        }
        const doc = parseDocument(lines.join('\n\n'));
        const found: [number, string][] = [];
        const walk = (subs: readonly Subparagraph[]) =>
          subs.forEach(s => {
            found.push([s.firstLine, `(${s.label})`]);
            walk(s.children);
          });
        for (const part of doc.parts) {
          for (const p of [...part.preambular, ...part.operative]) {
            if (p.number) found.push([p.firstLine, `${p.number.text}.`]);
            walk(p.subparagraphs);
          }
        }
        found.sort((a, b) => a[0] - b[0]);
        assert.deepStrictEqual(
          found.map(f => f[1]),
          expected,
          file,
        );
        assertRangesInside(doc);
      }
    });
  });

  describe('organ lines', () => {
    it('finds an organ line typed right under a title, and reads its comma', () => {
      const doc = parseDocument('Some title\nThe Human Rights Council\n*Recalling* x,');
      const part = doc.parts[0];
      assert.deepStrictEqual([part.organLine?.organ, part.organLine?.hasComma, showRange(part.organLine!.range)], ['HRC', false, '1:0-1:24']);
      assert.deepStrictEqual(part.strayBeforeOrgan.map(showRange), ['0:0-0:10']);
      assert.deepStrictEqual(
        part.preambular.map(p => p.opening?.text),
        ['Recalling'],
      );
    });
  });

  describe('incremental parsing (a ParseCache per document)', () => {
    const base = [
      '---',
      'symbol: A/RES/74/29',
      '---',
      '',
      'The General Assembly,',
      '',
      '*Recalling* its resolution 73/27 of 5 December 2018,',
      '',
      '*Noting* the report A/74/363,[^1]',
      '',
      '1. *Decides* to act, as in paragraph 2 below;',
      '',
      '2. *Requests* the Secretary-General:',
      '   (a) to report <!-- a note --> on resolution 2334 (2016);',
      '   (b) to act;',
      '',
      '3. *Decides* to remain seized of the matter, as in paragraph 1 above.',
      '',
      '[^1]: A/74/363.',
    ].join('\n');

    it('keeps the objects of untouched paragraphs and reads the edited one again', () => {
      const cache = new ParseCache();
      const before = parseDocument(base, 'u', 1, cache);
      const edited = base.replace('to act;', 'to act now;');
      const after = parseDocument(edited, 'u', 2, cache);
      assert.deepStrictEqual(after, parseDocument(edited, 'u', 2));
      const ops = (d: ResolutionDocument) => d.parts[0].operative;
      assert.deepStrictEqual(
        [0, 1, 2].map(i => ops(after)[i] === ops(before)[i]),
        [true, false, true],
      );
      assert.strictEqual(after.parts[0].preambular[0], before.parts[0].preambular[0]);
    });

    it('shifts the lines of blocks that moved', () => {
      const cache = new ParseCache();
      parseDocument(base, 'u', 1, cache);
      const edited = base.replace('The General Assembly,', 'The General Assembly,\n\n*Recalling* also the Charter,');
      const after = parseDocument(edited, 'u', 2, cache);
      assert.deepStrictEqual(after, parseDocument(edited, 'u', 2));
      assert.deepStrictEqual(showRange(after.citations[0].items[0].range), '8:27-8:51');
      assert.strictEqual(after.citations[0].items[0].date, after.dates[0], 'a citation date is still the same object as in dates');
    });

    // What edits type: markup that changes how blocks split, merge and are classed.
    const FRAGMENTS = [
      '\n',
      '\n\n',
      ' ',
      'x',
      '(a) ',
      '(ii) ',
      '4. ',
      '2 bis. ',
      '# A\n',
      '## Section\n',
      '# Annex\n',
      '<!-- ',
      ' -->',
      '*',
      '_',
      '[',
      ']',
      '[^2]',
      '[^2]: Note.\n',
      ',',
      ';',
      '.',
      '- ',
      'The Security Council,\n',
      'resolution 74/29 of 12 December 2019',
      'paragraph 3 above',
      '---\n',
      'organ: SC\n',
    ];
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map(a => a.join('')) });
    const docs = [
      base,
      fs.readFileSync(SEED, 'utf8'),
      ...['A-C.1-80-draft', 'A-RES-61-106-convention', 'S-RES-2250-2015', 'faulty'].map(n => fs.readFileSync(`${__dirname}/../../examples/${n}.unres`, 'utf8')),
    ];

    it('gives the same model as a fresh parse after any sequence of edits', () => {
      fc.assert(
        fc.property(fc.nat({ max: docs.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
          const cache = new ParseCache();
          let text = docs[which];
          parseDocument(text, 'u', 0, cache);
          edits.forEach((e, version) => {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            assert.deepStrictEqual(parseDocument(text, 'u', version + 1, cache), parseDocument(text, 'u', version + 1));
          });
        }),
        { numRuns: 150 },
      );
    });
  });
});

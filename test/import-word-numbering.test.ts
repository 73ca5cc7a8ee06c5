/**
 * Word's automatic numbering read from the file (numbering.xml): paragraphs numbered by Word's list
 * numbering import with the numbers and letters Word shows them with — starts, formats, levels,
 * restarts, a list that goes on after an unnumbered paragraph. The Word files are written here by
 * the `docx` package (a numbered list as Word writes it), some then edited with JSZip.
 */
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { importBytes } from '../server/src/import';
import { formatNumber, readWordNumbering } from '../server/src/import/wordNumbering';
import { layoutDocument } from '../server/src/languageService/export/layout';
import { layoutDocx } from '../server/src/export/docx';
import { parseDocument } from '../server/src/languageService/parser';
import { ROOT } from './util/shared';

type Item = { text: string; level?: number; list?: string; instance?: number } | string;

const LEVELS = {
  ops: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 5, alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', start: 1, alignment: AlignmentType.START },
    { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', start: 1, alignment: AlignmentType.START },
  ],
  legal: [
    { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', start: 1, alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1, alignment: AlignmentType.START },
  ],
};

/** A Word file: the organ line, then paragraphs (a string: unnumbered; an item: numbered by its list's level). */
async function wordFile(items: Item[]): Promise<Buffer> {
  const doc = new Document({
    numbering: { config: Object.entries(LEVELS).map(([reference, levels]) => ({ reference, levels })) },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'The General Assembly', italics: true }), new TextRun(',')] }),
          ...items.map(item => {
            if (typeof item === 'string') return new Paragraph({ text: item });
            const [verb, ...rest] = item.text.split(' ');
            return new Paragraph({
              children: [new TextRun({ text: verb, italics: true }), new TextRun(` ${rest.join(' ')}`)],
              numbering: { reference: item.list ?? 'ops', level: item.level ?? 0, ...(item.instance !== undefined ? { instance: item.instance } : {}) },
            });
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function imported(docx: Buffer): Promise<string[]> {
  const { text } = await importBytes(new Uint8Array(docx), 'numbered.docx');
  return text.split('\n').filter(l => /^\s*(?:\d|\(|[IVX]+\.|•)/.test(l));
}

describe('import: Word automatic numbering (numbering.xml)', function () {
  this.timeout(30_000);

  it('numbers as Word shows: the start, the subparagraph letters and romans, a letter level restarting', async () => {
    const lines = await imported(
      await wordFile([
        { text: 'Decides to act;' },
        { text: 'Requests the Secretary-General:' },
        { text: 'to report;', level: 1 },
        { text: 'to consult:', level: 1 },
        { text: 'the States;', level: 2 },
        { text: 'the agencies;', level: 2 },
        { text: 'Decides to remain seized of the matter:' },
        { text: 'in its next session.', level: 1 },
      ]),
    );
    assert.deepStrictEqual(lines, [
      '5. *Decides* to act;',
      '6. *Requests* the Secretary-General:',
      '   (a) *to* report;',
      '   (b) *to* consult:',
      '      (i) *the* States;',
      '      (ii) *the* agencies;',
      '7. *Decides* to remain seized of the matter:',
      '   (a) *in* its next session.',
    ]);
  });

  it('goes on after an unnumbered paragraph (mammoth starts a new list there, Word does not)', async () => {
    const lines = await imported(await wordFile([{ text: 'Decides to act;' }, { text: 'Urges all States;' }, 'Recognizing the needs,', { text: 'Requests a report.' }]));
    assert.deepStrictEqual(lines, ['5. *Decides* to act;', '6. *Urges* all States;', '7. *Requests* a report.']);
  });

  it('starts again in a new instance of the list, and shows other formats as Word does (I., I.1)', async () => {
    const lines = await imported(
      await wordFile([
        { text: 'Decides to act;' },
        { text: 'Decides to act again;', instance: 2 },
        { text: 'Recalls the first part;', list: 'legal' },
        { text: 'Notes the point;', list: 'legal', level: 1 },
        { text: 'Notes another point;', list: 'legal', level: 1 },
        { text: 'Recalls the second part.', list: 'legal' },
      ]),
    );
    // `%1.%2` shows the upper level in its own format (no w:isLgl): I.1, as Word does.
    assert.deepStrictEqual(lines, [
      '5. *Decides* to act;',
      '5. *Decides* to act again;',
      'I. *Recalls* the first part;',
      'I.1 *Notes* the point;',
      'I.2 *Notes* another point;',
      'II. *Recalls* the second part.',
    ]);
  });

  it('keeps counting a level that never restarts (w:lvlRestart 0)', async () => {
    const zip = await JSZip.loadAsync(
      await wordFile([{ text: 'Decides to act:' }, { text: 'to report;', level: 1 }, { text: 'Requests a report:' }, { text: 'to consult.', level: 1 }]),
    );
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    // The letter level `(%2)` of the list `ops`: never restart.
    const patched = numbering.replace(
      /(<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/>)(<w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="\(%2\)"\/>)/,
      '$1<w:lvlRestart w:val="0"/>$2',
    );
    assert.notStrictEqual(patched, numbering);
    zip.file('word/numbering.xml', patched);
    const lines = await imported(await zip.generateAsync({ type: 'nodebuffer' }));
    assert.deepStrictEqual(lines, ['5. *Decides* to act:', '   (a) *to* report;', '6. *Requests* a report:', '   (b) *to* consult.']);
  });

  it('numbers paragraphs numbered by their style (mammoth makes no list of them)', async () => {
    const zip = await JSZip.loadAsync(await wordFile([{ text: 'Decides to act;' }, 'Recognizing the needs,', { text: 'Requests a report.' }]));
    // The paragraphs' numbering moved into a paragraph style, as Word's `List Number` has it.
    let document = await zip.file('word/document.xml')!.async('string');
    const numPr = /<w:numPr>.*?<\/w:numPr>/.exec(document)![0];
    assert.ok(document.includes(`<w:pStyle w:val="ListParagraph"/>${numPr}`));
    document = document.split(`<w:pStyle w:val="ListParagraph"/>${numPr}`).join('<w:pStyle w:val="OpList"/>');
    zip.file('word/document.xml', document);
    const styles = await zip.file('word/styles.xml')!.async('string');
    zip.file(
      'word/styles.xml',
      styles.replace('</w:styles>', `<w:style w:type="paragraph" w:styleId="OpList"><w:name w:val="Op List"/><w:pPr>${numPr}</w:pPr></w:style></w:styles>`),
    );
    const lines = await imported(await zip.generateAsync({ type: 'nodebuffer' }));
    assert.deepStrictEqual(lines, ['5. *Decides* to act;', '6. *Requests* a report.']);
  });

  it('reads the numbered paragraphs of the file with their keys; none in a file without numbering', async () => {
    const items = await readWordNumbering(new Uint8Array(await wordFile([{ text: 'Decides to act;' }, { text: 'to report;', level: 1 }])));
    assert.deepStrictEqual(
      items.map(i => [i.key, i.level, i.shown, i.value, i.byStyle]),
      [
        ['Decidestoact', 0, '5.', '5', false],
        ['toreport', 1, '(a)', 'a', false],
      ],
    );
    const plain = new Document({ sections: [{ children: [new Paragraph({ text: 'Text.' })] }] });
    assert.deepStrictEqual(await readWordNumbering(new Uint8Array(await Packer.toBuffer(plain))), []);
  });

  it('formats numbers as Word does', () => {
    assert.deepStrictEqual(
      [
        formatNumber(4, 'lowerRoman'),
        formatNumber(14, 'upperRoman'),
        formatNumber(27, 'lowerLetter'),
        formatNumber(3, 'upperLetter'),
        formatNumber(7, 'decimalZero'),
        formatNumber(12, 'decimal'),
      ],
      ['iv', 'XIV', 'aa', 'C', '07', '12'],
    );
  });

  it('an `unres export --to docx` file imports back with its numbers (the export writes them as text)', async () => {
    const original = parseDocument(fs.readFileSync(path.join(ROOT, 'examples/A-RES-74-29.unres'), 'utf8'), 'file:///a.unres', 1);
    const docx = await layoutDocx(layoutDocument(original));
    const back = parseDocument((await importBytes(new Uint8Array(docx), 'A-RES-74-29.docx')).text, 'file:///b.unres', 1);
    const numbers = (d: typeof original) => d.parts.flatMap(p => p.operative.map(o => o.number?.text));
    assert.deepStrictEqual(numbers(back), numbers(original));
    assert.deepStrictEqual(numbers(original), ['1', '2', '3']);
  });
});

/**
 * Formatting, text before and after: blank lines, subparagraph indentation, typographic quotes,
 * single spaces, trailing whitespace, the final line end; front matter and comments untouched;
 * lines whose meaning would change if moved are left where they are; range formatting and edits.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace, type FormatOptions } from '../server/src/languageService';
import { parseMarkers } from './util/markers';
import { textDocument } from './util/workspaceFixture';

const service = createLanguageService({ workspace: new InMemoryWorkspace({}) });
let count = 0;
/** A document of its own: the service caches models by URI and version. */
const fresh = (text: string) => textDocument(text, `file:///ws/format-${++count}.unres`);

async function format(before: string, options?: FormatOptions): Promise<string> {
  const edits = await service.formatDocument(fresh(before), options);
  return apply(before, edits);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.unres', 'unres', 1, text), edits);
}

/** Formats and checks the answer, then checks that formatting the answer changes nothing. */
async function check(before: string, after: string, options?: FormatOptions): Promise<void> {
  assert.strictEqual(await format(before, options), after);
  assert.deepStrictEqual(await service.formatDocument(fresh(after), options), [], 'formatting twice changed something');
}

describe('formatting', () => {
  it('makes spaces single, removes trailing whitespace and adds the final line end', async () => {
    await check(
      'The General  Assembly,  \n\n*Recalling*   its\tresolution 74/29 of 12 December 2019,\t \n\n1.   *Decides* to  remain seized of the matter.',
      'The General Assembly,\n\n*Recalling* its resolution 74/29 of 12 December 2019,\n\n1. *Decides* to remain seized of the matter.\n',
    );
  });

  it('makes quotes and apostrophes typographic', async () => {
    await check(
      `The General Assembly,\n\n*Noting* the item entitled "Developments in the 'field'" and the Secretary-General's report,\n\n1. *Decides* to include the item *"Peace"*.\n`,
      `The General Assembly,\n\n*Noting* the item entitled “Developments in the ‘field’” and the Secretary-General’s report,\n\n1. *Decides* to include the item *“Peace”*.\n`,
    );
  });

  it('leaves quotes alone when unres.format.typographicQuotes is off', async () => {
    const text = `The General Assembly,\n\n*Noting* the item "Peace" and the State's report,\n`;
    await check(text, text, { typographicQuotes: false });
  });

  it('leaves exactly one blank line between blocks: runs collapsed, missing ones added, none at the ends', async () => {
    await check(
      '\n\n\nThe General Assembly,\n*Recalling* its resolution 74/29,\n\n\n\n*Noting* the report,\n1. *Welcomes* the report;\n2. *Decides* to remain seized of the matter.\n## Annex heading\n[^1]: A note.\n[^2]: Another.\n\n\n',
      'The General Assembly,\n\n*Recalling* its resolution 74/29,\n\n*Noting* the report,\n\n1. *Welcomes* the report;\n\n2. *Decides* to remain seized of the matter.\n\n## Annex heading\n\n[^1]: A note.\n\n[^2]: Another.\n',
    );
  });

  it('puts one blank line between the front matter and the body, and keeps the front matter as it is', async () => {
    await check(
      '---\nsymbol:   A/RES/74/29\ntitle: "Developments  in the field"   \n---\nThe General Assembly,\n',
      '---\nsymbol:   A/RES/74/29\ntitle: "Developments  in the field"   \n---\n\nThe General Assembly,\n',
    );
  });

  it('indents subparagraphs three spaces per level, with their wrapped lines', async () => {
    await check(
      [
        'The General Assembly,',
        '',
        '1. *Requests* the Secretary-General:',
        '(a) To report on the matter;',
        '',
        '\t(b) To convene a meeting',
        'of experts:',
        '  (i) In 2026;',
        '',
        '          (ii) In 2027.',
        '',
      ].join('\n'),
      [
        'The General Assembly,',
        '',
        '1. *Requests* the Secretary-General:',
        '   (a) To report on the matter;',
        '',
        '   (b) To convene a meeting',
        '   of experts:',
        '      (i) In 2026;',
        '',
        '      (ii) In 2027.',
        '',
      ].join('\n'),
    );
  });

  it('takes the indentation off a wrapped line of a paragraph', async () => {
    await check(
      'The General Assembly,\n\n*Recalling* its resolution 74/29\n      of 12 December 2019,\n',
      'The General Assembly,\n\n*Recalling* its resolution 74/29\nof 12 December 2019,\n',
    );
  });

  it('keeps comments as they are, spaces, quotes and all, and formats the text around them', async () => {
    await check(
      'The General Assembly,\n\n<!-- a  "draft"   note -->\n*Recalling*  "x" <!-- it\'s   kept -->  and "y",   \n\n<!-- over\n   two  lines   -->\n1. *Decides*  it.\n',
      'The General Assembly,\n\n<!-- a  "draft"   note -->\n*Recalling* “x” <!-- it\'s   kept --> and “y”,\n\n<!-- over\n   two  lines   -->\n1. *Decides* it.\n',
    );
  });

  it('keeps the CRLF line ends of a CRLF document', async () => {
    await check('The General Assembly,\r\n\r\n\r\n1.  *Decides* it.', 'The General Assembly,\r\n\r\n1. *Decides* it.\r\n');
  });

  it('leaves quotes in footnote labels and symbols alone', async () => {
    await check(
      `The General Assembly,\n\n*Noting* the "report",[^it's]\n\n[^it's]: See 'A/74/363'.\n`,
      `The General Assembly,\n\n*Noting* the “report”,[^it's]\n\n[^it's]: See ‘A/74/363’.\n`,
    );
  });

  it('never moves a line whose meaning would change: an indented number, a deep #, a continuation after a blank line', async () => {
    // Dedented, `   5. …` would become operative paragraph 5, and `    # …` a heading; the
    // indented line after the blank continues subparagraph (a) only while it is indented.
    const text = [
      'The General Assembly,',
      '',
      '*Recalling* its resolution 74/29,',
      '   5. which is cited here,',
      '    # not a heading',
      '',
      '1. *Requests*:',
      '',
      '   (a) To report',
      '',
      '   on the matter.',
      '',
    ].join('\n');
    await check(text, text);
  });

  it('judges a line by what the parser reads, comments blanked: an indented "1." glued to a comment stays indented', async () => {
    // Found by the property test "holds on any text at all": `  1.<!--` continues the paragraph
    // above, but `1.<!--` at column 1 reads as operative paragraph 1 (the comment blanked), so
    // dedenting it changed the reading and the second pass added a blank line.
    await check('.\n  1.<!--', '.\n  1.<!--\n');
    await check('*Noting* the report,\n  2.<!-- a note -->\n', '*Noting* the report,\n  2.<!-- a note -->\n');
  });

  it('answers minimal edits: one straight quote is one one-character edit', async () => {
    const text = "The General Assembly,\n\n*Noting* the State's report,\n";
    const edits = await service.formatDocument(fresh(text));
    assert.deepStrictEqual(edits, [{ range: { start: { line: 2, character: 18 }, end: { line: 2, character: 19 } }, newText: '’' }]);
  });

  it('formats a range: only the lines it touches', async () => {
    const marked = 'The General Assembly,\n\n*Recalling*  "x",\n\n[[*Noting*  "y",\n]]\n1.  *Decides*  it.\n';
    const { text, ranges } = parseMarkers(marked);
    const edits = await service.formatRange(fresh(text), ranges[0] as Range);
    assert.strictEqual(apply(text, edits), 'The General Assembly,\n\n*Recalling*  "x",\n\n*Noting* “y”,\n\n1.  *Decides*  it.\n');
  });

  it('leaves the examples as they are: they are formatted', async () => {
    const dir = path.resolve(__dirname, '../../examples');
    const files = fs.readdirSync(dir).filter(f => f.endsWith('.unres'));
    assert.ok(files.length >= 3);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.deepStrictEqual(await service.formatDocument(fresh(text)), [], f);
    }
  });

  it('answers something for empty, blank and broken text, without throwing', async () => {
    assert.strictEqual(await format(''), '');
    assert.strictEqual(await format('  \n\t\n'), '');
    assert.strictEqual(await format('---\nsymbol: [\n'), '---\nsymbol: [\n');
    assert.strictEqual(await format('<!-- never closed\n  "x"  '), '<!-- never closed\n  "x"  \n');
  });
});

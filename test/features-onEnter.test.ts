/** Enter on an empty subparagraph label (format-on-type on "\n"): the label goes, the next operative number comes. */
import * as assert from 'node:assert';
import type { Position } from 'vscode-languageserver-types';
import { applied, doc, svc, URI } from './util/editFixture';

/** The text after Enter at the end of line `line` (0-based) with `indent` copied, and after the server's edit. */
async function enter(text: string, line: number, indent: string): Promise<{ typed: string; after: string }> {
  const lines = text.split('\n');
  lines.splice(line + 1, 0, indent);
  const typed = lines.join('\n');
  const position: Position = { line: line + 1, character: indent.length };
  const edits = await svc().getOnTypeEdits(doc(typed), position, '\n');
  return { typed, after: applied(typed, { changes: { [URI]: edits } }) };
}

const LIST = `The General Assembly,

14. *Calls upon* Member States to adopt:

   (a) Measures of kind a;

   (b) Measures of kind b;

   (c) `;

describe('Enter on an empty subparagraph label', () => {
  it('replaces the empty (c) and the new line with the next operative number', async () => {
    const { after } = await enter(LIST, 8, '   ');
    assert.strictEqual(after, LIST.replace('   (c) ', '15. '));
  });

  it('after 14 bis comes 14 ter', async () => {
    const { after } = await enter(LIST.replace('14.', '14 bis.'), 8, '   ');
    assert.strictEqual(after, LIST.replace('14.', '14 bis.').replace('   (c) ', '14 ter. '));
  });

  it('changes nothing when the label has text, when the new line has text, or after another character', async () => {
    const withText = `${LIST}Measures of kind c;`;
    assert.strictEqual((await enter(withText, 8, '   ')).after, (await enter(withText, 8, '   ')).typed);
    const lines = `${LIST}\n   typed`;
    const edits = await svc().getOnTypeEdits(doc(lines), { line: 9, character: 8 }, '\n');
    assert.deepStrictEqual(edits, []);
    assert.deepStrictEqual(await svc().getOnTypeEdits(doc(`${LIST}\n   `), { line: 9, character: 3 }, ';'), []);
  });

  it('changes nothing under a preambular paragraph or outside any paragraph', async () => {
    const preamble = 'The General Assembly,\n\n*Recalling* the following:\n\n   (a) ';
    const { typed, after } = await enter(preamble, 4, '   ');
    assert.strictEqual(after, typed);
  });
});

const ANNEX = `The General Assembly,

1. *Adopts* the Convention annexed to the present resolution.

# Annex

### Article 3

1. States Parties undertake to ensure the full realization of all rights.`;

describe('Enter after an annex paragraph ending with "." (A/RES/61/106, article 4)', () => {
  it('gives a blank line and the next number', async () => {
    const { after } = await enter(ANNEX, 8, '');
    assert.strictEqual(after, `${ANNEX}\n\n2. `);
  });

  it('after 1 bis comes 1 ter', async () => {
    const text = ANNEX.replace('\n1. States', '\n1 bis. States');
    assert.strictEqual((await enter(text, 8, '')).after, `${text}\n\n1 ter. `);
  });

  it("changes nothing after the resolution's own last paragraph, or when text was typed first", async () => {
    const own = await enter(ANNEX, 2, '');
    assert.strictEqual(own.after, own.typed);
    const edits = await svc().getOnTypeEdits(doc(`${ANNEX}\nThe`), { line: 9, character: 3 }, '\n');
    assert.deepStrictEqual(edits, []);
  });
});

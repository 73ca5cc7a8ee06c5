/** "Prepare for adoption" in the language service: the whole text before and after its edit, and what it reports. */
import * as assert from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { AdoptionDetails, AdoptionResult } from '../server/src/languageService';
import { applied, doc, svc, URI } from './util/editFixture';

/** The service's answer, which must not be a problem. */
function prepared(text: string, details?: AdoptionDetails): Exclude<AdoptionResult, { problem: string }> {
  const result = svc().getAdoptionEdit(doc(text), details);
  if ('problem' in result) throw new Error(`unexpected problem: ${result.problem}`);
  return result;
}
function textOf(text: string, range: Range): string {
  const d = TextDocument.create(URI, 'unres', 1, text);
  return d.getText(range);
}

const DRAFT = `---
symbol: A/C.2/80/L.12
session: 80
status: draft
---

The General Assembly,

*Noting* the report,

1. *Welcomes* the report [and the annex];

1 bis. *Requests* a report, as in paragraph 1 above;

2. *Decides* to [remain seized of the matter [and to act]].
`;

describe('prepare for adoption', () => {
  it('counts bracketed passages, not bracket characters: a passage nested in another counts with it; the message gives the lines after the edit', () => {
    const result = prepared(DRAFT);
    assert.deepStrictEqual(
      result.passagesLeft.map(r => textOf(DRAFT, r)),
      ['[and the annex]', '[remain seized of the matter [and to act]]'],
    );
    assert.deepStrictEqual(result.unmatchedBrackets, []);
    assert.match(result.message, / 2 bracketed passages are left to agree \(lines 13, 17\)\./);
  });

  it('without details: renumbers, marks adopted, and marks the symbol, date and meeting for filling in (the draft symbol is not kept)', () => {
    const result = prepared(DRAFT);
    assert.strictEqual(
      applied(DRAFT, result.edit),
      DRAFT.replace('symbol: A/C.2/80/L.12', 'symbol: # the resolution’s symbol (A/RES/80/…), once issued; the draft was A/C.2/80/L.12')
        .replace('status: draft', 'adopted: # the date of adoption, such as 12 December 2025\nmeeting: # the meeting, such as 46th plenary meeting\nstatus: adopted')
        .replace('1 bis.', '2.')
        .replace('2. *Decides', '3. *Decides'),
    );
    assert.deepStrictEqual(result.toFill, ['symbol', 'adopted', 'meeting']);
    assert.strictEqual(
      result.message,
      'Renumbered and marked adopted. 2 bracketed passages are left to agree (lines 13, 17). To fill in: the symbol, adoption date and meeting (marked in the front matter).',
    );
  });

  it('writes the symbol, date (as the UN writes it) and meeting the drafter gives, and marks nothing', () => {
    const result = prepared(DRAFT, { symbol: 'A/RES/80/12', adopted: '2025-12-15', meeting: '52nd plenary meeting' });
    const after = applied(DRAFT, result.edit);
    assert.match(after, /^---\nsymbol: A\/RES\/80\/12\nsession: 80\nadopted: 15 December 2025\nmeeting: 52nd plenary meeting\nstatus: adopted\n---\n/);
    assert.deepStrictEqual(result.toFill, []);
    assert.match(result.message, /^Renumbered, marked adopted and wrote the symbol, adoption date and meeting\. 2 bracketed passages/);
    // Once done, it is done: a second run changes nothing.
    assert.deepStrictEqual(prepared(after).edit.changes?.[URI], []);
  });

  it('fills a key marked earlier, replacing its comment, and keeps a resolution symbol, date and meeting already there', () => {
    const marked = applied(DRAFT, prepared(DRAFT).edit);
    const filled = applied(marked, prepared(marked, { symbol: 'A/RES/80/12' }).edit);
    assert.match(filled, /^---\nsymbol: A\/RES\/80\/12\nsession: 80\nadopted: # the date/);
    const complete = '---\nsymbol: A/RES/80/12\nadopted: 15 December 2025\nmeeting: 52nd plenary meeting\nstatus: adopted\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n';
    const again = prepared(complete);
    assert.deepStrictEqual(again.edit.changes?.[URI], []);
    assert.strictEqual(again.message, 'Nothing to change. No bracketed passages are left.');
    const diagnostics = svc().getDiagnostics(doc(filled));
    assert.deepStrictEqual(
      diagnostics.filter(d => String(d.code).startsWith('frontmatter/')),
      [],
      'a key marked for filling in is no front matter error',
    );
  });

  it('adds the keys, or the whole front matter, when absent', () => {
    const bare = 'The General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to act.\n';
    assert.strictEqual(
      applied(bare, prepared(bare, { symbol: 'A/RES/80/12', adopted: '15 December 2025', meeting: '52nd plenary meeting' }).edit),
      `---\nsymbol: A/RES/80/12\nadopted: 15 December 2025\nmeeting: 52nd plenary meeting\nstatus: adopted\n---\n\n${bare}`,
    );
    const withKey = '---\nsymbol: A/RES/80/12\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n';
    assert.strictEqual(
      applied(withKey, prepared(withKey, { adopted: '15 December 2025', meeting: '52nd plenary meeting' }).edit),
      '---\nsymbol: A/RES/80/12\nadopted: 15 December 2025\nmeeting: 52nd plenary meeting\nstatus: adopted\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n',
    );
  });

  it('reports a lone bracket apart from the passages', () => {
    const text = '---\nstatus: draft\n---\n\nThe General Assembly,\n\n1. *Decides* [to act.\n';
    const result = prepared(text, { symbol: 'A/RES/80/12', adopted: '15 December 2025', meeting: '52nd plenary meeting' });
    assert.strictEqual(result.passagesLeft.length, 0);
    assert.strictEqual(result.unmatchedBrackets.length, 1);
    // Line 7 before the edit; the new front matter puts it on line 10.
    assert.match(result.message, /No bracketed passages are left\. 1 bracket has no partner \(line 10\)\./);
  });

  it('refuses a symbol or date of the wrong shape, with no edit', () => {
    assert.deepStrictEqual(svc().getAdoptionEdit(doc(DRAFT), { adopted: '31 November 2025' }), {
      problem: '“31 November 2025” is not a date: write it as 12 December 2025 or 2025-12-12.',
    });
    assert.match((svc().getAdoptionEdit(doc(DRAFT), { symbol: 'res 80/12' }) as { problem: string }).problem, /is not a document symbol/);
    assert.match((svc().getAdoptionEdit(doc(DRAFT), { meeting: 'one\ntwo' }) as { problem: string }).problem, /one short line/);
  });
});

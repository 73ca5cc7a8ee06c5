/**
 * The real server over stdio, for any LSP client: `unres/compare` (the other version's text in,
 * the paragraph changes out) and `unres/rollover` (next session's draft). docs/versions.md.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspSession } from './session';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../examples/A-RES-74-29.unres'), 'utf8');

describe('language server over stdio: unres/compare and unres/rollover', function () {
  this.timeout(30_000);
  let s: LspSession;
  let uri: string;

  before(async () => {
    s = await LspSession.start({ 'seed.unres': SEED });
    uri = await s.open('seed.unres');
  });
  after(() => s?.stop());

  it('rolls the open document over: a session-75 draft recalling 74/29', async () => {
    const result = (await s.connection.sendRequest('unres/rollover', { uri })) as { text: string; notes: string[] };
    assert.match(result.text, /\nsession: 75\n/);
    assert.match(result.text, /and 74\/29 of 12 December 2019,/);
    assert.match(result.text, /its seventy-sixth session/);
    assert.ok(result.notes.some(n => n.includes('74/29 of 12 December 2019')));
  });

  it('compares another version with the open document: changes, text and an escaped view', async () => {
    const older = SEED.replace('seventy-fifth', 'seventy-<b>fourth</b>');
    const result = (await s.connection.sendRequest('unres/compare', { uri, oldText: older, oldUri: 'file:///older.unres', oldName: 'older.unres', newName: 'seed.unres' })) as {
      changes: { kind: string; new: { label: string } | null; words?: { op: string; text: string }[] }[];
      summary: string;
      text: string;
      html: string;
    };
    assert.deepStrictEqual(
      result.changes.map(c => `${c.kind} ${c.new?.label}`),
      ['changed 3'],
    );
    assert.deepStrictEqual(
      result.changes[0].words?.filter(w => w.op !== 'equal'),
      [
        { op: 'delete', text: '<b>fourth</b>' },
        { op: 'insert', text: 'fifth' },
      ],
    );
    assert.strictEqual(result.summary, '1 changed');
    assert.ok(result.html.includes('<del>&#60;b&#62;fourth&#60;/b&#62;</del><ins>fifth</ins>'), result.html);
    assert.ok(!result.html.includes('<b>'), 'document text is escaped');
  });

  it('answers a request with no other version with an error, and keeps running', async () => {
    await assert.rejects(s.connection.sendRequest('unres/compare', { uri }), /oldText/);
    assert.strictEqual(await s.connection.sendRequest('unres/rollover', { uri: 'file:///not-open.unres' }), null);
  });
});

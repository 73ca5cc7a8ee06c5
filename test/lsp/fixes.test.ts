/**
 * Quick fixes, fix-all and the Renumber / Prepare-for-adoption commands through the real server:
 * the client asks for code actions with the diagnostics the server pushed, and answers the
 * server's `workspace/applyEdit` as an editor does.
 */
import * as assert from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  ExecuteCommandRequest,
  PrepareRenameRequest,
  RenameRequest,
  ShowMessageNotification,
  type ApplyWorkspaceEditParams,
  type CodeAction,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LspSession } from './session';

const DRAFT = `---
symbol: A/C.1/74/L.9
---

The General Assembly,

Recalling its resolution 73/27 of 5 December 2018,

1. *Welcomes* the report;

3. *Requests* a report, as in paragraph 1 above;

3 bis. *Invites* States [to cooperate], further to paragraph 3 above;

4. *Decides* to act.
`;

const applyTo = (text: string, edits: readonly TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'unres', 1, text), [...edits]);

describe('language server: quick fixes and commands', function () {
  this.timeout(30_000);
  let s: LspSession;
  let uri: string;
  const applied: ApplyWorkspaceEditParams[] = [];
  const shown: string[] = [];

  before(async () => {
    s = await LspSession.start({ 'draft.unres': DRAFT });
    s.connection.onRequest(ApplyWorkspaceEditRequest.type, p => {
      applied.push(p);
      return { applied: true };
    });
    s.connection.onNotification(ShowMessageNotification.type, p => void shown.push(p.message));
    uri = await s.open('draft.unres');
  });
  after(() => s?.stop());

  it('declares code actions (quick fix and source.fixAll.unres), the two commands and rename with prepare', async () => {
    const { capabilities } = await s.initializeResult;
    assert.deepStrictEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.unres'], resolveProvider: false });
    assert.deepStrictEqual(capabilities.executeCommandProvider, { commands: ['unres.renumber', 'unres.prepareForAdoption', 'unres.lookUpOnline'] });
    assert.deepStrictEqual(capabilities.renameProvider, { prepareProvider: true });
  });

  it('answers a quick fix built from the pushed diagnostic’s data', async () => {
    const ds = await s.diagnosticsOf('draft.unres', d => d.some(x => x.code === 'phrase/emphasis'));
    const emphasis = ds.find(x => x.code === 'phrase/emphasis')!;
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: emphasis.range,
      context: { diagnostics: [emphasis] },
    })) as CodeAction[];
    assert.deepStrictEqual(
      actions.map(a => a.title),
      ['Put the opening phrase in emphasis: *Recalling*', 'Disable phrase/emphasis for this line', 'Disable phrase/emphasis for this file'],
    );
    assert.strictEqual(applyTo(DRAFT, actions[0].edit!.changes![uri]), DRAFT.replace('Recalling its', '*Recalling* its'));
  });

  it('answers "Disable <rule> for this line / for this file", and the directive silences it (issue 10, item 7)', async () => {
    const ds = await s.diagnosticsOf('draft.unres', d => d.some(x => x.code === 'numbering/operative'));
    const target = ds.find(x => x.code === 'numbering/operative')!;
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    })) as CodeAction[];
    const code = String(target.code);
    const line = actions.find(a => a.title === `Disable ${code} for this line`);
    const file = actions.find(a => a.title === `Disable ${code} for this file`);
    assert.ok(line && file, actions.map(a => a.title).join(' | '));
    assert.deepStrictEqual([line.kind, line.isPreferred, file.kind, file.isPreferred], ['quickfix', false, 'quickfix', false]);
    const lineText = applyTo(DRAFT, line.edit!.changes![uri]);
    assert.ok(lineText.split('\n')[target.range.start.line].endsWith(` <!-- unres-disable-line ${code} -->`), lineText);
    const fileText = applyTo(DRAFT, file.edit!.changes![uri]);
    assert.ok(fileText.includes(`---\n\n<!-- unres-disable-file ${code} -->\n\nThe General Assembly,`), fileText);
    // The server, given the text with the directive, no longer reports the diagnostic.
    for (const [name, text, gone] of [
      ['line.unres', lineText, (d: { code?: unknown; range: { start: { line: number } } }) => d.code === target.code && d.range.start.line === target.range.start.line],
      ['file.unres', fileText, (d: { code?: unknown }) => d.code === target.code],
    ] as const) {
      await s.open(name, text);
      const after = await s.diagnosticsOf(name, d => d.length > 0);
      assert.ok(!after.some(gone), `${name}: ${JSON.stringify(after.map(d => d.code))}`);
      const codes = (list: readonly { code?: unknown; message: unknown }[]) => list.map(d => `${String(d.code)} ${JSON.stringify(d.message)}`).sort();
      assert.deepStrictEqual(codes(after), codes(ds.filter(d => !gone(d))), `${name}: the other diagnostics stay`);
    }
  });

  it('answers source.fixAll.unres with every safe fix', async () => {
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepStrictEqual(
      actions.map(a => a.kind),
      ['source.fixAll.unres'],
    );
    const after = applyTo(DRAFT, actions[0].edit!.changes![uri]);
    assert.match(after, /\*Recalling\* its/);
    assert.match(after, /\n2\. \*Requests\*/);
  });

  it('renumbers on unres.renumber, applying one edit through the client', async () => {
    const result = await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.renumber', arguments: [uri] });
    assert.deepStrictEqual(result, { applied: true });
    const edit = applied.at(-1)!.edit as WorkspaceEdit;
    assert.strictEqual(
      applyTo(DRAFT, edit.changes![uri]),
      DRAFT.replace('3. *Requests*', '2. *Requests*')
        .replace('3 bis. *Invites*', '3. *Invites*')
        .replace('paragraph 3 above', 'paragraph 2 above')
        .replace('4. *Decides*', '4. *Decides*'),
    );
  });

  it('prepares for adoption: passages counted, the keys not given marked for filling in, reported as the result and in a message', async () => {
    const result = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.prepareForAdoption', arguments: [{ uri }] })) as {
      message: string;
      passagesLeft: unknown[];
      toFill: string[];
    };
    assert.strictEqual(result.passagesLeft.length, 1);
    assert.strictEqual(
      result.message,
      'Renumbered and marked adopted. 1 bracketed passage is left to agree (line 16). To fill in: the symbol, adoption date and meeting (marked in the front matter).',
    );
    assert.deepStrictEqual(result.toFill, ['symbol', 'adopted', 'meeting']);
    assert.match(
      applyTo(DRAFT, (applied.at(-1)!.edit as WorkspaceEdit).changes![uri]),
      /^---\nsymbol: # the resolution’s symbol \(A\/RES\/74\/…\), once issued; the draft was A\/C\.1\/74\/L\.9\nadopted: # the date of adoption, such as 12 December 2025\nmeeting: # the meeting, such as 46th plenary meeting\nstatus: adopted\n---\n/,
    );
    await s.until(() => shown.includes(result.message), 'the message shown');
  });

  it('prepares for adoption with the symbol, date and meeting the client asked for, and refuses a date of the wrong shape', async () => {
    const details = { symbol: 'A/RES/74/12', adopted: '2019-12-05', meeting: '47th plenary meeting' };
    const result = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.prepareForAdoption', arguments: [{ uri, ...details }] })) as { toFill: string[] };
    assert.deepStrictEqual(result.toFill, []);
    assert.match(
      applyTo(DRAFT, (applied.at(-1)!.edit as WorkspaceEdit).changes![uri]),
      /^---\nsymbol: A\/RES\/74\/12\nadopted: 5 December 2019\nmeeting: 47th plenary meeting\nstatus: adopted\n---\n/,
    );
    const count = applied.length;
    await assert.rejects(
      s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.prepareForAdoption', arguments: [{ uri, adopted: 'tomorrow' }] }),
      /Prepare for adoption: “tomorrow” is not a date/,
    );
    await assert.rejects(s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.prepareForAdoption', arguments: [{ uri, meeting: 47 }] }), /“meeting” is text/);
    assert.strictEqual(applied.length, count, 'no edit sent for a refused detail');
  });

  it('renames a paragraph number with its references, and refuses one already taken', async () => {
    const position = { line: 10, character: 0 };
    const prepared = await s.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    assert.deepStrictEqual(prepared, { range: { start: position, end: { line: 10, character: 1 } }, placeholder: '3' });
    const edit = await s.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '2' });
    assert.strictEqual(applyTo(DRAFT, edit!.changes![uri]), DRAFT.replace('3. *Requests*', '2. *Requests*').replace('paragraph 3 above', 'paragraph 2 above'));
    await assert.rejects(s.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '4' }), /Paragraph 4 exists already/);
  });
});

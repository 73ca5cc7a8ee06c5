// The record of UN resolutions in a real VS Code (issue 13): with `unres.onlineLookup` on, a
// citation no catalog holds is looked up in a stand-in UN Digital Library on 127.0.0.1 (the runner
// points the server at it: test/e2e/digitalLibrary.ts) and its diagnostic changes; the answer is
// found again from the disk cache with the stand-in gone; a stand-in answering 500 leaves an
// information diagnostic; and "Import catalog…" turns a CSV file into a catalog that resolves a citation.
import * as assert from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { DigitalLibraryStandIn } from '../../util/digitalLibraryStandIn';
import { LIBRARY_PORT_VARIABLE } from '../digitalLibrary';
import { waitFor } from '../wait';
import { SERVER_TIMEOUT, codeOf, hoverText, openFile, positionOf, waitForDiagnostics, workspaceDir } from './helpers';

/** A draft citing `symbol` (a number of session 80) with `date`. */
function draft(number: string, date: string): string {
  return `The General Assembly,\n\n*Recalling* its resolution ${number} of ${date},\n\n1. *Decides* to remain seized of the matter.\n`;
}

/** Writes a draft into the workspace and opens it. */
async function openDraft(name: string, number: string, date: string): Promise<vscode.TextEditor> {
  writeFileSync(join(workspaceDir(), name), draft(number, date));
  return openFile(name);
}

/** The citation's diagnostics, as "severity code" (the draft has no other mistake). */
function summary(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(d => `${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)}`);
}

/** The hover on the first occurrence of `needle`, as plain text, once it satisfies `accept`. */
function hoverOn(editor: vscode.TextEditor, needle: string, what: string, accept: (text: string) => boolean): Promise<string> {
  const at = positionOf(editor.document, needle, 2);
  return waitFor(
    what,
    async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const text = hoverText(hovers ?? []).replace(/\\(.)/g, '$1');
      return accept(text) ? text : undefined;
    },
    SERVER_TIMEOUT,
  );
}

describe('the record of UN resolutions in a real VS Code (issue 13)', () => {
  const standIn = new DigitalLibraryStandIn();
  const port = Number(process.env[LIBRARY_PORT_VARIABLE]);
  /** The only query the stand-in may receive for 80/262: its symbol, nothing of the draft. */
  const QUERY_80_262 = '/search?p=191__a%3A%22A%2FRES%2F80%2F262%22&of=xm&rg=10';

  before(async () => {
    assert.ok(port > 0, `${LIBRARY_PORT_VARIABLE} names the stand-in's port (test/e2e/run.ts and runTest.ts set it)`);
    await standIn.start(port);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('unres').update('onlineLookup', undefined, vscode.ConfigurationTarget.Global);
    await standIn.stop();
  });

  it('with the setting off, an unknown citation stays unknown and nothing is asked; "Always look up…" turns unres.onlineLookup on and the Library\'s date replaces it', async () => {
    assert.notStrictEqual(vscode.workspace.getConfiguration('unres').get('onlineLookup'), true, 'off by default');
    const editor = await openDraft('online.unres', '80/262', '3 March 2026');
    const uri = editor.document.uri;
    const [unknown] = await waitForDiagnostics(uri, 'citation/unknown on 80/262', ds => summary(ds).join() === 'Information citation/unknown');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range, vscode.CodeActionKind.QuickFix.value);
    const always = actions?.find(a => a.title === 'Always look up unknown citations online');
    assert.ok(always?.command, `the quick fix "Always look up unknown citations online" (offered: ${actions?.map(a => a.title).join('; ')})`);
    assert.ok(
      actions?.some(a => a.title === 'Look up in the UN Digital Library'),
      'and "Look up in the UN Digital Library"',
    );
    assert.deepStrictEqual(standIn.queries, [], 'nothing asked while the setting is off');

    await vscode.commands.executeCommand(always.command.command, ...(always.command.arguments ?? []));
    assert.strictEqual(vscode.workspace.getConfiguration('unres').get('onlineLookup'), true, 'the quick fix turned the setting on');
    const [wrongDate] = await waitForDiagnostics(uri, 'citation/date from the Library on 80/262', ds => summary(ds).join() === 'Error citation/date');
    assert.match(wrongDate.message, /was adopted on 5 March 2026, not 3 March 2026 \(source: UN Digital Library, fetched \d{1,2} \w+ \d{4}\)/);
    assert.strictEqual(wrongDate.range.start.line, 2);
    assert.deepStrictEqual(standIn.queries, [QUERY_80_262], 'one search, for the cited symbol only');
    const cache = join(process.env.UNRES_CACHE_DIR ?? '', 'digital-library');
    assert.ok(existsSync(cache) && readdirSync(cache).some(f => f.startsWith('A_RES_80_262')), `the answer is cached in ${cache}`);

    const hover = await hoverOn(editor, '80/262', "a hover with the Library's title", text => text.includes('International Day of Mountain Biodiversity'));
    assert.match(hover, /Adopted without vote/);
    assert.match(hover, /Source: UN Digital Library, fetched \d{1,2} \w+ \d{4}/);
  });

  it('finds it again from the disk cache after a server restart, with the stand-in stopped', async () => {
    await standIn.stop();
    await vscode.commands.executeCommand('unres.restartServer');
    const editor = await openDraft('online-cached.unres', '80/262', '3 March 2026');
    const [wrongDate] = await waitForDiagnostics(editor.document.uri, 'citation/date from the cache on 80/262', ds => summary(ds).join() === 'Error citation/date');
    assert.match(wrongDate.message, /5 March 2026/);
    assert.deepStrictEqual(standIn.queries, [QUERY_80_262], 'no new request');
    await standIn.start(port);
  });

  it('survives a Library answering 500: the citation stays unknown, an information saying why, and the server keeps answering', async () => {
    standIn.mode = '500';
    try {
      const editor = await openDraft('online-500.unres', '80/263', '3 March 2026');
      const [failed] = await waitForDiagnostics(editor.document.uri, 'citation/unknown saying the Library could not be asked', ds =>
        ds.some(d => /could not be asked \(HTTP 500\)/.test(d.message)),
      );
      assert.deepStrictEqual(summary([failed]), ['Information citation/unknown']);
      assert.ok(
        standIn.queries.some(q => q.includes('80%2F263')),
        'the Library was asked',
      );
      assert.strictEqual(editor.document.getText(), draft('80/263', '3 March 2026'), 'the document is unchanged');
      await hoverOn(editor, '80/263', 'a hover on the unknown citation', text => /80\/263/.test(text));
    } finally {
      standIn.mode = 'records';
    }
  });

  it('"Import catalog…" turns a CSV catalogue into a *.catalog.json in the workspace, which resolves a citation', async () => {
    await vscode.workspace.getConfiguration('unres').update('onlineLookup', undefined, vscode.ConfigurationTarget.Global);
    const asked = standIn.queries.length;
    const editor = await openDraft('imported.unres', '80/270', '9 April 2026');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'citation/unknown on 80/270', ds => summary(ds).join() === 'Information citation/unknown');

    const csv = join(workspaceDir(), 'mine.csv');
    writeFileSync(csv, 'symbol,date,title\nA/RES/80/270,2026-04-10,International Day of Glacier Preservation\n');
    const target = vscode.Uri.file(join(workspaceDir(), 'mine.catalog.json'));
    const entries = await vscode.commands.executeCommand<number | undefined>('unres.importCatalog', [vscode.Uri.file(csv)], target);
    assert.strictEqual(entries, 1);
    const written = JSON.parse(readFileSync(target.fsPath, 'utf8')) as { symbol: string; date: string }[];
    assert.deepStrictEqual(
      written.map(e => `${e.symbol} ${e.date}`),
      ['A/RES/80/270 2026-04-10'],
    );

    const [wrongDate] = await waitForDiagnostics(uri, 'citation/date from the imported catalog', ds => summary(ds).join() === 'Error citation/date');
    assert.match(wrongDate.message, /10 April 2026, not 9 April 2026/);
    await hoverOn(editor, '80/270', 'a hover with the imported title', text => text.includes('International Day of Glacier Preservation'));
    assert.strictEqual(standIn.queries.length, asked, 'the setting is off again: nothing asked');
  });
});

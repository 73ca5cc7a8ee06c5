// The extension in a real VS Code (code-server's, or a downloaded one): what a drafter sees happen
// through VS Code's own API, with the bundled language server behind it.
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CompareResult } from '../../../server/src/protocol';
import { bundledCatalog } from '../../../server/src/languageService/catalog/bundled';
import { waitFor } from '../wait';
import {
  ROOT,
  SERVER_TIMEOUT,
  cliDiagnostics,
  codeOf,
  copyInWorkspace,
  hoverText,
  lineOf,
  openFile,
  positionOf,
  seriousDiagnostics,
  waitForDiagnostics,
  workspaceDir,
} from './helpers';

const EXTENSION_ID = 'unres.unres';

describe('unres in a real VS Code', () => {
  it('activates on a .unres file, which gets the unres language', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    const editor = await openFile('A-RES-74-29.unres');
    assert.strictEqual(editor.document.languageId, 'unres');
    await waitFor('the extension to activate', () => extension.isActive, SERVER_TIMEOUT);
  });

  it("reports the faulty example's mistakes, the same ones as `unres check`", async () => {
    const editor = await openFile('faulty.unres');
    const doc = editor.document;
    // Each of these is documented by a comment in the example, on the line above the mistake.
    const expected = [
      { code: 'structure/organ-line', line: lineOf(doc, 'The Security Council,') },
      { code: 'phrase/emphasis', line: lineOf(doc, 'Recalling its resolution 73/27') },
      { code: 'numbering/operative', line: lineOf(doc, '3. *Calls upon*') },
      { code: 'citation/self', line: lineOf(doc, '*Noting also* resolution 74/999') },
      { code: 'footnote/undefined', line: lineOf(doc, 'footnote[^3]') },
    ];
    const has = (ds: readonly vscode.Diagnostic[], e: { code: string; line: number }) =>
      ds.some(d => codeOf(d) === e.code && d.range.start.line <= e.line && e.line <= d.range.end.line);
    const diagnostics = await waitForDiagnostics(doc.uri, `diagnostics ${expected.map(e => e.code).join(', ')}`, ds => expected.every(e => has(ds, e)));

    // The editor and the command line run one service: same codes on the same lines. Hints are
    // left out, since neither side promises how many it shows.
    const key = (code: string, line: number) => `${line + 1} ${code}`;
    const inEditor = diagnostics
      .filter(d => d.severity !== vscode.DiagnosticSeverity.Hint)
      .map(d => key(codeOf(d), d.range.start.line))
      .sort();
    const fromCli = cliDiagnostics('faulty.unres')
      .filter(d => d.severity !== 'hint')
      .map(d => key(d.code, d.line - 1))
      .sort();
    assert.deepStrictEqual(inEditor, fromCli);
    assert.ok(
      diagnostics.every(d => d.source === 'unres'),
      'every diagnostic has source "unres"',
    );
  });

  it('checks an untitled buffer in the unres language, as it does a file (issue 11, item 2)', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'unres',
      content: 'The General Assembly,\n\nRecalling its resolution 73/27 of 5 December 2018,\n\n1. *Welcomes* the work;\n\n3. *Decides* to act.\n',
    });
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.uri.scheme, 'untitled');
    const diagnostics = await waitForDiagnostics(doc.uri, 'phrase/emphasis and numbering/operative in the untitled buffer', ds =>
      ['phrase/emphasis', 'numbering/operative'].every(code => ds.some(d => codeOf(d) === code)),
    );
    assert.ok(diagnostics.every(d => d.source === 'unres'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('previews a cited resolution on hover, with its title from the catalog', async () => {
    const editor = await openFile('A-RES-74-29.unres');
    const title = bundledCatalog().find(e => e.symbol === 'A/RES/73/27')?.title;
    assert.ok(title, 'the bundled catalog has a title for A/RES/73/27');
    const at = positionOf(editor.document, '73/27', 2); // inside "73/27"
    const text = await waitFor(
      'a hover with the title of 73/27',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
        const shown = hoverText(hovers ?? []).replace(/\\(.)/g, '$1'); // undo Markdown escapes
        return shown.includes(title) ? shown : undefined;
      },
      SERVER_TIMEOUT,
    );
    assert.match(text, /73\/27/);
  });

  it('completes a citation from the catalogs: `73/` offers 73/27 with its date', async () => {
    const name = 'completion.unres';
    const body = '---\nsymbol: A/RES/80/1\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/';
    writeFileSync(join(workspaceDir(), name), body);
    const editor = await openFile(name);
    const end = editor.document.positionAt(body.length);
    const item = await waitFor(
      'a completion item for 73/27',
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
        return list?.items.find(i => labelOf(i).startsWith('73/27'));
      },
      SERVER_TIMEOUT,
    );
    const inserted = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
    assert.match(`${labelOf(item)} ${inserted} ${item.detail ?? ''}`, /5 December 2018/);
  });

  it('inserts a contributed snippet: "remain actively seized of the matter"', async () => {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'unres.code-snippets'), 'utf8')) as Record<string, { body: string | string[] }>;
    const entry = Object.entries(snippets).find(([, s]) => [s.body].flat().join('\n').includes('actively seized'));
    assert.ok(entry, 'a snippet for "Decides to remain actively seized of the matter."');
    const name = 'snippet.unres';
    writeFileSync(join(workspaceDir(), name), '');
    const editor = await openFile(name);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'unres', name: entry[0] });
    await waitFor('the snippet in the document', () => editor.document.getText().includes('actively seized'), 5_000);
    assert.match(editor.document.getText(), /Decides\*? to remain actively seized of the matter\./);
  });

  it('applies a quick fix through vscode.commands: puts an opening phrase in emphasis', async () => {
    copyInWorkspace('faulty.unres', 'quickfix.unres');
    const editor = await openFile('quickfix.unres');
    const doc = editor.document;
    const line = lineOf(doc, 'Recalling its resolution 73/27');
    const isTarget = (d: vscode.Diagnostic) => codeOf(d) === 'phrase/emphasis' && d.range.start.line === line;
    const [diagnostic] = (await waitForDiagnostics(doc.uri, 'phrase/emphasis on "Recalling"', ds => ds.some(isTarget))).filter(isTarget);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions?.find(a => a.diagnostics?.some(d => codeOf(d) === 'phrase/emphasis')) ?? actions?.find(a => a.kind?.value.startsWith('quickfix'));
    assert.ok(fix, `a quick fix for phrase/emphasis (offered: ${actions?.map(a => a.title).join('; ')})`);
    // Issue 10: the lightbulb can also silence the rule, for the line or the file.
    for (const title of ['Disable phrase/emphasis for this line', 'Disable phrase/emphasis for this file']) {
      assert.ok(
        actions?.some(a => a.title === title && a.edit),
        `${title} (offered: ${actions?.map(a => a.title).join('; ')})`,
      );
    }
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    assert.strictEqual(doc.lineAt(line).text, '*Recalling* its resolution 73/27 of 5 December 2018,');
    await waitForDiagnostics(doc.uri, 'phrase/emphasis to go', ds => !ds.some(isTarget));
  });

  it('exports as Word and as Akoma Ntoso through the commands', async () => {
    const editor = await openFile('A-RES-74-29.unres');
    const word = vscode.Uri.file(join(workspaceDir(), 'exported.docx'));
    const saved = await waitFor(
      'the Word export',
      () => Promise.resolve(vscode.commands.executeCommand<string | undefined>('unres.exportWord', editor.document.uri, word)),
      SERVER_TIMEOUT,
    );
    assert.strictEqual(saved, word.toString());
    const bytes = readFileSync(word.fsPath);
    assert.strictEqual(bytes.subarray(0, 2).toString(), 'PK', 'a zip file, as .docx files are');
    const akn = vscode.Uri.file(join(workspaceDir(), 'exported.xml'));
    await vscode.commands.executeCommand('unres.exportAkn', editor.document.uri, akn);
    const xml = readFileSync(akn.fsPath, 'utf8');
    assert.match(xml, /<statement name="resolution" contains="originalVersion">/);
    assert.strictEqual((xml.match(/<paragraph /g) ?? []).length, 3);
  });

  it('opens the preview beside the editor', async () => {
    const editor = await openFile('A-RES-74-29.unres');
    await vscode.commands.executeCommand('unres.showPreview', editor.document.uri);
    await waitFor(
      'a preview tab',
      () => vscode.window.tabGroups.all.flatMap(g => g.tabs).some(t => t.label === 'Preview A-RES-74-29.unres' && t.input instanceof vscode.TabInputWebview),
      10_000,
    );
  });

  it('rolls the seed over to next session in a new untitled editor, which checks clean', async () => {
    const seed = await openFile('A-RES-74-29.unres');
    const draft = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('unres.rollover', seed.document.uri);
    assert.ok(draft, 'unres.rollover returns the new document');
    assert.strictEqual(draft.isUntitled, true);
    assert.strictEqual(draft.languageId, 'unres');
    const text = draft.getText();
    assert.match(text, /\nsession: 75\n/);
    assert.match(text, /\nstatus: draft\n/);
    assert.doesNotMatch(text, /\nadopted:/);
    assert.match(text, /73\/27 of 5 December 2018 and 74\/29 of 12 December 2019,/);
    assert.match(text, /provisional agenda of its seventy-sixth session/);
    assert.strictEqual(vscode.window.activeTextEditor?.document, draft, 'the draft is shown');
    // Checked like any document: the server reports nothing serious on it.
    assert.deepStrictEqual(await seriousDiagnostics(draft), []);
  });

  it('compares with another .unres file: the paragraph changes in a view, with links to both places', async () => {
    const seed = await openFile('A-RES-74-29.unres');
    const draft = await vscode.commands.executeCommand<vscode.TextDocument>('unres.rollover', seed.document.uri);
    writeFileSync(join(workspaceDir(), 'rolled-over.unres'), draft.getText());
    const rolled = await openFile('rolled-over.unres');
    const result = await vscode.commands.executeCommand<CompareResult | undefined>('unres.compareWith', rolled.document.uri, seed.document.uri);
    assert.ok(result, 'unres.compareWith returns the comparison');
    const agenda = result.changes.find(c => c.new?.label === '3');
    assert.ok(agenda, 'the agenda paragraph is reported');
    assert.deepStrictEqual(
      { kind: agenda.kind, old: agenda.old, new: agenda.new },
      { kind: 'changed', old: { label: '3', line: lineOf(seed.document, '3. *Decides*') + 1 }, new: { label: '3', line: lineOf(rolled.document, '3. *Decides*') + 1 } },
    );
    assert.deepStrictEqual(
      agenda.words?.filter(w => w.op !== 'equal'),
      [
        { op: 'delete', text: 'fifth' },
        { op: 'insert', text: 'sixth' },
      ],
    );
    assert.match(result.html, /<del>fifth<\/del><ins>sixth<\/ins>/);
    assert.match(result.html, /href="command:unres\.revealVersion\?/);
    await waitFor(
      'the comparison view',
      () => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.label.includes('↔') && t.input instanceof vscode.TabInputWebview),
      SERVER_TIMEOUT,
    );
    // A link of the view: the old version at the agenda paragraph.
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('unres.revealVersion', seed.document.uri.toString(), agenda.old!.line - 1);
    assert.strictEqual(editor.document.uri.toString(), seed.document.uri.toString());
    assert.strictEqual(editor.selection.active.line, agenda.old!.line - 1);
  });

  it('compares unsaved edits with the version in git HEAD: a deleted paragraph, the others only renumbered', async () => {
    const dir = workspaceDir();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    copyInWorkspace('A-RES-74-29.unres', 'committed.unres');
    git('init', '-q');
    git('-c', 'user.name=unres', '-c', 'user.email=unres@example.org', 'add', 'committed.unres');
    git('-c', 'user.name=unres', '-c', 'user.email=unres@example.org', 'commit', '-q', '-m', 'seed');
    const editor = await openFile('committed.unres');
    const doc = editor.document;
    const line = lineOf(doc, '*Stressing* that it is in the interest');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(line, 0, line + 2, 0));
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    const result = await vscode.commands.executeCommand<CompareResult | undefined>('unres.compareWith', doc.uri, 'HEAD');
    assert.ok(result, 'unres.compareWith returns the comparison');
    assert.deepStrictEqual(
      result.changes.filter(c => c.kind !== 'renumbered').map(c => `${c.kind} ${c.old?.label}:${c.old?.line}`),
      [`deleted PP3:${line + 1}`],
    );
    assert.deepStrictEqual(
      result.changes.filter(c => c.kind === 'renumbered').map(c => `${c.old?.label}→${c.new?.label}`),
      ['PP4→PP3', 'PP5→PP4', 'PP6→PP5', 'PP7→PP6', 'PP8→PP7', 'PP9→PP8', 'PP10→PP9', 'PP11→PP10', 'PP12→PP11'],
    );
    // The view's link to the committed version opens it read-only at the deleted paragraph.
    const shown = await vscode.commands.executeCommand<vscode.TextEditor>(
      'unres.revealVersion',
      vscode.Uri.from({ scheme: 'unres-version', path: doc.uri.path, query: 'HEAD' }).toString(),
      line,
    );
    assert.strictEqual(shown.document.lineAt(line).text.startsWith('*Stressing* that it is in the interest'), true);
    await vscode.commands.executeCommand('workbench.action.files.revert', doc.uri);
  });
});

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

// Issue 14, item 4 in a real VS Code: the command "unres: Import Official Text…" turns a PDF into
// markup in a new editor, through the bundled server and its lazily loaded importer. (The paste
// option is proven through the page, in test/e2e/uiImport.ts: a paste needs the browser's clipboard.)
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { resolutionPdf } from '../../util/pdfFixture';
import { SHARED_DATA } from '../../util/shared';
import { ROOT, seriousDiagnostics, workspaceDir } from './helpers';

/** An official PDF of ../shared/data (CI has it; a clone alone does not). */
const OFFICIAL_PDF = join(SHARED_DATA, 'un-pdfs', 'A_RES_79_16.pdf');

/** Runs the command on a file, as the explorer's context menu or a keybinding with an argument does. */
async function importOfficialText(file: string): Promise<vscode.TextDocument> {
  const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('unres.importOfficialText', vscode.Uri.file(file));
  assert.ok(doc, `unres.importOfficialText returns the new document for ${file}`);
  assert.strictEqual(doc.isUntitled, true, 'the markup opens in a new, unsaved editor');
  assert.strictEqual(doc.languageId, 'unres');
  assert.strictEqual(vscode.window.activeTextEditor?.document, doc, 'the new editor is shown');
  return doc;
}

describe('unres: Import Official Text… in a real VS Code', () => {
  it('imports a PDF (hand-made, with italic runs) into markup in a new editor that checks clean', async () => {
    const pdf = join(workspaceDir(), 'hand-made.pdf');
    writeFileSync(pdf, resolutionPdf());
    const doc = await importOfficialText(pdf);
    const text = doc.getText();
    // The masthead into front matter, the footer's meeting too.
    for (const line of [
      'symbol: A/RES/79/990',
      'session: 79',
      'agenda-item: 99',
      'adopted: 2 December 2024',
      'meeting: 50th plenary meeting',
      'report: A/79/400',
      'status: adopted',
    ]) {
      assert.ok(text.includes(`\n${line}\n`), `front matter has "${line}":\n${text}`);
    }
    // Lines joined into paragraphs; the italic font's words into emphasis.
    assert.match(text, /\n\*Recalling\* its resolution 78\/17 of 4 December 2023 on the establishment of a nuclear-weapon-free zone in the region of the Middle East,\n/);
    assert.match(text, /\n1\. \*Decides\* to include in the provisional agenda of its eightieth session the item entitled "Hand-made documents";\n/);
    // An italic run inside the paragraph too (issue 14, item 3).
    assert.match(text, /\n2\. \*Requests\* the Secretary-General to report to it, \*inter alia\*, on the implementation of the present resolution\.\n/);
    assert.deepStrictEqual(await seriousDiagnostics(doc), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('imports an official PDF of ../shared/data exactly as `unres import` does', async function () {
    if (!existsSync(OFFICIAL_PDF)) {
      console.log(`[unres-e2e]   (${OFFICIAL_PDF} is not there: the official PDF was not imported in the editor)`);
      this.skip();
    }
    const doc = await importOfficialText(OFFICIAL_PDF);
    const cli = execFileSync(process.execPath, [join(ROOT, 'bin', 'unres.js'), 'import', OFFICIAL_PDF], { encoding: 'utf8', maxBuffer: 16 << 20 });
    assert.strictEqual(doc.getText(), cli);
    assert.match(doc.getText(), /\nsymbol: A\/RES\/79\/16\n/);
    // Information about citations the bundled catalog lacks aside, nothing to report.
    assert.deepStrictEqual(await seriousDiagnostics(doc), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('says what is wrong with a file that is no PDF, and opens nothing', async () => {
    const bad = join(workspaceDir(), 'not-a.pdf');
    writeFileSync(bad, 'hello');
    const untitled = () => vscode.workspace.textDocuments.filter(d => d.isUntitled && d.languageId === 'unres' && !d.isClosed).length;
    const before = untitled();
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('unres.importOfficialText', vscode.Uri.file(bad));
    assert.strictEqual(doc, undefined, 'the command gives no document (it shows the reason in an error message)');
    assert.strictEqual(untitled(), before, 'no new editor');
  });
});

/**
 * The editor's way in, over the protocol with the bundled server: `unres/import` (the command
 * "Import official text…" sends the file's bytes; the server loads dist/importer.js on first use)
 * and `unres/convertText` ("Paste as resolution markup").
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { itWithData, SHARED_DATA } from '../util/shared';
import { LspSession } from './session';

describe('protocol: importing official texts', function () {
  this.timeout(120_000);
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ 'draft.unres': 'The General Assembly,\n' });
    await s.initializeResult;
  });
  after(() => s.stop());

  it('converts pasted text, without front matter into a document that has text', async () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 78/17 of 4 December 2023 on the nuclear-\nweapon-free zone,\n\n1. Decides to include the item.\n\n24-21677 (E)\n';
    const whole = (await s.connection.sendRequest('unres/convertText', { text, fragment: false })) as { text: string };
    assert.match(
      whole.text,
      /^---\nstatus: draft\n---\n\nThe General Assembly,\n\n\*Recalling\* its resolution 78\/17 of 4 December 2023 on the nuclear-weapon-free zone,\n\n1\. \*Decides\* to include the item\.\n$/,
    );
    const piece = (await s.connection.sendRequest('unres/convertText', { text: 'Recalling its resolution 78/17,\n\nNoting the report,\n', fragment: true })) as { text: string };
    assert.strictEqual(piece.text, '*Recalling* its resolution 78/17,\n\n*Noting* the report,\n');
  });

  it('answers an error naming the file and the reason for bad bytes', async () => {
    const bad = s.connection.sendRequest('unres/import', { name: 'scan.pdf', data: Buffer.from('hello').toString('base64') });
    await assert.rejects(bad, (e: Error) => /scan\.pdf: not a PDF/.test(e.message));
  });

  itWithData('imports the official PDF of A/RES/79/16 (../shared/data/un-pdfs)', async () => {
    const pdf = path.join(SHARED_DATA, 'un-pdfs', 'A_RES_79_16.pdf');
    const result = (await s.connection.sendRequest('unres/import', { name: 'A_RES_79_16.pdf', data: fs.readFileSync(pdf).toString('base64') })) as { text: string };
    assert.match(result.text, /^---\nsymbol: A\/RES\/79\/16\n/);
    assert.match(result.text, /\n12\. \*Decides\* to include in the provisional agenda of its eightieth session/);
  });
});

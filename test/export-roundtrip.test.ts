/**
 * Issues 14 and 15 together: a document exported to Word and imported back (`unres import`) gives
 * back the same words and structure — the same preambular paragraphs, the same numbered operative
 * paragraphs, word for word (emphasis markers aside).
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../server/src/languageService/parser';
import { layoutDocument } from '../server/src/languageService/export/layout';
import { layoutDocx } from '../server/src/export/docx';
import { importBytes } from '../server/src/import';
import { ROOT } from './util/shared';

const words = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

describe('export to Word, then import: the same words and structure', function () {
  this.timeout(60_000);
  for (const file of ['examples/A-RES-74-29.unres', 'test/fixtures/export/A-RES-79-11.unres']) {
    it(file, async () => {
      const original = parseDocument(fs.readFileSync(path.join(ROOT, file), 'utf8'), 'file:///a.unres', 1);
      const docx = await layoutDocx(layoutDocument(original));
      const imported = parseDocument((await importBytes(new Uint8Array(docx), path.basename(file).replace(/\.unres$/, '.docx'))).text, 'file:///b.unres', 1);
      const shape = (d: typeof original) => ({
        // The closing rule (a line of underscores) holds no words: the importer keeps it as a paragraph.
        preambular: d.parts.flatMap(p => p.preambular.map(x => words(x.text))).filter(Boolean),
        operative: d.parts.flatMap(p => p.operative.map(x => [x.number?.text, words(x.text)])),
      });
      assert.deepStrictEqual(shape(imported), shape(original));
    });
  }
});

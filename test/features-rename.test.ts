/** Rename of a paragraph number and of the document's own symbol. */
import * as assert from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { parseMarkers, showRange } from './util/markers';

const URI = 'file:///ws/doc.unres';
const apply = (text: string, edits: readonly TextEdit[] = []) => TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), [...edits]);

async function rename(marked: string, newName: string, others: Record<string, string> = {}) {
  const { text, cursor, ranges } = parseMarkers(marked);
  const files: Record<string, string> = { [URI]: text };
  for (const [name, t] of Object.entries(others)) files[`file:///ws/${name}`] = t;
  const service = createLanguageService({
    workspace: new InMemoryWorkspace(files),
    log: m => {
      throw new Error(`service logged: ${m}`);
    },
  });
  await service.indexWorkspace();
  const doc = { uri: URI, version: 1, getText: () => text };
  const prepared = await service.prepareRename(doc, cursor!);
  const result = await service.rename(doc, cursor!, newName);
  return { text, ranges, prepared, result };
}

const BODY = `---
symbol: A/C.1/74/L.1
---

The General Assembly,

*Noting* the report,

1. *Welcomes* the report;

2. *Requests* a report, as in paragraph 3 below;

3. *Decides* to act, as in paragraphs 1 and 2 (a) above:

   (a) Now;

   (b) Later.
`;

describe('rename a paragraph number', () => {
  it('gives the paragraph its new number and every reference follows; the text does not move', async () => {
    const { text, prepared, result } = await rename(BODY.replace('3. *Decides*', '[[|3]]. *Decides*'), '5');
    assert.strictEqual(prepared?.placeholder, '3');
    assert.ok('edit' in result);
    assert.strictEqual(apply(text, result.edit.changes![URI]), text.replace('paragraph 3 below', 'paragraph 5 below').replace('3. *Decides*', '5. *Decides*'));
  });

  it('starts from a reference too, renaming the paragraph it names', async () => {
    const { text, ranges, prepared, result } = await rename(BODY.replace('paragraphs 1 and', 'paragraphs [[|1]] and'), '7');
    assert.deepStrictEqual(prepared && showRange(prepared.range), showRange(ranges[0]));
    assert.ok('edit' in result);
    assert.strictEqual(apply(text, result.edit.changes![URI]), text.replace('1. *Welcomes*', '7. *Welcomes*').replace('paragraphs 1 and', 'paragraphs 7 and'));
  });

  it('refuses a number another paragraph carries, a draft label in an adopted text, and words', async () => {
    const taken = await rename(BODY.replace('3. *Decides*', '|3. *Decides*'), '2');
    assert.deepStrictEqual(taken.result, { error: 'Paragraph 2 exists already (line 11): use “Renumber paragraphs” to renumber the sequence.' });
    const adopted = await rename(BODY.replace('symbol: A/C.1/74/L.1', 'status: adopted').replace('3. *Decides*', '|3. *Decides*'), '2 bis');
    assert.ok('error' in adopted.result && /adopted/.test(adopted.result.error));
    const words = await rename(BODY.replace('3. *Decides*', '|3. *Decides*'), 'three');
    assert.ok('error' in words.result);
    const draft = await rename(BODY.replace('3. *Decides*', '|3. *Decides*'), '2 bis');
    assert.ok('edit' in draft.result);
    const renamed = apply(draft.text, draft.result.edit.changes![URI]);
    assert.strictEqual(renamed, draft.text.replace('3. *Decides*', '2 bis. *Decides*').replace('paragraph 3 below', 'paragraph 2 bis below'));
  });

  it('has nothing to rename in running text', async () => {
    const { prepared, result } = await rename(BODY.replace('*Noting* the', '*Noting* t|he'), 'x');
    assert.strictEqual(prepared, undefined);
    assert.ok('error' in result);
  });
});

describe('rename the document’s own symbol', () => {
  const CITING = `---
symbol: A/C.1/75/L.2
---

The General Assembly,

*Recalling* its resolutions 73/27 of 5 December 2018 and 74/29 of 12 December 2019, and paragraph 2 of resolution 74/29,

*Noting* A/RES/74/29 and A/RES/74/290,

1. *Decides* to act.
`;
  const OWN = `---
symbol: [[|A/RES/74/29]]
adopted: 12 December 2019
---

The General Assembly,

*Noting* the report,

1. *Decides* to act.
`;

  it('updates the front matter and every citation in the workspace, each in its own form', async () => {
    const { text, ranges, prepared, result } = await rename(OWN, 'A/RES/74/30', {
      'citing.unres': CITING,
      'other.unres': 'The General Assembly,\n\n*Noting* resolution 74/290,\n\n1. *Decides* to act.\n',
    });
    assert.deepStrictEqual(prepared && [showRange(prepared.range), prepared.placeholder], [showRange(ranges[0]), 'A/RES/74/29']);
    assert.ok('edit' in result);
    assert.deepStrictEqual(Object.keys(result.edit.changes!).sort(), ['file:///ws/citing.unres', URI]);
    assert.strictEqual(apply(text, result.edit.changes![URI]), text.replace('A/RES/74/29', 'A/RES/74/30'));
    assert.strictEqual(
      apply(CITING, result.edit.changes!['file:///ws/citing.unres']),
      CITING.replace('and 74/29 of', 'and 74/30 of').replace('of resolution 74/29,', 'of resolution 74/30,').replace('*Noting* A/RES/74/29 and', '*Noting* A/RES/74/30 and'),
    );
  });

  it('refuses a symbol the citations cannot be written with', async () => {
    const { result } = await rename(OWN, 'S/RES/2500 (2019)', { 'citing.unres': CITING });
    assert.ok('error' in result && /cannot cite S\/RES\/2500 \(2019\)/.test(result.error), JSON.stringify(result));
    const bad = await rename(OWN, 'not a symbol');
    assert.ok('error' in bad.result);
  });
});

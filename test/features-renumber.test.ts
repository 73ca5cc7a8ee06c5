/** "Renumber paragraphs" and "Prepare for adoption": the whole text before and after the command's edit. */
import * as assert from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';

const URI = 'file:///ws/doc.unres';
const svc = () =>
  createLanguageService({
    workspace: new InMemoryWorkspace(),
    log: m => {
      throw new Error(`service logged: ${m}`);
    },
  });
const doc = (text: string) => ({ uri: URI, version: 1, getText: () => text });
function applied(text: string, edit: WorkspaceEdit): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), edit.changes?.[URI] ?? []);
}

describe('renumber paragraphs', () => {
  it('renumbers operative paragraphs, subparagraphs, footnotes and every reference in one edit', () => {
    const before = `---
status: draft
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,[^2]

1. *Welcomes* the report;

2. *Requests* a report on:

   (a) Capacity;

   (c) Cooperation, as in subparagraph (a) above;

2 bis. *Invites* States, in line with paragraph 2 (c) above;

4. *Decides* to review paragraphs 2 bis and 4 below, paragraph 7 and paragraph 4 of resolution 73/27.[^1]

[^1]: Second.

[^2]: First.
`;
    const after = `---
status: draft
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,[^1]

1. *Welcomes* the report;

2. *Requests* a report on:

   (a) Capacity;

   (b) Cooperation, as in subparagraph (a) above;

3. *Invites* States, in line with paragraph 2 (b) above;

4. *Decides* to review paragraphs 3 and 4 below, paragraph 7 and paragraph 4 of resolution 73/27.[^2]

[^2]: Second.

[^1]: First.
`;
    assert.strictEqual(applied(before, svc().getRenumberEdit(doc(before))), after);
  });

  it('renumbers each part from 1, and references within their own part', () => {
    const before = `# A

The General Assembly,

*Noting* the report,

2. *Decides* to act under paragraph 3 below;

3. *Requests* a report.

# B

The General Assembly,

*Noting* the report,

1. *Decides* to act under paragraph 3 below;

3. *Requests* a report.
`;
    const after = before
      .replace('2. *Decides* to act under paragraph 3 below;\n\n3.', '1. *Decides* to act under paragraph 2 below;\n\n2.')
      .replace('1. *Decides* to act under paragraph 3 below;\n\n3. *Requests* a report.\n', '1. *Decides* to act under paragraph 2 below;\n\n2. *Requests* a report.\n');
    assert.notStrictEqual(after, before);
    assert.strictEqual(applied(before, svc().getRenumberEdit(doc(before))), after);
  });

  it('numbers the paragraphs of an annex on their own, and changes nothing in a well-numbered text', () => {
    const before = `The General Assembly,

*Noting* the report,

*Adopts* the Declaration annexed to the present resolution.

# Annex

### Article 1

1. First;

3. Second.

### Article 3

1. Third.
`;
    const after = before.replace('3. Second.', '2. Second.').replace('### Article 3', '### Article 2');
    const s = svc();
    assert.strictEqual(applied(before, s.getRenumberEdit(doc(before))), after);
    assert.deepStrictEqual(svc().getRenumberEdit(doc(after)).changes?.[URI], []);
  });

  it('edits a label once when it is also the target of a reference broken over two lines (found by fuzzing)', () => {
    // `(c) below;` opens a line, so it is a label, and it ends the reference `subparagraph (c) below`.
    const before = `The General Assembly,

1. *Requests* a report on:

   (a) Capacity, as set out in subparagraph
   (c) below;

   (c) Cooperation.
`;
    // Overlapping edits make applyEdits throw (and a client reject the whole renumbering).
    assert.strictEqual(applied(before, svc().getRenumberEdit(doc(before))), before.replace('   (c) below;', '   (b) below;'));
  });
});

describe('prepare for adoption', () => {
  it('folds draft labels into plain numbers, sets status: adopted and reports the brackets left', () => {
    const before = `---
symbol: A/RES/74/1
status: draft
---

The General Assembly,

*Noting* the report,

1. *Welcomes* the report [and the annex];

1 bis. *Requests* a report, as in paragraph 1 above;

2. *Decides* to act.
`;
    const result = svc().getAdoptionEdit(doc(before));
    assert.strictEqual(applied(before, result.edit), before.replace('status: draft', 'status: adopted').replace('1 bis.', '2.').replace('2. *Decides', '3. *Decides'));
    assert.strictEqual(result.bracketsLeft.length, 2);
    assert.strictEqual(result.message, 'Renumbered and marked adopted. 2 negotiation brackets are left to agree (line 10).');
  });

  it('adds the status key, or the whole front matter, when absent', () => {
    const withKey = '---\nsymbol: A/RES/74/1\n---\n\nThe General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to act.\n';
    const one = svc().getAdoptionEdit(doc(withKey));
    assert.strictEqual(applied(withKey, one.edit), '---\nsymbol: A/RES/74/1\nstatus: adopted\n---\n\nThe General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to act.\n');
    assert.strictEqual(one.message, 'Renumbered and marked adopted. No negotiation brackets are left.');
    const bare = 'The General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to act.\n';
    assert.strictEqual(applied(bare, svc().getAdoptionEdit(doc(bare)).edit), `---\nstatus: adopted\n---\n\n${bare}`);
    const adopted = '---\nstatus: adopted\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n';
    assert.deepStrictEqual(svc().getAdoptionEdit(doc(adopted)).edit.changes?.[URI], []);
  });
});

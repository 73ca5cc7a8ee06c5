/** "Renumber paragraphs": the whole text before and after the command's edit (Prepare for adoption: features-adoption.test.ts). */
import * as assert from 'node:assert';
import { applied, doc, svc, URI } from './util/editFixture';

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

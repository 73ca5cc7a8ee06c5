/** Document links, definition, references and highlights on in-memory workspaces. */
import * as assert from 'node:assert';
import { showRange } from './util/markers';
import { fixtureUri, workspaceFixture } from './util/workspaceFixture';

const CITED = `---
symbol: A/RES/73/27
adopted: 5 December 2018
---

The General Assembly,

*Noting* the report,

1. *Welcomes* the work of the Group;

2. *Requests* a report.
`;

/** `line:char-line:char` of the first occurrence of `needle` (after `after`, when given) in `text`. */
function spot(text: string, needle: string, after = ''): string {
  const i = text.indexOf(needle, after ? text.indexOf(after) + after.length : 0);
  const before = text.slice(0, i).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  return `${line}:${character}-${line}:${character + needle.length}`;
}

const at = (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  `${uri.slice(uri.lastIndexOf('/') + 1)}@${showRange(range)}`;

describe('document links', () => {
  it('links every citation item, document symbol and front matter symbol to undocs.org', async () => {
    const f = await workspaceFixture({
      'draft.unres':
        '---\nsymbol: [[A/C.1/74/L.1]]\nreport: [[A/74/363]]\n---\n\nThe General Assembly,\n\n*Recalling* its resolutions [[36/103]] of 9 December 1981 and [[43/78 H]] of 7 December 1988, and Security Council resolution [[2334 (2016)]],\n\n*Noting* the note (see [[A/74/100]]),\n',
    });
    const links = await f.service.getDocumentLinks(f.doc);
    assert.deepStrictEqual(
      links.map(l => showRange(l.range)),
      f.ranges.map(showRange),
    );
    assert.deepStrictEqual(
      links.map(l => l.target),
      [
        'https://undocs.org/A/C.1/74/L.1',
        'https://undocs.org/A/74/363',
        'https://undocs.org/A/RES/36/103',
        'https://undocs.org/A/RES/43/78%20H',
        'https://undocs.org/S/RES/2334%20(2016)',
        'https://undocs.org/A/74/100',
      ],
    );
  });

  it('gives no link for a malformed citation', async () => {
    const f = await workspaceFixture({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 2625 (XXVV),\n' });
    assert.deepStrictEqual(
      (await f.service.getDocumentLinks(f.doc)).map(l => l.target),
      [],
    );
  });
});

describe('definition', () => {
  it('goes from a citation to the front matter symbol of the cited workspace document', async () => {
    const f = await workspaceFixture({ 'cited.unres': CITED, 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 73/|27 of 5 December 2018,\n' });
    const locations = await f.service.getDefinition(f.doc, f.cursor);
    assert.deepStrictEqual(
      locations.map(l => at(l.uri, l.range)),
      ['cited.unres@1:8-1:19'],
    );
  });

  it('goes to the cited paragraph for `paragraph N of resolution …`', async () => {
    const f = await workspaceFixture({ 'cited.unres': CITED, 'draft.unres': 'The General Assembly,\n\n*Recalling* paragraph 2 of its resolution 73/|27 of 5 December 2018,\n' });
    const locations = await f.service.getDefinition(f.doc, f.cursor);
    assert.deepStrictEqual(
      locations.map(l => at(l.uri, l.range)),
      ['cited.unres@11:0-11:1'],
    );
  });

  it('goes from a paragraph reference to the paragraph, and from a subparagraph reference to the subparagraph', async () => {
    const text =
      'The General Assembly,\n\n*Noting* the report,\n\n[[1]]. *Decides*:\n   [[(a)]] to act;\n   (b) to report;\n\n2. *Requests*, further to paragraph |1 above and to paragraph 1 (a) above, a report.\n';
    const f = await workspaceFixture({ 'draft.unres': text });
    assert.deepStrictEqual(
      (await f.service.getDefinition(f.doc, f.cursor)).map(l => showRange(l.range)),
      [showRange(f.ranges[0])],
    );
    const sub = { line: f.cursor.line, character: f.cursor.character + 34 };
    assert.deepStrictEqual(
      (await f.service.getDefinition(f.doc, sub)).map(l => showRange(l.range)),
      [showRange(f.ranges[1])],
    );
  });

  it('goes from a footnote reference to its definition', async () => {
    const f = await workspaceFixture({ 'draft.unres': 'The General Assembly,\n\n*Noting* the report,[^|1]\n\n[^1]: A/74/100.\n' });
    assert.deepStrictEqual(
      (await f.service.getDefinition(f.doc, f.cursor)).map(l => showRange(l.range)),
      ['4:0-4:4'],
    );
  });

  it('finds nothing for a resolution outside the workspace, or on plain words', async () => {
    const f = await workspaceFixture({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 70/|1 of 25 September 2015,\n' });
    assert.deepStrictEqual(await f.service.getDefinition(f.doc, f.cursor), []);
    assert.deepStrictEqual(await f.service.getDefinition(f.doc, { line: 0, character: 3 }), []);
  });
});

describe('references', () => {
  const citing = {
    'a.unres': 'The General Assembly,\n\n*Recalling* its resolutions 53/70 of 4 December 1998 and 73/27 of 5 December 2018,\n',
    'b.unres': 'The General Assembly,\n\n*Recalling* paragraph 1 of its resolution 73/27 of 5 December 2018,\n',
  };

  it("finds every citation in the workspace of the document's own symbol", async () => {
    const f = await workspaceFixture({ ...citing, 'cited.unres': CITED.replace('A/RES/73/27', 'A/RES/|73/27') });
    const refs = await f.service.getReferences(f.doc, f.cursor, { includeDeclaration: true });
    const item = '73/27 of 5 December 2018';
    assert.deepStrictEqual(
      refs.map(l => at(l.uri, l.range)).sort(),
      [`a.unres@${spot(citing['a.unres'], item)}`, `b.unres@${spot(citing['b.unres'], item)}`, 'cited.unres@1:8-1:19'].sort(),
    );
  });

  it('from a paragraph number: references inside the document and `paragraph N of` citations elsewhere', async () => {
    const cited = CITED.replace('1. *Welcomes*', '|1. *Welcomes*').replace('2. *Requests* a report.', '2. *Requests* a report on paragraph 1 above.');
    const f = await workspaceFixture({ ...citing, 'cited.unres': cited });
    const refs = await f.service.getReferences(f.doc, f.cursor, { includeDeclaration: false });
    const plain = cited.replace('|', '');
    assert.deepStrictEqual(
      refs.map(l => at(l.uri, l.range)),
      [`cited.unres@${spot(plain, '1', 'report on paragraph ')}`, `b.unres@${spot(citing['b.unres'], '73/27 of 5 December 2018')}`],
    );
  });

  it('from a citation: every citation of the same resolution', async () => {
    const f = await workspaceFixture({ ...citing, 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 7|3/27 of 5 December 2018,\n' });
    const refs = await f.service.getReferences(f.doc, f.cursor, { includeDeclaration: false });
    assert.deepStrictEqual(refs.map(l => l.uri).sort(), [fixtureUri('a.unres'), fixtureUri('b.unres'), fixtureUri('draft.unres')]);
  });
});

describe('document highlights', () => {
  it('highlights the same resolution cited twice, and nothing else', async () => {
    const f = await workspaceFixture({
      'draft.unres':
        'The General Assembly,\n\n*Recalling* its resolutions [[73/2|7 of 5 December 2018]] and 53/70 of 4 December 1998,\n\n*Recalling also* its resolution [[73/27 of 5 December 2018]],\n',
    });
    const highlights = await f.service.getDocumentHighlights(f.doc, f.cursor);
    assert.deepStrictEqual(
      highlights.map(h => showRange(h.range)),
      f.ranges.map(showRange),
    );
  });

  it('highlights a paragraph number with the references to it', async () => {
    const f = await workspaceFixture({
      'draft.unres': 'The General Assembly,\n\n*Noting* the report,\n\n[[|1]]. *Decides* to act;\n\n2. *Requests* a report on paragraph [[1]] above and on paragraph 2 above.\n',
    });
    const highlights = await f.service.getDocumentHighlights(f.doc, f.cursor);
    assert.deepStrictEqual(
      highlights.map(h => showRange(h.range)),
      f.ranges.map(showRange),
    );
    assert.deepStrictEqual(
      highlights.map(h => h.kind),
      [3, 2],
    );
  });
});

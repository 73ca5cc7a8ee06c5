import * as assert from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { showRange } from './util/markers';
import { workspaceFixture } from './util/workspaceFixture';

const CITED = `---
symbol: A/RES/73/27
adopted: 5 December 2018
session: 73
title: Developments in the field of information and telecommunications in the context of international security
status: adopted
---

The General Assembly,

*Recalling* its resolution 53/70 of 4 December 1998,

1. *Welcomes* the work of the Group;

2. *Requests* the Secretary-General to report;

3. *Decides* to include the item;

4. *Decides* to remain seized of the matter.
`;

/** The hover's Markdown and range, for assertions. */
async function hoverAt(files: Record<string, string>): Promise<{ value: string; range: string; expected?: string }> {
  const f = await workspaceFixture(files);
  const hover = (await f.service.getHover(f.doc, f.cursor)) as Hover | undefined;
  assert.ok(hover, 'expected a hover');
  return { value: (hover.contents as MarkupContent).value, range: showRange(hover.range!), expected: f.ranges[0] && showRange(f.ranges[0]) };
}

describe('hover', () => {
  it('previews a cited resolution from the bundled catalog, with a link to its official text', async () => {
    const h = await hoverAt({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution [[73/2|7 of 5 December 2018]],\n' });
    assert.strictEqual(h.range, h.expected);
    assert.match(h.value, /\*\*A\/RES\/73\/27\*\*/);
    assert.match(h.value, /Developments in the field of information and telecommunications/);
    assert.match(h.value, /Adopted 5 December 2018/);
    assert.match(h.value, /\[Official text\]\(https:\/\/undocs\.org\/A\/RES\/73\/27\)/);
  });

  it('A/RES/79/16: previews an item that follows an item with parts (“36/87 A and B of 9 December 1981, 73/27 …”)', async () => {
    const h = await hoverAt({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolutions 36/87 A and B of 9 December 1981 and [[73/2|7 of 5 December 2018]],\n' });
    assert.strictEqual(h.range, h.expected);
    assert.match(h.value, /\*\*A\/RES\/73\/27\*\*/);
  });

  it('A/RES/53/130: previews the item after an interposed clause (“…, establishing the Fund, and 73/27 …”)', async () => {
    const h = await hoverAt({
      'draft.unres': 'The General Assembly,\n\n*Recalling* its resolutions 40/131 of 13 December 1985, establishing the Fund, and [[73/2|7 of 5 December 2018]],\n',
    });
    assert.strictEqual(h.range, h.expected);
    assert.match(h.value, /Developments in the field of information and telecommunications/);
  });

  it('shows the first operative paragraphs of a cited resolution that is in the workspace, and where the facts come from', async () => {
    const h = await hoverAt({
      'cited.unres': CITED,
      'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 73/|27 of 5 December 2018,\n',
    });
    assert.match(h.value, /1\\\. \*Welcomes\* the work of the Group;/); // the paragraph's emphasis renders as emphasis
    assert.match(h.value, /3\\\. \*Decides\* to include the item;/);
    assert.doesNotMatch(h.value, /remain seized/, 'only the first three paragraphs');
    assert.match(h.value, /seventy-third session/);
    assert.match(h.value, /Source: cited\.unres/);
  });

  it('names the special or emergency special session of a workspace document (not the number after the session)', async () => {
    const es = await hoverAt({
      'es.unres': '---\nsymbol: A/RES/ES-10/19\nadopted: 21 December 2017\n---\n\nThe General Assembly,\n',
      'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution ES-10/1|9 of 21 December 2017,\n',
    });
    assert.match(es.value, /tenth emergency special session/);
    assert.doesNotMatch(es.value, /session 19/);
    const s = await hoverAt({
      's.unres': '---\nsymbol: A/RES/S-26/2\nadopted: 27 June 2001\n---\n\nThe General Assembly,\n',
      'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution S-2|6/2 of 27 June 2001,\n',
    });
    assert.match(s.value, /twenty-sixth special session/);
    assert.doesNotMatch(s.value, /session 2\b/);
  });

  it('previews a catalog file entry with its vote, agenda item and source file', async () => {
    const catalog = JSON.stringify([
      {
        symbol: 'A/RES/75/1',
        date: '2020-09-21',
        title: 'Declaration on the commemoration of the seventy-fifth anniversary',
        agendaItem: '128',
        vote: { yes: 180, no: 1, abstain: 2 },
      },
    ]);
    const h = await hoverAt({ 'my.catalog.json': catalog, 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 7|5/1 of 21 September 2020,\n' });
    assert.match(h.value, /Vote: 180 in favour, 1 against, 2 abstentions/);
    assert.match(h.value, /agenda item 128/);
    assert.match(h.value, /Source: my\.catalog\.json/);
  });

  it('says so when no catalog knows the resolution, and still links to it', async () => {
    const h = await hoverAt({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 7|1/999 of 1 December 2016,\n' });
    assert.match(h.value, /Not in any catalog/);
    assert.match(h.value, /https:\/\/undocs\.org\/A\/RES\/71\/999/);
  });

  it('shows the text of the paragraph a reference names', async () => {
    const h = await hoverAt({
      'draft.unres':
        'The General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to establish a group;\n\n2. *Requests* the group, in accordance with paragraph [[|1]] above, to meet.\n',
    });
    assert.strictEqual(h.range, h.expected);
    assert.match(h.value, /\*\*Paragraph 1\*\*/);
    assert.match(h.value, /\n\*Decides\* to establish a group;/); // emphasis, not `\*Decides\*` (issue 11, item 7)
  });

  it('shows the text of a subparagraph a reference names', async () => {
    const h = await hoverAt({
      'draft.unres':
        'The General Assembly,\n\n*Noting* the report,\n\n1. *Decides*:\n   (a) to establish a group;\n   (b) to fund it;\n\n2. *Requests*, in accordance with paragraph 1 |(b) above, a report.\n',
    });
    assert.match(h.value, /\*\*Paragraph 1 \(b\)\*\*/);
    assert.match(h.value, /to fund it/);
    assert.doesNotMatch(h.value, /establish/);
  });

  it('explains an opening phrase: its kind, its use and its counterpart', async () => {
    const h = await hoverAt({ 'draft.unres': 'The General Assembly,\n\n[[*Recal|ling*]] its resolutions,\n\n1. *Decides* to act.\n' });
    assert.strictEqual(h.range, h.expected);
    assert.match(h.value, /\*\*Recalling\*\*: a preambular phrase/);
    assert.match(h.value, /Recalls/);
  });

  it('warns on an operative verb standing in the preamble', async () => {
    const h = await hoverAt({ 'draft.unres': 'The General Assembly,\n\n*Rec|alls* its resolutions,\n\n1. *Decides* to act.\n' });
    assert.match(h.value, /an operative verb/);
    assert.match(h.value, /stands in the preamble/);
  });

  it('gives the meaning of a front matter key', async () => {
    const h = await hoverAt({ 'draft.unres': '---\n[[agen|da-item]]: 93\n---\n\nThe General Assembly,\n' });
    assert.strictEqual(h.range, h.expected);
    assert.match(h.value, /\*\*agenda-item\*\*: the agenda item/);
  });

  it("on the document's own symbol, counts the citations of it in the workspace", async () => {
    const h = await hoverAt({
      'cited.unres': CITED.replace('symbol: A/RES/73/27', 'symbol: A/RES/73/|27'),
      'a.unres': 'The General Assembly,\n\n*Recalling* its resolutions 73/27 of 5 December 2018 and 73/27 of 5 December 2018,\n',
      'b.unres': 'The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n',
    });
    assert.match(h.value, /the symbol of this document/);
    assert.match(h.value, /Cited 3 times in 2 documents/);
  });

  it('describes a document symbol in running text', async () => {
    const h = await hoverAt({ 'draft.unres': 'The General Assembly,\n\n*Having considered* the report (A/74/|363),\n' });
    assert.match(h.value, /\*\*A\/74\/363\*\*/);
    assert.match(h.value, /https:\/\/undocs\.org\/A\/74\/363/);
  });

  it('shows a footnote definition on its reference', async () => {
    const h = await hoverAt({ 'draft.unres': 'The General Assembly,\n\n*Noting* the report,[^|1]\n\n1. *Decides* to act.\n\n[^1]: A/74/100.\n' });
    assert.match(h.value, /Footnote 1/);
    assert.match(h.value, /A\/74\/100/);
  });

  it('escapes document text so that no link, image or HTML comes out of it', async () => {
    const h = await hoverAt({
      'draft.unres':
        'The General Assembly,\n\n*Noting* the report,\n\n1. *Decides* <script>alert(1)</script> [x](javascript:alert(1)) ![](http://evil.example/p.png);\n\n2. *Requests*, as in paragraph |1 above, a report.\n',
    });
    assert.doesNotMatch(h.value, /<script>/);
    assert.doesNotMatch(h.value, /[^\\]\[x\]\(/);
    assert.doesNotMatch(h.value, /!\[\]/);
    assert.match(h.value, /\\<script\\>/);
  });

  it('has nothing to say on plain words, and never throws past the end of the document', async () => {
    const f = await workspaceFixture({ 'draft.unres': 'The General Assembly,\n\n*Noting* the |report,\n' });
    assert.strictEqual(await f.service.getHover(f.doc, f.cursor), undefined);
    assert.strictEqual(await f.service.getHover(f.doc, { line: 99, character: 5 }), undefined);
  });

  it('answers nothing once the request is cancelled', async () => {
    const f = await workspaceFixture({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 73/|27 of 5 December 2018,\n' });
    assert.strictEqual(await f.service.getHover(f.doc, f.cursor, { isCancellationRequested: true }), undefined);
    assert.ok(await f.service.getHover(f.doc, f.cursor, { isCancellationRequested: false }));
  });
});

/** Completion by place: front matter, footnotes, paragraph numbers, citations, opening phrases. */
import * as assert from 'node:assert';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { showRange } from './util/markers';
import { workspaceFixture } from './util/workspaceFixture';

async function complete(files: Record<string, string>): Promise<{ items: CompletionItem[]; range?: string; isIncomplete: boolean }> {
  const f = await workspaceFixture(files);
  const list = await f.service.getCompletions(f.doc, f.cursor);
  return { items: list.items, range: f.ranges[0] && showRange(f.ranges[0]), isIncomplete: list.isIncomplete };
}

const edit = (item: CompletionItem | undefined) => item?.textEdit as TextEdit | undefined;
const labels = (items: readonly CompletionItem[]) => items.map(i => i.label);

describe('completion', () => {
  it('offers 73/27 of 5 December 2018 after `73/`, with its title in the detail, replacing what was typed', async () => {
    const { items, range } = await complete({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution [[73/|]]\n' });
    const item = items.find(i => i.label === '73/27 of 5 December 2018');
    assert.ok(item, `got ${labels(items).slice(0, 10)}`);
    assert.match(item.detail!, /^Developments in the field of information and telecommunications/);
    assert.strictEqual(showRange(edit(item)!.range), range);
    assert.strictEqual(edit(item)!.newText, '73/27 of 5 December 2018');
    assert.ok(items.every(i => String(i.label).startsWith('73/')));
  });

  it('gives a citation item its facts when the editor resolves it (completionItem/resolve), not with every item of the list', async () => {
    const f = await workspaceFixture({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution 73/|\n' });
    const item = (await f.service.getCompletions(f.doc, f.cursor)).items.find(i => i.label === '73/27 of 5 December 2018')!;
    assert.strictEqual(item.documentation, undefined);
    const resolved = f.service.resolveCompletion(JSON.parse(JSON.stringify(item)) as CompletionItem);
    const doc = resolved.documentation as MarkupContent;
    assert.strictEqual(doc.kind, 'markdown');
    assert.match(
      doc.value,
      /^\*\*A\/RES\/73\/27\*\*\n\nDevelopments in the field of information and telecommunications in the context of international security\n\nAdopted 5 December 2018\n\nSource: Bundled with unres/,
    );
    assert.deepStrictEqual({ ...resolved, documentation: undefined }, { ...item, documentation: undefined }, 'nothing else changes');
    // An item of another kind, or of a symbol no catalog knows, comes back as it went.
    const phrase = { label: 'Recalling', data: { citation: 'A/RES/999/999' } };
    assert.deepStrictEqual(f.service.resolveCompletion(phrase), phrase);
  });

  it('replaces the whole citation field: the rest of the number and the date already there (the `recalling` snippet)', async () => {
    // The snippet's field `74/29` typed over with `73/`, its own date behind it: one date after the completion, not two.
    const { items, range } = await complete({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution [[73/| of 12 December 2019]],\n' });
    const item = items.find(i => i.label === '73/27 of 5 December 2018');
    assert.strictEqual(showRange(edit(item)!.range), range);
    // In the middle of a number, the rest of it goes too; a Council number (no date written) leaves a date alone.
    const middle = await complete({ 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolution [[73/2|9 of 12 December 2019]],\n' });
    assert.strictEqual(showRange(edit(middle.items.find(i => String(i.label).startsWith('73/29 of ')))!.range), middle.range);
    const council = await complete({ 'draft.unres': 'The Security Council,\n\n*Recalling* its resolution [[S/RES/22|]] of 12 December 2019,\n' });
    assert.strictEqual(showRange(edit(council.items[0])!.range), council.range);
  });

  it('offers workspace catalog entries first in precedence, and numbers in numeric order', async () => {
    const catalog = JSON.stringify([
      { symbol: 'A/RES/79/10', date: '2024-12-02', title: 'Ten' },
      { symbol: 'A/RES/79/2', date: '2024-10-14', title: 'Two' },
    ]);
    const { items } = await complete({ 'mine.catalog.json': catalog, 'draft.unres': 'The General Assembly,\n\n*Recalling* its resolutions 53/70 of 4 December 1998 and 79/|\n' });
    // The bundled catalog adds 79/1, 79/3 …; the workspace's entry wins for 79/2, and 79/10 comes after 79/9.
    const ls = labels(items);
    assert.deepStrictEqual(ls.slice(0, 2), ['79/1 of 22 September 2024', '79/2 of 14 October 2024']);
    assert.ok(ls.indexOf('79/10 of 2 December 2024') > ls.indexOf('79/9 of 18 November 2024'), ls.join(', '));
    assert.strictEqual(items.find(i => i.label === '79/2 of 14 October 2024')?.detail, 'Two');
  });

  it('completes a bare number after `resolution` to a Security Council resolution, without a date', async () => {
    const { items } = await complete({ 'draft.unres': 'The Security Council,\n\n*Recalling* its resolution 132|\n' });
    assert.ok(labels(items).includes('1325 (2000)'), `got ${labels(items)}`);
  });

  it('offers no citation for a number outside a citation', async () => {
    const { items } = await complete({ 'draft.unres': 'The General Assembly,\n\n*Noting* that 73|\n' });
    assert.deepStrictEqual(items, []);
  });

  it('offers the operative verbs, in emphasis, at the start of an operative paragraph', async () => {
    const { items, range } = await complete({ 'draft.unres': 'The General Assembly,\n\n*Noting* the report,\n\n1. [[*Dec|]]\n' });
    const item = items.find(i => i.label === 'Decides');
    assert.ok(item);
    assert.strictEqual(edit(item)!.newText, '*Decides* ');
    assert.strictEqual(showRange(edit(item)!.range), range);
    assert.ok(!labels(items).includes('Noting'));
  });

  it('offers the preambular phrases between the organ line and the first operative paragraph', async () => {
    const { items } = await complete({ 'draft.unres': 'The General Assembly,\n\n*Noting* the report,\n\nRec|\n\n1. *Decides* to act.\n' });
    assert.ok(labels(items).includes('Recalling'));
    assert.ok(!labels(items).includes('Decides'));
    assert.ok(items.find(i => i.label === 'Recalling')!.documentation, 'the note on use');
  });

  it('offers the front matter keys not yet written, and the values of `status`', async () => {
    const keys = await complete({ 'draft.unres': '---\nsymbol: A/RES/74/29\nsta|\n---\n' });
    assert.ok(labels(keys.items).includes('status'));
    assert.ok(!labels(keys.items).includes('symbol'));
    assert.strictEqual(edit(keys.items.find(i => i.label === 'status'))!.newText, 'status: ');
    const values = await complete({ 'draft.unres': '---\nstatus: |\n---\n' });
    assert.deepStrictEqual(labels(values.items), ['draft', 'adopted']);
  });

  it('offers the footnote labels and the next free one after `[^`', async () => {
    const { items } = await complete({ 'draft.unres': 'The General Assembly,\n\n*Noting* the report,[^1] and the note,[^|\n\n[^1]: A/74/100.\n' });
    assert.deepStrictEqual(labels(items), ['1', '2']);
    assert.strictEqual(items[0].detail, 'A/74/100.');
  });

  it('offers the undefined footnotes on a definition line', async () => {
    const { items } = await complete({ 'draft.unres': 'The General Assembly,\n\n*Noting* the report,[^1]\n\n[^|\n' });
    assert.deepStrictEqual(labels(items), ['1']);
    assert.strictEqual(edit(items[0])!.newText, '1]: ');
  });

  it('offers the paragraph numbers after `paragraph `, with their first words', async () => {
    const { items } = await complete({
      'draft.unres': 'The General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to establish a group;\n\n2. *Requests* the group, in accordance with paragraph |\n',
    });
    assert.deepStrictEqual(labels(items), ['1', '2']);
    assert.match(items[0].detail!, /^Decides to establish a group/);
  });

  it('answers an empty list on any other place, and past the end of the document', async () => {
    const f = await workspaceFixture({ 'draft.unres': 'The General Assembly,\n\n*Noting* the rep|ort,\n' });
    assert.deepStrictEqual((await f.service.getCompletions(f.doc, f.cursor)).items, []);
    assert.deepStrictEqual((await f.service.getCompletions(f.doc, { line: 40, character: 2 })).items, []);
  });
});

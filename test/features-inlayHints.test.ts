/**
 * Inlay hints: `PP1`, `PP2`, … beside preambular paragraphs, per part; `OP n` beside operative
 * paragraphs whose plain number differs where a draft uses `bis`; switched by the settings.
 */
import * as assert from 'node:assert';
import type { InlayHint } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace, type InlayHintOptions } from '../server/src/languageService';
import { parseMarkers, showRange } from './util/markers';
import { textDocument } from './util/workspaceFixture';

const service = createLanguageService({ workspace: new InMemoryWorkspace({}) });
let count = 0;
const ALL = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

/** Hints as `label@line:character`, and where the fixture's `[[]]` markers expect them. */
async function hints(marked: string, options?: InlayHintOptions, range = ALL): Promise<{ got: string[]; expected: string[] }> {
  const { text, ranges } = parseMarkers(marked, { cursor: false });
  const list: InlayHint[] = await service.getInlayHints(textDocument(text, `file:///ws/hints-${++count}.unres`), range, options);
  return {
    got: list.map(h => `${String(h.label)}@${h.position.line}:${h.position.character}`),
    expected: ranges.map(r => showRange(r).split('-')[0]),
  };
}

const DRAFT = `The General Assembly,

[[]]*Recalling* its resolution 74/29,

[[]]*Noting* the report,

1. *Welcomes* the work;

2. *Calls upon* States;

2 bis.[[]] *Encourages* States;

3.[[]] *Decides* to remain seized of the matter.
`;

describe('inlay hints', () => {
  it('labels preambular paragraphs PP1, PP2 and gives the plain number, after the label, to paragraphs a bis has moved', async () => {
    const h = await hints(DRAFT);
    // `2 bis. → 3`: an arrow after the label, not a second number before it.
    assert.deepStrictEqual(h.got, ['PP1@2:0', 'PP2@4:0', '→ 3@10:6', '→ 4@12:2']);
    assert.deepStrictEqual(
      h.got.map(g => g.split('@')[1]),
      h.expected,
    );
  });

  it('counts the preamble of each part from 1, and shows no OP labels without bis', async () => {
    const h = await hints('# A\n\nThe General Assembly,\n\n[[]]*Recalling* x,\n\n1. *Decides* y.\n\n# B\n\nThe General Assembly,\n\n[[]]*Recalling* z,\n\n1. *Decides* w.\n');
    assert.deepStrictEqual(h.got, ['PP1@4:0', 'PP1@12:0']);
    assert.deepStrictEqual(
      h.got.map(g => g.split('@')[1]),
      h.expected,
    );
  });

  it('answers only for the lines asked', async () => {
    const h = await hints(DRAFT, undefined, { start: { line: 3, character: 0 }, end: { line: 10, character: 0 } });
    assert.deepStrictEqual(h.got, ['PP2@4:0', '→ 3@10:6']);
  });

  it('shows nothing when unres.inlayHints.enabled or unres.inlayHints.paragraphLabels is off', async () => {
    assert.deepStrictEqual((await hints(DRAFT, { enabled: false, paragraphLabels: true })).got, []);
    assert.deepStrictEqual((await hints(DRAFT, { enabled: true, paragraphLabels: false })).got, []);
  });
});

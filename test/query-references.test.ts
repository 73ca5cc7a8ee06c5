/**
 * Issue 12, item 1: one resolver of internal paragraph references (query/references.ts) for the
 * rule, hover, navigation and renumbering. Where the three copies it replaced disagreed, these are
 * the answers kept (CHANGELOG, Unreleased): each case is checked through the resolver and through
 * the rule and hover, which must agree.
 */
import * as assert from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics } from '../server/src/languageService/rules/index';
import { referencesRules } from '../server/src/languageService/rules/references';
import { resolveReference } from '../server/src/languageService/query/references';
import { referenceAt } from '../server/src/languageService/query/cursor';
import { parseMarkers } from './util/markers';
import { workspaceFixture } from './util/workspaceFixture';

/** What the reference under the cursor names, as `5`, `2 (b) (ii)`, or `nothing`. */
function named(marked: string): string {
  const { text, cursor } = parseMarkers(marked);
  const doc = parseDocument(text);
  const at = referenceAt(doc, cursor!);
  assert.ok(at, 'no reference under the cursor');
  const found = resolveReference(doc, at.reference, at.target);
  if (!found) return 'nothing';
  return [found.paragraph.number?.text ?? `line ${found.paragraph.firstLine}`, ...found.chain.map(s => `(${s.label})`)].join(' ');
}

function ruleMessages(marked: string): string[] {
  const doc = parseDocument(parseMarkers(marked).text);
  return computeDiagnostics(doc, { rules: referencesRules }).map(d => d.message);
}

async function hoverText(marked: string): Promise<string | undefined> {
  const f = await workspaceFixture({ 'draft.unres': marked });
  const hover = (await f.service.getHover(f.doc, f.cursor)) as Hover | undefined;
  return hover && (hover.contents as MarkupContent).value;
}

const ANNEX = [
  'The General Assembly,',
  '',
  '1. *Adopts* the Declaration annexed to the present resolution;',
  '',
  '2. *Requests* the Secretary-General to disseminate it.',
  '',
  '# Annex',
  '',
  '1. States shall cooperate.',
  '',
  '2. Nothing in paragraph |1 above shall be read against the Charter.',
  '',
].join('\n');

const BIS_ONLY = [
  'The General Assembly,',
  '',
  '1. *Welcomes* the report;',
  '',
  '2 bis. *Requests* a report;',
  '',
  '3. *Decides* to act in accordance with paragraph |2 above.',
  '',
].join('\n');

const NESTED = [
  'The General Assembly,',
  '',
  '1. *Requests* the Secretary-General:',
  '   (a) To report:',
  '      (i) On the first matter;',
  '      (ii) On the second matter;',
  '   (b) To consult:',
  '      (i) The States, in the light of subparagraph (i|i) below;',
  '      (ii) The organizations of the system;',
  '',
].join('\n');

describe('query: paragraph references, one answer', () => {
  it('an annex numbers its own paragraphs: its “paragraph 1 above” is not the resolution’s paragraph 1', async () => {
    assert.strictEqual(named(ANNEX), 'nothing');
    assert.deepStrictEqual(ruleMessages(ANNEX), []);
    // Hover used to show the resolution's paragraph 1 (“Adopts the Declaration”).
    const hover = await hoverText(ANNEX);
    assert.ok(hover === undefined || !/Adopts/.test(hover), hover);
  });

  it('“of the present resolution” in an annex names the resolution’s paragraph', () => {
    assert.strictEqual(named(ANNEX.replace('paragraph |1 above', 'paragraph |1 of the present resolution')), '1');
  });

  it('“paragraph 2” names paragraph 2, never 2 bis', async () => {
    assert.strictEqual(named(BIS_ONLY), 'nothing');
    assert.deepStrictEqual(ruleMessages(BIS_ONLY), ['There is no operative paragraph 2: the operative paragraphs of the resolution run from 1 to 3.']);
    assert.strictEqual(await hoverText(BIS_ONLY), undefined);
    const withPlain = BIS_ONLY.replace('2 bis. *Requests* a report;', '2. *Notes* the report;\n\n2 bis. *Requests* a report;');
    assert.strictEqual(named(withPlain), '2');
  });

  it('a bare “subparagraph (ii)” is looked for from the subparagraph the reference stands in, outwards', async () => {
    assert.strictEqual(named(NESTED), '1 (ii)');
    const doc = parseDocument(parseMarkers(NESTED).text);
    const found = resolveReference(doc, doc.references[0], doc.references[0].targets[0]);
    assert.match(found!.chain[0].text, /organizations of the system/, 'the (ii) of (b), not of (a)');
    assert.deepStrictEqual(ruleMessages(NESTED), []);
    const hover = await hoverText(NESTED);
    assert.match(hover ?? '', /organizations of the system/);
  });
});

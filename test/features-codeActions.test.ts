/**
 * Quick fixes and `source.fixAll.unres`: each fix is applied to the document and the whole text
 * compared with the text expected after it.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, fixAllEdits, fixesFor, FIX_ALL_KIND, InMemoryWorkspace, type ILanguageService } from '../server/src/languageService';

const URI = 'file:///ws/doc.unres';

function service(files: Record<string, string> = {}): ILanguageService {
  return createLanguageService({
    workspace: new InMemoryWorkspace(files),
    log: m => {
      throw new Error(`service logged: ${m}`);
    },
  });
}

/** Applies edits the way an editor does (all against the original text). */
function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), [...edits]);
}

const doc = (text: string, version = 1) => ({ uri: URI, version, getText: () => text });

/** The first fix of the first diagnostic with `code`, applied. */
function fixed(before: string, code: string, svc = service()): { title: string; after: string } {
  const d = doc(before);
  const diagnostic = svc.getDiagnostics(d).find(x => x.code === code);
  assert.ok(diagnostic, `no ${code} diagnostic`);
  const [fix] = fixesFor(svc.getModel(d), diagnostic);
  assert.ok(fix, `no fix for ${code}`);
  return { title: fix.title, after: apply(before, fix.edits) };
}

const HEAD = '---\nsymbol: A/C.1/74/L.1\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n';

describe('quick fixes', () => {
  it('renumbers the operative paragraphs and every reference to them, in one edit', () => {
    const { title, after } = fixed(
      `${HEAD}1. *Welcomes* the report;\n\n3. *Requests* a report, as in paragraph 1 above;\n\n4. *Decides* to act under paragraphs 3 and 4 (a) above:\n\n   (a) First;\n\n   (b) Second.\n`,
      'numbering/operative',
    );
    assert.match(title, /Renumber/);
    assert.strictEqual(
      after,
      `${HEAD}1. *Welcomes* the report;\n\n2. *Requests* a report, as in paragraph 1 above;\n\n3. *Decides* to act under paragraphs 2 and 3 (a) above:\n\n   (a) First;\n\n   (b) Second.\n`,
    );
  });

  it('reletters subparagraphs and the references naming them', () => {
    const { after } = fixed(
      `${HEAD}1. *Requests*:\n\n   (a) First;\n\n   (c) Second, with subparagraph (c) above;\n\n2. *Decides* to recall paragraph 1 (c) above.\n`,
      'numbering/subparagraph',
    );
    assert.strictEqual(after, `${HEAD}1. *Requests*:\n\n   (a) First;\n\n   (b) Second, with subparagraph (b) above;\n\n2. *Decides* to recall paragraph 1 (b) above.\n`);
  });

  it('turns draft labels into plain numbers in an adopted text', () => {
    const text =
      '---\nsymbol: A/RES/74/1\nstatus: adopted\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n1. *Welcomes* it;\n\n1 bis. *Notes* it;\n\n2. *Decides* to act.\n';
    assert.strictEqual(fixed(text, 'numbering/draft-label').after, text.replace('1 bis.', '2.').replace('2. *Decides', '3. *Decides'));
  });

  it('fixes the final mark of a paragraph', () => {
    assert.strictEqual(
      fixed(`${HEAD}1. *Welcomes* the report.\n\n2. *Decides* to act.\n`, 'punctuation/operative').after,
      `${HEAD}1. *Welcomes* the report;\n\n2. *Decides* to act.\n`,
    );
    assert.strictEqual(
      fixed('The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018\n\n1. *Decides* to act.\n', 'punctuation/preambular').after,
      'The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n1. *Decides* to act.\n',
    );
  });

  it('puts the opening phrase in emphasis', () => {
    assert.strictEqual(
      fixed('The General Assembly,\n\nRecalling its resolution 73/27 of 5 December 2018,\n\n1. *Decides* to act.\n', 'phrase/emphasis').after,
      'The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n1. *Decides* to act.\n',
    );
  });

  it('replaces an operative verb in the preamble with its participle, and the reverse', () => {
    assert.strictEqual(
      fixed('The General Assembly,\n\n*Decides* that it matters,\n\n1. *Decides* to act.\n', 'phrase/preambular').after,
      'The General Assembly,\n\n*Deciding* that it matters,\n\n1. *Decides* to act.\n',
    );
    assert.strictEqual(fixed(`${HEAD}1. *Noting* the report;\n\n2. *Decides* to act.\n`, 'phrase/operative').after, `${HEAD}1. *Notes* the report;\n\n2. *Decides* to act.\n`);
  });

  it('sorts a citation list by date when every date is known', () => {
    const before =
      'The General Assembly,\n\n*Recalling* its resolutions 73/27 of 5 December 2018, 53/70 of 4 December 1998 and 54/49 of 1 December 1999,\n\n1. *Decides* to act.\n';
    assert.strictEqual(
      fixed(before, 'citation/order').after,
      before.replace(
        '73/27 of 5 December 2018, 53/70 of 4 December 1998 and 54/49 of 1 December 1999',
        '53/70 of 4 December 1998, 54/49 of 1 December 1999 and 73/27 of 5 December 2018',
      ),
    );
  });

  it('fixes the comma before “and”, and a missing “and”', () => {
    const comma = 'The General Assembly,\n\n*Recalling* its resolutions 53/70 of 4 December 1998, and 54/49 of 1 December 1999,\n\n1. *Decides* to act.\n';
    assert.strictEqual(fixed(comma, 'citation/conjunction').after, comma.replace('1998, and', '1998 and'));
    const missing = 'The General Assembly,\n\n*Recalling* its resolutions 53/70 of 4 December 1998, 54/49 of 1 December 1999,\n\n1. *Decides* to act.\n';
    assert.strictEqual(fixed(missing, 'citation/conjunction').after, missing.replace('1998, 54/49', '1998 and 54/49'));
  });

  it('replaces a date with the catalog’s', () => {
    const catalog = JSON.stringify([{ symbol: 'A/RES/73/27', date: '2018-12-05', title: 'Developments' }]);
    const svc = service({ 'file:///ws/x.catalog.json': catalog });
    const before = 'The General Assembly,\n\n*Recalling* its resolution 73/27 of 6 December 2018,\n\n1. *Decides* to act.\n';
    return svc.indexWorkspace().then(() => {
      const { title, after } = fixed(before, 'citation/date', svc);
      assert.match(title, /catalog/);
      assert.strictEqual(after, before.replace('6 December', '5 December'));
    });
  });

  it('adds a missing footnote definition after the last one', () => {
    const before = `${HEAD}1. *Decides* to act[^1] and to review[^2].\n\n[^1]: A/74/363.\n`;
    assert.strictEqual(fixed(before, 'footnote/undefined').after, `${before.trimEnd()}\n[^2]: \n`);
  });

  it('renumbers footnotes in order of first reference, definitions included', () => {
    const before = `${HEAD}1. *Decides* to act[^2] and to review[^1].\n\n[^1]: Second.\n\n[^2]: First.\n`;
    assert.strictEqual(fixed(before, 'footnote/order').after, `${HEAD}1. *Decides* to act[^1] and to review[^2].\n\n[^2]: Second.\n\n[^1]: First.\n`);
  });

  it('turns “above” into “below” when the paragraph named comes later', () => {
    const before = `${HEAD}1. *Decides* to act as in paragraph 2 above;\n\n2. *Requests* a report.\n`;
    assert.strictEqual(fixed(before, 'reference/paragraph').after, before.replace('2 above', '2 below'));
  });

  it('offers nothing for a diagnostic whose data is missing, malformed or out of the text', () => {
    const svc = service();
    const model = svc.getModel(doc(`${HEAD}1. *Decides* to act.\n`));
    const base: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '', code: 'punctuation/operative', source: 'unres' };
    assert.deepStrictEqual(fixesFor(model, base), []);
    assert.deepStrictEqual(fixesFor(model, { ...base, data: { expected: ';', range: 'nowhere' } }), []);
    assert.deepStrictEqual(fixesFor(model, { ...base, data: { expected: ';', range: { start: { line: 999, character: 0 }, end: { line: 999, character: 1 } } } }), []);
    assert.deepStrictEqual(fixesFor(model, { ...base, code: 'numbering/operative', data: { renumber: [null, 7], expected: 3 } }), []);
  });
});

describe('code actions and fix all', () => {
  const before = `The General Assembly,\n\nRecalling its resolution 73/27 of 5 December 2018\n\n*Decides* that it matters,\n\n1. *Welcomes* the report.\n\n3. *Requests* a report, as in paragraph 4 above;\n\n4. *Decides* to act[^2][^1]\n\n[^1]: One.\n\n[^2]: Two.\n`;

  it('applies every safe fix at once, leaving guesses and word changes to the drafter', () => {
    const svc = service();
    const d = doc(before);
    const after = apply(before, fixAllEdits(svc.getModel(d), svc.getDiagnostics(d)));
    assert.strictEqual(
      after,
      `The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n*Decides* that it matters,\n\n1. *Welcomes* the report;\n\n2. *Requests* a report, as in paragraph 3 below;\n\n3. *Decides* to act.[^1][^2]\n\n[^2]: One.\n\n[^1]: Two.\n`,
    );
  });

  it('answers source.fixAll.unres only when asked for, and quick fixes for the diagnostics given', async () => {
    const svc = service();
    const d = doc(before);
    const diagnostics = svc.getDiagnostics(d);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const quick = await svc.getCodeActions(d, range, { diagnostics: diagnostics.filter(x => x.code === 'phrase/emphasis') });
    assert.deepStrictEqual(
      quick.map(a => [a.kind, a.title, a.isPreferred]),
      [
        ['quickfix', 'Put the opening phrase in emphasis: *Recalling*', true],
        ['quickfix', 'Disable phrase/emphasis for this line', false],
        ['quickfix', 'Disable phrase/emphasis for this file', false],
      ],
    );
    const none = await svc.getCodeActions(d, range, { diagnostics: [] });
    assert.deepStrictEqual(none, []);
    const all = await svc.getCodeActions(d, range, { diagnostics: [], only: ['source.fixAll'] });
    assert.deepStrictEqual(
      all.map(a => a.kind),
      [FIX_ALL_KIND],
    );
    assert.strictEqual(apply(before, all[0].edit!.changes![URI]), apply(before, fixAllEdits(svc.getModel(d), diagnostics)));
  });

  it('applying every quick fix to examples/faulty.unres leaves no diagnostic that has a fix', () => {
    let text = fs.readFileSync(path.resolve(__dirname, '../../examples/faulty.unres'), 'utf8');
    const svc = service();
    const fixable = (t: string, version: number) => {
      const d = doc(t, version);
      const model = svc.getModel(d);
      return svc
        .getDiagnostics(d)
        .filter(x => fixesFor(model, x).length > 0)
        .map(x => ({ diagnostic: x, fix: fixesFor(model, x)[0] }));
    };
    const initially = fixable(text, 1);
    assert.ok(initially.length >= 15, `the faulty example should offer many fixes, got ${initially.length}`);
    for (let round = 2; round < 12; round++) {
      const found = fixable(text, round);
      if (found.length === 0) break;
      // One fix per diagnostic, those overlapping an accepted one left for the next round.
      const accepted: TextEdit[] = [];
      for (const { fix } of found) {
        if (fix.edits.some(e => accepted.some(a => overlaps(a, e)))) continue;
        accepted.push(...fix.edits);
      }
      text = apply(text, accepted);
    }
    assert.deepStrictEqual(
      fixable(text, 99).map(x => `${x.diagnostic.code}: ${x.diagnostic.message}`),
      [],
    );
    // What is left needs the drafter: an impossible date, the self-citation, a paragraph 9 that does not exist.
    const left = svc
      .getDiagnostics(doc(text, 100))
      .map(x => x.code)
      .sort();
    assert.deepStrictEqual(left, ['citation/date', 'citation/self', 'frontmatter/key', 'reference/paragraph']);
  });
});

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const cmp = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line - q.line || p.character - q.character;
  const [first, second] = cmp(a.range.start, b.range.start) <= 0 ? [a, b] : [b, a];
  const c = cmp(second.range.start, first.range.end);
  return c < 0 || (c === 0 && cmp(first.range.start, first.range.end) === 0 && cmp(second.range.start, second.range.end) === 0);
}

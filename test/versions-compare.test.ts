/**
 * Comparing two versions of a resolution paragraph by paragraph (docs/versions.md): the changes a
 * negotiator would name, on the right lines, and nothing for paragraphs only renumbered.
 */
import * as assert from 'node:assert';
import { parseDocument } from '../server/src/languageService';
import { compareVersions, comparisonJson, comparisonText, hasRealChanges, type JsonChange } from '../server/src/languageService/versions';

const parse = (text: string, name = 'x') => parseDocument(text, `file:///${name}.unres`, 1);
const compare = (oldText: string, newText: string) => compareVersions(parse(oldText, 'old'), parse(newText, 'new'));

/** The 1-based line of the one line of `text` that contains `fragment`. */
function lineOf(text: string, fragment: string): number {
  const lines = text.split('\n');
  const found = lines.map((l, i) => (l.includes(fragment) ? i + 1 : 0)).filter(n => n > 0);
  assert.strictEqual(found.length, 1, `“${fragment}” is on ${found.length} lines`);
  return found[0];
}

const OLD = `---
status: draft
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

*Noting* that the Group met three times in 2019,

*Stressing* the need to ensure the integrity and continuity of the process,

1. *Welcomes* the report of the Secretary-General;

2. *Requests* the Secretary-General to circulate the report to all Member States;

3. *Calls upon* Member States to submit their views on the matter in 2020;

4. *Encourages* Member States:

   (a) To share best practices;

   (b) To support capacity-building;

5. *Invites* regional organizations to contribute to the work;

6. *Decides* to include in the provisional agenda of its seventy-fifth session the item entitled “Developments”.
`;

// PP2 deleted and a PP inserted in its place (PP3 stays PP3: unchanged); OP 2 deleted; 3 changed
// and now 1; 4 (and its subparagraphs) renumbered 2; 1 moved after it; 5 renumbered 4; a new 5
// inserted; 6 changed.
const NEW = `---
status: draft
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

*Welcoming* the adoption by consensus of resolution 74/29,

*Stressing* the need to ensure the integrity and continuity of the process,

1. *Calls upon* Member States to submit their views on the matter in 2021;

2. *Encourages* Member States:

   (a) To share best practices;

   (b) To support capacity-building;

3. *Welcomes* the report of the Secretary-General;

4. *Invites* regional organizations to contribute to the work;

5. *Urges* all States to refrain from the use of information technologies for hostile purposes;

6. *Decides* to include in the provisional agenda of its seventy-sixth session the item entitled “Developments”.
`;

describe('versions: compare two drafts', () => {
  it('reports exactly the deleted, inserted, changed and moved paragraphs, on their lines, and renumbered ones as such', () => {
    const changes = comparisonJson(compare(OLD, NEW));
    const old = (label: string, fragment: string) => ({ label, line: lineOf(OLD, fragment) });
    const neu = (label: string, fragment: string) => ({ label, line: lineOf(NEW, fragment) });
    const expected: JsonChange[] = [
      { kind: 'deleted', old: old('PP2', 'met three times'), new: null },
      { kind: 'inserted', old: null, new: neu('PP2', 'Welcoming') },
      { kind: 'deleted', old: old('2', 'circulate'), new: null },
      {
        kind: 'changed',
        old: old('3', 'Calls upon'),
        new: neu('1', 'Calls upon'),
        words: [
          { op: 'equal', text: '*Calls upon* Member States to submit their views on the matter in ' },
          { op: 'delete', text: '2020' },
          { op: 'insert', text: '2021' },
          { op: 'equal', text: ';' },
        ],
      },
      { kind: 'renumbered', old: old('4', 'Encourages'), new: neu('2', 'Encourages') },
      { kind: 'renumbered', old: old('4 (a)', 'best practices'), new: neu('2 (a)', 'best practices') },
      { kind: 'renumbered', old: old('4 (b)', 'capacity-building'), new: neu('2 (b)', 'capacity-building') },
      { kind: 'moved', old: old('1', 'Welcomes'), new: neu('3', 'Welcomes') },
      { kind: 'renumbered', old: old('5', 'Invites'), new: neu('4', 'Invites') },
      { kind: 'inserted', old: null, new: neu('5', 'Urges') },
      {
        kind: 'changed',
        old: old('6', 'Decides'),
        new: neu('6', 'Decides'),
        words: [
          { op: 'equal', text: '*Decides* to include in the provisional agenda of its seventy-' },
          { op: 'delete', text: 'fifth' },
          { op: 'insert', text: 'sixth' },
          { op: 'equal', text: ' session the item entitled “Developments”.' },
        ],
      },
    ];
    assert.deepStrictEqual(changes, expected);
  });

  it('reads like a negotiator’s comparison in text', () => {
    const text = comparisonText(compare(OLD, NEW), { oldName: 'old.unres', newName: 'new.unres' });
    const lines = text.trimEnd().split('\n');
    assert.strictEqual(lines[0], 'old.unres → new.unres: 2 inserted, 2 deleted, 2 changed, 1 moved, 4 renumbered');
    assert.ok(lines.includes(`new.unres:${lineOf(NEW, 'Encourages')}: OP 2 (was 4): unchanged`), text);
    assert.ok(lines.includes(`new.unres:${lineOf(NEW, 'Welcoming')}: PP 2 inserted: *Welcoming* the adoption by consensus of resolution 74/29,`), text);
    assert.ok(lines.includes(`old.unres:${lineOf(OLD, 'circulate')}: OP 2 deleted: *Requests* the Secretary-General to circulate the report to all Member States;`), text);
    assert.ok(lines.includes(`new.unres:${lineOf(NEW, 'Calls upon')}: OP 1 (was 3): changed: … to submit their views on the matter in [-2020-]{+2021+};`), text);
    assert.ok(lines.includes(`new.unres:${lineOf(NEW, 'Welcomes')}: OP 3 (moved from OP 1, line ${lineOf(OLD, 'Welcomes')}): unchanged`), text);
  });

  it('finds nothing between a document and itself', () => {
    const c = compare(OLD, OLD);
    assert.deepStrictEqual(c.changes, []);
    assert.strictEqual(hasRealChanges(c), false);
  });

  it('reports a renumbering alone as renumbered, which is no real change', () => {
    const bis = OLD.replace('status: draft', 'status: draft')
      .replace('2. *Requests*', '1 bis. *Requests*')
      .replace(/^([3-6])\. /gm, (_, n: string) => `${Number(n) - 1}. `);
    const c = compare(OLD, bis);
    assert.ok(c.changes.length > 0);
    assert.deepStrictEqual([...new Set(c.changes.map(x => x.kind))], ['renumbered']);
    assert.strictEqual(hasRealChanges(c), false);
    assert.deepStrictEqual(
      c.changes.filter(x => x.old?.cls === 'operative').map(x => `${x.old!.label}→${x.new!.label}`),
      ['2→1 bis', '3→2', '4→3', '5→4', '6→5'],
    );
  });

  it('matches preambular paragraphs, subparagraphs, annex paragraphs and footnotes of their own kinds', () => {
    const a =
      'The General Assembly,\n\n*Noting* the report,[^1]\n\n1. *Adopts* the Declaration annexed to the present resolution:\n\n   (a) first;\n\n   (b) second.\n\n# Annex\n\n1. The first principle.\n\n2. The second principle.\n\n[^1]: A/74/1.\n';
    const b =
      'The General Assembly,\n\n*Noting* the report,[^1]\n\n1. *Adopts* the Declaration annexed to the present resolution:\n\n   (a) second.\n\n# Annex\n\n1. The new principle of all.\n\n2. The first principle.\n\n3. The second principle.\n\n[^1]: A/74/2.\n';
    const changes = comparisonJson(compare(a, b));
    assert.deepStrictEqual(
      changes.map(c => `${c.kind} ${c.old?.label ?? '-'} ${c.new?.label ?? '-'}`),
      ['deleted 1 (a) -', 'renumbered 1 (b) 1 (a)', 'inserted - Annex 1', 'renumbered Annex 1 Annex 2', 'renumbered Annex 2 Annex 3', 'changed Footnote 1 Footnote 1'],
    );
  });

  it('answers sensibly on unrelated documents, empty ones and broken ones', () => {
    const sc = 'The Security Council,\n\n*Recalling* its resolution 2250 (2015),\n\n1. *Urges* Member States to act;\n\n2. *Decides* to remain actively seized of the matter.\n';
    const unrelated = compare(OLD, sc);
    assert.ok(
      unrelated.changes.every(c => c.kind === 'inserted' || c.kind === 'deleted' || c.kind === 'changed'),
      JSON.stringify(comparisonJson(unrelated)),
    );
    assert.ok(hasRealChanges(unrelated));
    const fromEmpty = compare('', OLD);
    assert.strictEqual(fromEmpty.changes.length, fromEmpty.newUnits);
    assert.ok(fromEmpty.changes.every(c => c.kind === 'inserted'));
    assert.deepStrictEqual(compare('', '').changes, []);
    const broken = '---\nsymbol: [\n\n*Recalling [its resolution 73/27,\n\n3. *Welcomes*\n   (q) x\n<!-- never closed\n';
    assert.ok(compare(broken, OLD).changes.length > 0);
    assert.deepStrictEqual(compare(broken, broken).changes, []);
  });

  it('of two paragraphs that swapped places, reports the changed one as moved', () => {
    const a =
      'The General Assembly,\n\n1. *Welcomes* the report of the Secretary-General;\n\n2. *Invites* regional organizations to contribute to the work;\n\n3. *Decides* to remain seized of the matter.\n';
    const b =
      'The General Assembly,\n\n1. *Invites* regional and subregional organizations to contribute to the work;\n\n2. *Welcomes* the report of the Secretary-General;\n\n3. *Decides* to remain seized of the matter.\n';
    assert.deepStrictEqual(
      comparisonJson(compare(a, b)).map(c => `${c.kind} ${c.old?.label}→${c.new?.label}`),
      ['moved 2→1', 'renumbered 1→2'],
    );
  });

  it('compares two 5 MB versions: every real change found, the rest renumbered', function () {
    this.timeout(120_000);
    const paragraph = (n: number) =>
      `*Requests* the Secretary-General to report on item ${n} of the programme of work, taking into account the views of Member States and of the regional commissions, and the capacity-building needs of developing countries in this field`;
    const count = 21_000;
    const body = (ns: readonly number[]) => ns.map((n, i) => `${i + 1}. ${paragraph(n)}${i === ns.length - 1 ? '.' : ';'}`).join('\n\n');
    const all = Array.from({ length: count }, (_, i) => i);
    // Every 1,000th paragraph deleted: all after the first deletion are renumbered.
    const later = all.filter(n => n === 0 || n % 1000 !== 0);
    const oldText = `The General Assembly,\n\n${body(all)}\n`;
    assert.ok(oldText.length > 5_000_000, `${oldText.length} characters`);
    const c = compare(oldText, `The General Assembly,\n\n${body(later)}\n`);
    const kinds = new Map<string, number>();
    for (const x of c.changes) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
    // The 20 deleted ones, and every paragraph after the first deletion renumbered; the last stays last.
    assert.deepStrictEqual(Object.fromEntries(kinds), { deleted: 20, renumbered: later.filter(n => n > 1000).length });
  });
});

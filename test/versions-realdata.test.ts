/**
 * Versions on real texts (docs/versions.md): the UN's PDFs of the ICT series and two more, as the
 * `wannli/mandate-pipeline` data extracted them, converted, rolled over and compared with what the
 * General Assembly adopted next. Runs when ../shared/data is there; says so once when it is not.
 */
import * as assert from 'node:assert';
import { parseDocument } from '../server/src/languageService';
import { computeDiagnostics } from '../server/src/languageService/rules';
import { compareVersions, comparisonJson, rolloverText } from '../server/src/languageService/versions';
import { comparePair, convertedText, VERSION_PAIRS } from './realdata/versionPairs';
import { describeWithData, SHARED_DATA } from './util/shared';

const text = (name: string) => convertedText(SHARED_DATA, name)!;

describeWithData('versions on real texts (wannli mandate-pipeline extracts)', function () {
  it('converts the ICT texts into documents with no structural error', () => {
    for (const name of ['A_RES_78_16', 'A_RES_78_237', 'A_RES_79_237', 'A_RES_80_16', 'A_C.1_80_L.20']) {
      const doc = parseDocument(text(name), `file:///${name}.unres`, 1);
      const errors = computeDiagnostics(doc, {}).filter(d => d.severity === 1 && /^(numbering|structure)\//.test(String(d.code)));
      assert.deepStrictEqual(
        errors.map(e => `${name}:${e.range.start.line + 1} ${e.code} ${e.message}`),
        [],
      );
      assert.ok(doc.parts[0].operative.length >= 4, name);
    }
  });

  it('finds the First Committee draft A/C.1/80/L.20 adopted word for word as 80/16: nothing but the front matter differs', () => {
    const changes = comparisonJson(compareVersions(parseDocument(text('A_C.1_80_L.20'), 'file:///l20', 1), parseDocument(text('A_RES_80_16'), 'file:///r', 1)));
    assert.deepStrictEqual(
      changes.map(c => `${c.kind} ${c.old?.label ?? c.new?.label}`),
      ['changed symbol', 'inserted adopted', 'changed status'],
    );
  });

  it('rolls 79/237 over into the agenda paragraph 80/16 adopted, and reports the rest as the Assembly changed it', () => {
    const rolled = rolloverText(parseDocument(text('A_RES_79_237'), 'file:///79-237.unres', 1));
    assert.match(rolled.text, /provisional agenda of its eighty-first session/);
    assert.match(rolled.text, /75\/240 of 31 December 2020, 76\/19 of 6 December 2021 and 79\/237 of 24 December 2024, and noting/);
    const pair = VERSION_PAIRS.find(p => p.from === 'A_RES_79_237' && p.to === 'A_RES_80_16')!;
    const result = comparePair(pair, text(pair.from), text(pair.to));
    const byLabel = new Map(comparisonJson(result.comparison).map(c => [c.new?.label ?? `-${c.old!.label}`, c.kind]));
    // The agenda paragraph: 5 in 79/237, 4 in 80/16, the same words once rolled over.
    assert.strictEqual(byLabel.get('4'), 'renumbered');
    assert.strictEqual(byLabel.get('2'), 'inserted');
    assert.strictEqual(byLabel.get('-2 (a)'), 'deleted');
    assert.strictEqual(byLabel.get('1'), 'changed');
    assert.deepStrictEqual(
      { units: result.units, same: result.same, changed: result.changed, inserted: result.inserted, deleted: result.deleted },
      { units: 8, same: 2, changed: 4, inserted: 2, deleted: 6 },
    );
  });

  it('measures every pair (the numbers of docs/versions.md)', () => {
    for (const pair of VERSION_PAIRS) {
      const plain = comparePair(pair, text(pair.from), text(pair.to), false);
      const rolled = pair.kind === 'rollover' ? comparePair(pair, text(pair.from), text(pair.to), true) : plain;
      // A rollover never takes the text further from the next one.
      assert.ok(rolled.wordsKept >= plain.wordsKept, pair.from);
      assert.ok(rolled.same >= plain.same, pair.from);
      const pct = (r: typeof plain) => `${((100 * r.wordsKept) / r.words).toFixed(1)}%`;
      console.log(
        `      ${pair.from} → ${pair.to}: ${rolled.units} units, ${rolled.same} kept, ${rolled.changed} changed, ${rolled.moved} moved, ${rolled.inserted} inserted, ${rolled.deleted} deleted; words kept ${pct(plain)}${pair.kind === 'rollover' ? ` as adopted, ${pct(rolled)} rolled over` : ''}`,
      );
    }
  });
});

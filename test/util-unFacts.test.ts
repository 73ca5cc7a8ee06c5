/**
 * Issue 12, item 2: the facts of the UN in one place (`util/organs`, `util/sessions`, `util/dates`,
 * `util/draftSuffixes`), and the session of a symbol read one way for hover, rules and catalogs.
 */
import * as assert from 'node:assert';
import { formatDate, isoDate, MONTH_NAMES, monthNumber } from '../server/src/languageService/util/dates';
import { DRAFT_SUFFIXES, suffixIndex } from '../server/src/languageService/util/draftSuffixes';
import { ORGAN_NAMES, organFromName, organFromSymbol, SERIES_PREFIXES, seriesPrefix } from '../server/src/languageService/util/organs';
import { gaRegularSessionOf, ordinalWords, regularSessionOf, sessionName, sessionOfSymbol } from '../server/src/languageService/util/sessions';
import { parseDocument } from '../server/src/languageService';

describe('UN facts (util/)', () => {
  describe('sessionOfSymbol: one reading of the session a symbol names', () => {
    const cases: [string, string | undefined][] = [
      ['A/RES/74/29', 'GA regular 74'],
      ['A/RES/43/78 H', 'GA regular 43'],
      ['A/RES/2625 (XXV)', 'GA regular 25'],
      ['A/RES/217 A (III)', 'GA regular 3'],
      ['A/C.1/74/L.50', 'GA regular 74'],
      ['A/DEC/73/546', 'GA regular 73'],
      ['A/RES/S-26/2', 'GA special 26'],
      ['A/RES/ES-10/19', 'GA emergency special 10'],
      ['A/RES/3201 (S-VI)', 'GA special 6'],
      ['A/HRC/RES/40/1', 'HRC regular 40'],
      ['A/HRC/RES/S-30/1', 'HRC special 30'],
      ['S/RES/2334 (2016)', undefined],
      ['E/RES/2019/1', undefined],
      ['not a symbol', undefined],
    ];
    for (const [symbol, expected] of cases) {
      it(`${symbol} → ${expected ?? 'none'}`, () => {
        const s = sessionOfSymbol(symbol);
        assert.strictEqual(s && `${s.organ} ${s.kind} ${s.number}`, expected);
      });
    }

    it('regular sessions only where a number of a regular session is wanted', () => {
      assert.strictEqual(regularSessionOf('A/RES/ES-10/19'), undefined, 'not session 19');
      assert.strictEqual(regularSessionOf('A/RES/S-26/2'), undefined, 'not session 2');
      assert.strictEqual(regularSessionOf('A/HRC/RES/40/1'), 40);
      assert.strictEqual(gaRegularSessionOf('A/HRC/RES/40/1'), undefined);
      assert.strictEqual(gaRegularSessionOf('A/RES/2625 (XXV)'), 25);
    });

    it('a workspace document of an emergency special session has no regular session', () => {
      const doc = parseDocument('---\nsymbol: A/RES/ES-10/19\n---\n\nThe General Assembly,\n');
      assert.strictEqual(doc.info.session, undefined);
      assert.strictEqual(parseDocument('---\nsymbol: A/RES/74/29\n---\n').info.session, 74);
    });
  });

  it('names sessions as the UN does', () => {
    assert.strictEqual(sessionName(sessionOfSymbol('A/RES/ES-10/19')!), 'tenth emergency special session');
    assert.strictEqual(sessionName(sessionOfSymbol('A/RES/S-26/2')!), 'twenty-sixth special session');
    assert.strictEqual(sessionName(sessionOfSymbol('A/RES/74/29')!), 'seventy-fourth session');
    const ordinals: [number, string][] = [
      [1, 'first'],
      [2, 'second'],
      [3, 'third'],
      [5, 'fifth'],
      [8, 'eighth'],
      [9, 'ninth'],
      [11, 'eleventh'],
      [12, 'twelfth'],
      [20, 'twentieth'],
      [21, 'twenty-first'],
      [40, 'fortieth'],
      [75, 'seventy-fifth'],
      [100, 'one hundredth'],
      [112, 'one hundred and twelfth'],
    ];
    for (const [n, words] of ordinals) assert.strictEqual(ordinalWords(n), words, String(n));
    assert.strictEqual(ordinalWords(1000), '1000th');
  });

  it('organs: names, names read back, symbols and series', () => {
    assert.strictEqual(ORGAN_NAMES.ECOSOC, 'Economic and Social Council');
    assert.strictEqual(organFromName('the  Security Council'), 'SC');
    assert.strictEqual(organFromName('hrc'), 'HRC');
    assert.strictEqual(organFromName('Trusteeship Council'), undefined);
    assert.strictEqual(organFromSymbol('A/HRC/RES/40/1'), 'HRC');
    assert.strictEqual(organFromSymbol('a/res/74/29'), 'GA');
    assert.strictEqual(seriesPrefix('HRC', 'decision'), 'A/HRC/DEC/');
    assert.ok(SERIES_PREFIXES.indexOf('A/HRC/RES/') < SERIES_PREFIXES.indexOf('A/RES/'), 'longest first');
  });

  it('months and dates', () => {
    assert.strictEqual(MONTH_NAMES.length, 12);
    assert.strictEqual(monthNumber('december'), 12);
    assert.strictEqual(monthNumber('Decembre'), 0);
    assert.strictEqual(formatDate('2018-12-05'), '5 December 2018');
    assert.strictEqual(formatDate('2018'), '2018');
    assert.strictEqual(isoDate('12 December 2019'), '2019-12-12');
    assert.strictEqual(isoDate('31 April 2019'), undefined);
  });

  it('draft suffixes, in order, and the parser reads exactly those', () => {
    assert.strictEqual(suffixIndex('bis'), 1);
    assert.strictEqual(suffixIndex('decies'), 9);
    assert.strictEqual(suffixIndex(undefined), 0);
    for (const suffix of DRAFT_SUFFIXES) {
      const p = parseDocument(`The General Assembly,\n\n1. *Decides* one;\n\n1 ${suffix}. *Decides* two;\n`).parts[0].operative[1];
      assert.strictEqual(p?.number?.suffix, suffix);
    }
    const notOne = parseDocument('The General Assembly,\n\n1. *Decides* one;\n\n1 etc. *Decides* two;\n').parts[0].operative;
    assert.strictEqual(notOne.length, 1, '“1 etc.” is no paragraph number');
  });
});

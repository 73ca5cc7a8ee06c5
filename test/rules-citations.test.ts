/**
 * The citation rules: each document marks with [[…]] where a diagnostic belongs, and the expected
 * code and message stand beside it. Documents are General Assembly resolution A/RES/74/29 unless a
 * test says otherwise.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics } from '../server/src/languageService/rules/index';
import { citationsRules } from '../server/src/languageService/rules/citations';
import type { CatalogEntry, CatalogLookup } from '../server/src/languageService/catalog/types';
import { createCatalogLookup } from '../server/src/languageService/catalog/lookup';
import { parseMarkers } from './util/markers';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';
import { citationStressDocuments } from './util/stress';

interface Expected {
  readonly code: string;
  readonly message: RegExp;
}

/** A resolution whose preamble is `preamble` (one or more paragraphs), with one operative paragraph. */
function resolution(preamble: string, frontMatter = 'symbol: A/RES/74/29'): string {
  return `---\n${frontMatter}\n---\n\nThe General Assembly,\n\n${preamble}\n\n1. *Decides* to remain seized of the matter.\n`;
}

/** Runs the citation rules over a marked document; the i-th diagnostic must sit on the i-th [[range]]. */
function check(marked: string, expected: readonly Expected[], catalog?: CatalogLookup): Diagnostic[] {
  return checkRules(marked, expected, { rules: citationsRules, catalog });
}

/** The text after applying non-overlapping edits. */
function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: Range['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let result = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    result = result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end));
  }
  return result;
}

function catalogOf(entries: readonly Omit<CatalogEntry, 'source'>[]): CatalogLookup {
  const bySymbol = new Map(entries.map(e => [e.symbol, { ...e, source: 'test.catalog.json' }]));
  return { get: s => bySymbol.get(s), entries: () => bySymbol.values(), search: () => [] };
}

describe('citation rules', () => {
  it('leave the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: citationsRules }).map(d => d.message),
      [],
    );
  });

  describe('citation/format', () => {
    it('reports a hyphen where the slash belongs, at the number, with the fix', () => {
      const [d] = check(resolution('*Recalling* its resolution [[74-28]],'), [{ code: 'citation/format', message: /hyphen; write 74\/28/ }]);
      assert.strictEqual((d.data as { replacement: string }).replacement, '74/28');
    });

    it('reports a roman session that is no numeral', () => {
      check(resolution('*Recalling* its resolution [[2625 (XXVV)]],'), [{ code: 'citation/format', message: /XXVV.*not a roman numeral/ }]);
    });

    it('reports a Security Council resolution without its year', () => {
      check(resolution('*Recalling* Security Council resolution [[2334]],'), [{ code: 'citation/format', message: /cited with its year: 2334 \(YYYY\)/ }]);
    });

    it('reports a form that does not fit the organ: a session/number in a Security Council text', () => {
      const text = '---\nsymbol: S/RES/2500 (2019)\n---\n\nThe Security Council,\n\n*Recalling* its resolution [[74/29]],\n\n1. *Decides* to remain seized of the matter.\n';
      check(text, [{ code: 'citation/format', message: /not how Security Council resolutions are cited/ }]);
    });

    it('reports a malformed document symbol in running text', () => {
      const [d] = check(resolution('*Recalling* its resolution ([[A/RES/73-27]]),'), [{ code: 'citation/format', message: /hyphen/ }]);
      assert.strictEqual((d.data as { replacement: string }).replacement, 'A/RES/73/27');
    });

    it('accepts every form of the contract', () => {
      check(
        resolution(
          [
            '*Recalling* its resolutions 36/103 of 9 December 1981 and 43/78 H of 7 December 1988,',
            '*Recalling also* its resolution 2625 (XXV) of 24 October 1970 and resolution 217 A (III),',
            '*Recalling further* resolutions S-26/2 and ES-10/19, and decision 73/546,',
            '*Noting* Security Council resolutions 1325 (2000) and 2250 (2015), Economic and Social Council resolution 2019/1 and Human Rights Council resolution 40/1 of 22 March 2019,',
            '*Taking note* of the report of the Secretary-General (A/74/363),',
          ].join('\n\n'),
        ),
        [],
      );
    });
  });

  describe('citation/date', () => {
    it('reports a day that does not exist, in a citation or anywhere', () => {
      check(resolution('*Noting* its resolution 59/61 of [[31 April 2004]] and the meeting of [[29 February 2019]],'), [
        { code: 'citation/date', message: /“31 April 2004” is not a date: April has 30 days/ },
        { code: 'citation/date', message: /“29 February 2019” is not a date: 2019 is not a leap year/ },
      ]);
    });

    it('accepts 29 February of a leap year', () => {
      check(resolution('*Noting* the meeting of 29 February 2020,'), []);
    });

    it('reports a date outside the session and names the allowed years', () => {
      check(resolution('*Noting* its resolution 60/45 of [[8 December 2019]],'), [
        { code: 'citation/date', message: /session 60 dates its resolutions in 2005 or 2006; resolution 60\/45 cannot be of 8 December 2019/ },
      ]);
    });

    it('holds roman sessions to the same rule', () => {
      check(resolution('*Recalling* its resolutions 2625 (XXV) of 24 October 1970 and 2734 (XXV) of [[16 December 1972]],'), [
        { code: 'citation/date', message: /session 25 dates its resolutions in 1970 or 1971/ },
      ]);
    });

    it('accepts the year after the session opened', () => {
      check(resolution('*Recalling* its resolution 73/266 of 22 December 2018 and its resolution 73/338 of 16 September 2019,'), []);
    });

    it('holds a Security Council resolution to its year', () => {
      check(resolution('*Recalling* Security Council resolution 2334 (2016) of [[23 December 2015]],'), [
        { code: 'citation/date', message: /resolution 2334 \(2016\) was adopted in 2016; it cannot be of 23 December 2015/ },
      ]);
    });

    it('does not hold special and emergency sessions or other organs to the session years', () => {
      check(resolution('*Recalling* its resolutions S-26/2 of 27 June 2001 and ES-10/19 of 21 December 2017, and Human Rights Council resolution 40/1 of 22 March 2019,'), []);
    });

    it('leaves the date to the catalog when the catalog knows the resolution', () => {
      const catalog = catalogOf([{ symbol: 'A/RES/60/45', date: '2005-12-08' }]);
      check(resolution('*Noting* its resolution 60/45 of 8 December 2019,'), [], catalog);
    });
  });

  describe('citation/order', () => {
    it('reports a list out of date order once, on the citation, with the sorted list to put in', () => {
      const marked = resolution('*Recalling* [[its resolutions 73/27 of 5 December 2018, 53/70 of 4 December 1998 and 54/49 of 1 December 1999]],');
      const [d] = check(marked, [{ code: 'citation/order', message: /not in chronological order: 73\/27 of 5 December 2018 comes before 53\/70 of 4 December 1998/ }]);
      const data = d.data as { sorted: string[]; replacement: string; range: Range };
      assert.deepStrictEqual(data.sorted, ['53/70 of 4 December 1998', '54/49 of 1 December 1999', '73/27 of 5 December 2018']);
      const { text } = parseMarkers(marked, { cursor: false });
      assert.match(
        applyEdits(text, [{ range: data.range, newText: data.replacement }]),
        /its resolutions 53\/70 of 4 December 1998, 54\/49 of 1 December 1999 and 73\/27 of 5 December 2018,/,
      );
    });

    it('compares undated items of one series by session and number, without a fix', () => {
      const [d] = check(resolution('*Recalling* [[its resolutions 73/27 and 53/70]],'), [{ code: 'citation/order', message: /73\/27 comes before 53\/70/ }]);
      assert.strictEqual(d.data, undefined);
    });

    it('accepts number order within one session, as the UN lists them', () => {
      check(resolution('*Recalling* its resolutions 57/250 of 20 December 2002, 57/270 B of 23 June 2003 and 57/273 of 20 December 2002,'), []);
    });

    it('does not compare an undated item with one of another series', () => {
      check(resolution('*Recalling* its resolutions 73/27 of 5 December 2018 and S-26/2,'), []);
    });
  });

  describe('citation/duplicate', () => {
    it('reports the second of two equal symbols, with edits that remove it', () => {
      const marked = resolution('*Recalling* its resolutions 62/17 of 5 December 2007, 63/37 of 2 December 2008 and [[63/37 of 2 December 2008]],');
      const [d] = check(marked, [{ code: 'citation/duplicate', message: /Resolution 63\/37 \(A\/RES\/63\/37\) is already cited in this list/ }]);
      const { text } = parseMarkers(marked, { cursor: false });
      const edits = (d.data as { edits: { range: Range; newText: string }[] }).edits;
      assert.match(applyEdits(text, edits), /its resolutions 62\/17 of 5 December 2007 and 63\/37 of 2 December 2008,/);
    });

    it('compares canonical symbols: 43/78H is 43/78 H', () => {
      check(resolution('*Recalling* its resolutions 43/78 H, [[43/78H]] and 44/1,'), [{ code: 'citation/duplicate', message: /A\/RES\/43\/78 H/ }]);
    });

    it('tells parts apart: 43/78 G and 43/78 H are two resolutions', () => {
      check(resolution('*Recalling* its resolutions 43/78 G and 43/78 H of 7 December 1988,'), []);
    });
  });

  describe('citation/self', () => {
    it('reports the document citing its own symbol, as an item and as a symbol', () => {
      check(resolution('*Recalling* its resolution [[74/29]] and document [[A/RES/74/29]],'), [
        { code: 'citation/self', message: /cites itself: A\/RES\/74\/29/ },
        { code: 'citation/self', message: /cites itself/ },
      ]);
    });

    it('is silent on other symbols and when the document has no symbol', () => {
      check(resolution('*Recalling* its resolution 74/28 and document A/74/363,'), []);
      check(resolution('*Recalling* its resolution 74/29,', 'status: draft'), []);
    });
  });

  describe('citation/conjunction', () => {
    it('reports a comma before the last "and", with the separator to put in', () => {
      const [d] = check(resolution('*Recalling* its resolutions 53/70 of 4 December 1998[[, and ]]54/49 of 1 December 1999,'), [
        { code: 'citation/conjunction', message: /No comma before the “and”/ },
      ]);
      assert.strictEqual((d.data as { replacement: string }).replacement, ' and ');
    });

    it('reports a last item joined by a comma, and an "and" that is not the last', () => {
      check(resolution('*Recalling* its resolutions 53/70[[ and ]]54/49[[, ]]55/28,'), [
        { code: 'citation/conjunction', message: /separated by commas/ },
        { code: 'citation/conjunction', message: /last item of a list is joined by “and”/ },
      ]);
    });

    it('accepts items grouped by date, and ", and" before a last group that has its own "and"', () => {
      check(
        resolution(
          [
            '*Recalling* its resolutions 47/98, 47/100 and 47/102 of 16 December 1992 and 48/12 of 28 October 1993,',
            '*Recalling also* its decisions S-31/1 and S-31/3 of 15 July 2020, S-31/4 and S-31/6 of 21 July 2020, and S-31/7 and S-31/8 of 14 September 2020,',
          ].join('\n\n'),
        ),
        [],
      );
    });

    it('leaves a list alone when it goes on past the citations', () => {
      check(resolution('*Recalling* its resolutions 53/70, 54/49 and other texts, and its resolutions 55/28, 56/19 and the present resolution,'), []);
    });
  });

  describe('citation/separator', () => {
    it('reports two items with nothing between them, keeps them in one list, and puts "and" before the last', () => {
      const [d] = check(resolution('*Recalling* its resolutions 77/1 of 5 December 2022[[ ]]78/17 of 4 December 2023,'), [
        { code: 'citation/separator', message: /Nothing separates 77\/1 from 78\/17: write “and” between the items of a list\./ },
      ]);
      assert.strictEqual((d.data as { replacement: string }).replacement, ' and ');
      const doc = parseDocument(resolution('*Recalling* its resolutions 77/1 of 5 December 2022 78/17 of 4 December 2023,'));
      assert.deepStrictEqual(
        doc.citations[0].items.map(i => i.symbol),
        ['A/RES/77/1', 'A/RES/78/17'],
      );
    });

    it('asks for a comma inside a list, across a line break too', () => {
      check(resolution('*Recalling* its resolutions 76/2 of 1 December 2021[[\n]]77/1 of 5 December 2022 and 78/17 of 4 December 2023,'), [
        { code: 'citation/separator', message: /Nothing separates 76\/2 from 77\/1: write “,”/ },
      ]);
    });

    it('leaves alone what follows a list and is no item: a year, a lone number, an undated item', () => {
      check(resolution('*Recalling* its resolution 70/1 of 25 September 2015 2030 Agenda,'), []);
      check(resolution('*Recalling* its resolutions 76/2 and 77/1 of 5 December 2022, 78/17 of 4 December 2023 and 79/1,'), []);
      check(resolution('*Recalling* its resolution 76/2 78/17 of 4 December 2023,'), []);
    });
  });

  // Their speed beside a linear pass: npm run bench -- --only=units (units-citations-8000).
  it('never throw on a list of thousands of items on one long line and on broken text', () => {
    const [long, ...broken] = citationStressDocuments(resolution);
    const order = computeDiagnostics(parseDocument(long), { rules: citationsRules, onRuleError: e => assert.fail(String(e)) });
    assert.ok(order.length > 0, 'the long list out of date order is reported');
    for (const text of broken) computeDiagnostics(parseDocument(text), { rules: citationsRules, onRuleError: e => assert.fail(String(e)) });
  });

  describe('a Security Council resolution cited without its year (issue 10)', () => {
    // The catalogs' own lookup, whose prefix search finds `S/RES/1267 (1999)` from `1267 (`.
    const sc = createCatalogLookup([
      [
        { symbol: 'S/RES/1267 (1999)', date: '1999-10-15', source: 'sc.catalog.json' },
        { symbol: 'S/RES/1373 (2001)', date: '2001-09-28', source: 'sc.catalog.json' },
      ],
    ]);
    const text = (status: string) =>
      `---\nsymbol: S/RES/1540 (2004)\nstatus: ${status}\n---\n\nThe Security Council,\n\n*Noting* the measures against Security Council resolution [[1267]] and those to whom resolution [[1373]] applies,\n\n1. *Decides* to remain seized of the matter.\n`;

    it('S/RES/1540 (2004): a warning in an adopted text, as the UN printed it, with the year from the catalog as a fix', () => {
      const [first, second] = check(
        text('adopted'),
        [
          { code: 'citation/format', message: /^Security Council resolution 1267 is cited without its year, as some adopted texts print it; the form is 1267 \(1999\)\.$/ },
          { code: 'citation/format', message: /resolution 1373 is cited without its year.*1373 \(2001\)/ },
        ],
        sc,
      );
      assert.strictEqual(first.severity, 2 /* warning */);
      assert.deepStrictEqual(first.data, { replacement: '1267 (1999)', range: first.range, fromCatalog: true });
      assert.strictEqual((second.data as { replacement: string }).replacement, '1373 (2001)');
      const fixed = applyEdits(
        parseMarkers(text('adopted'), { cursor: false }).text,
        [first.data as { range: Range; replacement: string }].map(d => ({ range: d.range, newText: d.replacement })),
      );
      assert.match(fixed, /Security Council resolution 1267 \(1999\) and those/);
    });

    it('an error in a draft; without a catalog that knows it, no fix', () => {
      const [d] = check(text('draft'), [
        { code: 'citation/format', message: /^Security Council resolution 1267 is cited with its year: 1267 \(YYYY\)\.$/ },
        { code: 'citation/format', message: /1373 \(YYYY\)/ },
      ]);
      assert.strictEqual(d.severity, 1 /* error */);
      assert.strictEqual(d.data, undefined);
    });
  });

  describe('lists with parts and interposed clauses (issue 10, from real wording)', () => {
    const date = (text: string) => ({ code: 'citation/date', message: new RegExp(text) });
    const format = (text: string) => ({ code: 'citation/format', message: new RegExp(text) });

    it('A/RES/79/16: after “36/87 A and B of 9 December 1981” every later item is still checked (date and form)', () => {
      check(
        resolution(
          '*Recalling* its resolutions 35/147 of 12 December 1980, 36/87 A and B of 9 December 1981, 37/75 of 9 December 1982, 38/64 of 15 December 1983 and 39/54 of [[12 December 1994]],',
        ),
        [date('session 39 dates its resolutions in 1984 or 1985; resolution 39/54 cannot be of 12 December 1994')],
      );
      check(
        resolution(
          '*Recalling* its resolutions 35/147 of 12 December 1980, 36/87 A and B of 9 December 1981, 37/75 of 9 December 1982, [[38-64]] of 15 December 1983 and 39/54 of 12 December 1984,',
        ),
        [format('hyphen; write 38/64')],
      );
    });

    it('A/RES/79/16: the item with parts is one item naming each part, dated once', () => {
      const doc = parseDocument(resolution('*Recalling* its resolutions 35/147 of 12 December 1980, 36/87 A and B of 9 December 1981 and 37/75 of 9 December 1982,'));
      const items = doc.citations[0].items;
      assert.deepStrictEqual(
        items.map(i => [i.symbol, i.parts, i.date?.iso]),
        [
          ['A/RES/35/147', undefined, '1980-12-12'],
          ['A/RES/36/87 A', ['A', 'B'], '1981-12-09'],
          ['A/RES/37/75', undefined, '1982-12-09'],
        ],
      );
    });

    it('“3419 A to D (XXX)” and “43/222 A to E” name every part in between, and the list goes on after them', () => {
      const doc = parseDocument(resolution('*Recalling* its resolutions 3419 A to D (XXX) of 8 December 1975, 43/222 A to E of 21 December 1988 and 44/108 of 15 December 1989,'));
      assert.deepStrictEqual(
        doc.citations[0].items.map(i => [i.symbol, i.parts?.join('')]),
        [
          ['A/RES/3419 A (XXX)', 'ABCD'],
          ['A/RES/43/222 A', 'ABCDE'],
          ['A/RES/44/108', undefined],
        ],
      );
      check(resolution('*Recalling* its resolutions 3419 A to D (XXX) of 8 December 1975, 43/222 A to E of 21 December 1988 and 44/108 of [[15 December 1999]],'), [
        date('resolution 44/108 cannot be of 15 December 1999'),
      ]);
    });

    it('a list out of order across an item with parts is reported (A/RES/79/16 wording)', () => {
      check(resolution('*Recalling* [[its resolutions 36/87 A and B of 9 December 1981, 35/147 of 12 December 1980 and 37/75 of 9 December 1982]],'), [
        { code: 'citation/order', message: /36\/87 A and B of 9 December 1981 comes before 35\/147 of 12 December 1980/ },
      ]);
    });

    it('A/RES/53/130: the item after “…, establishing the … Fund …, and” gets its date and form checked, and the clause its commas', () => {
      const clause = 'its resolution 40/131 of 13 December 1985, establishing the United Nations Voluntary Fund for Indigenous Populations, and';
      check(resolution(`*Recalling* ${clause} [[50-156]] of 21 December 1995,`), [format('hyphen; write 50/156')]);
      check(resolution(`*Recalling* ${clause} 50/156 of [[21 December 1999]],`), [date('resolution 50/156 cannot be of 21 December 1999')]);
      check(resolution(`*Recalling* ${clause} 50/156 of 21 December 1995,`), []);
      const doc = parseDocument(resolution(`*Recalling* ${clause} 50/156 of 21 December 1995,`));
      assert.deepStrictEqual(
        doc.citations[0].items.map(i => i.symbol),
        ['A/RES/40/131', 'A/RES/50/156'],
      );
    });

    it('A/RES/53/130: an interposed clause does not let a list out of order go unseen, and the sort is not offered (it would drop the clause)', () => {
      const [d] = check(resolution('*Recalling* [[its resolutions 50/156 of 21 December 1995, establishing the Fund, and 40/131 of 13 December 1985]],'), [
        { code: 'citation/order', message: /50\/156 of 21 December 1995 comes before 40\/131/ },
      ]);
      assert.strictEqual(d.data, undefined);
    });

    it('a clause that names another text, holds a number or ends the sentence does not continue the list', () => {
      const doc = parseDocument(
        resolution(
          '*Recalling* its resolution 60/251 of 15 March 2006, in which it decided to establish the Council in 2006, and 5/1 of 18 June 2007 of the Human Rights Council,',
        ),
      );
      assert.deepStrictEqual(
        doc.citations[0].items.map(i => i.symbol),
        ['A/RES/60/251'],
      );
    });

    it('S/RES/446 (1979): after “2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967” the list goes on and is checked', () => {
      check(
        resolution(
          '*Deploring* the failure to abide by General Assembly resolutions 2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967, 32/5 of 28 October 1977 and 33/113 of [[18 December 1988]],',
          'symbol: S/RES/446 (1979)',
        ).replace('The General Assembly', 'The Security Council'),
        [date('resolution 33/113 cannot be of 18 December 1988')],
      );
    });
  });
});

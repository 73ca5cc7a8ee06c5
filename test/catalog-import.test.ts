/**
 * `unres catalog import`'s engine: the real data in shared/data (CSV catalogues, the unvotes roll
 * calls, a UN Digital Library MARCXML export) in, catalog entries out; and the catalog file written
 * from them, valid against the published JSON Schema.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { importCatalog, importCsv, importMarcXml, serializeCatalog, unvotesSymbol, type ImportResult } from '../server/src/node/catalogImport';
import { parseCatalogFile } from '../server/src/languageService/catalog/parse';
import type { CatalogEntry } from '../server/src/languageService/catalog/types';
import { describeWithData, itWithData, SHARED_DATA } from './util/shared';

const ROOT = path.resolve(__dirname, '../..');
const DATA = SHARED_DATA;

function importShared(relative: string): ImportResult & { get(symbol: string): CatalogEntry | undefined } {
  const result = importCatalog(fs.readFileSync(path.join(DATA, relative), 'utf8'), path.basename(relative));
  const bySymbol = new Map(result.entries.map(e => [e.symbol, e]));
  console.log(`      ${path.basename(relative)}: ${result.entries.length} entries; ${result.warnings.length} warnings`);
  return { ...result, get: (symbol: string) => bySymbol.get(symbol) };
}

describeWithData('importing the real data', () => {
  it('GA catalogue CSV: 6,000+ dated entries, canonical symbols, doubtful dates marked, labels not taken as titles', () => {
    const ga = importShared('_derived/GA_resolution_catalog_merged.csv');
    assert.ok(ga.entries.length >= 6000, `${ga.entries.length}`);
    assert.strictEqual(ga.get('A/RES/73/27')?.date, '2018-12-05');
    assert.strictEqual(ga.get('A/RES/36/103')?.date, '1981-12-09');
    assert.strictEqual(ga.get('A/RES/1514 (XV)')?.title, 'Declaration on the granting of independence to colonial countries and peoples');
    assert.strictEqual(ga.get('A/RES/1514 (XV)')?.session, 15);
    assert.strictEqual(ga.get('A/RES/217 A (III)')?.date, '1948-12-10');
    assert.strictEqual(ga.get('A/RES/3201 (S-VI)')?.date, '1974-05-01');
    assert.strictEqual(ga.get('A/RES/72/279')?.agendaItem, '24 (a)');
    // "A/RES/71/101 A-B" names two parts at once.
    assert.ok(ga.get('A/RES/71/101 A') && ga.get('A/RES/71/101 B'));
    // SOURCES.md: 44/25 reads 1959 in the source text, with the cited 1989 as a rival date.
    assert.deepStrictEqual([ga.get('A/RES/44/25')?.date, ga.get('A/RES/44/25')?.doubtfulDate], ['1959-11-20', true]);
    assert.strictEqual(ga.get('A/RES/73/27')?.doubtfulDate, undefined);
    assert.ok(
      ga.entries.every(e => !e.title || e.title !== e.title.toUpperCase()),
      'no upper-case unvotes label as a title',
    );
    assert.ok(
      ga.warnings.some(w => /3,290 rows without a date/.test(w)),
      ga.warnings.join('\n'),
    );
    assert.match(ga.get('A/RES/73/27')!.source, /GA_resolution_catalog_merged\.csv \(date: citation-mined/);
  });

  it('SC catalogue CSV', () => {
    const sc = importShared('_derived/SC_resolution_catalog_merged.csv');
    assert.ok(sc.entries.length >= 1300, `${sc.entries.length}`);
    assert.strictEqual(sc.get('S/RES/242 (1967)')?.date, '1967-11-22');
    assert.strictEqual(sc.get('S/RES/2334 (2016)')?.date, '2016-12-23');
    assert.strictEqual(sc.get('S/RES/242 (1967)')?.session, undefined);
  });

  it('citation-mined dates: symbols completed from body and kind, rival dates doubtful', () => {
    const mined = importShared('_derived/citation_mined_symbol_dates.csv');
    assert.ok(mined.entries.length >= 6000, `${mined.entries.length}`);
    assert.strictEqual(mined.get('A/RES/1514 (XV)')?.date, '1960-12-14');
    assert.strictEqual(mined.get('A/RES/53/70')?.date, '1998-12-04');
    assert.strictEqual(mined.get('A/RES/75/240')?.date, '2020-12-31');
    assert.ok(mined.get('A/DEC/34/447'), 'GA decisions as A/DEC/');
    assert.strictEqual(mined.get('S/RES/1325 (2000)')?.date, '2000-10-31');
    // 70/1 is cited with 25 and (7 times) 27 September 2015.
    assert.deepStrictEqual([mined.get('A/RES/70/1')?.date, mined.get('A/RES/70/1')?.doubtfulDate], ['2015-09-25', true]);
    const doubtful = mined.entries.filter(e => e.doubtfulDate).length;
    assert.ok(doubtful >= 30 && doubtful <= 60, `${doubtful} doubtful`);
  });

  it('unvotes roll calls: amendment and paragraph votes skipped, early dates doubtful, record numbers refused', () => {
    const uv = importShared('INFO-511-F24__ae-00-unvotes/un_roll_calls.csv');
    assert.ok(uv.entries.length >= 4000, `${uv.entries.length}`);
    // SOURCES.md's own example: the real date is 9 December 1981.
    assert.deepStrictEqual([uv.get('A/RES/36/103')?.date, uv.get('A/RES/36/103')?.doubtfulDate], ['1981-12-06', true]);
    // From session 58 on the dates are good.
    const late = uv.get('A/RES/73/27');
    assert.deepStrictEqual([late?.date, late?.doubtfulDate], ['2018-12-05', undefined]);
    assert.strictEqual(uv.get('A/RES/74/29')?.date, '2019-12-12');
    // Sessions 18–30 are numbered with roman sessions.
    assert.strictEqual(uv.get('A/RES/2621 (XXV)')?.session, 25);
    assert.ok(
      uv.entries.every(e => e.doubtfulDate || (e.session ?? 0) >= 58),
      'every date before session 58 is doubtful',
    );
    assert.ok(!uv.entries.some(e => /^A\/RES\/1\//.test(e.symbol)), 'no session-1 record numbers');
    const amendments = uv.warnings.find(w => w.includes('amendment and paragraph votes skipped'));
    assert.match(amendments ?? '', /1,145 amendment/);
    assert.ok(uv.warnings.some(w => /record numbers/.test(w)));
    // The file has no vote counts; none are invented.
    assert.ok(uv.entries.every(e => e.vote === undefined));
  });

  it('reads unvotes symbols the way SOURCES.md describes them', () => {
    assert.strictEqual(unvotesSymbol('R/36/103'), 'A/RES/36/103');
    assert.strictEqual(unvotesSymbol('R/43/78H'), 'A/RES/43/78 H');
    assert.strictEqual(unvotesSymbol('R/42/70/A'), 'A/RES/42/70 A');
    assert.strictEqual(unvotesSymbol('A/RES/71/5'), 'A/RES/71/5');
    assert.strictEqual(unvotesSymbol('R/25/2625'), 'A/RES/2625 (XXV)');
    assert.strictEqual(unvotesSymbol('R/1/66'), 'record-number');
    assert.strictEqual(unvotesSymbol('R/19/595'), 'record-number');
    assert.strictEqual(unvotesSymbol('R/31/208/I'), undefined);
    assert.strictEqual(unvotesSymbol('ESS/2/80A'), undefined);
  });

  it('MARCXML from the UN Digital Library: symbol, title, date, agenda item', () => {
    const marc = importShared('tlebryk__un-bench-eda/session_78_committee_3_drafts.marcxml.xml');
    assert.strictEqual(marc.entries.length, 94);
    assert.deepStrictEqual(marc.get('A/C.3/78/L.49/Rev.1'), {
      symbol: 'A/C.3/78/L.49/Rev.1',
      date: '2023-11-08',
      title: 'Promotion and protection of human rights in the context of digital technologies',
      session: 78,
      agendaItem: '71 (b)',
      source: 'UN Digital Library record 4026910 (session_78_committee_3_drafts.marcxml.xml)',
    });
    assert.ok(
      marc.entries.every(e => /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '') && e.title),
      'every record has a date and a title',
    );
  });
});

describe('importers on small inputs', () => {
  const marcRecord = (fields: string) => `<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim"><record>
  <controlfield tag="001">3794955</controlfield>
  ${fields}
</record></collection>`;

  it('MARCXML: prefers the 992 adoption date to 269, reads the 996 vote, and 791 when 191 is absent', () => {
    const r = importMarcXml(
      marcRecord(`
  <datafield tag="791" ind1=" " ind2=" "><subfield code="a">A/RES/73/27</subfield></datafield>
  <datafield tag="245" ind1=" " ind2=" "><subfield code="a">Developments in the field of information and telecommunications in the context of international security :</subfield><subfield code="b">resolution /</subfield></datafield>
  <datafield tag="269" ind1=" " ind2=" "><subfield code="a">2018-12-11</subfield></datafield>
  <datafield tag="992" ind1=" " ind2=" "><subfield code="a">2018-12-05</subfield></datafield>
  <datafield tag="991" ind1=" " ind2=" "><subfield code="b">96</subfield></datafield>
  <datafield tag="996" ind1=" " ind2=" "><subfield code="b">119</subfield><subfield code="c">46</subfield><subfield code="d">14</subfield><subfield code="e">14</subfield></datafield>`),
      'x.xml',
    );
    assert.deepStrictEqual(r.entries, [
      {
        symbol: 'A/RES/73/27',
        date: '2018-12-05',
        title: 'Developments in the field of information and telecommunications in the context of international security',
        session: 73,
        agendaItem: '96',
        vote: { yes: 119, no: 46, abstain: 14 },
        source: 'UN Digital Library record 3794955 (x.xml)',
      },
    ]);
  });

  it('MARCXML: a record without a symbol or a date is skipped with a warning; broken XML does not throw', () => {
    const r = importMarcXml(marcRecord(`<datafield tag="191" ind1=" " ind2=" "><subfield code="a">A/RES/73/27</subfield></datafield>`), 'x.xml');
    assert.strictEqual(r.entries.length, 0);
    assert.match(r.warnings.join('\n'), /1 records without a date/);
    for (const broken of ['<collection><record><datafield tag="191"', '<<<>>>', '<a/>', '']) {
      assert.doesNotThrow(() => importMarcXml(broken, 'x.xml'));
      assert.strictEqual(importMarcXml(broken, 'x.xml').entries.length, 0);
    }
  });

  it('CSV: detects the flavour from the header; an unknown header imports nothing and says why', () => {
    const generic = importCsv('Symbol,Date,Title,Yes,No,Abstain\nA/RES/73/27,2018-12-05,Developments,119,46,14\nA/RES/74/29,,No date\n', 'mine.csv');
    assert.deepStrictEqual(generic.entries, [
      { symbol: 'A/RES/73/27', date: '2018-12-05', title: 'Developments', session: 73, vote: { yes: 119, no: 46, abstain: 14 }, source: 'mine.csv' },
    ]);
    assert.deepStrictEqual(generic.warnings, ['mine.csv: 1 rows without a date skipped (a catalog entry requires one)']);
    const unknown = importCsv('a,b\n1,2\n', 'x.csv');
    assert.strictEqual(unknown.entries.length, 0);
    assert.match(unknown.warnings[0], /unrecognised CSV header/);
    assert.doesNotThrow(() => importCsv('"unterminated\n', 'x.csv'));
    assert.strictEqual(importCsv('', 'x.csv').entries.length, 0);
  });

  it('CSV: a date outside its session is doubtful; an impossible one is skipped', () => {
    const r = importCsv('symbol,adoption_date\nA/RES/44/25,1959-11-20\nA/RES/44/26,1989-02-30\nA/RES/44/27,1989-11-22\n', 'x.csv');
    assert.deepStrictEqual(
      r.entries.map(e => [e.symbol, e.doubtfulDate]),
      [
        ['A/RES/44/25', true],
        ['A/RES/44/27', undefined],
      ],
    );
    assert.ok(r.warnings.some(w => /impossible or non-ISO/.test(w)));
  });

  it('importCatalog passes a catalog file through, reporting its problems as warnings', () => {
    const r = importCatalog('[{"symbol": "A/RES/73/27", "date": "2018-12-05"}, {"symbol": "A/RES/74/29"}]', 'old.catalog.json');
    assert.deepStrictEqual(
      r.entries.map(e => e.symbol),
      ['A/RES/73/27'],
    );
    assert.match(r.warnings[0], /^line 1: A catalog entry needs a "date"/);
  });
});

describe('serializeCatalog', () => {
  const entries: CatalogEntry[] = [
    {
      symbol: 'A/RES/73/27',
      date: '2018-12-05',
      title: 'Developments',
      session: 73,
      agendaItem: '96',
      vote: { yes: 119, no: 46, abstain: 14 },
      url: 'https://undocs.org/A/RES/73/27',
      source: 'UN Digital Library',
      doubtfulDate: true,
    },
    { symbol: 'A/RES/74/29', date: '2019-12-12', source: 'seed' },
    { symbol: 'A/RES/73/27', date: '2018-12-06', source: 'later, ignored' },
  ];

  it('writes one entry per line, keys in order, the first entry of a symbol only', () => {
    assert.strictEqual(
      serializeCatalog(entries),
      `[
{"symbol":"A/RES/73/27","date":"2018-12-05","title":"Developments","session":73,"agendaItem":"96","vote":{"yes":119,"no":46,"abstain":14},"url":"https://undocs.org/A/RES/73/27","source":"UN Digital Library","doubtfulDate":true},
{"symbol":"A/RES/74/29","date":"2019-12-12","source":"seed"}
]
`,
    );
    assert.strictEqual(serializeCatalog([]), '[]\n');
  });

  it('round-trips through parseCatalogFile without problems', () => {
    const back = parseCatalogFile(serializeCatalog(entries), 'file:///c.catalog.json');
    assert.deepStrictEqual(back.problems, []);
    assert.deepStrictEqual(back.entries[0], { ...entries[0], source: 'UN Digital Library (file:///c.catalog.json)' });
  });

  itWithData('writes files that the published JSON Schema accepts, and the schema rejects what the parser rejects', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/catalog.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    const ga = importCatalog(fs.readFileSync(path.join(DATA, '_derived/GA_resolution_catalog_merged.csv'), 'utf8'), 'ga.csv');
    const marc = importCatalog(fs.readFileSync(path.join(DATA, 'tlebryk__un-bench-eda/session_78_committee_3_drafts.marcxml.xml'), 'utf8'), 'm.xml');
    for (const written of [serializeCatalog(ga.entries), serializeCatalog(marc.entries), serializeCatalog(entries)]) {
      assert.ok(validate(JSON.parse(written)), JSON.stringify(validate.errors));
    }
    for (const bad of [
      {},
      [{ date: '2018-12-05' }],
      [{ symbol: 'A/RES/73/27' }],
      [{ symbol: 'A/RES/73/27', date: '5 December 2018' }],
      [{ symbol: 'A/RES/73/27', date: '2018-12-05', session: '73' }],
      [{ symbol: 'A/RES/73/27', date: '2018-12-05', tilte: 'x' }],
      [{ symbol: 'A/RES/73/27', date: '2018-12-05', vote: { yes: 1, no: 2 } }],
    ]) {
      assert.ok(!validate(bad), JSON.stringify(bad));
      assert.ok(parseCatalogFile(JSON.stringify(bad), 'f').problems.length > 0, JSON.stringify(bad));
    }
  });
});

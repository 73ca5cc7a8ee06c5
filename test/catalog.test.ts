/**
 * Catalogs (contract §5): reading catalog files with problems at their place, looking symbols up
 * across layers, prefix search for completion, and the bundled catalog checked against real data.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseCsv } from 'csv-parse/sync';
import { bundledCatalog, bundledLayer, bundledRecord, createRecordFacts } from '../server/src/languageService/catalog/bundled';
import { COMPLETE_SESSIONS } from '../server/src/languageService/catalog/bundledData';
import { createCatalogLookup, mergedLayer } from '../server/src/languageService/catalog/lookup';
import { parseCatalogFile } from '../server/src/languageService/catalog/parse';
import { serializeCatalog } from '../server/src/node/catalogImport';
import type { CatalogEntry } from '../server/src/languageService/catalog/types';
import { normalizeSymbol } from '../server/src/languageService/util/symbols';
import { parseMarkers, showRange } from './util/markers';
import { itWithData, ROOT, SEED_TEXT, SHARED_DATA } from './util/shared';
import { manyCatalogEntries, withOneBadEntry } from './util/stress';

const DERIVED = path.join(SHARED_DATA, '_derived');
const FILE = 'file:///ws/un.catalog.json';

/**
 * Checks a catalog file written with `[[…]]` around every place a problem is expected: the
 * problems' ranges, a word of each message, and the symbols that still load.
 */
function check(marked: string, expected: { messages: readonly string[]; loads: readonly string[] }): CatalogEntry[] {
  const { text, ranges } = parseMarkers(marked, { cursor: false });
  const { entries, problems } = parseCatalogFile(text, FILE);
  assert.deepStrictEqual(
    problems.map(p => showRange(p.range)),
    ranges.map(showRange),
    problems.map(p => p.message).join('\n'),
  );
  problems.forEach((p, i) => assert.ok(p.message.includes(expected.messages[i]), `problem ${i}: '${p.message}' should mention '${expected.messages[i]}'`));
  assert.deepStrictEqual(
    entries.map(e => e.symbol),
    expected.loads,
  );
  return entries;
}

describe('parseCatalogFile', () => {
  it('reads a valid file, normalising symbols and keeping every field', () => {
    const entries = check(
      `[
  {"symbol": "A/RES/73/27", "date": "2018-12-05", "title": "Developments", "session": 73, "agendaItem": "96",
   "vote": {"yes": 119, "no": 46, "abstain": 14}, "url": "https://undocs.org/A/RES/73/27"},
  {"symbol": "a/res/1514(xv)", "date": "1960-12-14", "source": "UN Digital Library", "doubtfulDate": true},
  {"symbol": "A/RES/43/78H", "date": "1988-12-07"}
]`,
      { messages: [], loads: ['A/RES/73/27', 'A/RES/1514 (XV)', 'A/RES/43/78 H'] },
    );
    assert.deepStrictEqual(entries[0], {
      symbol: 'A/RES/73/27',
      date: '2018-12-05',
      title: 'Developments',
      session: 73,
      agendaItem: '96',
      vote: { yes: 119, no: 46, abstain: 14 },
      url: 'https://undocs.org/A/RES/73/27',
      source: FILE,
    });
    assert.strictEqual(entries[1].source, `UN Digital Library (${FILE})`);
    assert.strictEqual(entries[1].doubtfulDate, true);
  });

  it('reports an entry without symbol or date at that entry, and loads the rest', () => {
    check(
      `[
  [[{"date": "2018-12-05"}]],
  {"symbol": "A/RES/74/29", "date": "2019-12-12"},
  [[{"symbol": "A/RES/60/1"}]]
]`,
      { messages: ['needs a "symbol"', 'needs a "date"'], loads: ['A/RES/74/29'] },
    );
  });

  it('reports a date that is not ISO or impossible at the date', () => {
    check(
      `[
  {"symbol": "A/RES/74/29", "date": [["12 December 2019"]]},
  {"symbol": "A/RES/73/27", "date": [["2019-02-30"]]},
  {"symbol": "A/RES/72/1", "date": [["2017-13-01"]]},
  {"symbol": "A/RES/1/1", "date": [["1899-01-01"]]},
  {"symbol": "A/RES/60/1", "date": "2005-09-16"},
  {"symbol": "A/RES/60/2", "date": [[20051216]]}
]`,
      { messages: ['ISO date', 'Impossible date', 'Impossible date', 'before the United Nations', 'must be an ISO date string'], loads: ['A/RES/60/1'] },
    );
  });

  it('accepts 29 February in a leap year only', () => {
    check(
      `[
  {"symbol": "A/RES/74/1", "date": "2020-02-29"},
  {"symbol": "A/RES/73/1", "date": [["2019-02-29"]]}
]`,
      { messages: ['Impossible'], loads: ['A/RES/74/1'] },
    );
  });

  it('reports a wrong-typed optional field at its value and keeps the entry without it', () => {
    const entries = check(
      `[
  {"symbol": "A/RES/74/29", "date": "2019-12-12", "session": [["74"]], "title": [[42]], "vote": {"yes": 10, "no": [[-1]], "abstain": 3}},
  {"symbol": [[""]], "date": "2019-12-12"},
  {"symbol": "A/RES/73/27", "date": "2018-12-05", "agendaItem": [[93]], "doubtfulDate": [["yes"]], "url": [[null]]}
]`,
      {
        messages: [
          '"session" must be',
          '"title" must be a string',
          '"no" must be a whole number',
          '"symbol" must be a non-empty',
          '"agendaItem" must be',
          '"doubtfulDate" must be',
          '"url" must be',
        ],
        loads: ['A/RES/74/29', 'A/RES/73/27'],
      },
    );
    assert.deepStrictEqual(entries[0], { symbol: 'A/RES/74/29', date: '2019-12-12', source: FILE });
  });

  it('reports a vote that lacks a count, and unknown keys', () => {
    check(
      `[
  {"symbol": "A/RES/74/29", "date": "2019-12-12", "vote": [[{"yes": 1, "no": 2}]]},
  {"symbol": "A/RES/73/27", "date": "2018-12-05", [["tilte"]]: "Developments"}
]`,
      { messages: ['needs "abstain"', "Unknown key 'tilte'"], loads: ['A/RES/74/29', 'A/RES/73/27'] },
    );
  });

  it('reports an entry that is not an object, and a duplicate symbol', () => {
    check(
      `[
  [[42]],
  {"symbol": "A/RES/73/27", "date": "2018-12-05"},
  [["A/RES/74/29"]],
  [[{"symbol": "a/res/73/27", "date": "2018-12-06"}]]
]`,
      { messages: ['must be an object', 'must be an object', 'Duplicate entry for A/RES/73/27 (first on line 3)'], loads: ['A/RES/73/27'] },
    );
  });

  it('reports a file that is not an array, or not JSON, or empty', () => {
    check(`[[{"symbol": "A/RES/73/27", "date": "2018-12-05"}]]`, { messages: ['Expected a JSON array'], loads: [] });
    check(`[[hello]][[]]`, { messages: ['Invalid JSON', 'Invalid JSON'], loads: [] });
    check(`[[]]`, { messages: ['empty'], loads: [] });
  });

  it('reports a syntax error where it is and still loads the entries around it', () => {
    check(
      `[
  {"symbol": "A/RES/73/27" [["date"]]: "2018-12-05"},
  {"symbol": "A/RES/74/29", "date": "2019-12-12"} [[x]]
]`,
      { messages: ['comma expected', 'invalid symbol'], loads: ['A/RES/73/27', 'A/RES/74/29'] },
    );
    check(
      `[
  [[{"symbol": "A/RES/73/27", "date": [[}]]]],
  {"symbol": "A/RES/74/29", "date": "2019-12-12"}
]`,
      { messages: ['needs a "date"', 'value expected'], loads: ['A/RES/74/29'] },
    );
  });

  it('skips a byte order mark and allows comments', () => {
    check(
      `\uFEFF[
  // from the seed
  {"symbol": "A/RES/74/29", "date": "2019-12-12"}
]`,
      { messages: [], loads: ['A/RES/74/29'] },
    );
  });

  it('never throws, on any prefix of a file or on garbage', () => {
    // A hundred real entries: every prefix of the whole bundled catalog would be quadratic.
    const text = serializeCatalog(
      bundledCatalog()
        .filter(e => e.date !== undefined && e.title !== undefined)
        .slice(0, 100),
    );
    for (let end = 0; end <= text.length; end += 37) {
      const r = parseCatalogFile(text.slice(0, end), FILE);
      assert.ok(Array.isArray(r.entries));
      if (end < text.length - 2) assert.ok(r.problems.length > 0, `a file cut at ${end} has a problem`);
    }
    for (const garbage of ['{', '}', '[[[[', ']', '"', '[{"symbol":', '\u0000', '[1e999]', '[{"symbol": {"a": []}, "date": []}]', 'x'.repeat(100_000)]) {
      assert.doesNotThrow(() => parseCatalogFile(garbage, FILE));
    }
  });

  // Its speed beside JSON.parse: npm run bench -- --only=units (units-catalog-200k, units-catalog-200k-one-bad).
  it('reads 200,000 entries, and places the problem of one bad entry at its end', function () {
    this.timeout(60_000);
    const text = serializeCatalog(manyCatalogEntries());
    const valid = parseCatalogFile(text, FILE);
    const withProblem = parseCatalogFile(withOneBadEntry(text), FILE);
    assert.strictEqual(valid.entries.length, 200_000);
    assert.strictEqual(valid.problems.length, 0);
    assert.strictEqual(withProblem.entries.length, 200_000);
    assert.strictEqual(withProblem.problems.length, 1);
    assert.strictEqual(withProblem.problems[0].range.start.line, 200_001);
  });
});

describe('createCatalogLookup', () => {
  const entry = (symbol: string, date: string, source: string, title?: string): CatalogEntry => ({ symbol, date, source, ...(title && { title }) });

  it('lets earlier layers win: workspace documents, then catalog files, then the bundled catalog', () => {
    const workspace = [entry('A/RES/73/27', '2018-12-05', 'file:///ws/73-27.unres', 'From the workspace')];
    const files = [entry('A/RES/73/27', '2018-12-06', FILE), entry('A/RES/43/78 H', '1988-12-07', FILE)];
    const lookup = createCatalogLookup([workspace, files, bundledCatalog()]);
    assert.strictEqual(lookup.get('A/RES/73/27')?.source, 'file:///ws/73-27.unres');
    assert.strictEqual(lookup.get('A/RES/43/78 H')?.source, FILE);
    assert.match(lookup.get('A/RES/74/29')?.source ?? '', /^Bundled with unres/);
    assert.strictEqual(lookup.get('A/RES/99/99'), undefined);
  });

  it('normalises the symbol it is asked for', () => {
    const lookup = createCatalogLookup([bundledCatalog()]);
    assert.strictEqual(lookup.get('a/res/43/78h')?.date, '1988-12-07');
    assert.strictEqual(lookup.get('A/RES/1514(XV)')?.date, '1960-12-14');
    assert.strictEqual(lookup.get(' A/RES/217 A(III) ')?.title, 'Universal Declaration of Human Rights');
    assert.strictEqual(lookup.get('R/36/103')?.date, '1981-12-09');
  });

  it('lists each symbol once, with the winning entry', () => {
    const lookup = createCatalogLookup([[entry('A/RES/74/29', '2019-12-12', 'mine')], bundledCatalog()]);
    const all = [...lookup.entries()];
    assert.strictEqual(all.length, bundledCatalog().length);
    assert.strictEqual(all.filter(e => e.symbol === 'A/RES/74/29').length, 1);
    assert.strictEqual(all.find(e => e.symbol === 'A/RES/74/29')?.source, 'mine');
  });

  it('answers the same with the catalog files merged once into a layer below the documents as with all the lists at once', () => {
    const workspace = [entry('A/RES/73/27', '2018-12-05', 'ws', 'From the workspace'), entry('A/RES/99/1', '2044-09-01', 'ws')];
    const files = [entry('A/RES/73/27', '2018-12-06', FILE), entry('a/res/43/78h', '1988-12-07', FILE), entry('A/RES/99/2', '2044-09-02', FILE)];
    const whole = createCatalogLookup([workspace, files, bundledCatalog()]);
    const layered = createCatalogLookup([workspace, mergedLayer([files]), bundledLayer()]);
    for (const symbol of ['A/RES/73/27', 'A/RES/43/78 H', 'A/RES/74/29', 'A/RES/99/1', 'A/RES/99/2', 'A/RES/99/3'])
      assert.strictEqual(layered.get(symbol), whole.get(symbol), symbol);
    assert.deepStrictEqual([...layered.entries()], [...whole.entries()]);
    for (const prefix of ['73/', '99/', '43/78', 'A/RES/7', '2334']) assert.deepStrictEqual(layered.search(prefix, 20), whole.search(prefix, 20), prefix);
  });

  it('asks the bundled catalog as an indexed layer (entries made when asked for) with the same answers as its list of entries', () => {
    const mine = [entry('A/RES/74/29', '2019-12-12', 'mine'), entry('A/RES/99/1', '2044-09-20', 'mine')];
    const indexed = createCatalogLookup([mine, bundledLayer()]);
    const listed = createCatalogLookup([mine, bundledCatalog()]);
    assert.strictEqual(bundledLayer().size, bundledCatalog().length);
    for (const symbol of ['A/RES/74/29', 'a/res/43/78h', 'A/RES/1514(XV)', 'S/RES/2250 (2015)', 'A/DEC/78/546', 'A/RES/99/1', 'A/RES/99/2']) {
      assert.strictEqual(indexed.get(symbol), listed.get(symbol), symbol);
    }
    assert.strictEqual(
      indexed.get('A/RES/36/103'),
      bundledCatalog().find(e => e.symbol === 'A/RES/36/103'),
      'one entry object per row',
    );
    assert.deepStrictEqual([...indexed.entries()], [...listed.entries()]);
    for (const prefix of ['73/', '74/2', '2250', 'A/RES/99', 'S/RES/13', '']) assert.deepStrictEqual(indexed.search(prefix, 30), listed.search(prefix, 30), prefix);
  });

  it("works out the record's facts from the indexed layer as from the list", () => {
    const fromList = createRecordFacts(bundledCatalog(), COMPLETE_SESSIONS);
    const fromLayer = bundledRecord();
    for (const n of [1, 82, 1325, 2250, 2251, 2700, 9999]) {
      assert.deepStrictEqual(fromLayer.securityCouncilYears(n), fromList.securityCouncilYears(n), `S/RES/${n} years`);
      assert.strictEqual(fromLayer.securityCouncil(n), fromList.securityCouncil(n), `S/RES/${n}`);
    }
    for (const [session, number] of [
      [70, 176],
      [73, 27],
      [78, 400],
      [12, 1],
    ]) {
      assert.deepStrictEqual(fromLayer.gaNeighbours(session, number, 2), fromList.gaNeighbours(session, number, 2), `${session}/${number}`);
    }
    assert.strictEqual(fromLayer.lastOfSession(78), 331);
  });

  describe('search (prefix search for completion)', () => {
    // The curated list the bundled catalog builds on (the 82 texts drafters cite most): a catalog small enough to list.
    const curated = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts/catalog/curated.json'), 'utf8')) as { symbol: string; date: string }[]).map(e =>
      entry(normalizeSymbol(e.symbol), e.date, 'curated'),
    );
    const lookup = createCatalogLookup([curated]);
    const search = (prefix: string, limit?: number) => lookup.search(prefix, limit).map(e => e.symbol);

    for (const [prefix, expected] of [
      ['73/', ['A/RES/73/27', 'A/RES/73/266']],
      ['60/', ['A/RES/60/1', 'A/RES/60/45', 'A/RES/60/180', 'A/RES/60/251', 'A/RES/60/288']],
      ['2334', ['S/RES/2334 (2016)']],
      ['1325 (2000)', ['S/RES/1325 (2000)']],
      ['217 a', ['A/RES/217 A (III)']],
      ['s-26/', ['A/RES/S-26/2']],
      ['A/RES/74', ['A/RES/74/29']],
      ['S/RES/22', ['S/RES/2231 (2015)', 'S/RES/2250 (2015)']],
      ['99/', []],
    ] as [string, string[]][]) {
      it(`'${prefix}' → ${expected.join(', ') || 'nothing'}`, () => assert.deepStrictEqual(search(prefix), expected));
    }

    it('returns numbers under a prefix in numeric order, up to the limit', () => {
      const many = Array.from({ length: 300 }, (_, i) => entry(`A/RES/73/${300 - i}`, '2018-12-05', 'x'));
      const big = createCatalogLookup([many, curated]);
      assert.deepStrictEqual(
        big.search('73/', 12).map(e => e.symbol.slice(6)),
        ['73/1', '73/2', '73/3', '73/4', '73/5', '73/6', '73/7', '73/8', '73/9', '73/10', '73/11', '73/12'],
      );
      assert.deepStrictEqual(
        big.search('73/2', 4).map(e => e.symbol.slice(6)),
        ['73/2', '73/20', '73/21', '73/22'],
      );
      assert.strictEqual(big.search('73/', 1000).length, 300);
      assert.strictEqual(big.search('', 5).length, 5);
      assert.strictEqual(big.search('73/', 0).length, 0);
    });

    it('finds an entry once although its symbol and citation form both match', () => {
      const small = createCatalogLookup([[entry('A/RES/1/1', '1946-01-24', 'x')]]);
      assert.deepStrictEqual(
        small.search('A').map(e => e.symbol),
        ['A/RES/1/1'],
      );
    });
  });
});

describe('the bundled catalog', () => {
  const bundled = bundledCatalog();
  const bySymbol = new Map(bundled.map(e => [e.symbol, e]));
  const count = (test: (e: CatalogEntry) => boolean) => bundled.filter(test).length;

  it('holds every resolution and decision the data knows: ≥ 10,000 GA symbols, ≥ 6,700 dated resolutions, ≥ 1,380 SC, the 941 iGov decisions', () => {
    const ga = count(e => e.symbol.startsWith('A/'));
    const gaResolutionsDated = count(e => e.symbol.startsWith('A/RES/') && e.date !== undefined);
    const sc = count(e => e.symbol.startsWith('S/RES/'));
    const decisions = count(e => e.symbol.startsWith('A/DEC/') && !/ [A-Z]$/.test(e.symbol));
    console.log(
      `      ${ga} GA symbols (${count(e => e.symbol.startsWith('A/RES/'))} resolutions, ${gaResolutionsDated} dated), ${decisions} GA decisions, ${sc} SC resolutions, ${count(e => e.title !== undefined)} titles`,
    );
    assert.ok(ga >= 10_000, `${ga} GA symbols`);
    assert.ok(gaResolutionsDated >= 6_700, `${gaResolutionsDated} dated GA resolutions`);
    assert.ok(sc >= 1_380, `${sc} SC resolutions`);
    assert.ok(decisions >= 941, `${decisions} GA decisions`);
  });

  it('is canonical and unique, every date ISO, every source in words (no file path), every title a title', () => {
    assert.strictEqual(bySymbol.size, bundled.length, 'no symbol twice');
    for (const e of bundled) {
      assert.strictEqual(normalizeSymbol(e.symbol), e.symbol, `${e.symbol} is canonical`);
      if (e.date !== undefined) assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/, e.symbol);
      assert.match(e.source, /^Bundled with unres: [a-z]/, e.symbol);
      assert.doesNotMatch(e.source, /shared|_derived|\.csv|\.json|\//, `${e.symbol}: ${e.source}`);
      // The unvotes roll-call labels ("INTERFERENCE, INTERNAL AFFAIRS") are subjects, not titles.
      if (e.title !== undefined) assert.notStrictEqual(e.title, e.title.toUpperCase(), `${e.symbol}: ${e.title}`);
    }
    assert.strictEqual(
      bySymbol.get('A/RES/36/103')?.source,
      'Bundled with unres: dates as cited in later resolutions; title from the UN record as checked by the unres maintainers',
    );
    // The dated entries are themselves a valid catalog file.
    const dated = bundled.filter(e => e.date !== undefined);
    const reparsed = parseCatalogFile(serializeCatalog(dated), FILE);
    assert.deepStrictEqual(reparsed.problems, []);
    assert.strictEqual(reparsed.entries.length, dated.length);
  });

  it('reads the unvotes numbering of sessions 18–30 as roman symbols and drops the record numbers of sessions 1–17', () => {
    assert.ok(bySymbol.has('A/RES/2825 A (XXVI)'));
    assert.ok(!bySymbol.has('A/RES/26/2825 A'));
    assert.ok(!bySymbol.has('A/RES/1/107'), 'R/1/107 is a record number');
  });

  it("keeps dates of another organ out of the General Assembly's special sessions, and Council entries whose year breaks the numbering", () => {
    assert.strictEqual(bySymbol.get('A/RES/S-8/1')?.date, undefined, 'the HRC S-8/1 of 2008 is not the GA eighth special session (1978)');
    assert.strictEqual(bySymbol.get('A/RES/S-10/2')?.date, '1978-06-30');
    assert.ok(!bySymbol.has('S/RES/11 (1956)'), 'resolution 11 is of 1946');
    assert.strictEqual(bySymbol.get('A/RES/44/25')?.date, '1989-11-20', 'the EOSG text reads 1959, impossible for session 44');
  });

  it('is what scripts/build-catalog.mjs makes of the data (npm run build:catalog)', function () {
    if (!fs.existsSync(DERIVED)) return this.skip();
    this.timeout(60_000);
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-catalog.mjs'), '--check'], {
      encoding: 'utf8',
      env: { ...process.env, UNRES_SHARED_DATA: SHARED_DATA },
    });
    assert.strictEqual(result.status, 0, result.stderr + result.stdout);
  });

  it('holds every resolution the seed cites, with the date the seed gives, and the seed itself', () => {
    const seed = fs.readFileSync(SEED_TEXT, 'utf8').replace(/\s+/g, ' ');
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const cited = [...seed.matchAll(/\b(\d{2}\/\d{1,3}(?: [A-Z])?) of (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g)];
    assert.ok(cited.length >= 22, `${cited.length} dated citations in the seed`);
    for (const [, symbol, day, month, year] of cited) {
      const iso = `${year}-${String(months.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
      assert.strictEqual(bySymbol.get(`A/RES/${symbol}`)?.date, iso, `A/RES/${symbol}`);
    }
    assert.strictEqual(bySymbol.get('A/RES/74/29')?.date, '2019-12-12');
  });

  it('holds the texts drafters cite most', () => {
    for (const symbol of [
      'A/RES/217 A (III)',
      'A/RES/1514 (XV)',
      'A/RES/2625 (XXV)',
      'A/RES/2200 A (XXI)',
      'A/RES/55/2',
      'A/RES/60/1',
      'A/RES/70/1',
      'A/RES/60/251',
      'A/RES/65/281',
      'A/RES/66/288',
      'A/RES/67/97',
      'A/RES/69/313',
      'A/RES/41/128',
      'A/RES/S-26/2',
      'A/RES/ES-10/19',
      'S/RES/242 (1967)',
      'S/RES/1325 (2000)',
      'S/RES/1373 (2001)',
      'S/RES/1540 (2004)',
      'S/RES/2250 (2015)',
      'S/RES/2334 (2016)',
      'S/RES/2231 (2015)',
    ]) {
      assert.ok(bySymbol.has(symbol), symbol);
    }
    assert.strictEqual(bySymbol.get('A/RES/70/1')?.title, 'Transforming our world: the 2030 Agenda for Sustainable Development');
    assert.strictEqual(bySymbol.get('A/RES/2625 (XXV)')?.session, 25);
  });

  itWithData('agrees with every date the shared data has for its symbols', () => {
    const read = (file: string) => parseCsv(fs.readFileSync(path.join(DERIVED, file), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    // symbol → what each data set accepts; a contradiction is a bundled date outside any of them.
    const known = new Map<string, { where: string; dates: string[] }[]>();
    const note = (symbol: string, dates: string[], where: string) => {
      known.set(symbol, [...(known.get(symbol) ?? []), { where, dates }]);
    };
    for (const r of read('GA_resolution_catalog_merged.csv')) {
      if (!r.adoption_date) continue;
      // other_dates lists rival dates from other sources ("1989-11-20(citation-mined (n=13))").
      const rivals = [...r.other_dates.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(m => m[0]);
      note(normalizeSymbol(r.symbol), [r.adoption_date, ...rivals], 'GA catalogue');
    }
    for (const r of read('SC_resolution_catalog_merged.csv')) if (r.date) note(normalizeSymbol(r.symbol), [r.date], 'SC catalogue');
    for (const r of read('citation_mined_symbol_dates.csv')) {
      const series = r.body === 'S' ? 'S/RES/' : r.kind === 'decision' ? 'A/DEC/' : 'A/RES/';
      // The majority date, unless the texts themselves disagree; then any date they cite.
      const dates = Number(r.n_distinct_dates) > 1 ? [...r.all_dates.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(m => m[0]) : [r.date];
      note(normalizeSymbol(series + r.symbol), dates, 'citation-mined');
    }

    const unchecked: string[] = [];
    for (const e of bundled) {
      if (e.date === undefined) continue;
      const sets = known.get(e.symbol);
      if (!sets) {
        unchecked.push(e.symbol);
        continue;
      }
      // A doubtful date is one the sources disagree on: it must be one of theirs.
      if (e.doubtfulDate)
        assert.ok(
          sets.some(({ dates }) => dates.includes(e.date!)),
          e.symbol,
        );
      else {
        for (const { where, dates } of sets) {
          // The official text's date wins over a date later texts cite (78/68: 5 December in its text, 9 December in two citations).
          if (where === 'citation-mined' && /official text|iGov/.test(e.source)) continue;
          assert.ok(dates.includes(e.date!), `${e.symbol}: bundled ${e.date}, ${where} says ${dates.join(' or ')}`);
        }
      }
    }
    console.log(
      `      ${bundled.length - unchecked.length} of ${bundled.length} bundled dates confirmed by the catalogues of shared/data; ${unchecked.length} from iGov decisions and the curated list`,
    );
    // What the catalogues cannot confirm comes from iGov's decision records or the curated list, and says so.
    // (and parts the data names together: `A/RES/71/101 A-B` is 71/101 A and 71/101 B).
    for (const symbol of unchecked) if (!/ [A-Z]$/.test(symbol)) assert.match(bySymbol.get(symbol)!.source, /iGov|unres maintainers/, symbol);
  });
});

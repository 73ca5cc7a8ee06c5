/**
 * Citations that cannot be right, from the record's regularities and not only its entries
 * (issue 13): `citation/nonexistent` beyond the last number of a complete session, the Security
 * Council's years from the order of its numbers, and the GA neighbour-date check
 * (`citation/sequence`), whose false reports on the real texts of shared/data are measured here.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { bundledCatalog, bundledRecord, createRecordFacts } from '../server/src/languageService/catalog/bundled';
import { createCatalogLookup } from '../server/src/languageService/catalog/lookup';
import { catalogRules, sequenceProblem } from '../server/src/languageService/rules/catalog';
import { citationsRules } from '../server/src/languageService/rules/citations';
import type { CatalogLookup } from '../server/src/languageService/catalog/types';
import { checkRules } from './util/ruleCheck';
import { SHARED_DATA } from './util/shared';

const BUNDLED: CatalogLookup = createCatalogLookup([bundledCatalog()], bundledRecord());
const rules = [...citationsRules, ...catalogRules];

function resolution(preamble: string): string {
  return `The General Assembly,\n\n${preamble}\n\n1. *Decides* to remain seized of the matter.\n`;
}

describe('the record: complete sessions', () => {
  it('knows sessions 78 and 79 end at 78/331 and 79/334; session 80 is not proven complete by the data', () => {
    const record = bundledRecord();
    assert.strictEqual(record.lastOfSession(78), 331);
    assert.strictEqual(record.lastOfSession(79), 334);
    assert.strictEqual(record.lastOfSession(80), undefined);
    assert.strictEqual(record.lastOfSession(77), undefined);
  });

  it('reports a number beyond the last of a complete session as citation/nonexistent, not unknown', () => {
    checkRules(
      resolution('*Recalling* its resolutions 78/237 of 22 December 2023 and [[78/999]] of 22 December 2023,'),
      [{ code: 'citation/nonexistent', message: 'Session 78 adopted resolutions 78/1 to 78/331; there is no resolution 78/999.', severity: DiagnosticSeverity.Error }],
      { rules, catalog: BUNDLED },
    );
  });

  it('takes a number within a complete session the data has no entry for as existing (no unknown)', () => {
    // 78/80 is within 78/1–78/331 but no text of it is in the data.
    checkRules(resolution('*Recalling* its resolution 78/80 of 7 December 2023,'), [], { rules, catalog: BUNDLED });
  });
});

describe('the record: the Security Council numbers in order of adoption', () => {
  it('reports 2250 (2016) as a citation/date error naming 2015, with the fix, and never as unknown', () => {
    const [d] = checkRules(
      resolution('*Recalling* Security Council resolution [[2250 (2016)]],'),
      [
        {
          code: 'citation/date',
          message: /^Security Council resolution 2250 was adopted on 9 December 2015, not in 2016: write 2250 \(2015\)\.$/,
          severity: DiagnosticSeverity.Error,
        },
      ],
      { rules, catalog: BUNDLED },
    );
    assert.strictEqual((d.data as { replacement: string }).replacement, '2250 (2015)');
  });

  it('infers the year of a number the data does not hold from the numbers around it', () => {
    const record = createRecordFacts(
      [
        { symbol: 'S/RES/100 (1953)', date: '1953-10-27', source: 't' },
        { symbol: 'S/RES/104 (1954)', date: '1954-06-20', source: 't' },
        { symbol: 'S/RES/110 (1955)', date: '1955-12-14', source: 't' },
        { symbol: 'S/RES/113 (1956)', date: '1956-04-04', source: 't' },
      ],
      {},
    );
    assert.deepStrictEqual(record.securityCouncilYears(102), { earliest: 1953, latest: 1954 });
    assert.deepStrictEqual(record.securityCouncilYears(104), { earliest: 1954, latest: 1954 });
    assert.deepStrictEqual(record.securityCouncilYears(111), { earliest: 1955, latest: 1956 });
    assert.strictEqual(record.securityCouncilYears(114), undefined, 'beyond the record any later year is possible');
    const catalog = createCatalogLookup([], record);
    checkRules(
      resolution('*Recalling* Security Council resolutions 102 (1954), [[106 (1953)]] and [[108 (1957)]],'),
      [
        { code: 'citation/date', message: /^Security Council resolution 106 was adopted between 1954 and 1955 .*; it cannot be of 1953\.$/ },
        { code: 'citation/date', message: /^Security Council resolution 108 was adopted between 1954 and 1955 .*; it cannot be of 1957\.$/ },
      ],
      { rules: catalogRules, catalog },
    );
  });

  it('takes a right year as right, and a number the record does not reach as unknown', () => {
    checkRules(
      resolution('*Recalling* Security Council resolutions 1325 (2000), 2250 (2015) and [[2999 (2027)]],'),
      [{ code: 'citation/unknown', message: /S\/RES\/2999 \(2027\)/ }],
      { rules, catalog: BUNDLED },
    );
  });
});

describe('the record: GA numbers follow the order of adoption (citation/sequence)', () => {
  const n = (number: number, date: string) => ({ number, date });

  it('needs both nearest dated numbers on one side to contradict the date', () => {
    assert.deepStrictEqual(sequenceProblem({ below: [n(9, '2015-12-14'), n(8, '2015-12-14')], above: [] }, '2015-12-01')?.side, 'below');
    assert.strictEqual(sequenceProblem({ below: [n(9, '2015-12-14'), n(8, '2015-11-30')], above: [] }, '2015-12-01'), undefined, 'one neighbour out of order is not enough');
    assert.deepStrictEqual(sequenceProblem({ below: [], above: [n(11, '2015-12-01'), n(12, '2015-12-02')] }, '2015-12-14')?.side, 'above');
    assert.strictEqual(sequenceProblem({ below: [n(9, '2015-12-14')], above: [] }, '2015-12-01'), undefined, 'one dated neighbour is not enough');
  });

  it('warns on a date no catalog has, outside the dates of the numbers around it', () => {
    const record = createRecordFacts(
      [
        { symbol: 'A/RES/70/10', date: '2015-11-10', source: 't' },
        { symbol: 'A/RES/70/11', date: '2015-11-12', source: 't' },
        { symbol: 'A/RES/70/13', date: '2015-12-01', source: 't' },
        { symbol: 'A/RES/70/14', date: '2015-12-03', source: 't' },
      ],
      {},
    );
    const catalog = createCatalogLookup([], record);
    checkRules(resolution('*Recalling* its resolution 70/12 of 20 November 2015,'), [], { rules: catalogRules.filter((_r, i) => i < 4), catalog });
    checkRules(
      resolution('*Recalling* its resolution [[70/12]] of [[3 September 2016]],'),
      [
        { code: 'citation/unknown', message: /A\/RES\/70\/12/ },
        {
          code: 'citation/sequence',
          message: /^Resolution 70\/12 is cited as of 3 September 2016, after resolution 70\/13 \(1 December 2015\)/,
          severity: DiagnosticSeverity.Warning,
        },
      ],
      { rules: catalogRules, catalog },
    );
  });

  it('measures its false reports on the real texts of shared/data (EOSG and mandate-pipeline texts)', function () {
    const texts = realTexts();
    // Without ../shared the run's one message says so (test/util/shared.ts).
    if (texts.length === 0) return this.skip();
    const record = bundledRecord();
    const dates = new Map(
      bundledCatalog()
        .filter(e => e.date !== undefined && !e.doubtfulDate)
        .map(e => [e.symbol, e.date!]),
    );
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const cited = /\b(\d{1,2})\/(\d{1,3}) of (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b(?! [A-Z]\b)/g;
    let checked = 0;
    let reported = 0;
    const falseReports: string[] = [];
    const caught: string[] = [];
    for (const text of texts) {
      for (const m of text.matchAll(cited)) {
        const [session, number] = [Number(m[1]), Number(m[2])];
        const iso = `${m[5]}-${String(months.indexOf(m[4]) + 1).padStart(2, '0')}-${m[3].padStart(2, '0')}`;
        // GA resolutions only, as the scanner reads them: the nearest kind word before is `resolution`
        // and no other organ is named (the Human Rights Council's 33/15 of 2016 is not the GA's), in the session's years.
        const before = text.slice(Math.max(0, m.index - 300), m.index);
        const kind = /.*\b(resolutions?|decisions?)\b/s.exec(before)?.[1] ?? '';
        if (!kind.startsWith('resolution') || /(Council|Commission|Conference|Board|Assembly of)[^.;]{0,40}resolutions?[^.;]*$/.test(before)) continue;
        if (Number(m[5]) !== 1945 + session && Number(m[5]) !== 1946 + session) continue;
        checked++;
        // As if no catalog knew the cited resolution: its neighbours only.
        const finding = sequenceProblem(record.gaNeighbours(session, number, 2), iso);
        if (finding === undefined) continue;
        reported++;
        const known = dates.get(`A/RES/${session}/${number}`);
        (known === iso || known === undefined ? falseReports : caught).push(`${session}/${number} of ${iso} (data: ${known ?? 'no date'})`);
      }
    }
    console.log(
      `      citation/sequence on ${texts.length} real texts: ${checked} dated GA citations checked as if no catalog knew them, ${reported} reported, ${caught.length} of them wrong dates, ${falseReports.length} false reports${falseReports.length ? `: ${falseReports.slice(0, 10).join('; ')}` : ''}`,
    );
    assert.ok(checked > 300, `${checked} citations`);

    // The record itself, each firm date checked against its neighbours as if it were unknown: the
    // false reports it would make (upper bound: some are errors of the data), and how many dates
    // one year off (the commonest slip) it catches.
    let entries = 0;
    let selfReports = 0;
    let yearOffCaught = 0;
    for (const [symbol, iso] of dates) {
      const m = /^A\/RES\/(\d+)\/(\d+)$/.exec(symbol);
      if (!m) continue;
      entries++;
      const neighbours = record.gaNeighbours(Number(m[1]), Number(m[2]), 2);
      if (sequenceProblem(neighbours, iso)) selfReports++;
      const year = Number(iso.slice(0, 4));
      if (sequenceProblem(neighbours, `${year + 1}${iso.slice(4)}`) || sequenceProblem(neighbours, `${year - 1}${iso.slice(4)}`)) yearOffCaught++;
    }
    console.log(
      `      on the record's own ${entries} firm GA dates (leave-one-out): ${selfReports} would be reported (${((100 * selfReports) / entries).toFixed(2)} %); a date one year off is caught for ${yearOffCaught} (${((100 * yearOffCaught) / entries).toFixed(1)} %)`,
    );
    assert.ok(selfReports <= entries / 200, `${selfReports} of ${entries}`);
    // A warning that is wrong more than once in a thousand citations would teach drafters to ignore it.
    assert.ok(falseReports.length <= checked / 1000, falseReports.join('; '));
  });
});

/** Every official text of shared/data: the EOSG paragraph files and the mandate-pipeline texts. */
function realTexts(): string[] {
  const out: string[] = [];
  const eosg = path.join(SHARED_DATA, 'UN-EOSG-Analytics__un-mandates-housekeeping/paragraphs');
  const pipeline = path.join(SHARED_DATA, 'wannli__mandate-pipeline/extracted');
  for (const dir of [eosg, pipeline]) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.json'))) {
      const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown;
      const text = Array.isArray(json) ? json.map(p => String((p as { text?: unknown }).text ?? '')).join('\n') : String((json as { text?: unknown }).text ?? '');
      out.push(text.replace(/\s+/g, ' '));
    }
  }
  return out;
}

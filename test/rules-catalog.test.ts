/**
 * The catalog rules: `citation/date` against a catalog entry's date, and `citation/unknown`. The
 * catalog is a tiny in-memory `CatalogLookup`; each document marks with [[…]] where a diagnostic
 * belongs.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics } from '../server/src/languageService/rules/index';
import { catalogRules } from '../server/src/languageService/rules/catalog';
import type { CatalogEntry, CatalogLookup } from '../server/src/languageService/catalog/types';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';

const CATALOG = catalogOf([
  { symbol: 'A/RES/73/27', date: '2018-12-05', source: 'ict.catalog.json' },
  { symbol: 'A/RES/43/78 H', date: '1988-12-07', source: 'ict.catalog.json' },
  { symbol: 'A/RES/36/103', date: '1981-12-06', source: 'unvotes', doubtfulDate: true },
  { symbol: 'S/RES/2334 (2016)', date: '2016-12-23', source: 'sc.catalog.json' },
]);

function catalogOf(entries: readonly CatalogEntry[]): CatalogLookup {
  const bySymbol = new Map(entries.map(e => [e.symbol, e]));
  return { get: s => bySymbol.get(s), entries: () => bySymbol.values(), search: () => [] };
}

interface Expected {
  readonly code: 'citation/date' | 'citation/unknown';
  readonly message: RegExp;
  readonly severity: DiagnosticSeverity;
}

function resolution(preamble: string): string {
  return `---\nsymbol: A/RES/74/29\n---\n\nThe General Assembly,\n\n${preamble}\n\n1. *Decides* to remain seized of the matter.\n`;
}

/** Runs the catalog rules over a marked document; the i-th diagnostic must sit on the i-th [[range]]. */
function check(marked: string, expected: readonly Expected[], catalog: CatalogLookup | 'no catalog' = CATALOG): Diagnostic[] {
  return checkRules(marked, expected, { rules: catalogRules, catalog: catalog === 'no catalog' ? undefined : catalog });
}

describe('catalog rules', () => {
  it('say nothing without a catalog', () => {
    check(resolution('*Recalling* its resolutions 73/27 of 6 December 2018 and 99/999,'), [], 'no catalog');
  });

  it('leave the seed alone where the catalog agrees with it', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    const dates = computeDiagnostics(parseDocument(seed), { rules: catalogRules, catalog: CATALOG }).filter(d => d.code === 'citation/date');
    // 36/103 is cited as 9 December 1981 while the doubtful entry says 6 December: information only.
    assert.deepStrictEqual(
      dates.map(d => d.severity),
      [DiagnosticSeverity.Information],
    );
  });

  describe('citation/date', () => {
    it('reports a date the catalog contradicts, giving its date and source, with the date to put in', () => {
      const [d] = check(resolution('*Recalling* its resolution 73/27 of [[6 December 2018]],'), [
        {
          code: 'citation/date',
          message: /Resolution 73\/27 was adopted on 5 December 2018, not 6 December 2018 \(source: ict\.catalog\.json\)/,
          severity: DiagnosticSeverity.Error,
        },
      ]);
      assert.strictEqual((d.data as { replacement: string }).replacement, '5 December 2018');
    });

    it('never makes a doubtful catalog date an error', () => {
      const [d] = check(resolution('*Recalling* its resolution 36/103 of [[9 December 1981]],'), [
        { code: 'citation/date', message: /may be of 6 December 1981.*doubtful \(source: unvotes\)/, severity: DiagnosticSeverity.Information },
      ]);
      assert.strictEqual((d.data as { replacement: string }).replacement, '6 December 1981');
    });

    it('A/RES/79/16, A/RES/53/130: checks the date of an item after an item with parts and after an interposed clause', () => {
      const wrong = { code: 'citation/date', message: /Resolution 73\/27 was adopted on 5 December 2018, not 6 December 2018/, severity: DiagnosticSeverity.Error } as const;
      check(resolution('*Recalling* its resolutions 43/78 H and I of 7 December 1988 and 73/27 of [[6 December 2018]],'), [wrong]);
      check(resolution('*Recalling* its resolutions 43/78 H of 7 December 1988, establishing the Group, and 73/27 of [[6 December 2018]],'), [wrong]);
    });

    it("accepts the catalog's date, and finds entries by canonical symbol", () => {
      check(resolution('*Recalling* its resolutions 43/78H of 7 December 1988 and 73/27 of 5 December 2018, and Security Council resolution 2334 (2016) of 23 December 2016,'), []);
    });
  });

  describe('citation/unknown', () => {
    it('reports, as information, an item no catalog knows', () => {
      const [d] = check(resolution('*Recalling* its resolutions 73/27 and [[99/999]],'), [
        { code: 'citation/unknown', message: /Resolution 99\/999 \(A\/RES\/99\/999\) is not in any catalog/, severity: DiagnosticSeverity.Information },
      ]);
      assert.deepStrictEqual(d.data, { symbol: 'A/RES/99/999' });
    });

    it('leaves a malformed item to citation/format', () => {
      check(resolution('*Recalling* its resolution 74-28,'), []);
    });
  });

  it('never throw on a catalog that fails or holds a date that is no date', () => {
    const failing: CatalogLookup = {
      get: () => {
        throw new Error('broken catalog');
      },
      entries: () => [],
      search: () => [],
    };
    const odd = catalogOf([{ symbol: 'A/RES/73/27', date: 'sometime', source: 'odd.catalog.json' }]);
    for (const catalog of [failing, odd]) {
      const text = resolution('*Recalling* its resolution 73/27 of 6 December 2018,');
      computeDiagnostics(parseDocument(text), { rules: catalogRules, catalog, onRuleError: e => assert.fail(String(e)) });
    }
    // A date that is no date is no ground for a finding.
    check(resolution('*Recalling* its resolution 73/27 of 6 December 2018,'), [], odd);
  });
});

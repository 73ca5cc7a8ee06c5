/**
 * The front matter rules: `frontmatter/key` and `frontmatter/value`. Each document marks with [[…]]
 * where a diagnostic belongs; the expected code and message stand beside it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics } from '../server/src/languageService/rules/index';
import { frontmatterRules } from '../server/src/languageService/rules/frontmatter';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';

interface Expected {
  readonly code: 'frontmatter/key' | 'frontmatter/value';
  readonly message: RegExp;
}

/** A document with the given front matter lines and a minimal body. */
function withFrontMatter(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n\nThe General Assembly,\n\n1. *Decides* to remain seized of the matter.\n`;
}

/** Runs the front matter rules over a marked document; the i-th diagnostic must sit on the i-th [[range]]. */
function check(marked: string, expected: readonly Expected[]): Diagnostic[] {
  return checkRules(marked, expected, { rules: frontmatterRules });
}

describe('front matter rules', () => {
  it('leave the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: frontmatterRules }).map(d => d.message),
      [],
    );
  });

  describe('frontmatter/key', () => {
    it('reports an unknown key at the key, suggesting the nearest known one as data', () => {
      const [d] = check(withFrontMatter('[[adopted-on]]: 12 December 2019'), [
        { code: 'frontmatter/key', message: /Unknown front matter key “adopted-on”: did you mean “adopted”\?/ },
      ]);
      assert.strictEqual((d.data as { replacement: string }).replacement, 'adopted');
    });

    it('suggests despite case and underscores', () => {
      check(withFrontMatter('[[Symbol]]: A/RES/74/29', '[[agenda_item]]: 93'), [
        { code: 'frontmatter/key', message: /did you mean “symbol”/ },
        { code: 'frontmatter/key', message: /did you mean “agenda-item”/ },
      ]);
    });

    it('lists the known keys when none is near', () => {
      const [d] = check(withFrontMatter('[[colour]]: blue'), [
        { code: 'frontmatter/key', message: /The keys are symbol, organ, session, agenda-item, adopted, meeting, report, title, status, sponsors\./ },
      ]);
      assert.strictEqual(d.data, undefined);
    });

    it('accepts every key of the contract', () => {
      check(
        withFrontMatter(
          'symbol: A/RES/74/29',
          'organ: General Assembly',
          'session: 74',
          'agenda-item: 93',
          'adopted: 12 December 2019',
          'meeting: 46th plenary meeting',
          'report: A/74/363',
          'title: Developments in the field',
          'status: adopted',
        ),
        [],
      );
    });
  });

  describe('frontmatter/value: shapes', () => {
    it('reports a symbol that is no symbol', () => {
      check(withFrontMatter('symbol: [[74/29]]'), [{ code: 'frontmatter/value', message: /“74\/29” is not a document symbol/ }]);
      check(withFrontMatter('symbol: [[A/RES/74-29]]'), [{ code: 'frontmatter/value', message: /not a document symbol/ }]);
    });

    it('accepts the symbols of the contract', () => {
      for (const symbol of ['A/RES/74/29', 'A/C.1/74/L.50', 'S/RES/2334 (2016)', 'A/RES/2625 (XXV)', 'A/RES/43/78 H', 'A/HRC/RES/40/1', 'E/RES/2019/1', 'A/RES/S-26/2']) {
        check(withFrontMatter(`symbol: ${symbol}`), []);
      }
    });

    it('reports a session that is not a positive whole number', () => {
      check(withFrontMatter('session: [[seventy-four]]'), [{ code: 'frontmatter/value', message: /positive whole number.*“seventy-four”/ }]);
      check(withFrontMatter('session: [[0]]'), [{ code: 'frontmatter/value', message: /positive whole number/ }]);
      check(withFrontMatter('session: [[7.5]]'), [{ code: 'frontmatter/value', message: /positive whole number/ }]);
    });

    it('reports an adoption date that is no date, and accepts both written forms', () => {
      check(withFrontMatter('adopted: [[31 April 2019]]'), [{ code: 'frontmatter/value', message: /“31 April 2019” is not a date: write it as 12 December 2019 or 2019-12-12/ }]);
      check(withFrontMatter('adopted: [[last Tuesday]]'), [{ code: 'frontmatter/value', message: /not a date/ }]);
      check(withFrontMatter('adopted: 2019-12-12'), []);
      check(withFrontMatter('adopted: 12 December 2019'), []);
    });

    it('reports a status other than draft or adopted', () => {
      check(withFrontMatter('status: [[final]]'), [{ code: 'frontmatter/value', message: /“draft” or “adopted”; found “final”/ }]);
      check(withFrontMatter('status: draft'), []);
    });

    it('reports an organ other than the four', () => {
      check(withFrontMatter('organ: [[Trusteeship Council]]'), [{ code: 'frontmatter/value', message: /not an organ unres knows/ }]);
      check(withFrontMatter('organ: Human Rights Council'), []);
    });

    it('accepts the sponsors of a draft as a list, in either YAML form, and gives them to the model', () => {
      check(withFrontMatter('symbol: A/C.3/80/L.10', 'status: draft', 'sponsors: [Algeria, Brazil, "Côte d’Ivoire"]'), []);
      check(withFrontMatter('sponsors:', '  - Algeria', '  - Bolivia (Plurinational State of)'), []);
      const doc = parseDocument(withFrontMatter('sponsors:', '  - Algeria', '  - Bolivia (Plurinational State of)'));
      assert.deepStrictEqual(doc.info.sponsors, ['Algeria', 'Bolivia (Plurinational State of)']);
    });

    it('reports sponsors that are not a list of names, or a name given twice', () => {
      check(withFrontMatter('sponsors: [[Algeria, Brazil]]'), [{ code: 'frontmatter/value', message: /“sponsors” is a list of names/ }]);
      check(withFrontMatter('sponsors:', '  [[- Algeria', '  - 12]]'), [{ code: 'frontmatter/value', message: /Each sponsor is a name.*“12”/ }]);
      check(withFrontMatter('sponsors:', '  [[- Algeria', '  - algeria]]'), [{ code: 'frontmatter/value', message: /algeria is named twice among the sponsors/ }]);
    });

    it('reports a list where a single value belongs', () => {
      check(withFrontMatter('title:', '  [[- a', '  - b]]'), [{ code: 'frontmatter/value', message: /“title” takes a single value/ }]);
    });
  });

  describe('frontmatter/value: contradictions', () => {
    it("reports a session the symbol contradicts, on the session, with the symbol's as data", () => {
      const [d] = check(withFrontMatter('symbol: A/RES/74/29', 'session: [[73]]'), [
        { code: 'frontmatter/value', message: /The symbol A\/RES\/74\/29 is of session 74, not 73\./ },
      ]);
      assert.strictEqual((d.data as { replacement: string }).replacement, '74');
    });

    it('reads the session of a roman and of a draft symbol', () => {
      check(withFrontMatter('symbol: A/RES/2625 (XXV)', 'session: [[24]]'), [{ code: 'frontmatter/value', message: /is of session 25, not 24/ }]);
      check(withFrontMatter('symbol: A/C.1/74/L.50', 'session: 74'), []);
    });

    it("reports an adoption date outside the session's years, naming them", () => {
      check(withFrontMatter('symbol: A/RES/74/29', 'adopted: [[12 December 2018]]'), [
        { code: 'frontmatter/value', message: /Session 74 of the General Assembly adopts its texts in 2019 or 2020; 12 December 2018 is outside it\./ },
      ]);
      check(withFrontMatter('session: 74', 'adopted: [[2021-01-05]]'), [{ code: 'frontmatter/value', message: /2019 or 2020; 5 January 2021/ }]);
      check(withFrontMatter('symbol: A/RES/74/29', 'adopted: 2020-09-01'), []);
    });

    it('holds a Security Council symbol to its year, and leaves special sessions and the HRC alone', () => {
      const sc = '---\nsymbol: S/RES/2334 (2016)\nadopted: [[23 December 2015]]\n---\n\nThe Security Council,\n\n1. *Decides* to remain seized of the matter.\n';
      check(sc, [{ code: 'frontmatter/value', message: /S\/RES\/2334 \(2016\) says 2016, but the adoption date is 23 December 2015/ }]);
      check(withFrontMatter('symbol: A/RES/S-26/2', 'adopted: 27 June 2001'), []);
      check(withFrontMatter('symbol: A/HRC/RES/40/1', 'session: 40', 'adopted: 22 March 2019'), []);
    });

    it("reports an organ the symbol contradicts, with the symbol's organ as data", () => {
      const [d] = check(withFrontMatter('symbol: A/RES/74/29', 'organ: [[Security Council]]'), [
        { code: 'frontmatter/value', message: /A\/RES\/74\/29 is a General Assembly symbol, but the organ is the Security Council/ },
      ]);
      assert.strictEqual((d.data as { replacement: string }).replacement, 'General Assembly');
    });
  });

  it('never throw on odd YAML: maps, nulls, booleans, anchors, a key without a value, an unclosed block', () => {
    const texts = [
      withFrontMatter('symbol: { a: 1 }', 'session: ~', 'adopted: true', 'organ: &o General Assembly', 'status: *o', 'title:', '? complex key', ': value'),
      withFrontMatter('symbol: A/RES/74/29', 'symbol: A/RES/74/30', 'session: -3', 'adopted: 2019-02-30'),
      '---\nsymbol: A/RES/74/29\nsession: 73\n',
      `---\ntitle: ${'x'.repeat(100000)}\n---\n`,
    ];
    for (const text of texts) {
      computeDiagnostics(parseDocument(text), { rules: frontmatterRules, onRuleError: e => assert.fail(String(e)) });
    }
    // The unclosed one still has its contradiction reported.
    const unclosed = computeDiagnostics(parseDocument(texts[2]), { rules: frontmatterRules }).map(d => d.message);
    assert.ok(
      unclosed.some(m => /is of session 74, not 73/.test(m)),
      unclosed.join('\n'),
    );
  });
});

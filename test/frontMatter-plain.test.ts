/**
 * The front matter's plain reading (`key: value` lines read without the YAML parser, for speed)
 * answers only where it gives exactly what YAML gives: the same keys, values, value texts and
 * ranges, and no problem. Anything else it leaves to YAML.
 */
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { readPlainEntries, readYamlEntries } from '../server/src/languageService/parser/frontMatter';
import { splitLines } from '../server/src/languageService/parser/lines';
import type { ParseProblem } from '../server/src/languageService/model';

/** Both readings of the lines between the fences. */
function readBoth(yamlLines: string[]) {
  const table = splitLines(['---', ...yamlLines, '---'].join('\n'));
  const problems: ParseProblem[] = [];
  return { plain: readPlainEntries(yamlLines), yaml: readYamlEntries(yamlLines, table, problems), problems };
}

describe('front matter, the plain reading', () => {
  it('reads the usual front matter as YAML does', () => {
    const lines = ['symbol: A/RES/61/500', 'session: 61', 'adopted: 1 December 2006', "title: Côte d'Ivoire (situation), 2006", 'status: adopted'];
    const { plain, yaml, problems } = readBoth(lines);
    assert.ok(plain, 'read without YAML');
    assert.deepStrictEqual(plain, yaml);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(plain[1].value, 61);
    assert.deepStrictEqual(plain[0].valueRange, { start: { line: 1, character: 8 }, end: { line: 1, character: 20 } });
  });

  const leftToYaml: [string, string][] = [
    ['a number YAML reads otherwise', 'session: 061'],
    ['a float', 'session: 1.5'],
    ['an ISO date', 'adopted: 2006-12-01'],
    ['a boolean', 'draft: true'],
    ['null', 'symbol: Null'],
    ['a comment', 'title: Peace # later'],
    ['a quoted value', 'title: "Peace"'],
    ['a list', 'sponsors: [France, Chile]'],
    ['an empty value', 'symbol:'],
    ['trailing spaces', 'symbol: A/RES/1/1 '],
    ['a tab', 'symbol:\tA/RES/1/1'],
    ['a colon in the value', 'time: 10:30'],
    ['a leading dash', 'session: -1'],
  ];
  for (const [what, line] of leftToYaml) {
    it(`leaves ${what} to YAML`, () => assert.strictEqual(readPlainEntries(['symbol2: A/RES/1/1', line]), undefined));
  }

  it('leaves a key given twice to YAML (which reports it)', () => {
    const { plain, problems } = readBoth(['symbol: A/RES/1/1', 'symbol: A/RES/1/2']);
    assert.strictEqual(plain, undefined);
    assert.strictEqual(problems.length, 1);
  });

  it('agrees with YAML on any lines at all, wherever it answers', () => {
    const key = fc.constantFrom('symbol', 'session', 'title', 'a', 'A-b', 'x_1', 'true', 'Null', 'y', 'adopted', 'status', 'organ');
    const special = fc.constantFrom(
      '61',
      '0',
      '061',
      '1e3',
      '0x1F',
      '0o7',
      '.inf',
      '-1',
      '+1',
      '1.5',
      '1_000',
      'true',
      'False',
      'NULL',
      '~',
      'yes',
      'No',
      '1 December 2006',
      '2006-12-01',
      '123456789012345678',
    );
    const tame = fc.constantFrom(...'aZ09 ,./()-é\'"'.split(''));
    const hostile = fc.constantFrom(' #', ': ', ' - ', ...'#:\u00a0\t[]{}&*!|>%@`~\\?<=\u0085\u2028\ufeff\r'.split(''));
    const free = fc.array(fc.oneof({ weight: 12, arbitrary: tame }, { weight: 1, arbitrary: hostile }), { maxLength: 12 }).map(cs => cs.join(''));
    const separator = fc.oneof({ weight: 8, arbitrary: fc.constant(': ') }, { weight: 1, arbitrary: fc.constantFrom(':  ', ':', ': \t', ' : ') });
    const line = fc.tuple(key, separator, fc.oneof(special, free)).map(([k, sep, v]) => k + sep + v);
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 10, arbitrary: line }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 3 }), lines => {
        const { plain, yaml, problems } = readBoth(lines);
        if (plain === undefined) return;
        answered++;
        assert.deepStrictEqual(problems, []);
        assert.deepStrictEqual(plain, yaml);
      }),
      { numRuns: 10000 },
    );
    assert.ok(answered > 100, `the plain reading answered ${answered} times`);
  });
});

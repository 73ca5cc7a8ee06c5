/**
 * Issue 7, item 1 (the short CI run): generated resolutions, mutated as drafters mutate them,
 * through the parser, every rule and every method of the language service façade. Nothing throws
 * or is caught by the façade's guards, every range lies inside the document, formatting changes no
 * word and a quick fix no word outside what it fixes. The long run is `node scripts/fuzz-long.mjs`.
 */
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { fuzzCase, junk, resolution } from './fuzz/generate';
import { FuzzOracle, linesOf, parameterNames, rangesOutside } from './fuzz/check';

/** Runs per property in CI; `UNRES_FUZZ_RUNS` raises it locally. */
const RUNS = Number(process.env.UNRES_FUZZ_RUNS ?? 100);

describe('property: the service survives any document', function () {
  this.timeout(60_000);
  const oracle = new FuzzOracle();
  before(() => oracle.ready());

  async function holds(text: string, seed: number): Promise<void> {
    const report = await oracle.check(text, seed);
    assert.deepStrictEqual(report.failures, [], `on ${JSON.stringify(text.length > 3000 ? text.slice(0, 3000) + '…' : text)}`);
  }

  it('the oracle sees a range outside the document (it can fail)', () => {
    const lines = linesOf('ab\ncd');
    assert.deepStrictEqual(rangesOutside({ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } } }, lines), []);
    assert.strictEqual(rangesOutside([{ start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }], lines).length, 1);
    assert.strictEqual(rangesOutside({ start: { line: 1, character: 0 }, end: { line: 0, character: 1 } }, lines).length, 1);
    assert.strictEqual(rangesOutside({ start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, linesOf('\uD83D\uDE00')).length, 1);
  });

  it('guesses every façade method’s parameters (new features are fuzzed too)', async () => {
    assert.deepStrictEqual(
      parameterNames(async (document: unknown, position: unknown, token: unknown) => [document, position, token]),
      ['document', 'position', 'token'],
    );
    await holds('The General Assembly,\n\n1. *Decides* to act.\n', 1);
    assert.deepStrictEqual([...oracle.unknownMethods], []);
    for (const method of ['getHover', 'getCompletions', 'getDefinition', 'getReferences', 'getDocumentHighlights', 'getDocumentLinks', 'getModel']) {
      assert.ok(oracle.methodCalls.has(method), `${method} was not called`);
    }
  });

  it('documents with hostile fragments in every position', () =>
    holds(
      '\uFEFF---\nsymbol: <script>\ntitle: [x](javascript:alert(1))\n---\r\nThe General Assembly,\r\r*Recalling* \uD800 resolution 74/29 of 12 December 2019\u0000,\n\n1. *Decides* ![](http://example.com/x.png) \u202Eمرحبا\u0301 paragraph 9 above;\n   (a) [^1][\n',
      7,
    ));

  it('a 100,000-character line (words, citations, brackets, lone surrogates)', async () => {
    for (const unit of ['resolution 74/29 of 12 December 2019, ', '[', '\uD800', '(a) ']) {
      const long = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      await holds(`The General Assembly,\n\n*Recalling* ${long},\n\n1. *Decides* ${long}.\n`, unit.length);
    }
  });

  it('structured resolutions, unmutated', async () => {
    await fc.assert(
      fc.asyncProperty(resolution, fc.nat(), (text, seed) => holds(text, seed)),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('mutated resolutions: lines deleted, duplicated, swapped; Unicode junk; CR, CRLF, BOM; long lines', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase(6, 0.02), fc.nat(), (c, seed) => holds(c.text, seed)),
      { numRuns: RUNS },
    );
  });

  it('pure junk', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(junk, { maxLength: 30 }).map(xs => xs.join('')),
        fc.nat(),
        (text, seed) => holds(text, seed),
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

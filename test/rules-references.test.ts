/**
 * `reference/paragraph`: each document marks with [[…]] where a diagnostic belongs; the expected
 * message and severity stand beside it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics } from '../server/src/languageService/rules/index';
import { referencesRules } from '../server/src/languageService/rules/references';
import { checkRules } from './util/ruleCheck';
import { crossReferencingDocument } from './util/stress';
import { SEED_EXAMPLE } from './util/shared';

interface Expected {
  readonly message: RegExp;
  readonly severity?: DiagnosticSeverity;
}

/** Runs the reference rule over a marked document; the i-th diagnostic must sit on the i-th [[range]]. */
function check(marked: string, expected: readonly Expected[]): Diagnostic[] {
  return checkRules(
    marked,
    expected.map(e => ({ code: 'reference/paragraph', message: e.message, severity: e.severity ?? DiagnosticSeverity.Error })),
    { rules: referencesRules },
  );
}

/** A resolution: a preambular paragraph, then paragraphs 1–3, 2 with subparagraphs (a) and (b). */
function resolution(parts: { preamble?: string; one?: string; twoB?: string; three?: string }): string {
  return (
    [
      'The General Assembly,',
      parts.preamble ?? '*Recalling* its resolution 73/27,',
      `1. *Welcomes* the report${parts.one ?? ''};`,
      '2. *Requests* the Secretary-General:\n   (a) To report;\n   (b) To consult' + (parts.twoB ?? '') + ';',
      `3. *Decides* to remain seized of the matter${parts.three ?? ''}.`,
    ].join('\n\n') + '\n'
  );
}

describe('reference/paragraph', () => {
  it('leaves the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: referencesRules }).map(d => d.message),
      [],
    );
  });

  it('accepts references to paragraphs and subparagraphs that exist, pointing the right way', () => {
    check(
      resolution({
        preamble: '*Noting* paragraph 2 below,',
        one: ' referred to in paragraph 2 (b) below',
        twoB: ' as in subparagraph (a) above',
        three: ', in the light of paragraphs 1 to 2 above and of paragraph 2 (a) of the present resolution',
      }),
      [],
    );
  });

  it('reports a paragraph the resolution does not have, naming the ones it has', () => {
    check(resolution({ three: ' as set out in paragraph [[7]] above' }), [
      { message: /There is no operative paragraph 7: the operative paragraphs of the resolution run from 1 to 3\./ },
    ]);
  });

  it('reports a subparagraph the paragraph does not have', () => {
    check(resolution({ three: ' in the light of paragraph [[2 (c)]] above and paragraph [[1 (a)]] above' }), [
      { message: /^Paragraph 2 has no subparagraph \(c\)\.$/ },
      { message: /^Paragraph 1 has no subparagraphs, so no \(a\)\.$/ },
    ]);
  });

  it('reports a subparagraph of the current paragraph that does not exist', () => {
    check(resolution({ twoB: ' as in subparagraph [[(c)]] above' }), [{ message: /^This paragraph has no subparagraph \(c\)\.$/ }]);
  });

  it('reports "above" pointing down and "below" pointing up, at the word, with the right one as data', () => {
    const [up, down] = check(resolution({ one: ' in paragraph 3 [[above]]', three: ' as in paragraph 1 [[below]]' }), [
      { message: /^Paragraph 3 is below this text, not above it: write “below”\.$/ },
      { message: /^Paragraph 1 is above this text, not below it: write “above”\.$/ },
    ]);
    assert.strictEqual((up.data as { replacement: string }).replacement, 'below');
    assert.strictEqual((down.data as { replacement: string }).replacement, 'above');
  });

  it('reports "above" from the preamble: every operative paragraph is below it', () => {
    check(resolution({ preamble: '*Noting* paragraph 2 [[above]],' }), [{ message: /write “below”/ }]);
  });

  it('judges a subparagraph of the same paragraph by its place: (a) is above (b)', () => {
    check(resolution({ twoB: ' as in paragraph 2 (a) [[below]]' }), [{ message: /Paragraph 2 \(a\) is above this text/ }]);
  });

  it('reports the ends of a range that do not exist, and a range that runs backwards', () => {
    check(resolution({ three: ' in the light of paragraphs 1 to [[5]] above' }), [{ message: /no operative paragraph 5/ }]);
    check(resolution({ three: ' in the light of [[paragraphs 2 to 1 above]]' }), [{ message: /runs backwards: write paragraphs 1 to 2\./ }]);
  });

  it('counts a paragraph with "bis" under its number', () => {
    const text = 'The General Assembly,\n\n1. *Welcomes* the report;\n\n1 bis. *Notes* the plan;\n\n2. *Decides* to act as in paragraph 1 above.\n';
    check(text, []);
  });

  it('reads "paragraph 1 bis" as the draft\'s paragraph 1 bis: checked like any other, "of" another text aside (issue 10)', () => {
    const text = (tail: string) => `---\nstatus: draft\n---\n\nThe General Assembly,\n\n1. *Welcomes* the report;\n\n1 bis. *Notes* the plan;\n\n2. *Decides* to act ${tail}.\n`;
    check(text('as in paragraph 1 bis above'), []);
    check(text('as in paragraph [[1 bis (a)]] above'), [{ message: /^Paragraph 1 bis has no subparagraphs, so no \(a\)\.$/ }]);
    check(text('as in paragraph [[1 ter]] above'), [{ message: /^There is no operative paragraph 1 ter: / }]);
    check(text('as in paragraph 1 bis [[below]]'), [{ message: /^Paragraph 1 bis is above this text, not below it/ }]);
    check(text('under article 6 bis of the amendment and paragraph 5 bis of resolution 74/29'), []);
  });

  it("warns, rather than errs, on a bare reference that may be another text's", () => {
    check(resolution({ three: ' in accordance with paragraph [[9]]' }), [
      { message: /no operative paragraph 9.*If it means another text's paragraph, name that text\./, severity: DiagnosticSeverity.Warning },
    ]);
    check(resolution({ three: ' in accordance with paragraph [[9]] of the present resolution' }), [{ message: /no operative paragraph 9: / }]);
  });

  it("A/RES/79/16: “paragraphs 60 to 63, and in particular paragraph 63 (d), of the Final Document …” names another text's paragraphs", () => {
    check(
      resolution({
        preamble:
          '*Recalling also* the recommendations for the establishment of a nuclear-weapon-free zone in the region of the Middle East consistent with paragraphs 60 to 63, and in particular paragraph 63 (d), of the Final Document of the Tenth Special Session of the General Assembly,',
      }),
      [],
    );
    // The clause does not hide the document's own paragraphs: `of the present resolution` after it keeps them internal.
    check(resolution({ three: ' as set out in paragraphs 1 to [[7]], and in particular paragraph 2 (a), of the present resolution' }), [
      { message: /no operative paragraph 7: the operative paragraphs of the resolution run from 1 to 3/ },
    ]);
  });

  it('reads each part of a resolution adopted in parts with its own numbering', () => {
    const text =
      [
        '# A',
        'The General Assembly,',
        '1. *Decides* one;',
        '2. *Decides* two;',
        '3. *Decides* three.',
        '# B',
        'The General Assembly,',
        '1. *Decides* one;',
        '2. *Recalls* paragraph [[3]] above.',
      ].join('\n\n') + '\n';
    check(text, [{ message: /no operative paragraph 3: the operative paragraphs of part B of the resolution run from 1 to 2/ }]);
  });

  it("leaves an attachment's own numbering alone", () => {
    const text = 'The General Assembly,\n\n*Adopts* the following Declaration:\n\n# Annex\n\n1. States shall cooperate.\n\n2. The principle in paragraph 9 above applies.\n';
    check(text, []);
  });

  // Its speed beside a linear pass: npm run bench -- --only=units (units-references-5000).
  it('never throws on thousands of paragraphs that all refer to each other', () => {
    const diagnostics = computeDiagnostics(parseDocument(crossReferencingDocument()), { rules: referencesRules, onRuleError: e => assert.fail(String(e)) });
    assert.ok(diagnostics.length > 5000, `${diagnostics.length} diagnostics`);
  });
});

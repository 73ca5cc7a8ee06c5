/**
 * `footnote/undefined`, `footnote/unused`, `footnote/order`. Footnote markers are square brackets,
 * so in these documents `{{…}}` marks where a diagnostic belongs (read as `[[…]]` by the marker
 * parser, with the text's own brackets kept out of its way).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics, type UnresDiagnostic } from '../server/src/languageService/rules/index';
import { footnotesRules, type FootnoteDefinitionFixData, type FootnoteOrderFixData, type FootnoteRemovalFixData } from '../server/src/languageService/rules/footnotes';
import { showRange } from './util/markers';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';

interface Expected {
  readonly code: string;
  readonly message: string;
}

/** Runs the footnote rules over a marked document; the i-th diagnostic must sit on the i-th {{range}}. */
function check(marked: string, expected: readonly Expected[]): UnresDiagnostic[] {
  return checkRules(marked, expected, { rules: footnotesRules, markers: 'curly' });
}

/** A resolution whose preamble and operative paragraph carry the references given, then the definitions. */
function resolution(preamble: string, operative: string, ...definitions: string[]): string {
  return ['The General Assembly,', `*Recalling* its resolution 73/27${preamble},`, `1. *Decides* to remain seized of the matter${operative}.`, ...definitions].join('\n\n') + '\n';
}

describe('footnotes', () => {
  it('leave the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: footnotesRules }).map(d => d.message),
      [],
    );
  });

  it('accept footnotes defined, referenced and numbered in order of first reference, a footnote cited twice included', () => {
    check(resolution('[^1] and 70/1[^2]', ' as in [^1]', '[^1]: A/74/363.', '[^2]: A/70/1.'), []);
  });
});

describe('footnote/undefined', () => {
  it('reports each reference without definition, with the definition to add as data', () => {
    const [d] = check(resolution('[^1]', '{{[^2]}}', '[^1]: A/74/363.'), [
      { code: 'footnote/undefined', message: 'Footnote [^2] has no definition: add a line “[^2]: …” after the body.' },
    ]);
    assert.deepStrictEqual(d.data, { label: '2', position: { line: 6, character: 15 }, text: '\n[^2]: ' } satisfies FootnoteDefinitionFixData);
  });

  it('adds the first definition at the end of the document, after a blank line', () => {
    const [d] = check(resolution('{{[^1]}}', ''), [{ code: 'footnote/undefined', message: 'Footnote [^1] has no definition: add a line “[^1]: …” after the body.' }]);
    assert.deepStrictEqual(d.data, { label: '1', position: { line: 5, character: 0 }, text: '\n[^1]: ' } satisfies FootnoteDefinitionFixData);
  });
});

describe('footnote/unused', () => {
  it('reports a definition never referenced, and one given twice, with the lines to delete as data', () => {
    const [unused, twice] = check(resolution('[^1]', '', '[^1]: A/74/363.\n{{[^1]}}: Again.', '{{[^2]}}: A/70/1.'), [
      { code: 'footnote/unused', message: 'Footnote [^1] is defined twice: this definition is never used.' },
      { code: 'footnote/unused', message: 'Footnote [^2] is never referenced in the text.' },
    ]);
    assert.deepStrictEqual(unused.data, { label: '1', range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } } } satisfies FootnoteRemovalFixData);
    assert.deepStrictEqual((twice.data as FootnoteRemovalFixData).range, { start: { line: 9, character: 0 }, end: { line: 10, character: 0 } });
  });
});

describe('footnote/order', () => {
  it('reports footnotes out of order once per break, with the renumbering of every marker as data', () => {
    const [first, second] = check(resolution('{{[^2]}}', '{{[^1]}} and [^2]', '[^1]: A/74/363.', '[^2]: A/70/1.'), [
      { code: 'footnote/order', message: 'Expected footnote [^1], found [^2]: footnotes are numbered in order of first reference.' },
      { code: 'footnote/order', message: 'Expected footnote [^3], found [^1]: footnotes are numbered in order of first reference.' },
    ]);
    const data = first.data as FootnoteOrderFixData;
    assert.strictEqual(data.expected, '1');
    assert.strictEqual((second.data as FootnoteOrderFixData).expected, '3');
    assert.deepStrictEqual(
      data.renumber?.map(e => `${showRange(e.range)} ${e.newText}`),
      ['2:32-2:36 [^1]', '4:43-4:47 [^2]', '4:52-4:56 [^1]', '6:0-6:4 [^2]', '8:0-8:4 [^1]'],
    );
  });

  it('reports a stray undefined [^99] alone, without shifting the numbers expected of the real footnotes after it (issue 10, A/RES/79/16 footnotes 1–4)', () => {
    const [undefinedOne] = check(
      resolution(
        '[^1] and {{[^99]}}',
        '[^2], [^3] and [^4]',
        '[^1]: Resolution S-10/2.',
        '[^2]: A/79/139 (Part I).',
        '[^3]: United Nations, Treaty Series, vol. 729, No. 10485.',
        '[^4]: A/45/435.',
      ),
      [{ code: 'footnote/undefined', message: 'Footnote [^99] has no definition: add a line “[^99]: …” after the body.' }],
    );
    assert.strictEqual(undefinedOne.code, 'footnote/undefined');
  });

  it('leaves an undefined label alone when it renumbers the defined ones, and gives no renumbering that would collide with it', () => {
    const [order] = check(resolution('{{[^2]}} and {{[^5]}}', '{{[^1]}}', '[^1]: A.', '[^2]: B.'), [
      { code: 'footnote/order', message: 'Expected footnote [^1], found [^2]: footnotes are numbered in order of first reference.' },
      { code: 'footnote/undefined', message: 'Footnote [^5] has no definition: add a line “[^5]: …” after the body.' },
      { code: 'footnote/order', message: 'Expected footnote [^3], found [^1]: footnotes are numbered in order of first reference.' },
    ]);
    assert.deepStrictEqual(
      (order.data as FootnoteOrderFixData).renumber?.map(e => e.newText),
      ['[^1]', '[^2]', '[^2]', '[^1]'],
    );
    // Renumbering [^3] and [^1] to 1 and 2 would make them one with the undefined [^2]: no renumbering offered.
    const [collide] = check(resolution('{{[^3]}} and {{[^1]}}', '{{[^2]}}', '[^3]: A.', '[^1]: B.'), [
      { code: 'footnote/order', message: 'Expected footnote [^1], found [^3]: footnotes are numbered in order of first reference.' },
      { code: 'footnote/order', message: 'Expected footnote [^4], found [^1]: footnotes are numbered in order of first reference.' },
      { code: 'footnote/undefined', message: 'Footnote [^2] has no definition: add a line “[^2]: …” after the body.' },
    ]);
    assert.strictEqual((collide.data as FootnoteOrderFixData).renumber, undefined);
  });

  it('resumes from the number found, so a footnote taken out gives one finding', () => {
    check(resolution('[^1] and 70/1{{[^3]}}', '[^4]', '[^1]: A.', '[^3]: C.', '[^4]: D.'), [
      { code: 'footnote/order', message: 'Expected footnote [^2], found [^3]: footnotes are numbered in order of first reference.' },
    ]);
  });
});

/**
 * `numbering/operative`, `numbering/subparagraph`, `numbering/draft-label`, `numbering/article`:
 * each document marks with [[…]] where a diagnostic belongs; the expected code and message stand
 * beside it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics, type UnresDiagnostic } from '../server/src/languageService/rules/index';
import { numberingRules, type DraftLabelFixData, type NumberFixData, type SubparagraphFixData } from '../server/src/languageService/rules/numbering';
import { showRange } from './util/markers';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';

interface Expected {
  readonly code: string;
  readonly message: string;
}

/** Runs the numbering rules over a marked document; the i-th diagnostic must sit on the i-th [[range]]. */
function check(marked: string, expected: readonly Expected[]): UnresDiagnostic[] {
  return checkRules(marked, expected, { rules: numberingRules });
}

/** A resolution from its operative paragraphs (blocks), after an organ line and one preambular paragraph. */
function resolution(status: 'draft' | 'adopted', ...paragraphs: string[]): string {
  return [`---\nsymbol: A/RES/74/29\nstatus: ${status}\n---`, 'The General Assembly,', '*Recalling* its resolution 73/27,', ...paragraphs].join('\n\n') + '\n';
}

const operative =
  (code = 'numbering/operative') =>
  (message: string): Expected => ({ code, message });
const op = operative();

describe('numbering/operative', () => {
  it('leaves the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: numberingRules }).map(d => d.message),
      [],
    );
  });

  it('accepts 1, 2, 3', () => {
    check(resolution('draft', '1. *Welcomes* the report;', '2. *Requests* a report;', '3. *Decides* to remain seized of the matter.'), []);
  });

  it('reports a gap once, naming the expected number, and resumes from the number found', () => {
    const [d] = check(resolution('draft', '1. *Welcomes* the report;', '2. *Requests* a report;', '[[4]]. *Invites* States;', '5. *Decides* to remain seized of the matter.'), [
      op('Expected paragraph 3, found 4.'),
    ]);
    const data = d.data as NumberFixData;
    assert.strictEqual(data.expected, '3');
    assert.deepStrictEqual(data.range, d.range);
    assert.deepStrictEqual(
      data.renumber?.map(e => `${e.from}→${e.newText} ${showRange(e.range)}`),
      ['4→3 13:0-13:1', '5→4 15:0-15:1'],
    );
  });

  it('reports a repeat and a first paragraph that is not 1', () => {
    check(resolution('draft', '[[2]]. *Welcomes* the report;', '3. *Requests* a report;', '[[3]]. *Invites* States;', '4. *Decides* to remain seized of the matter.'), [
      op('Expected paragraph 1, found 2.'),
      op('Expected paragraph 4, found 3.'),
    ]);
  });

  it('accepts bis after its base and ter after bis in a draft, but not ter straight after the base', () => {
    check(
      resolution('draft', '1. *Welcomes* the report;', '1 bis. *Also welcomes* the note;', '1 ter. *Further welcomes* the plan;', '2. *Decides* to remain seized of the matter.'),
      [],
    );
    check(resolution('draft', '1. *Welcomes* the report;', '[[1 ter]]. *Also welcomes* the note;', '2. *Decides* to remain seized of the matter.'), [
      op('Expected paragraph 2, found 1 ter.'),
    ]);
  });

  it('numbers each part from 1', () => {
    const text =
      '# A\n\nThe General Assembly,\n\n1. *Welcomes* the report;\n\n2. *Decides* to remain seized of the matter.\n\n# B\n\nThe General Assembly,\n\n1. *Requests* a report;\n\n[[3]]. *Decides* to remain seized of the matter.\n';
    check(text, [op('Expected paragraph 2, found 3.')]);
  });

  it('runs on across sections, and also accepts a section that starts again from 1 (A/RES/57/283 B)', () => {
    check(resolution('draft', '## I', '1. *Welcomes* the report;', '2. *Requests* a report;', '## II', '3. *Invites* States;', '4. *Decides* to remain seized of the matter.'), []);
    check(resolution('draft', '## I', '1. *Welcomes* the report;', '2. *Requests* a report;', '## II', '1. *Invites* States;', '2. *Decides* to remain seized of the matter.'), []);
    check(resolution('draft', '## I', '1. *Welcomes* the report;', '[[1]]. *Requests* a report;'), [op('Expected paragraph 2, found 1.')]);
  });

  it('lets a lone operative paragraph go unnumbered', () => {
    check(resolution('adopted', '*Adopts* the following Declaration:', '# Declaration', '1. We, the heads of State and Government, have gathered.'), []);
  });

  it('asks for numbers when several operative paragraphs go unnumbered, with the number to insert', () => {
    const diagnostics = check(resolution('draft', '[[*Welcomes*]] the report;', '[[*Requests*]] a report;', '[[*Decides*]] to remain seized of the matter.'), [
      op('Expected paragraph 1: there are 3 operative paragraphs, so each is numbered.'),
      op('Expected paragraph 2: there are 3 operative paragraphs, so each is numbered.'),
      op('Expected paragraph 3: there are 3 operative paragraphs, so each is numbered.'),
    ]);
    assert.deepStrictEqual(diagnostics[1].data, {
      expected: '2',
      range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } },
      insert: '2. ',
    } satisfies NumberFixData);
  });

  it('does not take a preambular paragraph ending badly for an unnumbered operative one', () => {
    check(resolution('draft', '*Noting* the report;', '*Adopts* the following Declaration:'), []);
  });
});

const sub = operative('numbering/subparagraph');

describe('numbering/subparagraph', () => {
  it('accepts (a) … (z), (aa), (bb), letters through (h), (i), (j), and numerals one level down', () => {
    const letters = Array.from({ length: 28 }, (_, i) => `   (${String.fromCharCode(97 + (i % 26)).repeat(i < 26 ? 1 : 2)}) To act;`).join('\n');
    check(resolution('draft', `1. *Requests* the Secretary-General:\n${letters}`), []);
    check(
      resolution('draft', '1. *Requests* the Secretary-General:\n   (a) To report:\n      (i) On X;\n      (ii) On Y;\n      (iii) On Z;\n      (iv) On W;\n   (b) To consult.'),
      [],
    );
  });

  it('reports a skipped letter once, naming the expected label, with the relabelling as data', () => {
    const [d] = check(resolution('draft', '1. *Requests* the Secretary-General:\n   (a) To report;\n   [[(c)]] To consult;\n   (d) To act.'), [
      sub('Expected subparagraph (b), found (c).'),
    ]);
    const data = d.data as SubparagraphFixData;
    assert.strictEqual(data.replacement, '(b)');
    assert.deepStrictEqual(
      data.relabel.map(e => `${showRange(e.range)} ${e.newText}`),
      ['11:3-11:6 (b)', '12:3-12:6 (c)'],
    );
  });

  it('reports a level that does not start from its first label', () => {
    check(resolution('draft', '1. *Requests* the Secretary-General:\n   [[(b)]] To report;\n   (c) To consult.'), [sub('Expected subparagraph (a), found (b).')]);
  });

  it('reads "(a)…(h); (ii); (j)" as the letters with (ii) a misprint of (i): one report, and the fix relabels (ii) alone (issue 10)', () => {
    const letters = 'abcdefgh'.split('').map(l => `   (${l}) To act;`);
    const [d] = check(resolution('adopted', ['1. *Requests* the Secretary-General:', ...letters, '   [[(ii)]] To report;', '   (j) To consult.'].join('\n')), [
      sub('Expected subparagraph (i), found (ii).'),
    ]);
    const data = d.data as SubparagraphFixData;
    assert.deepStrictEqual(
      data.relabel.map(e => e.newText),
      ['(i)'],
    );
    // Announced by a colon, or indented further, the numerals below (h) start at (i) as before.
    check(resolution('draft', ['1. *Requests* the Secretary-General:', ...letters.slice(0, 7), '   (h) To act:', '      [[(ii)]] On X;', '   (i) To consult.'].join('\n')), [
      sub('Expected subparagraph (i), found (ii).'),
    ]);
  });

  it('checks roman numerals as numerals', () => {
    check(resolution('draft', '1. *Requests* the Secretary-General:\n   (a) To report:\n      (i) On X;\n      (ii) On Y;\n      [[(iv)]] On Z;\n   (b) To consult.'), [
      sub('Expected subparagraph (iii), found (iv).'),
    ]);
  });
});

describe('numbering/draft-label', () => {
  it('accepts bis in a draft', () => {
    check(resolution('draft', '1. *Welcomes* the report;', '1 bis. *Also welcomes* the note;', '2. *Decides* to remain seized of the matter.'), []);
  });

  it('reports bis in an adopted text, with the renumbering as data', () => {
    const [d] = check(resolution('adopted', '1. *Welcomes* the report;', '[[1 bis]]. *Also welcomes* the note;', '2. *Decides* to remain seized of the matter.'), [
      { code: 'numbering/draft-label', message: '“1 bis” is a draft label: an adopted text numbers its paragraphs 1, 2, 3 … without “bis”.' },
    ]);
    assert.deepStrictEqual(
      (d.data as DraftLabelFixData).renumber.map(e => `${e.from}→${e.newText}`),
      ['1 bis→2', '2→3'],
    );
  });
});

const art = operative('numbering/article');

describe('numbering/article', () => {
  const annex = (...blocks: string[]) => resolution('adopted', '*Adopts* the Convention annexed to the present resolution.', '# Annex', ...blocks);

  it('accepts articles 1, 2, 3 with paragraphs numbered again in each', () => {
    check(
      annex(
        '### Article 1',
        '1. States shall act.',
        '2. States shall report.',
        '### Article 2',
        '1. This Convention shall enter into force.',
        '### Article 3',
        'It shall be open for signature.',
      ),
      [],
    );
  });

  it('reports an article out of sequence, and resumes from it', () => {
    check(annex('### Article 1', 'Text.', '### Article [[3]]', 'Text.', '### Article 4', 'Text.'), [art('Expected article 2, found 3.')]);
  });

  it('reports paragraphs out of sequence in an article and in the attachment', () => {
    check(annex('1. Preamble text.', '[[3]]. More text.', '### Article 1', '1. States shall act.', '[[3]]. States shall report.'), [
      art('Expected paragraph 2, found 3.'),
      art('Expected paragraph 2, found 3.'),
    ]);
  });
});

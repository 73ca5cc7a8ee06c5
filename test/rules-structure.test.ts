/**
 * `structure/organ-line` and `structure/order`: each document marks with [[…]] where a diagnostic
 * belongs; the expected code and message stand beside it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics, type UnresDiagnostic } from '../server/src/languageService/rules/index';
import { structureRules, type OrderFixData, type OrganLineFixData } from '../server/src/languageService/rules/structure';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';

interface Expected {
  readonly code: string;
  readonly message: string;
}

/** Runs the structure rules over a marked document; the i-th diagnostic must sit on the i-th [[range]]. */
function check(marked: string, expected: readonly Expected[]): UnresDiagnostic[] {
  return checkRules(marked, expected, { rules: structureRules });
}

const GA = '---\nsymbol: A/RES/74/29\n---\n\n';

describe('structure/organ-line', () => {
  it('leaves the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: structureRules }).map(d => d.message),
      [],
    );
  });

  it('accepts the organ line of the document’s organ, with its comma', () => {
    check(`${GA}The General Assembly,\n\n*Recalling* its resolution 73/27,\n\n1. *Decides* to remain seized of the matter.\n`, []);
  });

  it('reports a body without organ line on its first line, with the line to insert as data', () => {
    const [d] = check(`${GA}[[*Recalling* its resolution 73/27,]]\n\n1. *Decides* to remain seized of the matter.\n`, [
      { code: 'structure/organ-line', message: 'The body has no organ line: it opens with “The General Assembly,”.' },
    ]);
    assert.deepStrictEqual(d.data, {
      replacement: 'The General Assembly,\n\n',
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
    } satisfies OrganLineFixData);
  });

  it('names an example when the organ is unknown, and offers no insertion', () => {
    const [d] = check('[[1. *Decides* to remain seized of the matter.]]\n', [
      { code: 'structure/organ-line', message: 'The body has no organ line: it opens with one such as “The General Assembly,”.' },
    ]);
    assert.strictEqual(d.data, undefined);
  });

  it('says nothing of an empty body', () => {
    check(`${GA}`, []);
    check('', []);
  });

  it('reports an organ line naming another organ than the symbol’s', () => {
    const [d] = check('---\nsymbol: S/RES/2334 (2016)\n---\n\n[[The General Assembly,]]\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n', [
      {
        code: 'structure/organ-line',
        message: 'The organ line names the General Assembly, but S/RES/2334 (2016) is a text of the Security Council: “The Security Council,”.',
      },
    ]);
    assert.deepStrictEqual((d.data as OrganLineFixData).replacement, 'The Security Council,');
  });

  it('reports a missing comma after the organ when a preamble follows', () => {
    const [d] = check(`${GA}[[The General Assembly]]\n\n*Recalling* its resolution 73/27,\n\n1. *Decides* to remain seized of the matter.\n`, [
      { code: 'structure/organ-line', message: 'The organ line ends with a comma: “The General Assembly,”.' },
    ]);
    assert.deepStrictEqual(d.data, {
      replacement: 'The General Assembly,',
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 20 } },
    } satisfies OrganLineFixData);
  });

  it('accepts the organ line without comma before a lone operative sentence (A/RES/55/2)', () => {
    check(
      `${GA}The General Assembly\n\n*Adopts* the following Declaration:\n\n# United Nations Millennium Declaration\n\n1. We, heads of State and Government, have gathered.\n`,
      [],
    );
  });

  it('reports an organ line typed in another case', () => {
    check(`${GA}[[The general assembly,]]\n\n*Recalling* its resolution 73/27,\n\n1. *Decides* to remain seized of the matter.\n`, [
      { code: 'structure/organ-line', message: 'The organ line reads “The General Assembly,”.' },
    ]);
  });

  it('checks each part of a resolution adopted in parts', () => {
    check(
      `${GA}# A\n\nThe General Assembly,\n\n1. *Decides* to remain seized of the matter.\n\n# B\n\n[[*Recalling* its resolution 73/27,]]\n\n1. *Decides* to remain seized of the matter.\n\n[[# C]]\n`,
      [
        { code: 'structure/organ-line', message: 'Part B has no organ line: each part opens with its own, “The General Assembly,”.' },
        { code: 'structure/organ-line', message: 'Part C has no organ line: each part opens with its own, “The General Assembly,”.' },
      ],
    );
  });
});

describe('structure/order', () => {
  it('accepts the preamble before the operative part', () => {
    check(
      `${GA}The General Assembly,\n\n*Recalling* its resolution 73/27,\n\n*Noting* the report,\n\n1. *Welcomes* the report;\n\n2. *Decides* to remain seized of the matter.\n`,
      [],
    );
  });

  it('reports content before the organ line', () => {
    check(`${GA}[[Draft resolution submitted by the Chair]]\n\nThe General Assembly,\n\n1. *Decides* to remain seized of the matter.\n`, [
      { code: 'structure/order', message: 'Nothing may stand before the organ line: the body opens with it (put notes in a comment, <!-- … -->).' },
    ]);
  });

  it('accepts a comment before the organ line', () => {
    check(`${GA}<!-- Draft of 3 October -->\n\nThe General Assembly,\n\n1. *Decides* to remain seized of the matter.\n`, []);
  });

  it('reports a preambular paragraph after an operative one, with where it belongs as data', () => {
    const [d] = check(
      `${GA}The General Assembly,\n\n*Recalling* its resolution 73/27,\n\n1. *Welcomes* the report;\n\n[[*Noting*]] the report,\n\n2. *Decides* to remain seized of the matter.\n`,
      [{ code: 'structure/order', message: 'A preambular paragraph cannot follow operative paragraph 1: move it into the preamble, or number it if it is operative.' }],
    );
    assert.deepStrictEqual(d.data, {
      paragraph: { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } },
      before: { line: 8, character: 0 },
    } satisfies OrderFixData);
  });
});

/**
 * `punctuation/preambular` and `punctuation/operative`: each document marks with [[…]] where a
 * diagnostic belongs (the wrong mark, or the character after which the missing one goes); the
 * expected code and message stand beside it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics, type UnresDiagnostic } from '../server/src/languageService/rules/index';
import { punctuationRules, type PunctuationFixData } from '../server/src/languageService/rules/punctuation';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';

interface Expected {
  readonly code: string;
  readonly message: string;
}

/** Runs the punctuation rules over a marked document; the i-th diagnostic must sit on the i-th [[range]]. */
function check(marked: string, expected: readonly Expected[]): UnresDiagnostic[] {
  return checkRules(marked, expected, { rules: punctuationRules });
}

/** A resolution from its paragraphs (blocks), after the organ line. */
function resolution(...paragraphs: string[]): string {
  return ['The General Assembly,', ...paragraphs].join('\n\n') + '\n';
}

const pre = (message: string): Expected => ({ code: 'punctuation/preambular', message });
const op = (message: string): Expected => ({ code: 'punctuation/operative', message });

describe('punctuation/preambular', () => {
  it('leaves the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: punctuationRules }).map(d => d.message),
      [],
    );
  });

  it('accepts a comma, also before closing quotes and footnote markers', () => {
    check(
      resolution(
        '*Recalling* its resolution 73/27,',
        '*Recalling also* the item entitled “Security”,',
        '*Noting* the report,[^1]',
        '1. *Decides* to remain seized of the matter.',
        '[^1]: A/74/363.',
      ),
      [],
    );
  });

  it('reports a wrong mark on the mark, with the comma and its range as data', () => {
    const [d] = check(resolution('*Recalling* its resolution 73/27[[;]]', '1. *Decides* to remain seized of the matter.'), [
      pre('Expected “,” at the end of a preambular paragraph; found “;”.'),
    ]);
    assert.deepStrictEqual(d.data, { expected: ',', range: d.range } satisfies PunctuationFixData);
  });

  it('reports a missing mark on the character before it, with an insertion after the closing quote as data', () => {
    const [d] = check(resolution('*Recalling* the item entitled “Security[[”]]', '1. *Decides* to remain seized of the matter.'), [
      pre('Expected “,” at the end of a preambular paragraph.'),
    ]);
    assert.deepStrictEqual(d.data, { expected: ',', range: { start: { line: 2, character: 40 }, end: { line: 2, character: 40 } } } satisfies PunctuationFixData);
  });

  it('reads a paragraph with subparagraphs by its last one', () => {
    check(resolution('*Recalling* its commitments:\n   (a) To peace;\n   (b) To security,', '1. *Decides* to remain seized of the matter.'), []);
    check(resolution('*Recalling* its commitments:\n   (a) To peace;\n   (b) To security[[;]]', '1. *Decides* to remain seized of the matter.'), [
      pre('Expected “,” at the end of a preambular paragraph; found “;”.'),
    ]);
  });
});

describe('punctuation/operative', () => {
  it('accepts ; between paragraphs, : before subparagraphs, . at the end, through quotes and footnotes', () => {
    check(
      resolution(
        '*Recalling* its resolution 73/27,',
        '1. *Welcomes* the item entitled “Security”;',
        '2. *Requests* the Secretary-General:\n   (a) To report:\n      (i) On X;\n      (ii) On Y;\n   (b) To consult; and\n   (c) To act;',
        '3. *Decides* to include the item “Developments”.[^3]',
        '[^3]: A/74/363.',
      ),
      [],
    );
  });

  it('S/RES/2231 (2015), 23 (b): accepts a subparagraph ending “; or,” and one ending “; and,”', () => {
    check(
      resolution(
        '1. *Decides* that the measures shall not apply to transfers that are:\n   (a) directly related to implementation of the nuclear-related actions;\n   (b) required for preparation for the implementation of the JCPOA; or,\n   (c) determined by the Committee to be consistent with the objectives of this resolution;',
        '2. *Decides* to remain seized of the matter.',
      ),
      [],
    );
    check(resolution('1. *Decides* that the transfers are:\n   (a) approved in advance; and,\n   (b) reported.'), []);
    // A comma after any other word is still a comma.
    check(resolution('1. *Decides* that the transfers are:\n   (a) approved in advance[[,]]\n   (b) reported.'), [op('Expected “;” at the end of subparagraph 1 (a); found “,”.')]);
  });

  it('ends the very last subparagraph of the last paragraph with a full stop', () => {
    check(resolution('1. *Welcomes* the report;', '2. *Requests* the Secretary-General:\n   (a) To report;\n   (b) To consult.'), []);
    check(resolution('1. *Welcomes* the report;', '2. *Requests* the Secretary-General:\n   (a) To report;\n   (b) To consult[[;]]'), [
      op('Expected “.” at the end of subparagraph 2 (b), the last of the last operative paragraph; found “;”.'),
    ]);
  });

  it('reports a full stop before the last paragraph and a semicolon at the end', () => {
    const [first] = check(resolution('1. *Welcomes* the report[[.]]', '2. *Decides* to remain seized of the matter[[;]]'), [
      op('Expected “;” at the end of paragraph 1; found “.”.'),
      op('Expected “.” at the end of paragraph 2, the last operative paragraph; found “;”.'),
    ]);
    assert.deepStrictEqual(first.data, { expected: ';', range: first.range } satisfies PunctuationFixData);
  });

  it('reports a missing colon before subparagraphs and a wrong mark inside them', () => {
    check(
      resolution(
        '1. *Requests* the Secretary-General[[;]]\n   (a) To report:\n      (i) On X[[.]]\n      (ii) On Y;\n   (b) To consult[[:]]',
        '2. *Decides* to remain seized of the matter.',
      ),
      [
        op('Expected “:” at the end of paragraph 1, as subparagraphs follow; found “;”.'),
        op('Expected “;” at the end of subparagraph 1 (a) (i); found “.”.'),
        op('Expected “;” at the end of subparagraph 1 (b); found “:”.'),
      ],
    );
  });

  it('reports a subparagraph without a colon before its deeper level', () => {
    check(resolution('1. *Requests* the Secretary-General:\n   (a) To repor[[t]]\n      (i) On X;\n      (ii) On Y.'), [
      op('Expected “:” at the end of subparagraph 1 (a), as a deeper level follows.'),
    ]);
  });

  it('lets a lone operative paragraph end with a colon or a full stop, but nothing else', () => {
    check(resolution('*Recalling* its resolution 73/27,', '*Adopts* the following Declaration:', '# Declaration', '1. We, the heads of State, have gathered.'), []);
    check(resolution('*Recalling* its resolution 73/27,', '*Decides* to remain seized of the matter.'), []);
    check(resolution('*Recalling* its resolution 73/27,', '*Decides* to remain seized of the matter[[;]]'), [op('Expected “.” at the end of the operative paragraph; found “;”.')]);
  });

  it('lets the last paragraph announce an attachment with a colon', () => {
    check(resolution('1. *Welcomes* the report;', '2. *Adopts* the following programme of action:', '# Programme of action', '1. States shall act.'), []);
  });

  it('accepts a mark inside a closing negotiation bracket', () => {
    check(resolution('1. *Welcomes* the report;', '2. [*Calls upon* States to act;]', '3. *Decides* to remain seized of the matter.'), []);
  });

  it('wants a colon before bullets, and checks no bullet', () => {
    check(resolution('1. *Decides* that the programme covers:\n   • peace\n   • security', '2. *Decides* to remain seized of the matter.'), []);
    check(resolution('1. *Decides* that the programme cover[[s]]\n   • peace\n   • security', '2. *Decides* to remain seized of the matter.'), [
      op('Expected “:” at the end of paragraph 1, as a list follows.'),
    ]);
  });

  it('lets each part end with its own full stop', () => {
    check(
      '# A\n\nThe General Assembly,\n\n1. *Welcomes* the report;\n\n2. *Decides* to remain seized of the matter.\n\n# B\n\nThe General Assembly,\n\n1. *Requests* a report;\n\n2. *Decides* to remain seized of the matter.\n',
      [],
    );
  });
});

describe('punctuation/hyphen', () => {
  const hy = (message: string): Expected => ({ code: 'punctuation/hyphen', message });

  it('reports a hyphen followed by a space and a small letter, with both ways to join as data', () => {
    const [d] = check(resolution('*Welcoming* the nuclear[[- ]]weapon-free zones,', '1. *Decides* to remain seized of the matter.'), [
      hy('“nuclear- weapon-free”: a hyphen left by a line break? Write “nuclear-weapon-free” or “nuclearweapon-free”.'),
    ]);
    assert.deepStrictEqual(d.data, { range: d.range, keep: '-', join: '' });
  });

  it('reports a hyphen at the end of a wrapped line', () => {
    check(resolution('*Welcoming* the establishment of inter[[-\n]]national cooperation,', '1. *Decides* to remain seized of the matter.'), [
      hy('“inter- national”: a hyphen left by a line break? Write “inter-national” or “international”.'),
    ]);
  });

  it('leaves suspended hyphens, hyphens in words, dashes and capitals alone', () => {
    check(
      resolution(
        '*Noting* pre- and post-conflict situations, short- to medium-term plans and small- or medium-sized enterprises,',
        '*Noting also* the nuclear-weapon-free zones – all of them – and the Non- Self-Governing Territories,',
        '1. *Decides* to remain seized of the matter.',
      ),
      [],
    );
  });
});

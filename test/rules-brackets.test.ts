/**
 * `brackets/unbalanced` and `brackets/adopted`. Negotiation brackets are square brackets, so in
 * these documents `{{…}}` marks where a diagnostic belongs (read as `[[…]]` by the marker parser,
 * with the text's own brackets kept out of its way).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics, type UnresDiagnostic } from '../server/src/languageService/rules/index';
import { bracketsRules, type AdoptedBracketFixData, type UnbalancedBracketFixData } from '../server/src/languageService/rules/brackets';
import { checkRules } from './util/ruleCheck';
import { SEED_EXAMPLE } from './util/shared';

interface Expected {
  readonly code: string;
  readonly message: string;
}

/** Runs the bracket rules over a marked document; the i-th diagnostic must sit on the i-th {{range}}. */
function check(marked: string, expected: readonly Expected[]): UnresDiagnostic[] {
  return checkRules(marked, expected, { rules: bracketsRules, markers: 'curly' });
}

/** A resolution of the given status whose operative paragraphs are the blocks given. */
function resolution(status: 'draft' | 'adopted', ...paragraphs: string[]): string {
  return [`---\nstatus: ${status}\n---`, 'The General Assembly,', '*Recalling* its resolution 73/27,', ...paragraphs].join('\n\n') + '\n';
}

const unbalanced = (bracket: '[' | ']'): Expected => ({
  code: 'brackets/unbalanced',
  message: bracket === '[' ? 'This “[” is never closed: negotiation brackets come in pairs.' : 'This “]” closes no bracket: negotiation brackets come in pairs.',
});
const adopted: Expected = { code: 'brackets/adopted', message: 'An adopted text keeps no negotiation brackets: agree the text and remove them.' };

describe('brackets/unbalanced', () => {
  it('leaves the seed resolution A/RES/74/29 alone', () => {
    const seed = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    assert.deepStrictEqual(
      computeDiagnostics(parseDocument(seed), { rules: bracketsRules }).map(d => d.message),
      [],
    );
  });

  it('accepts balanced brackets in a draft, nested or across paragraphs, and footnote markers', () => {
    check(
      resolution('draft', '1. *Welcomes* [and [fully] endorses] the report;[^1]', '2. [*Requests* a report;', '3. *Decides* to remain seized of the matter.]', '[^1]: A/74/363.'),
      [],
    );
  });

  it('reports each unmatched bracket, with the bracket as data', () => {
    const [close, open] = check(resolution('draft', '1. *Welcomes* the report{{]}};', '2. *Decides* {{[}}to remain seized of [the] matter.'), [unbalanced(']'), unbalanced('[')]);
    assert.deepStrictEqual(close.data, { bracket: ']', range: close.range } satisfies UnbalancedBracketFixData);
    assert.deepStrictEqual(open.data, { bracket: '[', range: open.range } satisfies UnbalancedBracketFixData);
  });

  it('reports an unmatched bracket in an adopted text as unbalanced and as left over', () => {
    const [, left] = check(resolution('adopted', '1. *Decides* {{{{[}}}}to remain seized of the matter.'), [
      unbalanced('['),
      { code: 'brackets/adopted', message: 'An adopted text keeps no negotiation brackets: remove this “[”.' },
    ]);
    assert.deepStrictEqual(left.data, { open: left.range } satisfies AdoptedBracketFixData);
  });
});

describe('brackets/adopted', () => {
  it('accepts an adopted text without brackets, footnote markers aside', () => {
    check(resolution('adopted', '1. *Decides* to remain seized of the matter.[^1]', '[^1]: A/74/363.'), []);
  });

  it('reports each pair left in an adopted text over the bracketed text, with both brackets as data', () => {
    const [d] = check(resolution('adopted', '1. *Welcomes* {{[and endorses]}} the report;', '2. *Decides* to remain seized of the matter.'), [adopted]);
    assert.deepStrictEqual(d.data, {
      open: { start: d.range.start, end: { line: d.range.start.line, character: d.range.start.character + 1 } },
      close: { start: { line: d.range.end.line, character: d.range.end.character - 1 }, end: d.range.end },
    } satisfies AdoptedBracketFixData);
  });
});

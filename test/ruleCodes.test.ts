/**
 * Issue 12, item 3: rule codes are a type derived from the rule table, so a code that is not in
 * the table (a typo in a rule, a fix or a test) fails the build instead of reporting silently.
 */
import * as assert from 'node:assert';
import { isRuleCode, RULES, ruleSetting, type RuleCode } from '../server/src/languageService/config';
import type { RuleDiagnostic } from '../server/src/languageService/rules/types';

describe('rule codes', () => {
  it('are a compile-time type: a typo does not compile', () => {
    // @ts-expect-error: not a code of the table (tsc fails here the day it becomes one)
    const typo: RuleCode = 'citation/ordre';
    // @ts-expect-error: a rule cannot report a code the table does not have
    const report: RuleDiagnostic = { code: 'structure/parser', message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    assert.strictEqual(isRuleCode(typo), false);
    assert.strictEqual(isRuleCode(report.code), false);
  });

  it('include structure/parse, which the parser reports when it falls back to an empty model', () => {
    assert.ok(isRuleCode('structure/parse'));
    assert.strictEqual(ruleSetting('structure/parse', undefined), 'error');
  });

  it('are unique, and each has a summary', () => {
    const codes = RULES.map(r => r.code);
    assert.strictEqual(new Set(codes).size, codes.length);
    for (const r of RULES) assert.ok(r.summary.length > 10, r.code);
  });
});

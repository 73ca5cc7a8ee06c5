/**
 * The check every rules test runs: rules over a marked document, whose i-th diagnostic must sit on
 * the i-th marked range with the expected code, message and (when given) severity.
 */
import * as assert from 'node:assert';
import type { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseDocument } from '../../server/src/languageService/parser';
import { computeDiagnostics, type DiagnosticOptions, type UnresDiagnostic } from '../../server/src/languageService/rules/index';
import { parseCurlyMarkers, parseMarkers, showRange } from './markers';

/** One diagnostic a test expects, at the marked range of the same index. */
export interface ExpectedDiagnostic {
  readonly code: string;
  /** A string is the whole message; a pattern need only match it. */
  readonly message: string | RegExp;
  readonly severity?: DiagnosticSeverity;
}

/** How to run the rules, and `curly` when the document marks ranges with `{{…}}` because its own text has square brackets. */
export interface RuleCheckOptions extends DiagnosticOptions {
  readonly markers?: 'curly';
}

/** Runs `options.rules` over `marked` and asserts the diagnostics are exactly `expected`, in order; returns them for further checks. */
export function checkRules(marked: string, expected: readonly ExpectedDiagnostic[], options: RuleCheckOptions): UnresDiagnostic[] {
  const { markers, ...diagnosticOptions } = options;
  const { text, ranges } = markers === 'curly' ? parseCurlyMarkers(marked) : parseMarkers(marked, { cursor: false });
  const diagnostics = computeDiagnostics(parseDocument(text), diagnosticOptions);
  // A whole message is compared with the code and range; a pattern is matched after, once the places agree.
  const messagePart = (message: string | RegExp | undefined, actual: string) => (message instanceof RegExp ? '' : ` ${actual}`);
  const patterns = expected.some(e => e.message instanceof RegExp);
  assert.deepStrictEqual(
    diagnostics.map((d, i) => `${d.code} ${showRange(d.range)}${messagePart(expected[i]?.message, d.message)}`),
    expected.map((e, i) => `${e.code} ${ranges[i] ? showRange(ranges[i]) : '(no range marked)'}${messagePart(e.message, String(e.message))}`),
    patterns ? diagnostics.map(d => d.message).join('\n') : undefined,
  );
  diagnostics.forEach((d, i) => {
    const { message, severity } = expected[i];
    if (message instanceof RegExp) assert.match(d.message, message);
    if (severity !== undefined) assert.strictEqual(d.severity, severity, d.message);
  });
  return diagnostics;
}

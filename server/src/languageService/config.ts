/**
 * Rule codes, their default severities, and the user's overrides. Defaults are those of a careful
 * UN editor: errors for what is wrong, warnings for what is probably wrong, information and hints
 * for what is unverified or a matter of style. The service never reads settings itself: callers
 * build a {@link RuleConfig} once and pass it in.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A severity or `off`. */
export type RuleSetting = Severity | 'off';

/** A rule of the table: its code, default severity and one-line summary. */
export interface RuleInfo<Code extends string = RuleCode> {
  readonly code: Code;
  readonly severity: Severity;
  readonly summary: string;
}

function rule<const Code extends string>(code: Code, severity: Severity, summary: string): RuleInfo<Code> {
  return { code, severity, summary };
}

/** Every rule code of the contract (and the project's own additions), with its default severity. */
export const RULES = [
  rule('structure/organ-line', 'error', 'organ line missing, or naming another organ'),
  rule('structure/order', 'error', 'a preambular paragraph after an operative one, or content before the organ line'),
  rule('numbering/operative', 'error', 'operative numbers with a gap, a repeat or out of order'),
  rule('numbering/subparagraph', 'error', '(a)(b)… or (i)(ii)… out of sequence'),
  rule('numbering/draft-label', 'error', 'bis/ter… in an adopted document'),
  rule('numbering/article', 'error', 'articles of an attachment out of sequence'),
  rule('punctuation/preambular', 'error', 'a preambular paragraph not ending with a comma'),
  rule('punctuation/operative', 'error', 'an operative paragraph or subparagraph with the wrong final mark'),
  rule('punctuation/hyphen', 'warning', 'a hyphen left by a line break: "nuclear- weapon"'),
  rule('phrase/preambular', 'warning', 'a preambular paragraph that does not open with a preambular phrase'),
  rule('phrase/operative', 'warning', 'an operative paragraph that does not open with an operative verb'),
  rule('phrase/emphasis', 'warning', 'an opening phrase not in emphasis'),
  rule('citation/format', 'error', 'a malformed citation or symbol'),
  rule('citation/date', 'error', 'an impossible date, a date outside the session, or one the catalog contradicts'),
  rule('citation/unknown', 'information', 'a resolution the catalogs do not know'),
  rule('citation/nonexistent', 'error', 'a General Assembly resolution numbered beyond the last one of a session the record holds completely'),
  rule('citation/sequence', 'warning', 'a General Assembly resolution no catalog dates, cited with a date outside the dates of the numbers around it'),
  rule('citation/order', 'warning', 'a list of citations not in chronological order'),
  rule('citation/duplicate', 'warning', 'the same resolution twice in one list'),
  rule('citation/self', 'warning', 'the document citing its own symbol'),
  rule('citation/conjunction', 'hint', 'the last item of a list not joined by "and", or a comma before that "and"'),
  rule('citation/separator', 'warning', 'two items of a list with nothing between them: "… 2022 78/17 of …"'),
  rule('reference/paragraph', 'error', 'a reference to a paragraph that does not exist, or pointing the wrong way'),
  rule('footnote/undefined', 'error', 'a footnote reference with no definition'),
  rule('footnote/unused', 'warning', 'a footnote definition never referenced'),
  rule('footnote/order', 'warning', 'footnotes not numbered in order of first reference'),
  rule('brackets/unbalanced', 'error', 'a negotiation bracket without its pair'),
  rule('brackets/adopted', 'error', 'negotiation brackets left in an adopted document'),
  rule('frontmatter/key', 'warning', 'an unknown front matter key'),
  rule('frontmatter/value', 'error', 'a front matter value of the wrong shape, or contradicting another'),
  rule('structure/comment', 'warning', 'a comment opened with <!-- and never closed'),
  rule('config/invalid', 'error', 'a malformed rule configuration file'),
  rule('catalog/invalid', 'error', 'a malformed catalog file or entry'),
  rule('structure/parse', 'error', 'a document unres could not read at all (an internal error: please report it)'),
] as const;

/** A rule code of the table: a typo in a rule, a fix or a test is a compile error. */
export type RuleCode = (typeof RULES)[number]['code'];

/** Whether a string (from a diagnostic sent back by an editor, or a configuration file) is a rule code. */
export function isRuleCode(code: unknown): code is RuleCode {
  return typeof code === 'string' && RULES_BY_CODE.has(code as RuleCode);
}

export const RULES_BY_CODE: ReadonlyMap<RuleCode, RuleInfo> = new Map(RULES.map((r): [RuleCode, RuleInfo] => [r.code, r]));

/** The user's overrides, by rule code (`"citation/order": "off"`). */
export type RuleConfig = Readonly<Partial<Record<RuleCode, RuleSetting>>>;

/** Whether two configurations set the same rules the same way (the server builds a new object per request). */
export function sameRuleConfig(a: RuleConfig | undefined, b: RuleConfig | undefined): boolean {
  if (a === b) return true;
  const x = a ?? {};
  const y = b ?? {};
  const keys = Object.keys(x) as RuleCode[];
  return keys.length === Object.keys(y).length && keys.every(k => x[k] === y[k]);
}

/** The effective setting of a rule: the user's override, else the default. */
export function ruleSetting(code: RuleCode, config: RuleConfig | undefined): RuleSetting {
  const override = config?.[code];
  if (override) return override;
  return RULES_BY_CODE.get(code)?.severity ?? 'warning';
}

/** The name of the rule configuration file at the workspace root. */
export const CONFIG_FILE_NAME = '.unresrc.json';

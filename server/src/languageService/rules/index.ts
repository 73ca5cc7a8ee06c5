/**
 * Runs every rule over one document model and turns what they report into LSP diagnostics:
 * severities from the rule table and the user's config, rules turned off dropped, and inline
 * `<!-- unres-disable… -->` directives honoured. A finding in a paragraph the checker did not
 * understand (text pasted with page furniture, cut by a page break: `./understood`) gets
 * `unsure: true` in its data, so that Fix All leaves it to the drafter.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ResolutionDocument, DisableDirective } from '../model';
import type { CatalogLookup } from '../catalog/types';
import { ruleSetting, type RuleCode, type RuleConfig, type Severity } from '../config';
import type { Rule, RuleDiagnostic } from './types';
import { ALL_RULES } from './all';
import { notUnderstoodAt } from './understood';
import { rememberingLookup } from '../catalog/lookup';

export interface DiagnosticOptions {
  readonly config?: RuleConfig;
  readonly catalog?: CatalogLookup;
  /** The rules to run; all of them by default (tests narrow this). */
  readonly rules?: readonly Rule[];
  /** Called when a rule throws: the rule's findings are dropped and the others still run. */
  readonly onRuleError?: (error: unknown) => void;
  /** The document is checked once, never again (`unres check`): the rules remember nothing for a next run. */
  readonly once?: boolean;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A diagnostic of the service: its message is always plain text and its code a rule code. */
export type UnresDiagnostic = Diagnostic & { message: string; code: RuleCode };

/** The raw findings of the parser and of every rule, before configuration is applied. */
export function collectFindings(doc: ResolutionDocument, options: DiagnosticOptions = {}): RuleDiagnostic[] {
  const found: RuleDiagnostic[] = [...doc.problems];
  const report = (d: RuleDiagnostic) => found.push(d);
  // Six rules look up the same cited symbols, run after run: once each per catalog lookup.
  const catalog = options.catalog && rememberingLookup(options.catalog);
  const once = options.once === true;
  for (const rule of options.rules ?? ALL_RULES) {
    const before = found.length;
    try {
      rule({ doc, catalog, once, report });
    } catch (error) {
      found.length = before;
      options.onRuleError?.(error);
    }
  }
  return found;
}

/** The diagnostics of one document, configured, suppressed where directives say so, sorted by position. */
export function computeDiagnostics(doc: ResolutionDocument, options: DiagnosticOptions = {}): UnresDiagnostic[] {
  const suppressed = suppressionOf(doc.directives, doc.lines);
  const notUnderstood = notUnderstoodAt(doc);
  const result: UnresDiagnostic[] = [];
  for (const finding of collectFindings(doc, options)) {
    const setting = ruleSetting(finding.code, options.config);
    if (setting === 'off') continue;
    if (suppressed(finding.code, finding.range.start.line)) continue;
    // A rule may lower its severity for one finding; a user's explicit setting always wins.
    const severity = options.config?.[finding.code] ? setting : (finding.severity ?? setting);
    const diagnostic: UnresDiagnostic = {
      range: finding.range,
      severity: SEVERITY[severity as Severity],
      code: finding.code,
      source: 'unres',
      message: finding.message,
    };
    if (finding.data !== undefined) diagnostic.data = unsureWhere(finding, notUnderstood);
    result.push(diagnostic);
  }
  result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return result;
}

/** The finding's data, with `unsure: true` when it lies in a paragraph that was not understood. */
function unsureWhere(finding: RuleDiagnostic, notUnderstood: (line: number) => boolean): unknown {
  const data = finding.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !notUnderstood(finding.range.start.line)) return data;
  return { ...data, unsure: true };
}

/**
 * `disable-next-line` applies to the next non-blank line, `disable-line` to its own line,
 * `disable` … `enable` to the lines between them (to the end when never re-enabled),
 * `disable-file` to every line wherever it stands (the front matter too).
 */
function suppressionOf(directives: readonly DisableDirective[], lines: readonly string[]): (code: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  const perLine = new Map<number, (readonly string[])[]>();
  const add = (line: number, codes: readonly string[]) => {
    const list = perLine.get(line) ?? [];
    list.push(codes);
    perLine.set(line, list);
  };
  const regions: { from: number; to: number; codes: readonly string[] }[] = [];
  const ordered = [...directives].sort((a, b) => a.line - b.line);
  for (const d of ordered) {
    if (d.kind === 'disable-line') add(d.line, d.codes);
    else if (d.kind === 'disable-next-line') {
      let next = d.line + 1;
      while (next < lines.length && lines[next].trim() === '') next++;
      add(next, d.codes);
    } else if (d.kind === 'disable-file') {
      regions.push({ from: 0, to: Number.MAX_SAFE_INTEGER, codes: d.codes });
    } else if (d.kind === 'disable') {
      const end = ordered.find(e => e.kind === 'enable' && e.line > d.line && (e.codes.length === 0 || d.codes.every(c => e.codes.includes(c))));
      regions.push({ from: d.line, to: end ? end.line : Number.MAX_SAFE_INTEGER, codes: d.codes });
    }
  }
  const matches = (codes: readonly string[], code: string) => codes.length === 0 || codes.includes(code);
  return (code, line) => (perLine.get(line) ?? []).some(codes => matches(codes, code)) || regions.some(r => line >= r.from && line <= r.to && matches(r.codes, code));
}

/** How `unres check` prints diagnostics: compiler-style text, or the JSON of contract §6. */
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';

/** One diagnostic in the JSON shape of contract §6 (1-based lines and columns). */
export interface CliDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly code: string;
  readonly message: string;
}

const SEVERITY_NAMES = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
} as const;

export function toCliDiagnostic(file: string, d: Diagnostic): CliDiagnostic {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error],
    code: String(d.code ?? ''),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

/** `file:line:column: severity code message`, the form editors and CI logs link to. */
export function formatText(d: CliDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`;
}

/** `2 errors, 1 warning, 3 information in 4 files`. */
export function summary(diagnostics: readonly CliDiagnostic[], fileCount: number): string {
  const count = (s: CliDiagnostic['severity']) => diagnostics.filter(d => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('information')} information, ${plural(count('hint'), 'hint')} in ${plural(fileCount, 'file')}`;
}

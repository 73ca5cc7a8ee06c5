/**
 * "Disable <rule> for this line" and "… for this file" on every diagnostic, as ESLint and
 * markdownlint offer them: each writes the inline directive the markup reads (docs/markup.md,
 * "Comments and directives"), so a false report can be silenced from the lightbulb.
 *
 * For the line, `<!-- unres-disable-line CODE -->` at the end of the diagnostic's first line: a
 * comment line of its own above it would be blanked to an empty line and could split a paragraph.
 * For the file, `<!-- unres-disable-file CODE -->` on a line of its own before the body's first
 * line. A directive of that kind already there gets the code added instead. Neither is offered where
 * the comment would change what the text reads: in the front matter (YAML, where only the file form
 * reaches), or at a line end that lies inside a comment (its `-->` would close that comment).
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver-types';
import { isRuleCode } from '../config';
import type { DisableDirective, ResolutionDocument } from '../model';
import { comparePositions } from '../util/edits';

/** The two disabling actions of one diagnostic (fewer where a directive cannot be written). */
export function disableActions(doc: ResolutionDocument, uri: string, diagnostic: Diagnostic): CodeAction[] {
  if (diagnostic.source !== undefined && diagnostic.source !== 'unres') return [];
  const code = diagnostic.code;
  if (!isRuleCode(code)) return [];
  const actions: CodeAction[] = [];
  const line = lineEdit(doc, code, diagnostic.range.start.line);
  if (line) actions.push(action(`Disable ${code} for this line`, uri, diagnostic, line));
  const file = fileEdit(doc, code);
  if (file) actions.push(action(`Disable ${code} for this file`, uri, diagnostic, file));
  return actions;
}

function action(title: string, uri: string, diagnostic: Diagnostic, edit: TextEdit): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: false, edit: { changes: { [uri]: [edit] } } };
}

/** The directive comment of `kind` naming `codes`. */
export function directiveText(kind: 'disable-line' | 'disable-file', codes: readonly string[]): string {
  return `<!-- unres-${kind} ${codes.join(' ')} -->`;
}

/** The last line of the front matter, or -1; undefined when the front matter never closes (no body). */
function frontMatterEnd(doc: ResolutionDocument): number | undefined {
  const fm = doc.frontMatter;
  if (!fm) return -1;
  const last = fm.range.end.line;
  return last > fm.range.start.line && doc.lines[last]?.trimEnd() === '---' ? last : undefined;
}

/** A directive of `kind` with codes, to which another code may be added (one on a single line). */
function existing(doc: ResolutionDocument, kind: DisableDirective['kind'], line?: number): DisableDirective | undefined {
  return doc.directives.find(d => d.kind === kind && d.codes.length > 0 && d.range.start.line === d.range.end.line && (line === undefined || d.line === line));
}

function extend(directive: DisableDirective, kind: 'disable-line' | 'disable-file', code: string): TextEdit {
  return { range: directive.range, newText: directiveText(kind, [...directive.codes, code]) };
}

function lineEdit(doc: ResolutionDocument, code: string, line: number): TextEdit | undefined {
  const fmEnd = frontMatterEnd(doc);
  if (fmEnd === undefined || line <= fmEnd || line < 0 || line >= doc.lines.length) return undefined;
  const there = existing(doc, 'disable-line', line);
  if (there) return extend(there, 'disable-line', code);
  const text = doc.lines[line];
  const end: Position = { line, character: text.length };
  if (insideComment(doc, end)) return undefined;
  const space = text === '' || /\s$/.test(text) ? '' : ' ';
  return { range: { start: end, end }, newText: `${space}${directiveText('disable-line', [code])}` };
}

function fileEdit(doc: ResolutionDocument, code: string): TextEdit | undefined {
  const fmEnd = frontMatterEnd(doc);
  if (fmEnd === undefined) return undefined;
  const there = existing(doc, 'disable-file');
  if (there) return extend(there, 'disable-file', code);
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const comment = directiveText('disable-file', [code]);
  let first = fmEnd + 1;
  while (first < doc.lines.length && doc.lines[first].trim() === '') first++;
  if (first >= doc.lines.length || (first === doc.lines.length - 1 && doc.lines[first].trim() === '')) {
    // No body text: the directive ends the document.
    const last = doc.lines.length - 1;
    const at = { line: last, character: doc.lines[last].length };
    return { range: { start: at, end: at }, newText: `${doc.lines[last] === '' ? '' : eol}${comment}${eol}` };
  }
  // Without front matter a first line `---` would open one: the directive may not stand above it.
  if (fmEnd === -1 && first === 0 && doc.lines[0].trimEnd() === '---') return undefined;
  const at = { line: first, character: 0 };
  return { range: { start: at, end: at }, newText: `${comment}${eol}${eol}` };
}

/**
 * Whether `at` lies inside a comment: after its `<!--` and before the end of its `-->`, or anywhere
 * after the `<!--` of one never closed (a `-->` written there would close it).
 */
function insideComment(doc: ResolutionDocument, at: Position): boolean {
  return doc.comments.some(c => {
    if (comparePositions(c.range.start, at) >= 0) return false;
    const closed = doc.lines[c.range.end.line]?.slice(0, c.range.end.character).endsWith('-->') === true;
    return closed ? comparePositions(at, c.range.end) < 0 : true;
  });
}

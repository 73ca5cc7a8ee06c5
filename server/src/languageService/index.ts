/**
 * The unres language service: a pure, editor-agnostic façade over the parser, the rules and the
 * features. It knows nothing of LSP transport, files or settings: files reach it through an
 * {@link IWorkspace}, settings through options passed in. The language server, the CLI and the
 * tests all call this.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ResolutionDocument } from './model';
import type { IWorkspace } from './workspace';
import { parseDocument } from './parser';
import { computeDiagnostics, type DiagnosticOptions } from './rules';

export * from './model';
export type { IWorkspace } from './workspace';
export { InMemoryWorkspace } from './workspace';
export { RULES, type RuleConfig, type Severity, type RuleSetting } from './config';
export { parseDocument } from './parser';
export { computeDiagnostics } from './rules';

export interface LanguageServiceOptions {
  readonly workspace: IWorkspace;
  readonly log?: (message: string) => void;
}

/** The text of a document at one version, as the editor or the disk holds it. */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface ILanguageService {
  /** The model of a document, parsed once per (uri, version) and shared by every feature. */
  getModel(document: TextDocumentLike): ResolutionDocument;
  /** Every diagnostic of the document: parse problems and rule findings, configured. */
  getDiagnostics(document: TextDocumentLike, options?: DiagnosticOptions): Diagnostic[];
  /** Forgets what is cached for a closed or deleted document. */
  forget(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions): ILanguageService {
  const models = new Map<string, ResolutionDocument>();
  const getModel = (document: TextDocumentLike): ResolutionDocument => {
    const cached = models.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const model = parseDocument(document.getText(), document.uri, document.version);
    models.set(document.uri, model);
    return model;
  };
  return Object.freeze<ILanguageService>({
    getModel,
    getDiagnostics: (document, diagnosticOptions) =>
      computeDiagnostics(getModel(document), { onRuleError: e => options.log?.(`rule failed: ${String(e)}`), ...diagnosticOptions }),
    forget: uri => void models.delete(uri),
  });
}

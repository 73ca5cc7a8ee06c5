/**
 * What the unres language server and the VS Code client say to each other besides standard LSP:
 * the custom requests and the ids of the server's commands. Both sides import this one module, so a
 * renamed request or command fails the build instead of failing at run time. The server declares
 * the commands through `executeCommandProvider`; client/src/extension.ts fills in their argument.
 */
import { RequestType } from 'vscode-languageserver-protocol';

import { COMMANDS } from './languageService/commands';

/** The command ids (`workspace/executeCommand` and the client's own): one home, languageService/commands.ts, whose quick fixes name them. */
export { COMMANDS };

/** The server's commands that take a document URI (the client fills in the active document when a caller gives none). */
export const SERVER_COMMANDS: readonly string[] = [COMMANDS.renumber, COMMANDS.prepareForAdoption];

/** Parameters of `unres/preview`: the document to render. */
export interface PreviewParams {
  readonly uri: string;
}

/**
 * The answer: `html` is the body of the page (a fragment: no `<html>`, `<head>` or scripts). The
 * server escapes the document's text; the client wraps the fragment in a page whose
 * Content-Security-Policy allows styles and our own nonce'd scroll-sync script only.
 */
export interface PreviewResult {
  readonly html: string;
  /** The layout's style sheet (the same the standalone HTML export holds). */
  readonly css?: string;
}

/** `unres/preview` `{ uri }` → `{ html, css }`. */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult, void>('unres/preview');

/** Parameters of `unres/export`: the document and the format to write it in. */
export interface ExportParams {
  readonly uri: string;
  readonly format: 'docx' | 'akn' | 'html';
}

/** The file's contents: text (`utf8`: HTML, Akoma Ntoso XML) or bytes in base64 (Word); null for an unknown document. */
export interface ExportResult {
  readonly data: string;
  readonly encoding: 'utf8' | 'base64';
}

/** `unres/export` `{ uri, format }` → `{ data, encoding }` (the writers of `unres export`). */
export const ExportRequest = new RequestType<ExportParams, ExportResult | null, void>('unres/export');
/** Parameters of `unres/compare`: the open document (the new version) and the other version's text. */
export interface CompareParams {
  readonly uri: string;
  readonly oldText: string;
  /** Where the view's links to the other version go (a file, or this client's `unres-version:` document). */
  readonly oldUri: string;
  readonly oldName: string;
  readonly newName: string;
}

/** One change, as `unres diff --format json` prints it (docs/versions.md). */
export interface VersionChange {
  readonly kind: 'inserted' | 'deleted' | 'changed' | 'moved' | 'renumbered';
  readonly old: { readonly label: string; readonly line: number } | null;
  readonly new: { readonly label: string; readonly line: number } | null;
  readonly words?: readonly { readonly op: 'equal' | 'insert' | 'delete'; readonly text: string }[];
}

/** The answer: the changes, a one-line summary, the text report, and the view's body (escaped; links are `command:unres.revealVersion` URIs). */
export interface CompareResult {
  readonly changes: readonly VersionChange[];
  readonly summary: string;
  readonly text: string;
  readonly html: string;
}

/** `unres/compare` → the paragraph changes from the other version to the open document; null when the document is not open. */
export const CompareRequest = new RequestType<CompareParams, CompareResult | null, void>('unres/compare');

/** `unres/rollover` `{ uri }` → next session's draft of the document and what was done; null when it is not open. */
export const RolloverRequest = new RequestType<{ readonly uri: string }, { readonly text: string; readonly notes: readonly string[] } | null, void>('unres/rollover');

/** Parameters of `unres/import`: the file's name (its extension says the format) and its bytes in base64. */
export interface ImportParams {
  readonly name: string;
  readonly data: string;
}

/** `unres/import` `{ name, data }` → `{ text }` (the `.unres` markup); an error says why the file cannot be read. */
export const ImportRequest = new RequestType<ImportParams, { readonly text: string }, void>('unres/import');

/** `unres/convertText` `{ text, fragment }` → `{ text }`: pasted official text as markup (without front matter when `fragment`). */
export const ConvertTextRequest = new RequestType<{ readonly text: string; readonly fragment: boolean }, { readonly text: string }, void>('unres/convertText');

/** Parameters of `unres/importCatalog`: CSV, MARCXML or catalog files (paths on disk) and the catalog file to write. */
export interface ImportCatalogParams {
  readonly files: readonly string[];
  readonly out: string;
}

/** The answer: how many entries the written file holds, and one line per input file (what it gave, what it skipped). */
export interface ImportCatalogResult {
  readonly entries: number;
  readonly reports: readonly string[];
}

/** `unres/importCatalog` → the catalog file is written (and then picked up like any `*.catalog.json`). */
export const ImportCatalogRequest = new RequestType<ImportCatalogParams, ImportCatalogResult, void>('unres/importCatalog');

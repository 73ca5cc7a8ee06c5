/**
 * The custom request between this client and the unres language server, besides standard LSP.
 * The server declares the commands `unres.renumber` and `unres.prepareForAdoption` through
 * `executeCommandProvider`; see `extension.ts` for how their argument is filled in.
 */
import { RequestType } from 'vscode-languageclient';

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

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

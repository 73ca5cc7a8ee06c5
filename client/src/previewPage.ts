/** The HTML page of the preview webview; pure, so it is tested without VS Code. */

export interface PageOptions {
  /** The layout's style sheet, from the server (`unres/preview` → `css`). */
  readonly css?: string;
  /** Our scroll-sync script (a webview URI of media/preview.js) and the nonce that alone lets it run. */
  readonly script?: { readonly src: string; readonly nonce: string };
  /** The editor line to show first (scroll sync). */
  readonly line?: number;
}

/**
 * The page around the server's body (`cspSource`: the webview's `cspSource`). The policy allows
 * inline styles and the webview's own style sheets, and, when `script` is given, that one script
 * file by its nonce: whatever the body holds, no script of the document runs and nothing is fetched.
 */
export function page(cspSource: string, body: string, options: PageOptions = {}): string {
  const scripts = options.script ? ` script-src 'nonce-${options.script.nonce}';` : '';
  const csp = `default-src 'none'; style-src ${cspSource} 'unsafe-inline';${scripts}`;
  const script = options.script ? `\n<script nonce="${escapeHtml(options.script.nonce)}" src="${escapeHtml(options.script.src)}"></script>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
  body { margin: 0; padding: 1em 0; background: var(--vscode-editorWidget-background, #e8e8e8); }
  .unres-doc { box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }
  .unres-current { outline: 1px dotted rgba(0, 90, 200, 0.55); outline-offset: 2px; }
  .unres-status { font-family: var(--vscode-font-family); color: var(--vscode-descriptionForeground); padding: 0 1.5em; }
</style>
<style>
${(options.css ?? '').replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body data-initial-line="${Number.isInteger(options.line) ? options.line : -1}">
${body}${script}
</body>
</html>`;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

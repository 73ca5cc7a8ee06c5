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
  body { font-family: "Times New Roman", Times, serif; font-size: 1.1em; line-height: 1.45; max-width: 46em; margin: 1.5em auto; padding: 0 1.5em;
    color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); }
  em, i { font-style: italic; }
  .unres-status { font-family: var(--vscode-font-family); color: var(--vscode-descriptionForeground); }
  /* "Compare with…": word changes as the diff editor colours them. */
  ins { text-decoration: none; background: var(--vscode-diffEditor-insertedTextBackground, rgba(155, 185, 85, 0.3)); }
  del { background: var(--vscode-diffEditor-removedTextBackground, rgba(255, 0, 0, 0.25)); }
  .unres-changes { padding-left: 1.2em; }
  .unres-change p { margin: 0.2em 0; }
  .unres-where, .unres-compare-summary { font-family: var(--vscode-font-family); font-size: 0.85em; color: var(--vscode-descriptionForeground); }
  .unres-compare-title { font-size: 1.2em; }
  /* The preview in the UN's layout: a page on a grey desk, the block at the cursor outlined. */
  body.unres-layout { max-width: none; margin: 0; padding: 1em 0; background: var(--vscode-editorWidget-background, #e8e8e8); }
  .unres-doc { box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }
  .unres-current { outline: 1px dotted rgba(0, 90, 200, 0.55); outline-offset: 2px; }
</style>
<style>
${(options.css ?? '').replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body${options.css ? ' class="unres-layout"' : ''} data-initial-line="${Number.isInteger(options.line) ? options.line : -1}">
${body}${script}
</body>
</html>`;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

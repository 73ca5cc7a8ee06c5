/** The HTML page of the preview webview; pure, so it is tested without VS Code. */

/**
 * The page around the server's body (`cspSource`: the webview's `cspSource`). The policy allows inline styles and the webview's own
 * style sheets and nothing else: whatever the body holds, no script runs and nothing is fetched.
 */
export function page(cspSource: string, body: string): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'unsafe-inline';`;
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
</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

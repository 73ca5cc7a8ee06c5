/**
 * The live preview: the resolution in the UN's layout (masthead, indentation, hanging numbers,
 * footnotes once, dates as written, brackets marked, sponsors). The body is the same HTML the
 * standalone export writes (export/html.ts, from export/layout.ts), with its style sheet beside it,
 * for a webview whose Content-Security-Policy allows styles and our own nonce'd script only. Every
 * piece of document text is escaped there.
 */
import type { ResolutionDocument } from '../model';
import { LAYOUT_CSS, layoutHtml } from '../export/html';
import { layoutDocument } from '../export/layout';

/** The preview: `html` a fragment (no `<html>`, `<head>`, `<style>` or scripts); `css` the layout's style sheet. */
export function renderPreview(doc: ResolutionDocument): { html: string; css: string } {
  return { html: layoutHtml(layoutDocument(doc)), css: LAYOUT_CSS };
}

/**
 * HTML from the layout: the body of the VS Code preview and, wrapped in {@link htmlPage}, a
 * standalone page for print and e-mail. Every piece of document text goes through
 * {@link escapeHtml}; the only markup is the fixed set of tags below, so nothing the drafter types
 * becomes a tag, an attribute, a script or a link. `data-line` attributes (numbers of ours) let the
 * preview follow the editor's cursor.
 */
import type { Layout, LayoutAttachment, LayoutBlock, LayoutItem, Run } from './layout';

/** Escapes text for element content and attribute values; drops characters XML forbids. */
export function escapeHtml(text: string): string {
  return stripForbidden(text).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** Removes what no HTML or XML document may hold: control characters and lone surrogates. */
export function stripForbidden(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

export function runsHtml(runs: readonly Run[]): string {
  return runs
    .map(r => {
      if (r.footnote) return `<sup class="fn-ref">${escapeHtml(r.footnote)}</sup>`;
      let html = escapeHtml(r.text);
      if (r.cite) html = `<span class="cite" title="${escapeHtml(r.cite.symbol)}">${html}</span>`;
      if (r.italic) html = `<em>${html}</em>`;
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.bracket) html = `<span class="bracket">${html}</span>`;
      return html;
    })
    .join('');
}

const line = (n: number) => ` data-line="${n}"`;

function itemHtml(item: LayoutItem): string {
  const cls = item.bullet ? 'bullet' : 'sub';
  return `<div class="${cls} level-${Math.min(item.level, 4)}"${line(item.line)}><span class="label">${escapeHtml(item.label)}</span>${runsHtml(item.runs)}</div>${item.children.map(itemHtml).join('')}`;
}

function blockHtml(b: LayoutBlock): string {
  switch (b.kind) {
    case 'organ':
      return `<p class="organ-line"${line(b.line)}>${runsHtml(b.runs)}</p>`;
    case 'heading': {
      const level = Math.min(Math.max(b.level + 1, 2), 6);
      return `<h${level} class="heading"${line(b.line)}>${runsHtml(b.runs)}</h${level}>`;
    }
    case 'preambular':
      return `<p class="preambular"${line(b.line)}>${runsHtml(b.runs)}</p>`;
    case 'operative': {
      const num = b.num !== undefined ? `<span class="num">${escapeHtml(b.num)}.</span>` : '';
      return `<p class="${b.attachment ? 'paragraph' : 'operative'}${b.num === undefined ? ' unnumbered' : ''}"${line(b.line)}>${num}${runsHtml(b.runs)}</p>${b.items.map(itemHtml).join('')}`;
    }
  }
}

function attachmentHtml(a: LayoutAttachment): string {
  return `<section class="attachment"${line(a.line)}><h2 class="attachment-heading">${escapeHtml(a.heading)}</h2>${a.blocks.map(blockHtml).join('\n')}</section>`;
}

/** The document as an HTML fragment (no `<html>`, `<head>` or scripts): the preview's body. */
export function layoutHtml(layout: Layout): string {
  const out: string[] = ['<article class="unres-doc">'];
  if (layout.symbol) out.push(`<div class="running-head">${escapeHtml(layout.symbol)}</div>`);
  out.push(
    '<header class="masthead">',
    `<div class="mh-top"><span class="un">United Nations</span><span class="symbol">${escapeHtml(layout.symbol ?? '')}</span></div>`,
    `<div class="mh-main"><span class="organ">${escapeHtml(layout.organName ?? '')}</span><span class="distr">Distr.: ${layout.distribution}${layout.date ? `<br>${escapeHtml(layout.date)}` : ''}</span></div>`,
    '</header>',
  );
  if (layout.front.length) out.push(`<div class="front">${layout.front.map(f => `<div${f.bold ? ' class="bold"' : ''}>${escapeHtml(f.text)}</div>`).join('')}</div>`);
  out.push('<div class="body">');
  for (const a of layout.adoption) out.push(`<div class="adoption">${escapeHtml(a)}</div>`);
  if (layout.report) out.push(`<div class="report">[<em>${escapeHtml(layout.report.replace(/^\[|\]$/g, ''))}</em>]</div>`);
  if (layout.sponsorLine) out.push(`<div class="sponsors">${escapeHtml(layout.sponsorLine)}</div>`);
  if (layout.title && layout.organ !== 'SC') {
    out.push(`<h1 class="title">${layout.number ? `<span class="num">${escapeHtml(layout.number)}.</span>` : ''}${escapeHtml(layout.title)}</h1>`);
  }
  for (const part of layout.parts) {
    out.push(`<section class="part"${line(part.line)}>`);
    if (part.letter) out.push(`<h2 class="part-letter">${escapeHtml(part.letter)}</h2>`);
    out.push(...part.blocks.map(blockHtml), '</section>');
  }
  if (layout.closing) {
    out.push(
      `<div class="closing">${layout.closing.meeting ? `<div>${escapeHtml(layout.closing.meeting)}</div>` : ''}${layout.closing.date ? `<div>${escapeHtml(layout.closing.date)}</div>` : ''}</div>`,
    );
  }
  out.push(...layout.attachments.map(attachmentHtml));
  if (layout.footnotes.length) {
    out.push('<footer class="footnotes">');
    for (const f of layout.footnotes) out.push(`<div class="footnote"><sup>${escapeHtml(f.label)}</sup> ${runsHtml(f.runs)}</div>`);
    out.push('</footer>');
  }
  out.push('</div>', '</article>');
  return out.join('\n');
}

/**
 * The UN layout in CSS: A4 proportions, Times New Roman 10 pt, the masthead with its rule, the
 * body column indented with hanging numbers, annexes on a new page when printed. Used by the
 * standalone page and by the preview, so the two look the same.
 */
export const LAYOUT_CSS = `
.unres-doc { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 10pt; line-height: 1.25; color: #000; background: #fff;
  width: 100%; max-width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 14mm 21mm 20mm 21mm; margin: 0 auto; }
.unres-doc .running-head { display: none; }
.unres-doc .masthead { border-bottom: 2pt solid #000; padding-bottom: 8mm; margin-bottom: 1.5mm; }
.unres-doc .mh-top { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 0.75pt solid #000; padding: 0 0 2pt 22.4mm; font-size: 12pt; }
.unres-doc .mh-top .symbol { font-size: 11pt; }
.unres-doc .mh-top .symbol::first-letter { font-size: 17pt; }
.unres-doc .mh-main { display: flex; padding-left: 22.4mm; margin-top: 2pt; }
.unres-doc .mh-main .organ { font-size: 17pt; font-weight: bold; flex: 0 0 62%; white-space: nowrap; }
.unres-doc .mh-main .distr { font-size: 8.5pt; padding-top: 4pt; }
.unres-doc .front { font-size: 8.5pt; font-weight: normal; margin: 2mm 0 6mm; max-width: 95mm; }
.unres-doc .front .bold { font-weight: bold; }
.unres-doc .body { padding-left: 22.4mm; }
.unres-doc .adoption { font-size: 14pt; font-weight: bold; margin: 4mm 0 0; max-width: 95mm; }
.unres-doc .report, .unres-doc .sponsors { margin: 4mm 0; }
.unres-doc .sponsors { font-weight: bold; }
.unres-doc .title { font-size: 12pt; font-weight: bold; margin: 4mm 0 5mm; position: relative; line-height: 1.2; }
.unres-doc .title .num { position: absolute; left: -13mm; }
.unres-doc .part-letter { font-size: 12pt; text-align: center; }
.unres-doc p { margin: 0 0 6pt; text-align: justify; hyphens: auto; }
.unres-doc .organ-line { text-indent: 8.4mm; font-style: normal; }
.unres-doc .preambular { text-indent: 8.4mm; }
.unres-doc .operative, .unres-doc .paragraph { text-indent: 8.4mm; }
.unres-doc .num { display: inline-block; min-width: 8.4mm; text-indent: 0; }
.unres-doc .sub, .unres-doc .bullet { margin: 0 0 6pt; text-align: justify; }
.unres-doc .sub .label, .unres-doc .bullet .label { display: inline-block; min-width: 8.4mm; text-indent: 0; }
.unres-doc .level-1 { text-indent: 8.4mm; }
.unres-doc .level-2 { text-indent: 16.8mm; }
.unres-doc .level-3, .unres-doc .level-4 { text-indent: 25.2mm; }
.unres-doc .heading { font-size: 10pt; font-weight: bold; margin: 8pt 0 6pt; }
.unres-doc h3.heading, .unres-doc h4.heading { text-align: center; }
.unres-doc em { font-style: italic; }
.unres-doc .bracket { background: #fff3bf; }
.unres-doc .cite { color: inherit; }
.unres-doc .closing { text-align: right; margin: 8mm 0 4mm; font-style: italic; }
.unres-doc .attachment { border-top: 1pt dashed #888; margin-top: 12mm; padding-top: 8mm; break-before: page; }
.unres-doc .attachment-heading { font-size: 10pt; font-weight: bold; margin: 0 0 8pt; }
.unres-doc .footnotes { margin-top: 10mm; font-size: 8.5pt; border-top: 0.5pt solid #000; width: 40mm; padding-top: 2mm; }
.unres-doc .footnotes .footnote { width: 140mm; margin: 0 0 3pt; }
.unres-doc sup { font-size: 70%; line-height: 0; }
@media print { .unres-doc { padding: 0; min-height: 0; } .unres-doc .attachment { border: 0; margin: 0; } }
@page { size: A4; margin: 20mm 22mm; }
`;

/**
 * A standalone HTML page in the UN layout: no script, no external resource, and a
 * Content-Security-Policy that allows neither, so a page e-mailed around stays inert.
 */
export function htmlPage(layout: Layout): string {
  const title = [layout.symbol, layout.title].filter(Boolean).join(' — ') || 'Resolution';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; background: #e8e8e8; }
${LAYOUT_CSS}
</style>
</head>
<body>
${layoutHtml(layout)}
</body>
</html>
`;
}

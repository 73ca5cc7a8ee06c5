/**
 * The live preview: the resolution laid out as the UN prints it, as an HTML fragment for a
 * webview whose Content-Security-Policy allows styles only. Every piece of document text is
 * escaped; the only markup produced is the fixed set of tags below, so nothing the drafter types
 * can become a script, a link or an image.
 */
import type { Attachment, Paragraph, ResolutionDocument, Subparagraph } from '../model';
import { ORGAN_NAMES } from '../util/organs';


/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/**
 * Escaped text with the markup a typist uses turned into its printed form: `*…*` and `_…_` in
 * italics, `[^1]` as a superscript, `[…]` negotiation brackets kept visible and marked.
 */
export function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*([^*\n]{1,200})\*|(?<![\w])_([^_\n]{1,200})_(?![\w])/g, (_m, a: string | undefined, b: string | undefined) => `<em>${a ?? b}</em>`)
    .replace(/\[\^([^\]\s]{1,20})\]/g, '<sup>$1</sup>')
    .replace(/\[/g, '<span class="bracket">[').replace(/\]/g, ']</span>');
}

function subparagraphsHtml(subs: readonly Subparagraph[]): string {
  if (subs.length === 0) return '';
  const items = subs.map(s => `<li><span class="label">(${escapeHtml(s.label)})</span> ${inlineHtml(s.text.replace(/^\s*\([^)]*\)\s*/, ''))}${subparagraphsHtml(s.children)}</li>`);
  return `<ul class="subparagraphs">${items.join('')}</ul>`;
}

function paragraphHtml(p: Paragraph): string {
  const number = p.number ? `<span class="number">${escapeHtml(p.number.text)}.</span> ` : '';
  const text = p.number ? p.text.replace(/^\s*\d+(?:\s+[a-z]+)?\.\s*/, '') : p.text;
  const bullets = p.bullets.length ? `<ul class="bullets">${p.bullets.map(b => `<li>${inlineHtml(b.text.replace(/^\s*[•\-–]\s*/, ''))}</li>`).join('')}</ul>` : '';
  return `<p class="${p.kind}">${number}${inlineHtml(text)}</p>${subparagraphsHtml(p.subparagraphs)}${bullets}`;
}

function attachmentHtml(a: Attachment): string {
  const parts = [`<h2>${inlineHtml(a.heading.text)}</h2>`];
  const blocks: { line: number; html: string }[] = [
    ...a.headings.filter(h => h !== a.heading).map(h => ({ line: h.range.start.line, html: `<h${Math.min(h.level + 1, 6)}>${inlineHtml(h.text)}</h${Math.min(h.level + 1, 6)}>` })),
    ...a.paragraphs.map(p => ({ line: p.firstLine, html: paragraphHtml(p) })),
    ...a.articles.flatMap(art => art.paragraphs.map(p => ({ line: p.firstLine, html: paragraphHtml(p) }))),
  ];
  blocks.sort((x, y) => x.line - y.line);
  return `<section class="attachment">${parts.join('')}${blocks.map(b => b.html).join('')}</section>`;
}

/** The whole document as an HTML fragment (no `<html>`, `<head>` or scripts). */
export function renderPreview(doc: ResolutionDocument): string {
  const out: string[] = [];
  const { symbol, title, adopted, organ, status } = doc.info;
  out.push('<header>');
  if (symbol) out.push(`<div class="symbol">${escapeHtml(symbol)}</div>`);
  if (organ) out.push(`<div class="organ">${escapeHtml(ORGAN_NAMES[organ])}</div>`);
  if (status === 'draft') out.push('<div class="status">Draft</div>');
  if (title) out.push(`<h1>${escapeHtml(title)}</h1>`);
  if (adopted) out.push(`<div class="adopted">Adopted on ${escapeHtml(adopted)}</div>`);
  out.push('</header>');
  for (const part of doc.parts) {
    out.push('<section class="part">');
    if (part.letter) out.push(`<h2 class="part-letter">${escapeHtml(part.letter)}</h2>`);
    if (part.organLine) out.push(`<p class="organ-line"><em>${escapeHtml(part.organLine.text)}</em></p>`);
    const blocks = [
      ...part.sections.map(h => ({ line: h.range.start.line, html: `<h3>${inlineHtml(h.text)}</h3>` })),
      ...part.preambular.map(p => ({ line: p.firstLine, html: paragraphHtml(p) })),
      ...part.operative.map(p => ({ line: p.firstLine, html: paragraphHtml(p) })),
    ].sort((x, y) => x.line - y.line);
    out.push(...blocks.map(b => b.html), '</section>');
  }
  out.push(...doc.attachments.map(attachmentHtml));
  if (doc.footnoteDefinitions.length) {
    out.push('<footer class="footnotes"><ol>');
    for (const f of doc.footnoteDefinitions) out.push(`<li><sup>${escapeHtml(f.label)}</sup> ${inlineHtml(f.text)}</li>`);
    out.push('</ol></footer>');
  }
  return out.join('\n');
}

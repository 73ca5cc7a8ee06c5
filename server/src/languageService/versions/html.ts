/**
 * A comparison as an HTML fragment for the editor's "Compare with…" view: one entry per change,
 * its word-level changes as `<del>`/`<ins>`, and links to both places. Every piece of document text
 * is escaped; the links are `command:` URIs of the one command the view allows
 * (`unres.revealVersion`, with the URI and the zero-based line as its arguments).
 */
import { escapeHtml } from '../export/html';
import type { Comparison, ChangeSide, VersionChange } from './compare';
import { comparisonSummary, spokenLabel } from './report';

export const REVEAL_VERSION_COMMAND = 'unres.revealVersion';

export interface HtmlReportOptions {
  readonly oldName: string;
  readonly newName: string;
  /** Where the links of each side go. */
  readonly oldUri: string;
  readonly newUri: string;
}

export function comparisonHtml(c: Comparison, options: HtmlReportOptions): string {
  const head = `<h1 class="unres-compare-title">${escapeHtml(options.oldName)} → ${escapeHtml(options.newName)}</h1>\n<p class="unres-compare-summary">${escapeHtml(comparisonSummary(c))}${c.approximate ? ' (approximate: the versions differ too much for an exact alignment)' : ''}</p>`;
  if (c.changes.length === 0) return `${head}\n<p class="unres-status">The two versions have the same paragraphs, word for word.</p>`;
  return `${head}\n<ol class="unres-changes">\n${c.changes.map(x => entry(x, options)).join('\n')}\n</ol>`;
}

function entry(x: VersionChange, o: HtmlReportOptions): string {
  const title = x.new ? spokenLabel(x.new) : spokenLabel(x.old!);
  const was = x.old && x.new && x.old.label !== x.new.label ? ` (was ${escapeHtml(spokenLabel(x.old))})` : '';
  const links = [x.old && link(o.oldUri, x.old, `${o.oldName}:${x.old.line}`), x.new && link(o.newUri, x.new, `${o.newName}:${x.new.line}`)].filter(Boolean).join(' → ');
  const body = x.words
    ? x.words.map(w => (w.op === 'equal' ? escapeHtml(w.text) : w.op === 'insert' ? `<ins>${escapeHtml(w.text)}</ins>` : `<del>${escapeHtml(w.text)}</del>`)).join('')
    : x.kind === 'deleted'
      ? `<del>${escapeHtml(x.old!.text)}</del>`
      : x.kind === 'inserted'
        ? `<ins>${escapeHtml(x.new!.text)}</ins>`
        : '';
  return `<li class="unres-change unres-${x.kind}"><p><strong>${escapeHtml(title)}</strong>${was}: ${x.kind === 'renumbered' ? 'unchanged' : x.kind} <span class="unres-where">${links}</span></p>${body ? `\n<p class="unres-words">${body}</p>` : ''}</li>`;
}

function link(uri: string, side: ChangeSide, text: string): string {
  const args = encodeURIComponent(JSON.stringify([uri, side.line - 1]));
  return `<a href="command:${REVEAL_VERSION_COMMAND}?${escapeHtml(args)}">${escapeHtml(text)}</a>`;
}

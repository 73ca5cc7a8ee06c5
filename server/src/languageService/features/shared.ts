/**
 * What every workspace-aware feature reads, and the small helpers they share: position tests,
 * dates as the UN prints them, Markdown escaping.
 */
import type { CatalogLookup } from '../catalog/types';
import type { WorkspaceIndex } from '../workspaceIndex';

export { formatDate } from '../util/dates';
export { contains } from '../util/positions';

/** The workspace as features see it: the index of summaries and the catalog layers. */
export interface FeatureContext {
  readonly index: WorkspaceIndex;
  readonly catalog: CatalogLookup;
}

/**
 * Escapes text for Markdown so that document and catalog text renders as the words it is: no
 * links (autolinks included), images, HTML, emphasis or headings can come out of it. Line breaks
 * become spaces.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const c of text) {
    if (c === '\n' || c === '\r') out += ' ';
    else if ('\\`*_[]<>|~&'.includes(c)) out += `\\${c}`;
    // Renderers with GFM autolinks (VS Code's among them) turn bare `http://…`, `www.…` and e-mail
    // addresses into links: escaped, they stay words, and links go only to the official host.
    else if (c === ':' || c === '@' || (c === '.' && out.slice(-3).toLowerCase() === 'www')) out += `\\${c}`;
    // A heading or list marker only counts at the start of a line.
    else if (out === '' && '#-+'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/**
 * The Markdown of a hover as plain text, for clients that ask for `plaintext` first (Emacs eglot
 * without markdown-mode, for one): escapes undone (`Date\:` → `Date:`), emphasis and code marks
 * dropped, headings unmarked, `[text](url)` written `text (url)`. Only for Markdown this service
 * writes, where every literal `*`, `_` and backtick is escaped.
 */
export function markdownToPlainText(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i];
    if (c === '\\' && i + 1 < markdown.length && markdown[i + 1] !== '\n') out += markdown[++i];
    else if (c === '[') {
      const link = linkAt(markdown, i);
      if (link) {
        out += `${markdownToPlainText(link.text)} (${link.url})`;
        i = link.end - 1;
      } else out += c;
    } else if (c !== '*' && c !== '_' && c !== '`') out += c;
  }
  return out.replace(/^#{1,6}[ \t]+/gm, '');
}

/** The Markdown link `[text](url)` opening at `start`, read within a few hundred characters. */
function linkAt(markdown: string, start: number): { text: string; url: string; end: number } | undefined {
  const limit = Math.min(markdown.length, start + 600);
  let close = start + 1;
  while (close < limit && markdown[close] !== ']' && markdown[close] !== '\n') close += markdown[close] === '\\' ? 2 : 1;
  if (markdown[close] !== ']' || markdown[close + 1] !== '(') return undefined;
  const length = markdown.slice(close + 2, close + 2 + 2000).indexOf(')');
  if (length < 0) return undefined;
  const url = markdown.slice(close + 2, close + 2 + length);
  return /\s/.test(url) ? undefined : { text: markdown.slice(start + 1, close), url, end: close + 3 + length };
}

/** An emphasis of the markup: `*Decides*` or `_Decides_`, opening and closing on a non-blank. */
const EMPHASIS = /([*_])(?=\S)([^*_\n]*?\S)\1/g;

/**
 * Document text as Markdown that shows it as the document reads: its emphasis (`*Decides*`) stays
 * emphasis, everything else is escaped like {@link escapeMarkdown}.
 */
export function markdownOfText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    out += `${escapeMarkdown(text.slice(last, m.index))}*${escapeMarkdown(m[2])}*`;
    last = m.index! + m[0].length;
  }
  return out + escapeMarkdown(text.slice(last));
}

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
  const linked = markdown.replace(/\[((?:\\.|[^\]\\\n])*)\]\(([^()\s]+)\)/g, (_, text: string, url: string) => `${text} (${url.replace(/[\\`*_]/g, '\\$&')})`);
  let out = '';
  for (let i = 0; i < linked.length; i++) {
    const c = linked[i];
    if (c === '\\' && i + 1 < linked.length && linked[i + 1] !== '\n') out += linked[++i];
    else if (c !== '*' && c !== '_' && c !== '`') out += c;
  }
  return out.replace(/^#{1,6}[ \t]+/gm, '');
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

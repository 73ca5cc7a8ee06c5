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

/**
 * Workspace symbols: the workspace's resolutions by their symbol and title, from the summaries of
 * the workspace index (no document is parsed for a query). A query matches when its characters
 * appear in that order in the symbol or the title, ignoring case and spaces, as editors filter.
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { DocumentSummary, WorkspaceIndex } from '../workspaceIndex';

/** At most this many answers: enough for a picker, small on a 10,000-file workspace. */
const LIMIT = 500;

/** The documents of the workspace whose symbol or title matches `query` (every one for an empty query). */
export function provideWorkspaceSymbols(index: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const wanted = typeof query === 'string' ? query.toLowerCase().replace(/\s+/g, '') : '';
  const found: { symbol: WorkspaceSymbol; rank: number }[] = [];
  for (const summary of index.summaries()) {
    const name = nameOf(summary);
    if (!name) continue;
    const rank = wanted === '' ? 0 : matchRank(wanted, summary);
    if (rank < 0) continue;
    const start = { line: 0, character: 0 };
    found.push({
      symbol: {
        name,
        kind: SymbolKind.File,
        location: { uri: summary.uri, range: summary.symbolRange ?? { start, end: start } },
        ...(summary.symbol && summary.title ? { containerName: summary.title } : {}),
      },
      rank,
    });
  }
  found.sort((a, b) => a.rank - b.rank || a.symbol.name.localeCompare(b.symbol.name));
  return found.slice(0, LIMIT).map(f => f.symbol);
}

/** `A/RES/74/29 — Developments in …`: both words a user may type stand in the name editors filter on. */
function nameOf(summary: DocumentSummary): string | undefined {
  if (summary.symbol && summary.title) return `${summary.symbol} — ${summary.title}`;
  return summary.symbol ?? summary.title;
}

/** 0 for a match in the symbol, 1 in the title, -1 for none. */
function matchRank(wanted: string, summary: DocumentSummary): number {
  if (summary.symbol && subsequence(wanted, summary.symbol.toLowerCase())) return 0;
  if (summary.title && subsequence(wanted, summary.title.toLowerCase())) return 1;
  return -1;
}

function subsequence(wanted: string, text: string): boolean {
  let k = 0;
  for (let i = 0; i < text.length && k < wanted.length; i++) if (text[i] === wanted[k]) k++;
  return k === wanted.length;
}

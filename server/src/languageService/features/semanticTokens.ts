/**
 * Semantic tokens for what the TextMate grammar cannot know, because it needs the phrase lists or
 * the catalogs: whether a paragraph's opening phrase is a known one, and of the right kind; and
 * whether a cited resolution is one the catalogs know. Everything else is the grammar's.
 *
 * The legend ({@link SEMANTIC_TOKENS_LEGEND}) is the one the server announces. Token types are
 * standard ones, so every theme colours them:
 * - `keyword`: a paragraph's opening phrase (`*Recalling*`, `*Also requests*`), modifiers and all.
 * - `type`: a cited resolution or decision (`74/29`, `2334 (2016)`), or a document symbol in the
 *   text (`A/RES/74/29`, `A/74/363`).
 *
 * Modifiers (custom, for themes and `editor.semanticTokenColorCustomizations`):
 * - `preambular`, `operative`: the phrase list that knows the opening phrase.
 * - `unknown`: no list knows the opening phrase; no catalog knows the cited resolution.
 * - `misplaced`: a known phrase of the other kind (an operative verb opening a preambular paragraph).
 * - `resolved`: a catalog (workspace document, catalog file or the bundled one) knows the citation.
 * - `malformed`: the citation or symbol is malformed (`citation/format`).
 */
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Paragraph, ResolutionDocument } from '../model';
import type { CatalogLookup } from '../catalog/types';
import { openingMatch } from '../query/openings';
import { normalizeSymbol } from '../util/symbols';

/** Token types, in legend order. */
export const SEMANTIC_TOKEN_TYPES = ['keyword', 'type'] as const;
/** Token modifiers, in legend order (bit `1 << index`). */
export const SEMANTIC_TOKEN_MODIFIERS = ['preambular', 'operative', 'unknown', 'misplaced', 'resolved', 'malformed'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** The one legend of unres's semantic tokens: the service encodes with it, the server announces it. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = Object.freeze({
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
});

/** One token before encoding: a single-line range, a type and modifiers. */
export interface SemanticToken {
  readonly line: number;
  readonly start: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/** The tokens of a document, in order, never overlapping (decoded form, for tests and tools). */
export function semanticTokensOf(doc: ResolutionDocument, catalog: CatalogLookup | undefined): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  const push = (r: Range, type: SemanticTokenType, modifiers: SemanticTokenModifier[]) => {
    for (let line = r.start.line; line <= r.end.line; line++) {
      const start = line === r.start.line ? r.start.character : 0;
      const end = line === r.end.line ? r.end.character : (doc.lines[line] ?? '').length;
      if (end > start) tokens.push({ line, start, length: end - start, type, modifiers });
    }
  };
  for (const part of doc.parts) {
    for (const p of part.preambular) opener(doc, p, 'preambular', push);
    for (const p of part.operative) opener(doc, p, 'operative', push);
  }
  const known = (symbol: string) => {
    try {
      return catalog?.get(symbol) !== undefined;
    } catch {
      return false;
    }
  };
  for (const c of doc.citations) {
    for (const item of c.items) {
      const modifiers: SemanticTokenModifier[] = item.malformed || c.malformed ? ['malformed'] : catalog ? [known(item.symbol) ? 'resolved' : 'unknown'] : [];
      push(item.symbolRange, 'type', modifiers);
    }
  }
  for (const s of doc.symbols) {
    if (s.malformed) push(s.range, 'type', ['malformed']);
    // Only resolutions and decisions stand in the catalogs: a report's symbol is neither known nor unknown.
    else push(s.range, 'type', catalog && known(normalizeSymbol(s.text)) ? ['resolved'] : []);
  }
  tokens.sort((a, b) => a.line - b.line || a.start - b.start);
  // A symbol inside a citation is the citation's: drop anything that starts inside the token before it.
  const out: SemanticToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.line === t.line && t.start < last.start + last.length) continue;
    out.push(t);
  }
  return out;
}

function opener(doc: ResolutionDocument, p: Paragraph, kind: 'preambular' | 'operative', push: (r: Range, type: SemanticTokenType, m: SemanticTokenModifier[]) => void): void {
  const opening = p.opening;
  if (!opening) return;
  const line = opening.fullRange.start.line;
  const base = opening.fullRange.start.character;
  const match = openingMatch(doc, p);
  if (!match) {
    push(opening.range, 'keyword', ['unknown']);
    return;
  }
  const range = { start: { line, character: base + match.start }, end: { line, character: base + match.start + match.length } };
  // `Acting under Chapter VII …, decides`: an introductory clause, not a misplaced participle.
  const misplaced = match.kind !== kind && !(kind === 'operative' && match.phrase === 'Acting');
  push(range, 'keyword', misplaced ? [match.kind, 'misplaced'] : [match.kind]);
}

/** The tokens of a document encoded for LSP with {@link SEMANTIC_TOKENS_LEGEND}. */
export function provideSemanticTokens(doc: ResolutionDocument, catalog: CatalogLookup | undefined): SemanticTokens {
  return { data: encodeTokens(semanticTokensOf(doc, catalog)) };
}

/** LSP's relative encoding: five integers per token. */
export function encodeTokens(tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let start = 0;
  for (const t of tokens) {
    const deltaLine = t.line - line;
    data.push(deltaLine, deltaLine === 0 ? t.start - start : t.start, t.length, SEMANTIC_TOKEN_TYPES.indexOf(t.type), modifierBits(t.modifiers));
    line = t.line;
    start = t.start;
  }
  return data;
}

function modifierBits(modifiers: readonly SemanticTokenModifier[]): number {
  let bits = 0;
  for (const m of modifiers) bits |= 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m);
  return bits;
}

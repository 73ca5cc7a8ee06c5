/**
 * Hover: what a drafter wants to know of the thing under the cursor — the resolution a citation
 * cites (from the catalogs and, when it is in the workspace, its own first operative paragraphs),
 * the paragraph a reference points to, a document symbol, an opening phrase, a front matter key.
 * Every piece of document or catalog text in the Markdown is escaped.
 */
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { CitationItem, ParagraphReference, ReferenceTarget, ResolutionDocument } from '../model';
import type { CatalogEntry } from '../catalog/types';
import { BUNDLED_SOURCE_PREFIX } from '../catalog/bundled';
import { citationForm } from '../catalog/lookup';
import { catalogEntryOf } from '../rules/catalog';
import { normalizeSymbol, officialUrl } from '../util/symbols';
import type { DocumentSummary } from '../workspaceIndex';
import { describeOpening } from './phraseInfo';
import { contains, escapeMarkdown as esc, formatDate, markdownOfText, type FeatureContext } from './shared';
import { sessionName, sessionOfSymbol } from '../util/sessions';
import { allParagraphs } from '../query/paragraphs';
import { openingMatch } from '../query/openings';
import { resolveReference } from '../query/references';
import { citationItemAt, referenceAt } from '../query/cursor';

/** How many operative paragraphs of a workspace document a citation hover shows. */
const PREVIEW_PARAGRAPHS = 3;
/** A hover shows at most this many characters of one text: a hover is a preview, not the document. */
const TEXT_LIMIT = 1500;

/** Escapes (keeping the text's emphasis) and, past {@link TEXT_LIMIT}, cuts a text for a hover. */
function excerpt(text: string): string {
  return markdownOfText(text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}…` : text);
}

/** The hover at `pos`, or `undefined` when there is nothing to say. */
export function provideHover(ctx: FeatureContext, doc: ResolutionDocument, pos: Position): Hover | undefined {
  const item = citationItemAt(doc, pos);
  if (item) return hover(citationMarkdown(ctx, item.symbol, item), item.range);

  const ref = referenceAt(doc, pos);
  if (ref) {
    const markdown = referenceMarkdown(doc, ref.reference, ref.target);
    if (markdown) return hover(markdown, ref.target.range);
  }

  const footnote = doc.footnoteReferences.find(f => contains(f.range, pos));
  if (footnote) {
    const def = doc.footnoteDefinitions.find(d => d.label === footnote.label);
    return hover(def ? `**Footnote ${esc(footnote.label)}**\n\n${excerpt(def.text)}` : `**Footnote ${esc(footnote.label)}**: not defined.`, footnote.range);
  }

  const mention = doc.symbols.find(s => contains(s.range, pos));
  if (mention && !mention.malformed) return hover(citationMarkdown(ctx, normalizeSymbol(mention.text)), mention.range);

  const entry = doc.frontMatter?.entries.find(e => contains(e.keyRange, pos) || contains(e.valueRange, pos));
  if (entry) {
    if (entry.key === 'symbol' && entry.valueText && contains(entry.valueRange, pos)) {
      return hover(ownSymbolMarkdown(ctx, normalizeSymbol(entry.valueText)), entry.valueRange);
    }
    const meaning = FRONT_MATTER_KEYS[entry.key];
    const text = meaning ? `**${entry.key}**: ${meaning}` : `**${esc(entry.key)}**: not a front matter key of unres (${Object.keys(FRONT_MATTER_KEYS).join(', ')}).`;
    return hover(text, entry.keyRange);
  }

  for (const p of allParagraphs(doc)) {
    if (p.opening && contains(p.opening.fullRange, pos)) {
      const described = describeOpening(openingMatch(doc, p), p.kind);
      if (described) return hover(described, p.opening.fullRange);
    }
  }
  return undefined;
}

/** The meaning of each front matter key (contract §1), for hover and completion. */
export const FRONT_MATTER_KEYS: Readonly<Record<string, string>> = {
  symbol: "the document's own symbol, such as `A/RES/74/29` or `A/C.1/74/L.50`.",
  organ: 'the acting organ (General Assembly, Security Council, Economic and Social Council, Human Rights Council); inferred from `symbol` when absent.',
  session: 'the session number of the General Assembly or the Human Rights Council.',
  'agenda-item': 'the agenda item under which the text is adopted, such as `93` or `20 (a)`.',
  adopted: 'the adoption date, `D Month YYYY` or `YYYY-MM-DD`.',
  meeting: 'the meeting at which it was adopted, such as `46th plenary meeting`.',
  report: 'the report the resolution was adopted on, such as `A/74/363`.',
  title: 'the title of the resolution.',
  status: '`draft` (the default) or `adopted`; an adopted text may carry no `bis` labels and no negotiation brackets.',
  sponsors: 'the sponsors of a draft, a list of names: `[Algeria, Brazil]`, or one per line after `- `.',
};

function hover(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** The Markdown preview of a resolution: catalog facts, workspace paragraphs, a link to the official text. */
export function citationMarkdown(ctx: FeatureContext, symbol: string, item?: CitationItem): string {
  // A Council resolution cited with the wrong year is still that resolution.
  const entry = item !== undefined ? catalogEntryOf(ctx.catalog, item) : ctx.catalog.get(symbol);
  const workspaceDoc = ctx.index.documentsWithSymbol(symbol)[0];
  const lines: string[] = [`**${esc(symbol)}**`];
  const title = entry?.title ?? workspaceDoc?.title;
  if (title) lines.push(`*${esc(title)}*`);
  const facts = entryFacts(symbol, entry, workspaceDoc);
  if (facts) lines.push(facts);
  if (entry?.vote) lines.push(`Vote: ${entry.vote.yes} in favour, ${entry.vote.no} against, ${entry.vote.abstain} abstentions`);
  else if (entry?.votingNote) lines.push(esc(entry.votingNote));
  if (entry !== undefined && entry.symbol !== symbol) lines.push(`Cited here as ${esc(citationForm(symbol))}; the resolution is ${esc(entry.symbol)}.`);
  if (item?.date && entry?.date && item.date.iso !== entry.date) {
    lines.push(`Cited here as of ${esc(item.date.text)}; the catalog gives ${formatDate(entry.date)}.`);
  }
  if (workspaceDoc && workspaceDoc.paragraphs.length > 0) {
    const shown = workspaceDoc.paragraphs.slice(0, PREVIEW_PARAGRAPHS).map(p => `${esc(p.label)}\\. ${markdownOfText(stripNumber(p.text))}`);
    if (workspaceDoc.paragraphs.length > PREVIEW_PARAGRAPHS) shown.push('…');
    lines.push(shown.join('\n\n'));
  }
  const councilYears = !entry && item?.form === 'sc' && item.number !== undefined ? ctx.catalog.record?.securityCouncilYears(item.number) : undefined;
  if (councilYears) {
    const when = councilYears.earliest === councilYears.latest ? `of ${councilYears.earliest}` : `of ${councilYears.earliest}–${councilYears.latest}`;
    lines.push(`Security Council resolution ${item!.number} is ${when}: the Council numbers its resolutions in order of adoption (no catalog holds its date or title).`);
  }
  if (!entry && !workspaceDoc) {
    lines.push(
      'Not in any catalog of this workspace. Import one with the command **unres: Import catalog…** (or `unres catalog import`), or turn on `unres.onlineLookup` to ask the UN Digital Library.',
    );
  }
  const source = entry?.source ?? workspaceDoc?.uri;
  if (source) lines.push(`Source: ${esc(sourceName(source))}`);
  const official = entry?.symbol ?? symbol;
  lines.push(`[Official text](${officialUrl(official)}) in ${LANGUAGES.map(([code, name]) => `[${name}](${officialUrl(official, code)})`).join(' · ')}`);
  return lines.join('\n\n');
}

/** The UN's six official languages, as undocs.org names them, each in its own script. */
const LANGUAGES: readonly (readonly [string, string])[] = [
  ['ar', 'العربية'],
  ['zh', '中文'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['ru', 'Русский'],
  ['es', 'Español'],
];

function entryFacts(symbol: string, entry: CatalogEntry | undefined, doc: DocumentSummary | undefined): string | undefined {
  const facts: string[] = [];
  const date = entry?.date ?? doc?.adopted;
  if (date) facts.push(`Adopted ${formatDate(date)}${entry?.doubtfulDate ? ' (date doubtful in the source data)' : ''}`);
  // A special or emergency special session is named as the UN names it; a regular one by its number.
  const named = sessionOfSymbol(symbol);
  const session = entry?.session ?? doc?.session;
  if (named !== undefined && named.kind !== 'regular') facts.push(sessionName(named));
  else if (session !== undefined) facts.push(`${sessionName({ organ: named?.organ ?? 'GA', kind: 'regular', number: session })} (${session})`);
  const agendaItem = entry?.agendaItem ?? doc?.agendaItem;
  if (agendaItem) facts.push(`agenda item ${esc(agendaItem)}`);
  return facts.length > 0 ? facts.join(' · ') : undefined;
}

/** The paragraph text of a summary starts with its number; the preview prints the label itself. */
function stripNumber(text: string): string {
  const m = /^\s*\d{1,4}(?: [a-z]{2,12})?\.\s+/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/**
 * Where the facts come from, in a drafter's words: a file by its name, the bundled catalog's note
 * (its sources in words) with "catalog bundled with unres", anything else as it is.
 */
function sourceName(source: string): string {
  if (source.startsWith(`${BUNDLED_SOURCE_PREFIX}: `)) {
    const words = source.slice(BUNDLED_SOURCE_PREFIX.length + 2);
    return `${words.charAt(0).toUpperCase()}${words.slice(1)} (catalog bundled with unres)`;
  }
  if (!source.startsWith('file:')) return source;
  const name = source.slice(source.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function ownSymbolMarkdown(ctx: FeatureContext, symbol: string): string {
  const citing = ctx.index.citationsOf(symbol);
  const files = new Set(citing.map(c => c.uri)).size;
  const lines = [`**${esc(symbol)}**: the symbol of this document.`];
  lines.push(
    citing.length === 0
      ? 'No document of the workspace cites it.'
      : `Cited ${citing.length} time${citing.length === 1 ? '' : 's'} in ${files} document${files === 1 ? '' : 's'} of the workspace.`,
  );
  const entry = ctx.catalog.get(symbol);
  if (entry && !entry.source.endsWith('.unres'))
    lines.push(`The catalog knows it: ${esc(entry.title ?? '')} (${entry.date ? formatDate(entry.date) : 'date unknown'}; ${esc(sourceName(entry.source))}).`);
  lines.push(`[Official text](${officialUrl(symbol)})`);
  return lines.join('\n\n');
}

function referenceMarkdown(doc: ResolutionDocument, reference: ParagraphReference, target: ReferenceTarget): string | undefined {
  const found = resolveReference(doc, reference, target);
  if (!found) return undefined;
  const { paragraph } = found;
  const sub = found.chain[found.chain.length - 1];
  const label = `${paragraph.number?.text ?? ''}${sub ? ` (${target.subparagraphs.join(') (')})` : ''}`;
  const parts = [`**Paragraph ${esc(label)}**`];
  if (sub) parts.push(excerpt(sub.text), ...sub.children.slice(0, 30).map(c => excerpt(c.text)));
  else parts.push(excerpt(paragraph.text), ...paragraph.subparagraphs.slice(0, 30).map(s => excerpt(s.text)));
  return parts.join('\n\n');
}

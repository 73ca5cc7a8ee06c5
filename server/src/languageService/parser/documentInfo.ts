/**
 * The document-level facts (`DocumentInfo`) from the front matter, with the organ and session
 * inferred from the symbol when not given. Only values that make sense are taken; checking them is
 * the front matter rule's business.
 */
import type { DocumentInfo, FrontMatterEntry, Organ } from '../model';
import { isoDate } from '../util/dates';
import { organFromName, organFromSymbol } from '../util/organs';
import { regularSessionOf } from '../util/sessions';

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

/** Builds `DocumentInfo` from the entries; `organLine` is the organ the first organ line names, the last resort. */
export function documentInfo(entries: readonly FrontMatterEntry[], organLine: Organ | undefined): DocumentInfo {
  const values = new Map<string, unknown>();
  for (const e of entries) if (!values.has(e.key)) values.set(e.key, e.value);
  const text = (key: string) => asText(values.get(key));
  const symbol = text('symbol');
  const organName = text('organ');
  const organ = (organName && organFromName(organName)) || (symbol && organFromSymbol(symbol)) || organLine;
  const sessionText = text('session');
  const session = sessionText && /^\d{1,4}$/.test(sessionText) && Number(sessionText) > 0 ? Number(sessionText) : symbol ? regularSessionOf(symbol) : undefined;
  const adoptedText = text('adopted');
  const status = text('status')?.toLowerCase() === 'adopted' ? 'adopted' : 'draft';
  const info: { -readonly [K in keyof DocumentInfo]: DocumentInfo[K] } = { status };
  if (symbol) info.symbol = symbol;
  if (organ) info.organ = organ;
  if (session !== undefined) info.session = session;
  const agendaItem = text('agenda-item');
  if (agendaItem) info.agendaItem = agendaItem;
  const adopted = adoptedText ? isoDate(adoptedText) : undefined;
  if (adopted) info.adopted = adopted;
  for (const key of ['meeting', 'report', 'title'] as const) {
    const v = text(key);
    if (v) info[key] = v;
  }
  const sponsors = values.get('sponsors');
  if (Array.isArray(sponsors)) {
    const names = sponsors.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(s => s.trim());
    if (names.length > 0) info.sponsors = names;
  }
  return info;
}

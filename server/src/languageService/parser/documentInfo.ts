/**
 * The document-level facts (`DocumentInfo`) from the front matter, with the organ and session
 * inferred from the symbol when not given. Only values that make sense are taken; checking them is
 * the front matter rule's business.
 */
import type { DocumentInfo, FrontMatterEntry, Organ } from '../model';
import { daysInMonth } from '../util/dates';

const ORGAN_NAMES: Readonly<Record<string, Organ>> = {
  'general assembly': 'GA',
  ga: 'GA',
  'security council': 'SC',
  sc: 'SC',
  'economic and social council': 'ECOSOC',
  ecosoc: 'ECOSOC',
  'human rights council': 'HRC',
  hrc: 'HRC',
};

/** The organ a front matter `organ` value names (`General Assembly`, `GA`), if any. */
export function organFromName(name: string): Organ | undefined {
  return ORGAN_NAMES[name.trim().replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase()];
}

/** The organ a document symbol belongs to: `A/HRC/` → HRC, `A/` → GA, `S/` → SC, `E/` → ECOSOC. */
export function organFromSymbol(symbol: string): Organ | undefined {
  const s = symbol.trim().toUpperCase();
  if (s.startsWith('A/HRC/')) return 'HRC';
  if (s.startsWith('A/')) return 'GA';
  if (s.startsWith('S/')) return 'SC';
  if (s.startsWith('E/')) return 'ECOSOC';
  return undefined;
}

/** The session a GA or HRC symbol names: `A/RES/74/29`, `A/C.1/74/L.50`, `A/HRC/RES/40/1` → 74, 74, 40. */
export function sessionFromSymbol(symbol: string): number | undefined {
  const organ = organFromSymbol(symbol);
  if (organ !== 'GA' && organ !== 'HRC') return undefined;
  for (const segment of symbol.trim().split('/').slice(1)) {
    if (/^\d{1,3}$/.test(segment)) return Number(segment);
  }
  return undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `12 December 2019` or `2019-12-04` as ISO `YYYY-MM-DD`, when it is a real date. */
export function isoDate(text: string): string | undefined {
  const t = text.trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const written = /^(\d{1,2}) ([A-Za-z]+),? (\d{4})$/.exec(t.replace(/\s+/g, ' '));
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (written) {
    day = Number(written[1]);
    month = MONTHS.indexOf(written[2].toLowerCase()) + 1;
    year = Number(written[3]);
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

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
  const session = sessionText && /^\d{1,4}$/.test(sessionText) && Number(sessionText) > 0 ? Number(sessionText) : symbol ? sessionFromSymbol(symbol) : undefined;
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

/**
 * The four organs whose texts unres reads, as the UN names them and as their symbols begin: the one
 * home of these facts (parser, rules and features import them from here).
 */
import type { CitationKind, Organ } from '../model';

/** The organs, in the order the contract lists them. */
export const ORGANS: readonly Organ[] = ['GA', 'SC', 'ECOSOC', 'HRC'];

/** Each organ's name as the UN prints it (`The General Assembly,`). */
export const ORGAN_NAMES: Readonly<Record<Organ, string>> = {
  GA: 'General Assembly',
  SC: 'Security Council',
  ECOSOC: 'Economic and Social Council',
  HRC: 'Human Rights Council',
};

const ORGAN_BY_NAME: ReadonlyMap<string, Organ> = new Map(
  ORGANS.flatMap(
    organ =>
      [
        [ORGAN_NAMES[organ].toLowerCase(), organ],
        [organ.toLowerCase(), organ],
      ] as const,
  ),
);

/** The organ a name or acronym stands for (`General Assembly`, `the Security Council`, `GA`), if any. */
export function organFromName(name: string): Organ | undefined {
  return ORGAN_BY_NAME.get(
    name
      .trim()
      .replace(/^the\s+/i, '')
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
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

const ORGAN_PREFIX: Readonly<Record<Organ, string>> = { GA: 'A/', SC: 'S/', ECOSOC: 'E/', HRC: 'A/HRC/' };

/** The symbol series of an organ's resolutions or decisions, before the number: `A/RES/`, `A/HRC/DEC/`. */
export function seriesPrefix(organ: Organ, kind: CitationKind): string {
  return `${ORGAN_PREFIX[organ]}${kind === 'resolution' ? 'RES' : 'DEC'}/`;
}

/** Every series prefix of {@link seriesPrefix}, longest first (so `A/HRC/RES/` is tried before `A/RES/`). */
export const SERIES_PREFIXES: readonly string[] = ORGANS.flatMap(organ => (['resolution', 'decision'] as const).map(kind => seriesPrefix(organ, kind))).sort(
  (a, b) => b.length - a.length,
);

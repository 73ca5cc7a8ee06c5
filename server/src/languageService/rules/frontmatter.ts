/**
 * The front matter rules (contract §1): `frontmatter/key` for keys the contract does not know, and
 * `frontmatter/value` for values of the wrong shape or values that contradict each other. YAML
 * syntax errors are the parser's (they arrive as parse problems with the same code).
 */
import type { FrontMatterEntry, Organ } from '../model';
import { isDocumentSymbol, normalizeSymbol } from '../util/symbols';
import { gaSessionYears, isoDate, writtenDate } from '../util/dates';
import { ORGAN_NAMES, organFromName, organFromSymbol } from '../util/organs';
import { sessionOfSymbol } from '../util/sessions';
import { nearestWord } from '../util/nearest';
import type { Rule, RuleContext } from './types';

/** The keys of contract §1, in its order, and `sponsors` (contract §6: a draft's list of sponsors). */
export const FRONT_MATTER_KEYS: readonly string[] = ['symbol', 'organ', 'session', 'agenda-item', 'adopted', 'meeting', 'report', 'title', 'status', 'sponsors'];

/** Data of a `frontmatter/key` finding with a suggestion: replace `range` (the key) with `replacement`. */
export interface KeyFixData {
  readonly replacement: string;
  readonly range: FrontMatterEntry['keyRange'];
}

/** Data of a `frontmatter/value` finding when the other values say what this one should be: replace `range` with `replacement`. */
export interface ValueFixData {
  readonly replacement: string;
  readonly range: FrontMatterEntry['valueRange'];
}

/** `frontmatter/key`: an unknown key, with the nearest known one suggested. */
const frontmatterKey: Rule = ctx => {
  for (const entry of ctx.doc.frontMatter?.entries ?? []) {
    if (FRONT_MATTER_KEYS.includes(entry.key)) continue;
    const suggestion = nearestWord(entry.key, FRONT_MATTER_KEYS);
    const known = `The keys are ${FRONT_MATTER_KEYS.join(', ')}.`;
    const message = suggestion !== undefined ? `Unknown front matter key “${entry.key}”: did you mean “${suggestion}”?` : `Unknown front matter key “${entry.key}”. ${known}`;
    const data: KeyFixData | undefined = suggestion !== undefined ? { replacement: suggestion, range: entry.keyRange } : undefined;
    ctx.report({ code: 'frontmatter/key', message, range: entry.keyRange, ...(data ? { data } : {}) });
  }
};

/** The front matter's values as the rules read them: the first entry of each key, with its parsed value. */
interface Values {
  readonly symbol?: { entry: FrontMatterEntry; symbol: string };
  readonly organ?: { entry: FrontMatterEntry; organ: Organ };
  readonly session?: { entry: FrontMatterEntry; session: number };
  readonly adopted?: { entry: FrontMatterEntry; iso: string };
}

/** `frontmatter/value`: each value's shape, then whether symbol, organ, session and adoption date agree. */
const frontmatterValue: Rule = ctx => {
  const entries = ctx.doc.frontMatter?.entries ?? [];
  const values: { -readonly [K in keyof Values]: Values[K] } = {};
  const seen = new Set<string>();
  for (const entry of entries) {
    // A repeated key is a YAML error the parser reports; only the first one counts.
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    if (entry.value === undefined) continue;
    const problem = shapeProblem(entry, values);
    if (problem !== undefined) ctx.report({ code: 'frontmatter/value', message: problem, range: entry.valueRange });
  }
  checkAgreement(ctx, values, ctx.doc.info.organ);
};

/** Why a value has the wrong shape (recording it in `values` when it is right), or undefined. */
function shapeProblem(entry: FrontMatterEntry, values: { -readonly [K in keyof Values]: Values[K] }): string | undefined {
  const value = entry.value;
  if (entry.key === 'sponsors') return sponsorsProblem(value);
  const text = scalarText(value);
  if (text === undefined) return `“${entry.key}” takes a single value, not a list or a map.`;
  switch (entry.key) {
    case 'symbol': {
      if (typeof value !== 'string' || !isDocumentSymbol(text)) {
        return `“${clip(text)}” is not a document symbol: write it as the UN prints it, such as A/RES/74/29, A/C.1/74/L.50 or S/RES/2334 (2016).`;
      }
      values.symbol = { entry, symbol: normalizeSymbol(text) };
      return undefined;
    }
    case 'organ': {
      const organ = organFromName(text);
      if (organ === undefined) return `“${clip(text)}” is not an organ unres knows: write General Assembly, Security Council, Economic and Social Council or Human Rights Council.`;
      values.organ = { entry, organ };
      return undefined;
    }
    case 'session': {
      if (!/^\d{1,4}$/.test(text) || Number(text) === 0) return `The session is a positive whole number, such as 74; found “${clip(text)}”.`;
      values.session = { entry, session: Number(text) };
      return undefined;
    }
    case 'adopted': {
      const iso = isoDate(text);
      if (iso === undefined) return `“${clip(text)}” is not a date: write it as 12 December 2019 or 2019-12-12.`;
      values.adopted = { entry, iso };
      return undefined;
    }
    case 'status': {
      if (text.toLowerCase() !== 'draft' && text.toLowerCase() !== 'adopted') return `The status is “draft” or “adopted”; found “${clip(text)}”.`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `sponsors`: a list of names (Member States, observers), each once. */
function sponsorsProblem(value: unknown): string | undefined {
  const shape = 'write one name per line (“- Algeria”) or a list in brackets ([Algeria, Brazil]).';
  if (!Array.isArray(value)) return `“sponsors” is a list of names: ${shape}`;
  const seen = new Set<string>();
  for (const item of value) {
    const name = typeof item === 'string' ? item.trim() : undefined;
    if (!name) return `Each sponsor is a name, such as Algeria; found ${item === null || item === undefined ? 'an empty item' : `“${clip(JSON.stringify(item))}”`}.`;
    const key = name.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) return `${clip(name)} is named twice among the sponsors.`;
    seen.add(key);
  }
  return undefined;
}

/** Symbol, organ, session and adoption date must tell one story; each contradiction is reported on the value that departs from the symbol. */
function checkAgreement(ctx: RuleContext, values: Values, documentOrgan: Organ | undefined): void {
  const { symbol, organ, session, adopted } = values;
  const symbolOrgan = symbol !== undefined ? organFromSymbol(symbol.symbol) : undefined;
  if (organ !== undefined && symbolOrgan !== undefined && organ.organ !== symbolOrgan) {
    const name = ORGAN_NAMES[symbolOrgan];
    ctx.report({
      code: 'frontmatter/value',
      message: `The symbol ${symbol!.symbol} is a ${name} symbol, but the organ is the ${ORGAN_NAMES[organ.organ]}.`,
      range: organ.entry.valueRange,
      data: { replacement: name, range: organ.entry.valueRange } satisfies ValueFixData,
    });
  }
  const symbolSessionOf = symbol !== undefined ? sessionOfSymbol(symbol.symbol) : undefined;
  const symbolSession = symbolSessionOf?.kind === 'regular' ? symbolSessionOf.number : undefined;
  if (session !== undefined && symbolSession !== undefined && session.session !== symbolSession) {
    ctx.report({
      code: 'frontmatter/value',
      message: `The symbol ${symbol!.symbol} is of session ${symbolSession}, not ${session.session}.`,
      range: session.entry.valueRange,
      data: { replacement: String(symbolSession), range: session.entry.valueRange } satisfies ValueFixData,
    });
  }
  if (adopted === undefined) return;
  const year = Number(adopted.iso.slice(0, 4));
  const when = writtenDate(adopted.iso) ?? adopted.iso;
  const actingOrgan = organ?.organ ?? symbolOrgan ?? documentOrgan;
  // Only the General Assembly's regular sessions straddle two known years; the symbol's session wins over the key.
  const gaSession = actingOrgan === 'GA' && (symbolSessionOf === undefined || symbolSessionOf.kind === 'regular') ? (symbolSession ?? session?.session) : undefined;
  if (gaSession !== undefined) {
    const [first, second] = gaSessionYears(gaSession);
    if (year !== first && year !== second) {
      ctx.report({
        code: 'frontmatter/value',
        message: `Session ${gaSession} of the General Assembly adopts its texts in ${first} or ${second}; ${when} is outside it.`,
        range: adopted.entry.valueRange,
      });
    }
    return;
  }
  const scYear = symbol !== undefined ? /^S\/RES\/\d+ \((\d{4})\)$/.exec(symbol.symbol)?.[1] : undefined;
  if (scYear !== undefined && Number(scYear) !== year) {
    ctx.report({
      code: 'frontmatter/value',
      message: `The symbol ${symbol!.symbol} says ${scYear}, but the adoption date is ${when}.`,
      range: adopted.entry.valueRange,
    });
  }
}

/** A scalar value as text; undefined for lists and maps. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  return undefined;
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The front matter rules. */
export const frontmatterRules: readonly Rule[] = [frontmatterKey, frontmatterValue];

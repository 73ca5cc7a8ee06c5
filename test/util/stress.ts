/**
 * Hard inputs shared by the tests and the bench: the tests assert that each one gives the right
 * answer (and never throws), `npm run bench -- --only=units` times the same inputs beside a floor.
 * No test asserts a duration (a shared machine under load makes any bound flaky).
 */
import type { CatalogEntry } from '../../server/src/languageService/catalog/types';

/** `n` characters of `unit` repeated. */
export const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** 200,000 catalog entries over sessions 31–79. */
export function manyCatalogEntries(count = 200_000): CatalogEntry[] {
  const many: CatalogEntry[] = [];
  for (let i = 0; i < count; i++) {
    const session = 31 + (i % 49);
    many.push({ symbol: `A/RES/${session}/${1 + Math.floor(i / 49)}`, date: `${1945 + session}-12-0${1 + (i % 9)}`, title: `Title ${i}`, session, source: 'test' });
  }
  return many;
}

/** A catalog file's text with one bad entry appended at the end (every position is then computed the slow way). */
export const withOneBadEntry = (catalogText: string) => `${catalogText.slice(0, catalogText.lastIndexOf(']'))},{"symbol": "A/RES/99/1"}]`;

/** The unit of the 200,000-character inline block: one citation list, a symbol and a reference. */
export const INLINE_UNIT = 'its resolutions 36/103 of 9 December 1981, 43/78 H and 73/27, see A/74/363 and paragraph 5 above; ';
/** About 200,000 characters of running text full of citations, one citation list per `INLINE_UNIT`. */
export const inlineBlock = () => INLINE_UNIT.repeat(Math.ceil(200_000 / INLINE_UNIT.length));

/** Long runs of what the inline scanner looks for, never completed. */
export const INLINE_ADVERSARIAL: readonly string[] = [
  '1'.repeat(100_000),
  ' '.repeat(100_000) + 'resolution',
  'resolution '.repeat(10_000),
  'A/'.repeat(50_000),
  'paragraphs 1, '.repeat(8_000),
  '9 '.repeat(50_000) + 'December',
  ', entitled “'.repeat(10_000),
  'resolutions 1 and '.repeat(6_000),
  'AAAAAAAAAA/'.repeat(10_000),
  '('.repeat(100_000),
];

/** A document of about 1 MB made of `body` repeated, and one of very long lines. */
export function bigDocuments(body: string): { big: string; long: string } {
  const big = Array.from({ length: Math.ceil(1_000_000 / body.length) }, () => body).join('\n\n');
  const long = `The General Assembly,\n\n1. *Decides* ${'word [^1] ( [x] '.repeat(8000)}.\n\n${'(a'.repeat(50000)}`;
  return { big, long };
}

/** 5,000 operative paragraphs that all refer to each other, plus a part and an annex. */
export function crossReferencingDocument(): string {
  const paragraphs = Array.from({ length: 5000 }, (_, k) => `${k + 1}. *Decides* as in paragraph ${k} above, paragraphs ${k + 2} to ${k * 2} below and subparagraph (zz) above;`);
  return `The General Assembly,\n\n${paragraphs.join('\n\n')}\n\n# B\n\nparagraph 3 (b) (ii) of the present resolution\n\n# Annex\n\nparagraph 9 of the present resolution\n`;
}

/** A citation list of 8,000 items on one line followed by garbage, and broken half-typed citations. */
export function citationStressDocuments(resolution: (body: string) => string): string[] {
  const items = Array.from({ length: 8000 }, (_, k) => `${31 + (k % 40)}/${k + 1} of ${1 + (k % 28)} December ${1976 + (k % 40)}`);
  const long = resolution(`*Recalling* its resolutions ${items.join(', ')} and 75/1, ${'74-'.repeat(20000)}29 A/RES//74/ (XXVV) S-/ 31 Smarch 2019,`);
  return [long, 'resolution', 'resolutions 74/', 'its resolution 2625 (', '---\nsymbol: [\n---\nresolution 74/29 of 31 February 2019'];
}

/** 100,000-character lines of what the TextMate grammar's patterns look for. */
export const LONG_GRAMMAR_LINES: readonly string[] = [
  repeatTo('*a ', 100_000),
  repeatTo('_a ', 100_000),
  repeatTo('[ ', 100_000),
  repeatTo('“ ', 100_000),
  repeatTo('resolution 1 ', 100_000),
  repeatTo('73/27 of 5 December 2018, ', 100_000),
  `1. *${repeatTo('Decides ', 100_000)}`,
  `*${repeatTo('a', 100_000)}`,
  repeatTo('A/RES/', 100_000),
  repeatTo('(a) ', 100_000),
  `<!-- ${repeatTo('unres-disable ', 100_000)}`,
];

const RUN = 100_000;
/** 100,000-character runs of what the service's regular expressions look for (test/regex.test.ts). */
export const REGEX_ATTACKS: Readonly<Record<string, string>> = {
  'spaces then a letter': ' '.repeat(RUN) + 'x',
  'digits and slashes': '1/'.repeat(RUN / 2) + '!',
  'a symbol that never ends': 'A/' + 'C.1/'.repeat(RUN / 4),
  'roman numerals without a close': 'resolution 2625 (' + 'X'.repeat(RUN),
  'dates without a year': '12 December '.repeat(RUN / 12),
  'resolutions without numbers': 'resolutions '.repeat(RUN / 12),
  'a list that never ends': 'resolutions ' + '74/29, '.repeat(RUN / 7),
  'emphasis never closed': '1. *' + 'Decides '.repeat(RUN / 8),
  underscores: '_'.repeat(RUN),
  asterisks: '*'.repeat(RUN),
  'footnote markers never closed': '[^'.repeat(RUN / 2),
  'comments never closed': '<!--'.repeat(RUN / 4),
  'subparagraph labels': '(a)'.repeat(RUN / 3),
  'paragraph references': 'paragraph '.repeat(RUN / 10) + '7 above',
  'hyphens and dashes': '-–—'.repeat(RUN / 3),
  'front matter key run': `---\n${'a'.repeat(RUN)}:\n---\n`,
};
/** The document an attack is planted in: in a preambular and an operative paragraph. */
export const attackDocument = (attack: string) => `The General Assembly,\n\n*Recalling* ${attack},\n\n1. *Decides* ${attack}.\n`;

/** A preambular line of 300,000 characters with a known opening phrase. */
export const HUGE_OPENING_LINE = '*Recalling* ' + 'its resolution '.repeat(20000);
/** 600 distinct openers that are no phrase (each a miss for the nearest-phrase search). */
export const unknownOpeners = () => Array.from({ length: 600 }, (_, i) => `Xyzzying${i} the`);

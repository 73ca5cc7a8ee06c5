/**
 * fast-check generators for the fuzz tests: structured resolutions (front matter, organ line,
 * preamble, operative paragraphs with subparagraphs and bullets, parts, annexes, footnotes,
 * comments, citations, references) and the mutations drafters inflict on them — lines deleted,
 * duplicated and swapped, text cut off half-typed, random Unicode (lone surrogates, right-to-left
 * text, combining marks, NUL), 100,000-character lines, CRLF and CR line ends, a byte order mark.
 */
import * as fc from 'fast-check';

const PREAMBULAR = [
  'Recalling',
  'Reaffirming',
  'Noting with concern',
  'Welcoming',
  'Bearing in mind',
  'Recognizing also',
  'Deeply concerned',
  'Having considered',
  'Guided by',
  'Stressing',
];
const OPERATIVE = ['Decides', 'Welcomes', 'Calls upon', 'Requests the Secretary-General', 'Urges', 'Also decides', 'Invites', 'Encourages', 'Reaffirms', 'Notes'];
const ORGANS = [
  'The General Assembly,',
  'The Security Council,',
  'The Economic and Social Council,',
  'The Human Rights Council,',
  'The General Assembly',
  'The Trusteeship Council,',
];
const CITATIONS = [
  'its resolution 74/29 of 12 December 2019',
  'its resolutions 36/103 of 9 December 1981, 43/78 H of 7 December 1988 and 73/27 of 5 December 2018',
  'resolution 2625 (XXV) of 24 October 1970',
  'resolution 217 A (III)',
  'resolution S-26/2',
  'resolution ES-10/19',
  'decision 73/546',
  'Security Council resolutions 1325 (2000) and 2250 (2015)',
  'Security Council resolution 2334',
  'Economic and Social Council resolution 2019/1',
  'Human Rights Council resolution 40/1 of 22 March 2019',
  'resolution 2625 (XXVV)',
  'resolution 74-29',
  'resolutions 73/27 of 5 December 2018, 36/103 of 9 December 1981, 73/27',
  'its resolution 74/29 of 31 February 2019',
  'resolution 99999999999999999999/1 of 99 December 99999',
];
const SYMBOLS = ['A/74/363', '(A/74/363)', 'A/RES/74/29', 'A/C.1/74/L.50', 'S/2019/123', 'A/HRC/40/L.1', 'A//74', 'E/2019/'];
const REFERENCES = [
  'paragraph 1 above',
  'paragraph 7 below',
  'paragraphs 1 to 3 of the present resolution',
  'paragraph 2 (b) of the present resolution',
  'subparagraph (c) above',
  'paragraph 0',
  'paragraphs 3 to 1 above',
];
const WORDS = [
  'the',
  'international',
  'community',
  'peace',
  'and',
  'security',
  'of',
  'States',
  'Member',
  'development',
  'human',
  'rights',
  'Secretary-General',
  'report',
  'in',
  'to',
  '“Developments”',
  'ICTs',
  'ninety-ninth',
  '2030',
];
const FRONT_KEYS = ['symbol', 'organ', 'session', 'agenda-item', 'adopted', 'meeting', 'report', 'title', 'status', 'sponsor', ''];
const FRONT_VALUES = [
  'A/RES/74/29',
  'S/RES/2334 (2016)',
  'General Assembly',
  'Security Council',
  '74',
  '73',
  '93',
  '20 (a)',
  '12 December 2019',
  '2019-12-12',
  '2019-02-30',
  'adopted',
  'draft',
  '[1, 2]',
  '{a: b}',
  '"quoted',
  '|',
  '>',
  '*anchor',
  '&a',
  '!!binary',
  '',
];
const ENDINGS = [',', ';', ':', '.', '', ' ', ',”', ';[^1]', '.)'];
const SUBLABELS = ['(a)', '(b)', '(c)', '(aa)', '(i)', '(ii)', '(iv)', '(A)', '(1)', '(z)', '(b'];

/** Characters drafters paste from PDFs, Word and e-mail, and worse. */
const NASTY = [
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\u202E',
  '\u202B',
  '\u200F',
  '\u061C',
  'مرحبا بالعالم',
  'שָׁלוֹם',
  '\u0301',
  'e\u0301\u0302\u0303',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u000B',
  '\u000C',
  '\t',
  '\u0085',
  '👩‍👩‍👧',
  '🇺🇳',
  '\uFFFD',
  '\uFFFF',
  '*',
  '_',
  '**',
  '[',
  ']',
  '[^',
  '[^1]',
  '[^1]:',
  '<!--',
  '-->',
  '<!-- unres-disable-next-line -->',
  '---',
  '#',
  '##',
  '(',
  ')',
  '1.',
  '5 bis.',
  '•',
  '-',
  '`',
  '\\',
  '/',
  '|',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![](http://example.com/x.png)',
  '<img src=x onerror=alert(1)>',
  '&lt;',
  '${x}',
  '%s',
  '\r',
  '\n',
  '\r\n',
];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A run of plain words, with an occasional citation, symbol, date, reference, footnote or bracket. */
const runningText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: pick(WORDS) },
      { weight: 1, arbitrary: pick(CITATIONS) },
      { weight: 1, arbitrary: pick(SYMBOLS) },
      { weight: 1, arbitrary: pick(REFERENCES) },
      { weight: 1, arbitrary: fc.nat(5).map(n => `[^${n}]`) },
      { weight: 1, arbitrary: pick(['[and calls upon]', '[', ']', '[[nested] text]']) },
      { weight: 1, arbitrary: pick(['12 December 2019', '31 February 2019', '1 January 1945', '29 February 2000']) },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map(ws => ws.join(' '));

const emphasis = (phrase: string) => fc.constantFrom(`*${phrase}*`, `_${phrase}_`, phrase, `*${phrase}`, `**${phrase}**`);

const preambular = fc.tuple(pick(PREAMBULAR).chain(emphasis), runningText, pick(ENDINGS)).map(([p, t, e]) => `${p} ${t}${e}`);

const subparagraphs = fc
  .array(fc.tuple(fc.nat(4), pick(SUBLABELS), runningText, pick(ENDINGS)), { maxLength: 4 })
  .map(subs => subs.map(([indent, label, text, end]) => `${' '.repeat(indent)}${label} ${text}${end}`));
const bullets = fc.array(fc.tuple(pick(['•', '-', '–']), runningText), { maxLength: 2 }).map(bs => bs.map(([b, t]) => `${b} ${t}`));

const operative = (n: number) =>
  fc
    .tuple(pick([`${n}.`, `${n} bis.`, `${n + 1}.`, `${n}`, '', `${n}. `]), pick(OPERATIVE).chain(emphasis), runningText, pick(ENDINGS), subparagraphs, bullets)
    .map(([num, verb, text, end, subs, bs]) => [`${num} ${verb} ${text}${end}`.trimStart(), ...subs, ...bs].join('\n'));

const frontMatter = fc
  .array(fc.tuple(pick(FRONT_KEYS), pick(FRONT_VALUES)), { maxLength: 6 })
  .chain(entries => fc.constantFrom(true, true, false).map(closed => ['---', ...entries.map(([k, v]) => `${k}: ${v}`), ...(closed ? ['---'] : [])].join('\n')));

const part = fc
  .tuple(pick(ORGANS), fc.array(preambular, { maxLength: 4 }), fc.nat(5))
  .chain(([organ, pre, count]) => fc.tuple(...Array.from({ length: count }, (_, i) => operative(i + 1))).map(ops => [organ, ...pre, ...ops].join('\n\n')));

const annex = fc
  .tuple(pick(['# Annex', '# Annex I', '# United Nations Declaration']), fc.array(fc.tuple(fc.nat(3), runningText), { maxLength: 3 }))
  .map(([h, arts]) => [h, ...arts.map(([n, t]) => `### Article ${n}\n\n1. ${t}.`)].join('\n\n'));

const extras = fc.array(
  fc.oneof(
    pick(['## I. Values and principles', '## Participation', '<!-- a comment -->', '<!-- unres-disable numbering/operative -->', '<!-- unres-enable -->', '<!--', '# B', '***']),
    fc.nat(5).map(n => `[^${n}]: A footnote.`),
  ),
  { maxLength: 3 },
);

/** A whole resolution in the markup, well formed or nearly so. */
export const resolution: fc.Arbitrary<string> = fc
  .tuple(fc.option(frontMatter, { nil: undefined }), fc.array(part, { minLength: 1, maxLength: 2 }), fc.option(annex, { nil: undefined }), extras)
  .map(([fm, parts, ax, ex]) => {
    const body = parts.length > 1 ? parts.map((p, i) => `# ${String.fromCharCode(65 + i)}\n\n${p}`) : parts;
    return [...(fm ? [fm] : []), ...body, ...(ax ? [ax] : []), ...ex].join('\n\n') + '\n';
  });

/** One thing done to a document's text. */
export type Mutation = (text: string) => string;

const lines = (text: string) => text.split('\n');
const at = (n: number, len: number) => (len === 0 ? 0 : n % len);

/** Random strings: any UTF-16 code units (lone surrogates included), full code points, and the nasty list. */
export const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map(cs => String.fromCharCode(...cs)),
  fc.array(pick(NASTY), { minLength: 1, maxLength: 6 }).map(xs => xs.join('')),
);

/** A line of about 100,000 characters: one word repeated, citations repeated, or junk repeated. */
const longLine = fc
  .tuple(pick(['word ', 'resolution 74/29 of 12 December 2019, ', '*', '[', '(a) ', 'A/RES/', '1. ', 'é\u0301', '\uD800', '[^1]', '<!-- ']), fc.boolean())
  .map(([unit, operativeStart]) => {
    const body = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    return operativeStart ? `1. *Decides* ${body}` : body;
  });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.nat().map(n => (t: string) => {
      const ls = lines(t);
      ls.splice(at(n, ls.length), 1);
      return ls.join('\n');
    }),
  },
  {
    weight: 3,
    arbitrary: fc.nat().map(n => (t: string) => {
      const ls = lines(t);
      const i = at(n, ls.length);
      ls.splice(i, 0, ls[i] ?? '');
      return ls.join('\n');
    }),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => {
      const ls = lines(t);
      const i = at(a, ls.length),
        j = at(b, ls.length);
      [ls[i], ls[j]] = [ls[j], ls[i]];
      return ls.join('\n');
    }),
  },
  { weight: 2, arbitrary: fc.nat().map(n => (t: string) => t.slice(0, at(n, t.length + 1))) },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat(), junk).map(([n, s]) => (t: string) => {
      const i = at(n, t.length + 1);
      return t.slice(0, i) + s + t.slice(i);
    }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.nat(40)).map(([n, k]) => (t: string) => {
      const i = at(n, t.length + 1);
      return t.slice(0, i) + t.slice(i + k);
    }),
  },
  { weight: 1, arbitrary: fc.constant((t: string) => t.replace(/\n/g, '\r\n')) },
  { weight: 1, arbitrary: fc.constant((t: string) => t.replace(/\n/g, '\r')) },
  {
    weight: 1,
    arbitrary: fc.nat().map(
      n => (t: string) =>
        t
          .split('\n')
          .map((l, i) => ((i + n) % 3 === 0 ? `${l}\r` : l))
          .join('\n'),
    ),
  },
  { weight: 1, arbitrary: fc.constant((t: string) => `\uFEFF${t}`) },
);

export interface FuzzCase {
  readonly text: string;
  /** Whether the case carries a 100,000-character line (slow cases are counted apart). */
  readonly long: boolean;
}

/** A generated resolution with up to `maxMutations` mutations, and a 100,000-character line in about `longRate` of cases. */
export function fuzzCase(maxMutations = 6, longRate = 0.02): fc.Arbitrary<FuzzCase> {
  const perMille = Math.round(longRate * 1000);
  return fc
    .tuple(resolution, fc.array(mutation, { maxLength: maxMutations }), fc.noBias(fc.integer({ min: 0, max: 999 })), longLine, fc.nat())
    .map(([text, muts, dice, line, where]) => {
      let t = text;
      for (const m of muts) t = m(t);
      const long = dice < perMille;
      if (long) {
        const ls = t.split('\n');
        ls.splice(at(where, ls.length + 1), 0, line);
        t = ls.join('\n');
      }
      return { text: t, long, [fc.toStringMethod]: () => abbreviate(t) };
    });
}

/** A text as fast-check prints a counterexample: whole when short, its ends and length when long. */
export function abbreviate(text: string): string {
  return text.length <= 4000 ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, 2000))} + … (${text.length} characters) … + ${JSON.stringify(text.slice(-2000))}`;
}

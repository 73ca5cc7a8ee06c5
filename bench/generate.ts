/**
 * Generators of benchmark documents: realistic `.unres` resolutions of a target size and their
 * Markdown twins for the peer server. Deterministic (seeded), so every run measures the same text.
 */
import { readFileSync } from 'node:fs';

/** A resolution the generated text may cite, with the date the catalog holds for it. */
export interface Citable {
  /** Short form as cited in running text: `36/103`. */
  readonly short: string;
  /** Full symbol: `A/RES/36/103`. */
  readonly symbol: string;
  /** ISO date. */
  readonly iso: string;
  /** `9 December 1981`. */
  readonly spoken: string;
}

/** What a generated document holds besides its text: where to point requests, and counts. */
export interface GeneratedDocument {
  readonly text: string;
  /** A citation item (line, character) to hover. */
  readonly hoverAt: { line: number; character: number };
  /** A paragraph reference (`paragraph 2 above`) to ask the definition of. */
  readonly definitionAt: { line: number; character: number };
  /** Number of citation items (ours) or links (the Markdown twin). */
  readonly citations: number;
  readonly paragraphs: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small seeded generator (mulberry32) so documents are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** GA resolutions of sessions 31 on with a date, read from the shared data (never copied). */
export function loadCitables(csvPath: string): Citable[] {
  const out: Citable[] = [];
  for (const line of readFileSync(csvPath, 'utf8').split('\n').slice(1)) {
    const [body, kind, symbol, date] = line.split(',');
    if (body !== 'A' || kind !== 'resolution' || !/^\d{2}\/\d{1,3}$/.test(symbol ?? '') || !/^\d{4}-\d\d-\d\d$/.test(date ?? '')) continue;
    const [y, m, d] = date.split('-').map(Number);
    out.push({ short: symbol, symbol: `A/RES/${symbol}`, iso: date, spoken: `${d} ${MONTHS[m - 1]} ${y}` });
  }
  return out.sort((a, b) => a.iso.localeCompare(b.iso) || a.short.localeCompare(b.short));
}

const PREAMBULAR = [
  'Recalling',
  'Reaffirming',
  'Noting with concern',
  'Recognizing',
  'Stressing',
  'Welcoming',
  'Bearing in mind',
  'Taking note of',
  'Underlining',
  'Expressing concern',
];
const OPERATIVE = ['Welcomes', 'Calls upon', 'Requests', 'Encourages', 'Invites', 'Urges', 'Decides', 'Reaffirms', 'Emphasizes', 'Notes'];
const FILLER = [
  'the importance of respect for human rights and fundamental freedoms in the use of information and communications technologies',
  'that capacity-building is essential for cooperation of States and confidence-building in the field of security',
  'the leading role of the United Nations in promoting dialogue among Member States to develop common understandings',
  'the need to ensure the integrity and continuity of the negotiation process under United Nations auspices',
  'that some States may require assistance in their efforts to bridge the divide in the security of technologies and their use',
  'the aspirations of the international community to the peaceful use of technologies for the common good of humankind',
];
const SUB = [
  'to promote the exchange of views and best practices among Member States',
  'to support national efforts in building capacity, including through technical assistance',
  'to report on the implementation of the present resolution at its next session',
  'to strengthen cooperation with regional and subregional organizations',
];

/** The text pieces of a resolution, shared by both syntaxes so the two twins carry the same load. */
interface Piece {
  readonly kind: 'organ' | 'pre' | 'op' | 'heading' | 'footdef';
  readonly parts: readonly Part[];
}
type Part =
  string | { readonly cite: readonly Citable[]; readonly own: boolean } | { readonly ref: number; readonly sub?: string } | { readonly doc: string } | { readonly foot: number };

/** Builds the resolution as pieces until the rendered size reaches `targetBytes`. */
function build(targetBytes: number, citables: readonly Citable[], seed: number): Piece[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const citeList = (n: number): Citable[] => {
    // Chronological and distinct, as a drafter lists them.
    const start = Math.floor(rnd() * Math.max(1, citables.length - n * 40));
    const items: Citable[] = [];
    for (let i = 0, at = start; i < n && at < citables.length; i++, at += 1 + Math.floor(rnd() * 30)) items.push(citables[at]);
    return items;
  };
  const pieces: Piece[] = [{ kind: 'organ', parts: ['The General Assembly,'] }];
  let size = 400;
  const preCount = Math.max(3, Math.round((targetBytes * 0.3) / 330));
  let foot = 0;
  for (let i = 0; i < preCount; i++) {
    const r = rnd();
    const parts: Part[] = [`*${pick(PREAMBULAR)}* `];
    if (r < 0.45) {
      parts.push('its resolutions ', { cite: citeList(2 + Math.floor(rnd() * 5)), own: true }, `, and ${pick(FILLER)}`);
    } else if (r < 0.6) {
      parts.push(`the report of the Secretary-General `, { doc: `A/${60 + Math.floor(rnd() * 19)}/${100 + Math.floor(rnd() * 400)}` }, ` on ${pick(FILLER)}`);
    } else {
      parts.push(pick(FILLER));
    }
    if (rnd() < 0.15) parts.push({ foot: ++foot });
    parts.push(',');
    pieces.push({ kind: 'pre', parts });
    size += 330;
  }
  let n = 0;
  let section = 0;
  while (size < targetBytes) {
    if (n % 400 === 0) {
      section++;
      pieces.push({ kind: 'heading', parts: [`## ${roman(section)}. Implementation, part ${section}`] });
    }
    n++;
    const parts: Part[] = [`${n}. *${pick(OPERATIVE)}* `];
    const r = rnd();
    if (r < 0.3) parts.push('its resolution ', { cite: citeList(1), own: true }, ` and ${pick(FILLER)}`);
    else if (r < 0.45 && n > 3) parts.push(`the measures set out in `, { ref: 1 + Math.floor(rnd() * (n - 1)) }, ` above, in particular ${pick(FILLER)}`);
    else parts.push(`Member States ${pick(SUB)}, and recalls ${pick(FILLER)}`);
    if (rnd() < 0.1) parts.push({ foot: ++foot });
    if (rnd() < 0.2) {
      parts.push(':');
      const subs = 2 + Math.floor(rnd() * 3);
      for (let s = 0; s < subs; s++) parts.push(`\n    (${String.fromCharCode(97 + s)}) ${pick(SUB)}${s === subs - 1 ? ';' : ';'}`);
    } else parts.push(';');
    pieces.push({ kind: 'op', parts });
    size += 300;
  }
  // The last operative paragraph ends with a full stop.
  const last = pieces[pieces.length - 1];
  if (last.kind === 'op') {
    const tail = last.parts[last.parts.length - 1];
    if (typeof tail === 'string') (last.parts as Part[])[last.parts.length - 1] = tail.replace(/;$/, '.');
  }
  for (let f = 1; f <= foot; f++) pieces.push({ kind: 'footdef', parts: [`[^${f}]: See ${pick(FILLER)}.`] });
  return pieces;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Renders pieces in one syntax, tracking where the first cited item and paragraph reference are. */
function render(pieces: readonly Piece[], frontMatter: string, syntax: 'unres' | 'md'): GeneratedDocument {
  const out: string[] = [frontMatter];
  // `out` is joined with newlines, so the first piece starts on the line after the front matter's last.
  let line = frontMatter.split('\n').length;
  let hoverAt = { line: 0, character: 0 };
  let definitionAt = { line: 0, character: 0 };
  let citations = 0;
  let paragraphs = 0;
  const defs = new Map<string, string>();
  for (const piece of pieces) {
    let text = '';
    if (syntax === 'md' && piece.kind === 'op') {
      // Operative paragraphs carry an anchor heading so `#paragraph-N` links resolve, as a
      // Markdown author would have to write them; the number is escaped so it stays text.
      text = `###### Paragraph ${/^(\d+)\./.exec(piece.parts[0] as string)?.[1]}\n\n`;
    }
    for (const part of piece.parts) {
      if (typeof part === 'string') {
        text += syntax === 'md' && piece.kind === 'op' && part === piece.parts[0] ? part.replace(/^(\d+)\./, '$1\\.') : part;
        continue;
      }
      if ('cite' in part) {
        const items = part.cite.map(c => {
          citations++;
          if (syntax === 'md') {
            const label = `r${c.short.replace('/', '-')}`;
            defs.set(label, `https://undocs.org/${c.symbol}`);
            return `[${c.short}][${label}] of ${c.spoken}`;
          }
          return `${c.short} of ${c.spoken}`;
        });
        const joined = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
        if (hoverAt.line === 0) {
          const lines = text.split('\n');
          hoverAt = { line: line + lines.length - 1, character: lines[lines.length - 1].length + (syntax === 'md' ? 2 : 1) };
        }
        text += joined;
      } else if ('ref' in part) {
        citations++;
        if (definitionAt.line === 0) {
          const lines = text.split('\n');
          definitionAt = { line: line + lines.length - 1, character: lines[lines.length - 1].length + (syntax === 'md' ? 2 : 11) };
        }
        text += syntax === 'md' ? `[paragraph ${part.ref}](#paragraph-${part.ref})` : `paragraph ${part.ref}`;
      } else if ('doc' in part) {
        citations++;
        text += syntax === 'md' ? `([${part.doc}](./${part.doc.replace(/\//g, '-')}.md))` : `(${part.doc})`;
      } else {
        text += syntax === 'md' ? `[^${part.foot}]` : `[^${part.foot}]`;
      }
    }
    if (piece.kind === 'pre' || piece.kind === 'op') paragraphs++;
    out.push(text, '');
    line += text.split('\n').length + 1;
  }
  if (syntax === 'md') for (const [label, url] of defs) out.push(`[${label}]: ${url}`);
  return { text: out.join('\n') + '\n', hoverAt, definitionAt, citations, paragraphs };
}

const FRONT = (n: number) => `---
symbol: A/RES/74/${n}
session: 74
agenda-item: 93
adopted: 12 December 2019
meeting: 46th plenary meeting
report: A/74/363
title: Developments in the field of information and telecommunications in the context of international security
status: adopted
---
`;

/** A `.unres` resolution of about `targetBytes` and its Markdown twin with as many links as citations. */
export function generatePair(targetBytes: number, citables: readonly Citable[], seed = 74): { unres: GeneratedDocument; md: GeneratedDocument } {
  // Paragraph lengths vary, so the first estimate is corrected once or twice to land on the size.
  let goal = targetBytes;
  let unres: GeneratedDocument | undefined;
  let pieces: Piece[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    pieces = build(goal, citables, seed);
    unres = render(pieces, FRONT(300 + (seed % 600)) + '\n', 'unres');
    const bytes = Buffer.byteLength(unres.text);
    if (Math.abs(bytes - targetBytes) < targetBytes * 0.03) break;
    goal = Math.round((goal * targetBytes) / bytes);
  }
  return { unres: unres!, md: render(pieces, '# Developments in the field of information and telecommunications\n', 'md') };
}

/** A small workspace resolution (3–30 KB) with its own symbol, citing the catalog and its neighbours. */
export function generateWorkspaceFile(index: number, citables: readonly Citable[]): { symbol: string; text: string } {
  const rnd = seeded(1000 + index);
  const size = 3000 + Math.floor(rnd() * rnd() * 27000);
  const session = 60 + (index % 20);
  const number = 500 + Math.floor(index / 20);
  const symbol = `A/RES/${session}/${number}`;
  const pieces = build(size, citables, 1000 + index);
  // Every file cites its neighbour, so the index has cross-references to keep.
  const next = index + 1;
  const cited = `${60 + (next % 20)}/${500 + Math.floor(next / 20)}`;
  pieces.splice(1, 0, { kind: 'pre', parts: [`*Recalling* its resolution ${cited} of 1 December ${1945 + 60 + (next % 20)},`] });
  const front = `---\nsymbol: ${symbol}\nsession: ${session}\nadopted: 1 December ${1945 + session}\ntitle: Workspace resolution ${index}\nstatus: adopted\n---\n\n`;
  return { symbol, text: render(pieces, front, 'unres').text };
}

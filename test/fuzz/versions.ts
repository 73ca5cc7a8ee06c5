/**
 * fast-check generators for comparing versions: a draft with distinct paragraphs, the same draft
 * only renumbered, and a later version made by the edits negotiators make (paragraphs deleted,
 * inserted, reworded, moved).
 */
import * as fc from 'fast-check';

const WORDS = ['peace', 'security', 'development', 'rights', 'States', 'report', 'capacity', 'cooperation', 'Secretary-General', 'mechanism', 'dialogue', 'norms'];
const PREAMBULAR = ['Recalling', 'Noting', 'Stressing', 'Welcoming', 'Recognizing'];
const OPERATIVE = ['Decides', 'Welcomes', 'Urges', 'Invites', 'Requests'];

export interface DraftShape {
  readonly preamble: readonly string[];
  /** Each operative paragraph's words and its subparagraphs' words. */
  readonly operative: readonly { readonly text: string; readonly subs: readonly string[] }[];
}

/** Words made unique by a serial number, so no two paragraphs share their text. */
const phrase = (serial: string) => fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 }).map(ws => `${ws.join(' ')} ${serial}`);

export const draftShape: fc.Arbitrary<DraftShape> = fc
  .record({
    preamble: fc.array(fc.tuple(fc.constantFrom(...PREAMBULAR), phrase('')), { maxLength: 5 }),
    operative: fc.array(fc.record({ verb: fc.constantFrom(...OPERATIVE), text: phrase(''), subs: fc.array(phrase(''), { maxLength: 3 }) }), { minLength: 1, maxLength: 7 }),
  })
  .map(({ preamble, operative }) => ({
    preamble: preamble.map(([p, t], i) => `*${p}* ${t}p${i}`),
    operative: operative.map((o, i) => ({ text: `*${o.verb}* ${o.text}o${i}`, subs: o.subs.map((s, j) => `${s}s${i}x${j}`) })),
  }));

/** The draft's text; operative numbers start at `first`, subparagraph letters at `letter` (0 for (a)). */
export function draftText(d: DraftShape, first = 1, letter = 0): string {
  const blocks = ['---\nstatus: draft\n---', 'The General Assembly,', ...d.preamble.map(p => `${p},`)];
  d.operative.forEach((o, i) => {
    const last = i === d.operative.length - 1;
    blocks.push(`${first + i}. ${o.text}${o.subs.length ? ':' : last ? '.' : ';'}`);
    o.subs.forEach((s, j) => blocks.push(`   (${String.fromCharCode(97 + letter + j)}) ${s}${last && j === o.subs.length - 1 ? '.' : ';'}`));
  });
  return blocks.join('\n\n') + '\n';
}

export type BlockEdit = { kind: 'delete' | 'reword' | 'duplicate' | 'move'; at: number; to: number } | { kind: 'insert'; at: number; to: number; text: string };

export const blockEdits: fc.Arbitrary<BlockEdit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constantFrom('delete' as const, 'reword' as const, 'duplicate' as const, 'move' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), to: fc.nat(), text: phrase('new') }),
  ),
  { maxLength: 5 },
);

/** A later version: the edits applied to the body's blocks (the front matter and the organ line kept). */
export function applyBlockEdits(text: string, edits: readonly BlockEdit[]): string {
  const blocks = text.trimEnd().split('\n\n');
  const head = blocks.splice(0, 2);
  for (const e of edits) {
    if (blocks.length === 0) break;
    const at = e.at % blocks.length;
    if (e.kind === 'delete') blocks.splice(at, 1);
    else if (e.kind === 'reword') blocks[at] = blocks[at].replace(/ (\S+)(\S*)$/, ' changed $1$2');
    else if (e.kind === 'duplicate') blocks.splice(at, 0, blocks[at]);
    else if (e.kind === 'move') blocks.splice(e.to % blocks.length, 0, ...blocks.splice(at, 1));
    else if (e.kind === 'insert') blocks.splice(at, 0, `*Noting* ${e.text},`);
  }
  return [...head, ...blocks].join('\n\n') + '\n';
}

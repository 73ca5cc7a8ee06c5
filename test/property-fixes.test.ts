/**
 * Property: on random structured resolutions — numbering gaps, wrong or missing final marks,
 * phrases out of emphasis, shuffled citation lists, references to other paragraphs — the safe
 * fixes (`source.fixAll.unres`) and every quick fix never produce overlapping edits, the safe ones
 * never change a word (words compared with digits, labels, markup and punctuation stripped), and
 * after fix-all every reference still names the paragraph it named before.
 */
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { computeDiagnostics, fixAllEdits, fixesFor, parseDocument } from '../server/src/languageService';

const URI = 'file:///ws/random.unres';
const RUNS = Number(process.env.UNRES_PROPERTY_RUNS ?? 150);

const CITED = [
  ['53/70', '4 December 1998'],
  ['54/49', '1 December 1999'],
  ['60/45', '8 December 2005'],
  ['64/25', '2 December 2009'],
  ['71/28', '5 December 2016'],
  ['73/27', '5 December 2018'],
] as const;
const PREAMBULAR = ['Recalling', 'Noting', 'Reaffirming', 'Stressing', 'Welcoming'];
const OPERATIVE = ['Decides', 'Requests', 'Welcomes', 'Calls upon', 'Encourages'];
const WORDS = ['the', 'work', 'of', 'States', 'report', 'cooperation', 'capacity', 'matter'];

interface Generated {
  readonly text: string;
  /** For each reference in document order: the index of the operative paragraph it names. */
  readonly references: readonly number[];
}

const emphasis = (phrase: string, on: boolean) => (on ? `*${phrase}*` : phrase);
// Text ends on a noun, as real paragraphs do: one ending on "the" or "of" reads as cut off (rules/understood.ts).
const NOUNS = WORDS.filter(w => !['the', 'of'].includes(w));
const words = fc.tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }), fc.constantFrom(...NOUNS)).map(([w, last]) => [...w, last].join(' '));
const mark = fc.constantFrom(';', ',', '.', ':', '');

const citationList = fc.shuffledSubarray([...CITED], { minLength: 2, maxLength: 4 }).map(items => {
  const texts = items.map(([n, d]) => `${n} of ${d}`);
  return `its resolutions ${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
});

const preambular = fc.record({ phrase: fc.constantFrom(...PREAMBULAR), emph: fc.boolean(), body: words, citation: fc.option(citationList), mark: fc.constantFrom(',', ';', '') });

const operative = fc.record({
  gap: fc.constantFrom(1, 1, 1, 2, 3),
  verb: fc.constantFrom(...OPERATIVE),
  emph: fc.boolean(),
  body: words,
  reference: fc.option(fc.nat(10)),
  subs: fc.array(fc.record({ skip: fc.constantFrom(1, 1, 2), body: words, mark }), { maxLength: 3 }),
  mark,
});

const resolution: fc.Arbitrary<Generated> = fc
  .record({ pre: fc.array(preambular, { minLength: 1, maxLength: 4 }), ops: fc.array(operative, { minLength: 2, maxLength: 6 }) })
  .map(({ pre, ops }) => {
    const blocks = ['The General Assembly,'];
    for (const p of pre) blocks.push(`${emphasis(p.phrase, p.emph)} ${p.body}${p.citation ? ` ${p.citation}` : ''}${p.mark}`);
    let n = 0;
    const numbers = ops.map(o => (n += o.gap));
    const references: number[] = [];
    ops.forEach((o, i) => {
      let line = `${numbers[i]}. ${emphasis(o.verb, o.emph)} ${o.body}`;
      if (o.reference !== null) {
        const j = o.reference % ops.length;
        if (j !== i) {
          line += `, as in paragraph ${numbers[j]} ${j < i ? 'above' : 'below'}`;
          references.push(j);
        }
      }
      line += o.mark;
      let ordinal = 0;
      for (const s of o.subs) {
        ordinal += s.skip;
        line += `\n\n   (${String.fromCharCode(96 + ordinal)}) ${s.body}${s.mark}`;
      }
      blocks.push(line);
    });
    return { text: `${blocks.join('\n\n')}\n`, references };
  });

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), [...edits]);
}

/** The words of a text: footnote markers, (a) labels, digits, markup and punctuation stripped. */
function wordsOf(text: string): string[] {
  return (
    text
      .replace(/\[\^[^\]\s]*\]/g, ' ')
      .replace(/\([a-z]{1,6}\)/g, ' ')
      .match(/\p{L}+/gu) ?? []
  );
}

function overlapping(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const cmp = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line - q.line || p.character - q.character;
  for (let i = 1; i < sorted.length; i++) {
    const c = cmp(sorted[i].range.start, sorted[i - 1].range.end);
    const bothEmpty = cmp(sorted[i].range.start, sorted[i].range.end) === 0 && cmp(sorted[i - 1].range.start, sorted[i - 1].range.end) === 0;
    if (c < 0 || (c === 0 && bothEmpty)) return true;
  }
  return false;
}

describe('property: fixes', () => {
  it('never overlap, and the safe ones never change a word', () => {
    fc.assert(
      fc.property(resolution, ({ text }) => {
        const doc = parseDocument(text, URI, 1);
        const diagnostics = computeDiagnostics(doc);
        for (const d of diagnostics)
          for (const fix of fixesFor(doc, d)) {
            assert.ok(!overlapping(fix.edits), `${fix.title} overlaps itself`);
            if (fix.safe) assert.deepStrictEqual(wordsOf(apply(text, fix.edits)).sort(), wordsOf(text).sort(), fix.title);
          }
        const all = fixAllEdits(doc, diagnostics);
        assert.ok(!overlapping(all), 'fix-all edits overlap');
        const after = apply(text, all);
        // Sorting a citation list reorders its words; everything else keeps them in place.
        assert.deepStrictEqual(wordsOf(after).sort(), wordsOf(text).sort());
        const operativeWords = (t: string) =>
          wordsOf(
            t
              .split('\n\n')
              .filter(b => /^\d/.test(b))
              .join(' '),
          );
        assert.deepStrictEqual(operativeWords(after), operativeWords(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all renumbers the paragraphs and every reference still names the paragraph it named', () => {
    fc.assert(
      fc.property(resolution, ({ text, references }) => {
        const doc = parseDocument(text, URI, 1);
        const after = parseDocument(apply(text, fixAllEdits(doc, computeDiagnostics(doc))), URI, 2);
        const numbers = after.parts[0].operative.map(p => p.number?.value);
        assert.deepStrictEqual(
          numbers,
          numbers.map((_, i) => i + 1),
        );
        assert.deepStrictEqual(
          after.references.map(r => (r.targets[0].paragraph ?? 0) - 1),
          references,
        );
        assert.deepStrictEqual(
          computeDiagnostics(after)
            .filter(d => d.code.startsWith('numbering/') || d.code === 'reference/paragraph')
            .map(d => d.message),
          [],
        );
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * `npm run bench -- --only=units`: the speed of the service's parts on hard inputs, in process, each
 * beside a peer or the floor (one linear pass over the same text). These were wall-clock bounds in
 * the unit tests, which fail on a loaded machine; the tests now assert the answers on the same
 * inputs (test/util/stress.ts) and the durations live here, read as ratios.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as textmate from 'vscode-textmate';
import { serializeCatalog } from '../server/src/node/catalogImport';
import { parseCatalogFile } from '../server/src/languageService/catalog/parse';
import { matchOpening, nearestPhrase } from '../server/src/languageService/data/phraseMatch';
import { parseDocument } from '../server/src/languageService/parser';
import { scanInline } from '../server/src/languageService/parser/inline';
import type { OffsetLines } from '../server/src/languageService/parser/spans';
import { computeDiagnostics } from '../server/src/languageService/rules';
import { citationsRules } from '../server/src/languageService/rules/citations';
import { referencesRules } from '../server/src/languageService/rules/references';
import { lineStarts, positionAt } from '../server/src/languageService/util/positions';
import { loadGrammar } from '../test/util/grammar';
import {
  attackDocument,
  bigDocuments,
  citationStressDocuments,
  crossReferencingDocument,
  HUGE_OPENING_LINE,
  INLINE_ADVERSARIAL,
  inlineBlock,
  LONG_GRAMMAR_LINES,
  manyCatalogEntries,
  REGEX_ATTACKS,
  unknownOpeners,
  withOneBadEntry,
} from '../test/util/stress';
import { linearPass } from './floor';
import type { Measure } from './report';
import { summarize, timeRuns } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');

/** The lines of `text` as the parser gives them to the scanner (offset → line and character). */
const linesOf = (text: string): OffsetLines => {
  const starts = lineStarts(text);
  return { positionAt: (offset: number) => positionAt(starts, offset) };
};

interface Case {
  readonly name: string;
  readonly note: string;
  readonly ours: () => unknown;
  /** The comparison: a peer doing the same job (`JSON.parse`) or the floor over the same text. */
  readonly against: { kind: 'peer' | 'floor'; run: () => unknown };
}

export async function measureUnits(runs: number, log: (message: string) => void): Promise<{ measures: Measure[]; facts: string[] }> {
  const catalogText = serializeCatalog(manyCatalogEntries());
  const broken = withOneBadEntry(catalogText);
  const block = inlineBlock();
  const seed = readFileSync(path.join(ROOT, 'examples', 'A-RES-74-29.unres'), 'utf8');
  const { big, long } = bigDocuments(seed.slice(seed.indexOf('The General Assembly')));
  const references = crossReferencingDocument();
  const citations = citationStressDocuments(body => `---\nsymbol: A/RES/74/29\n---\n\nThe General Assembly,\n\n${body}\n\n1. *Decides* to act.\n`);
  const attacks = Object.values(REGEX_ATTACKS).map(attackDocument);
  const grammar = await loadGrammar();
  const openers = unknownOpeners();
  const floorOf = (texts: readonly string[]) => () => texts.reduce((n, t) => n + linearPass(t), 0);

  const cases: Case[] = [
    {
      name: 'units-catalog-200k',
      note: `parseCatalogFile, 200,000 entries (${(catalogText.length / 1e6).toFixed(1)} MB); peer: JSON.parse of the same text`,
      ours: () => parseCatalogFile(catalogText, 'bench.catalog.json'),
      against: { kind: 'peer', run: () => JSON.parse(catalogText) },
    },
    {
      name: 'units-catalog-200k-one-bad',
      note: 'the same with one bad entry at the end (positions computed the slow way); peer: JSON.parse',
      ours: () => parseCatalogFile(broken, 'bench.catalog.json'),
      against: { kind: 'peer', run: () => JSON.parse(broken) },
    },
    {
      name: 'units-inline-200k',
      note: `scanInline over a ${block.length}-character block full of citations`,
      ours: () => scanInline({ text: block, lines: linesOf(block), organ: 'GA' }),
      against: { kind: 'floor', run: floorOf([block]) },
    },
    {
      name: 'units-inline-adversarial',
      note: `scanInline over ${INLINE_ADVERSARIAL.length} adversarial runs of 100,000 characters, together`,
      ours: () => INLINE_ADVERSARIAL.map(text => scanInline({ text, lines: linesOf(text), organ: 'SC' })),
      against: { kind: 'floor', run: floorOf(INLINE_ADVERSARIAL) },
    },
    {
      name: 'units-parse-1MB',
      note: `parseDocument of the seed repeated to ${(big.length / 1e6).toFixed(2)} MB`,
      ours: () => parseDocument(big),
      against: { kind: 'floor', run: floorOf([big]) },
    },
    {
      name: 'units-parse-long-lines',
      note: 'parseDocument of a 128,000-character paragraph and a 100,000-character run of labels',
      ours: () => parseDocument(long),
      against: { kind: 'floor', run: floorOf([long]) },
    },
    {
      name: 'units-references-5000',
      note: 'parse + the reference rules over 5,000 paragraphs that all refer to each other',
      ours: () => computeDiagnostics(parseDocument(references), { rules: referencesRules }),
      against: { kind: 'floor', run: floorOf([references]) },
    },
    {
      name: 'units-citations-8000',
      note: 'parse + the citation rules over an 8,000-item list on one line and four broken texts',
      ours: () => citations.map(text => computeDiagnostics(parseDocument(text), { rules: citationsRules })),
      against: { kind: 'floor', run: floorOf(citations) },
    },
    {
      name: 'units-regex-attacks',
      note: `parse + all rules over the ${attacks.length} documents of test/regex.test.ts's attacks`,
      ours: () => attacks.map(text => computeDiagnostics(parseDocument(text))),
      against: { kind: 'floor', run: floorOf(attacks) },
    },
    {
      name: 'units-grammar-long-lines',
      note: `the TextMate grammar (vscode-textmate) over ${LONG_GRAMMAR_LINES.length} lines of 100,000 characters`,
      ours: () => LONG_GRAMMAR_LINES.map(line => grammar.tokenizeLine(line, textmate.INITIAL)),
      against: { kind: 'floor', run: floorOf(LONG_GRAMMAR_LINES) },
    },
    {
      name: 'units-opening-huge-line',
      note: 'matchOpening of a 300,000-character line, 100 times; the floor reads the line 100 times',
      ours: () => {
        for (let i = 0; i < 100; i++) matchOpening(HUGE_OPENING_LINE);
      },
      against: {
        kind: 'floor',
        run: () => {
          for (let i = 0; i < 100; i++) linearPass(HUGE_OPENING_LINE);
        },
      },
    },
    {
      name: 'units-nearest-phrase-600',
      note: 'nearestPhrase of 600 distinct unknown openers (each a full search); the floor reads them once',
      ours: () => openers.map(words => nearestPhrase(words, 'preambular')),
      against: { kind: 'floor', run: floorOf(openers) },
    },
  ];

  const measures: Measure[] = [];
  for (const c of cases) {
    // One untimed call each (JIT), then the two in turn so that the machine's load falls on both alike.
    c.ours();
    c.against.run();
    const ours: number[] = [];
    const other: number[] = [];
    for (let run = 0; run < runs; run++) {
      other.push(...(await timeRuns(1, c.against.run)));
      ours.push(...(await timeRuns(1, c.ours)));
    }
    const o = summarize(ours);
    const a = summarize(other);
    const ratio = a.median > 0 ? o.median / a.median : NaN;
    const shown = ratio < 10 ? ratio.toPrecision(2) : ratio.toFixed(0);
    log(`${c.name}: ours ${o.median} ms, ${c.against.kind} ${a.median} ms (${shown}×)`);
    measures.push({
      name: c.name,
      unit: 'ms',
      ours: o,
      peer: c.against.kind === 'peer' ? a : null,
      floor: c.against.kind === 'floor' ? a : null,
      runs,
      note: `${c.note}; ${shown}× the ${c.against.kind}`,
    });
  }
  return {
    measures,
    facts: [
      '`units-*`: the service in the bench process on the hard inputs of the unit tests (test/util/stress.ts); the peer is JSON.parse, the floor one linear pass over the same text',
    ],
  };
}

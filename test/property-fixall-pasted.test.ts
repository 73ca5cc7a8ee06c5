/**
 * Fix All on official text pasted as it comes out of the PDF (hard line breaks, page headers,
 * counters, job numbers, the footnote rule, footnote texts and footnote numbers glued to the
 * words): it writes marks only in paragraphs it recognised, never after a number that may be a
 * footnote number, and never on page furniture (issue 10, item 8).
 *
 * The furniture and the "number that is not a footnote number" are told here by the test's own
 * reading of the printed page, independent of the checker's: the running title comes from the
 * data's `title` field, the rest from how the UN prints a page.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { computeDiagnostics, fixAllEdits, parseDocument } from '../server/src/languageService';
import { ROOT, SHARED_DATA } from './util/shared';

const URI = 'file:///ws/pasted.unres';
const RUNS = Number(process.env.UNRES_PROPERTY_RUNS ?? 60);
const FIXTURE = path.join(ROOT, 'test/fixtures/pasted/A-RES-79-16.txt');
const FIXTURE_TITLE = 'Establishment of a nuclear-weapon-free zone in the region of the Middle East';
const PIPELINE = path.join(SHARED_DATA, 'wannli__mandate-pipeline/extracted');

interface Pasted {
  readonly name: string;
  readonly text: string;
  readonly title: string;
}

function fixAll(text: string): string {
  const doc = parseDocument(text, URI, 1);
  const edits: TextEdit[] = fixAllEdits(doc, computeDiagnostics(doc));
  return TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), edits);
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A line ending with a number that is a date, a year in brackets or a resolution or document symbol: not a footnote number. */
const ENDS_WITH_KNOWN_NUMBER = new RegExp(`(?:\\b\\d{1,2} (?:${MONTHS}) \\d{4}|\\b\\d+/\\d+(?: [A-Z])?|\\(\\d{4}\\)|[A-Z]\\/[\\w./-]*\\d)$`);

/** Lines of the printed page that are no part of any paragraph: rule, counter, job number, symbol, footnote text, running title. */
function isFurniture(line: string, title: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (/^_{5,}$|^\d+\/\d+$|^\d{2}-\d{5}(?: \(E\))?$|^\*\d+\*$|^A\/RES\/\d+\/\d+$|^\d{1,3} {2,}\S/.test(t)) return true;
  // A line of the running title, which repeats the resolution's title on every page (a line of
  // the title itself, under the resolution's number, is furniture too for this purpose).
  return t.length >= 8 && title.replace(/\s+/g, ' ').includes(t) && !/[,;:.]$/.test(t);
}

/** The words of a text, subparagraph labels left out (relabelling changes them). */
const wordsOf = (text: string) => (text.replace(/\([a-z]{1,6}\)/g, ' ').match(/\p{L}+/gu) ?? []).sort();

/** Checks the properties on one text; returns a description of the first violation. */
function violation(sample: Pasted, text: string): string | undefined {
  const after = fixAll(text);
  const before = text.split('\n');
  const lines = after.split('\n');
  if (lines.length !== before.length) return `${sample.name}: Fix All changed the number of lines`;
  if (wordsOf(after).join(' ') !== wordsOf(text).join(' ')) return `${sample.name}: Fix All changed words`;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === lines[i]) continue;
    if (isFurniture(before[i], sample.title)) return `${sample.name}: page furniture changed: ${JSON.stringify(before[i])} → ${JSON.stringify(lines[i])}`;
    const was = before[i].trimEnd();
    const now = lines[i].trimEnd();
    if (/\d$/.test(was) && !ENDS_WITH_KNOWN_NUMBER.test(was) && /\d[,;:.]$/.test(now)) {
      return `${sample.name}: a mark after a final number that may be a footnote number: ${JSON.stringify(before[i])} → ${JSON.stringify(lines[i])}`;
    }
  }
  return undefined;
}

function pastedTexts(): Pasted[] {
  const texts: Pasted[] = [{ name: 'A/RES/79/16 (fixture)', text: fs.readFileSync(FIXTURE, 'utf8'), title: FIXTURE_TITLE }];
  if (!fs.existsSync(PIPELINE)) return texts;
  for (const file of fs.readdirSync(PIPELINE).sort()) {
    if (!file.endsWith('.json')) continue;
    const data = JSON.parse(fs.readFileSync(path.join(PIPELINE, file), 'utf8')) as { symbol?: string; text?: string; title?: string };
    if (typeof data.text === 'string') texts.push({ name: data.symbol ?? file, text: data.text, title: data.title ?? '' });
  }
  return texts;
}

describe('Fix All on official text pasted from the PDF', () => {
  const fixture = fs.readFileSync(FIXTURE, 'utf8');

  it('A/RES/79/16: adds no mark after the glued footnote numbers “78/17,2” and “Weapons;3”, nor to the page furniture', () => {
    const after = fixAll(fixture).split('\n');
    const kept = [
      'resolution 78/17,2  ',
      'Non- Proliferation of Nuclear Weapons;3  ',
      '__________________ ',
      '2/3 ',
      '24-21677 ',
      'A/RES/79/16',
      '1  Resolution S-10/2. ',
      '2  A/79/139 (Part I). ',
      '2 December 2024 ',
    ];
    for (const line of kept) assert.ok(after.includes(line), `changed: ${JSON.stringify(line)}`);
    // Paragraph 3 runs into the footnote rule with no blank line: its mark is not written either.
    assert.ok(after.includes('East; '), 'paragraph 3 keeps its own semicolon');
  });

  it('A/RES/79/16: still applies the certain fixes of the paragraphs it recognised (the opening phrases in emphasis)', () => {
    const after = fixAll(fixture);
    assert.match(after, /^\*Recalling\* its resolutions 3263 \(XXIX\)/m);
    assert.match(after, /^\*Urges\* all parties directly concerned/m);
    assert.match(after, /^10\. \*Requests\* the Secretary-General/m);
  });

  it('A/RES/79/16: reads a mark followed by a glued footnote number as the final mark (no punctuation error on “78/17,2”)', () => {
    const doc = parseDocument(fixture, URI, 1);
    const line = doc.lines.indexOf('resolution 78/17,2  ');
    const onIt = computeDiagnostics(doc).filter(d => d.code.startsWith('punctuation/') && d.range.start.line === line);
    assert.deepStrictEqual(onIt, []);
  });

  it('a drafter’s own paragraph ending with a date or a symbol still gets its mark from Fix All', () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018\n\n*Noting* the report A/79/139\n\n1. *Decides* to act.\n';
    assert.strictEqual(fixAll(text), 'The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n\n*Noting* the report A/79/139,\n\n1. *Decides* to act.\n');
  });

  it('a final number that no date or symbol explains gets no mark from Fix All (resolution 78/17, 2: a footnote number with a space)', () => {
    const text = 'The General Assembly,\n\n*Having examined* the report on resolution 78/17, 2\n\n1. *Decides* to act.\n';
    assert.strictEqual(fixAll(text), text);
  });

  it('a paragraph cut by a page break inside a date (… 51/17 of 12 November) gets neither “and” nor a mark from Fix All', () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolutions 47/19 of 24 November 1992, 48/16 of 3 November 1993, 51/17 of 12 November\n';
    assert.strictEqual(fixAll(text), text);
  });

  it('a draft’s title pasted without its masthead, read as an unnumbered operative paragraph, gets no mark from Fix All (A/C.3/80/L.10)', () => {
    const text = 'The General Assembly,\n\nPeru: draft resolution\n\n Promoting social integration through social inclusion\n';
    assert.strictEqual(fixAll(text), text);
  });

  it('a thousands separator is never taken for a mark to replace (1,000)', () => {
    const text = 'The General Assembly,\n\n*Noting* the 1,000\n\n1. *Decides* to act.\n';
    assert.strictEqual(fixAll(text), text);
  });

  it('property: on windows of real pasted texts, Fix All never writes a mark after a possible footnote number, never touches page furniture, never changes a word', function () {
    const samples = pastedTexts();
    if (samples.length === 1) console.log('      (../shared/data absent: only the committed A/RES/79/16 excerpt is used)');
    this.timeout(120_000);
    // The drafter pastes into a document that has its organ line (a pasted one counts).
    const window = fc.record({
      index: fc.nat(samples.length - 1),
      start: fc.nat(),
      length: fc.integer({ min: 5, max: 120 }),
      blankLines: fc.constantFrom('keep', 'drop-some'),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(window, ({ index, start, length, blankLines, seed }) => {
        const sample = samples[index];
        const all = sample.text.split('\n');
        let lines = all;
        const from = start % lines.length;
        // The drafter copies whole paragraphs: the window ends at a blank line (or the end).
        let to = Math.min(from + length, lines.length);
        while (to < lines.length && lines[to].trim() !== '') to++;
        lines = lines.slice(from, to);
        // A text the data set cut off mid-paragraph (A/RES/80/4 stops at "51/17 of 12 November") is no whole paragraph either.
        if (all.slice(to).every(l => l.trim() === '')) {
          let last = lines.length;
          while (last > 0 && lines[last - 1].trim() === '') last--;
          if (last > 0 && !/[.,;:”]\s*$/.test(lines[last - 1])) {
            while (last > 0 && lines[last - 1].trim() !== '') last--;
            lines = lines.slice(0, last);
          }
        }
        // Blank lines lost in a copy join paragraphs, footnotes and page furniture into one block.
        if (blankLines === 'drop-some') lines = lines.filter((l, i) => l.trim() !== '' || (i * 7 + seed) % 3 !== 0);
        const organLine = lines.some(l => /^The General Assembly,/.test(l)) ? '' : 'The General Assembly,\n\n';
        const text = `${organLine}${lines.join('\n')}\n`;
        const found = violation(sample, text);
        assert.strictEqual(found, undefined, found);
      }),
      { numRuns: RUNS },
    );
  });

  it('every whole pasted text of the shared data: no mark after a possible footnote number, no page furniture touched', () => {
    for (const sample of pastedTexts()) assert.strictEqual(violation(sample, sample.text), undefined);
  });
});

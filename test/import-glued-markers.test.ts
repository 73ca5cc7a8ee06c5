/**
 * Footnote markers glued to the text in text copied out of a PDF (`General Assembly,1`, `in 19904`):
 * the digit that numbers the next footnote found at a page's foot becomes `[^n]`, and nothing else
 * does; a note whose marker is not found is kept in a comment, the text left as it was.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { convertToMarkup } from '../server/src/languageService/import/convert';
import { readPlainText } from '../server/src/languageService/import/plainText';
import { ROOT } from './util/shared';
import { compareWords, importedWords, officialWords } from './util/wordCompare';

/** A resolution pasted as text: these body lines, then the rule and these notes. */
function pasted(body: string[], notes: string[]): string {
  return ['The General Assembly,', '', ...body, '__________________', '', ...notes, ''].join('\n');
}

function imported(body: string[], notes: string[]): string {
  return convertToMarkup(readPlainText(pasted(body, notes))).text;
}

describe('import: footnote markers glued to the text (text input)', () => {
  it('turns a digit after a mark, after a word and after a year into the marker of the next note', () => {
    const text = imported(
      [
        'Recalling the Final Document of the Tenth Special Session of the General Assembly,1',
        '',
        'Reaffirming the Charter of the United Nations;2 and the Sustainable Development3 agenda,',
        '',
        '1. Requests the study annexed to the report of 10 October 19904 or other measures, as in 19905 and since;',
      ],
      ['1 Resolution S-10/2.', '2 A/79/1.', '3 Resolution 70/1.', '4 A/45/435.', '5 A/45/436.'],
    );
    assert.match(text, /\*Recalling\* the Final Document of the Tenth Special Session of the General Assembly,\[\^1\]\n/);
    assert.match(text, /the United Nations;\[\^2\] and the Sustainable Development\[\^3\] agenda,\n/);
    assert.match(text, /report of 10 October 1990\[\^4\] or other measures, as in 1990\[\^5\] and since;\n/);
    assert.match(text, /\n\[\^1\]: Resolution S-10\/2\.\n\[\^2\]: A\/79\/1\.\n\[\^3\]: Resolution 70\/1\.\n\[\^4\]: A\/45\/435\.\n\[\^5\]: A\/45\/436\.\n/);
  });

  it("takes a marker standing apart after a word and a mark, or with the marker's two spaces after it", () => {
    const text = imported(
      ['Recalling the Convention on the Settlement of Investment Disputes, 1 the Guide,', '', 'Reaffirming the Paris Agreement 2  and the repository; 3', 'and the guidelines. 4'],
      ['1 A/1.', '2 A/2.', '3 A/3.', '4 A/4.'],
    );
    assert.match(text, /Investment Disputes,\[\^1\] the Guide,/);
    assert.match(text, /the Paris Agreement\[\^2\] and the repository;\[\^3\] and the guidelines\.\[\^4\]\n/);
  });

  it('leaves numbers that are not markers: a count, a list, a symbol, an abbreviation, a day, a goal', () => {
    const body = [
      'Recalling the General Assembly,1',
      '',
      'Recalling paragraphs 1, 2 and 3 of resolution 70/1, A/79/L.2 and Corr.2, vol. 2, No. 2, resolution 59/3002,',
      '',
      'Noting the meeting held in Geneva, 2 to 5 May, the Sustainable Development Goal 2 and Members, 2 of them, in 21002,',
    ];
    const text = imported(body, ['1 A/1.', '2 A/2.']);
    assert.match(text, /General Assembly,\[\^1\]\n/);
    for (const kept of ['paragraphs 1, 2 and 3', 'L.2', 'Corr.2', 'vol. 2', 'No. 2', '59/3002', 'Geneva, 2 to 5 May', 'Goal 2 and', 'Members, 2 of them', 'in 21002']) {
      assert.ok(text.includes(kept), `"${kept}" left as it is`);
    }
    assert.ok(!text.includes('[^2]'), 'no marker 2');
    assert.match(text, /<!-- unres import: footnote 2, whose marker was not found in the text \(a digit glued to a word\?\): A\/2\. -->/);
  });

  it('takes a digit only for the next note, or after a mark for a later one (the notes skipped said)', () => {
    const text = imported(['Recalling resolution 70/1,3 and 71/1,2', '', 'Noting its Strategy2 and its decision,4'], ['1 A/1.', '2 A/2.', '3 A/3.', '4 A/4.']);
    // `70/1,3`: note 3 after a mark, notes 1 and 2 skipped; then `71/1,2` is no longer expected; `,4` is.
    assert.match(text, /resolution 70\/1,\[\^3\] and 71\/1,2\n/);
    assert.match(text, /its Strategy2 and its decision,\[\^4\]\n/);
    assert.match(text, /<!-- unres import: footnote 1, whose marker was not found in the text \(a digit glued to a word\?\): A\/1\. -->/);
    assert.match(text, /<!-- unres import: footnote 2, whose marker was not found in the text \(a digit glued to a word\?\): A\/2\. -->/);
    assert.match(text, /\n\[\^3\]: A\/3\.\n\[\^4\]: A\/4\.\n/);
  });

  it('needs a note text: a digit with no note of its number stays', () => {
    const text = imported(['Recalling its resolution 78/17,1 and the General Assembly,2'], ['1 A/1.']);
    assert.match(text, /78\/17,\[\^1\] and the General Assembly,2\n/);
  });

  it('reads the four notes of A/RES/79/16 pasted (test/fixtures/pasted), as the PDF prints them', () => {
    const text = convertToMarkup(readPlainText(fs.readFileSync(path.join(ROOT, 'test/fixtures/pasted/A-RES-79-16.txt'), 'utf8'))).text;
    const markers = [...text.matchAll(/(\S+)\[\^(\d+)\](?!:)/g)].map(m => `${m[1]}[^${m[2]}]`);
    assert.deepStrictEqual(markers, ['Assembly,[^1]', '78/17,[^2]', 'Weapons;[^3]', '1990[^4]']);
    assert.ok(!/unres import: footnote/.test(text));
  });

  it('keeps every word of the pasted text: only the digits of the markers move', () => {
    const raw = fs.readFileSync(path.join(ROOT, 'test/fixtures/pasted/A-RES-79-16.txt'), 'utf8');
    const text = convertToMarkup(readPlainText(raw)).text;
    const official = officialWords(raw, 'Establishment of a nuclear-weapon-free zone in the region of the Middle East');
    const mine = importedWords(text);
    const body = compareWords(official.body, mine.body);
    const notes = compareWords(official.notes, mine.notes);
    // The year glued to note 4 (`19904`) is the one word that differs: `1990` and the marker.
    assert.deepStrictEqual([body.missingSample, body.inventedSample], [['19904'], ['1990']]);
    assert.deepStrictEqual([notes.official, notes.kept, notes.invented], [notes.official, notes.official, 0]);
  });

  it('property: importing text never drops or adds a word, whatever digits stand by the words', () => {
    const token = fc.oneof(
      fc.constantFrom(
        'Recalling',
        'the',
        'General',
        'Assembly',
        'resolution',
        'Development',
        'of',
        'in',
        'October',
        'Goal',
        'paragraphs',
        'and',
        'to',
        'Corr.',
        'vol.',
        'No.',
        'May',
      ),
      fc.constantFrom('1', '2', '3', '1990', '2015', '70/1', '59/300', '2015–2030'),
      fc
        .tuple(
          fc.constantFrom('Assembly', 'Development', 'Nations', '1990', '78/17', 'Weapons”', 'Corr.', 'resolution.'),
          fc.constantFrom('', ',', ';'),
          fc.constantFrom('1', '2', '3', '4'),
        )
        .map(([w, m, d]) => `${w}${m}${d}`),
    );
    const paragraph = fc.array(token, { minLength: 1, maxLength: 14 }).map(ts => `${ts.join(' ')},`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 4 }), (paragraphs, noteCount) => {
        const notes = Array.from({ length: noteCount }, (_, i) => `${i + 1} Note text ${i + 1}.`);
        const input = pasted(
          paragraphs.flatMap(p => [p, '']),
          notes,
        );
        const output = convertToMarkup(readPlainText(input)).text;
        // The words of the input against the output's, the markers put back as the digits they were.
        const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).sort();
        const back = output
          .replace(/^---\n[\s\S]*?\n---\n/, '')
          .replace(/<!-- unres import: footnote (\d+), whose marker was not found in the text \(a digit glued to a word\?\): /g, '$1 ')
          .replace(/^\[\^(\d+)\]: /gm, '$1 ')
          .replace(/\[\^(\d+)\]/g, '$1')
          .replace(/ -->/g, '');
        assert.deepStrictEqual(words(back), words(input), output);
      }),
      { numRuns: Number(process.env.UNRES_PROPERTY_RUNS ?? 200) },
    );
  });
});

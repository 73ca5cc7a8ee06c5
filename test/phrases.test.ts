import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { counterpart, matchOpening, nearestPhrase, phraseEntry, phrasesOf, type PhraseKind } from '../server/src/languageService/data/phraseMatch';
import { LEADING_MODIFIERS, OPERATIVE_PHRASES, PREAMBULAR_PHRASES } from '../server/src/languageService/data/phrases';
import { parseDocument } from '../server/src/languageService/parser';
import { computeDiagnostics } from '../server/src/languageService/rules/index';
import { phrasesRules } from '../server/src/languageService/rules/phrases';
import { parseMarkers, showRange } from './util/markers';
import { describeWithData, SEED_EXAMPLE, SHARED_DATA } from './util/shared';
import { HUGE_OPENING_LINE, unknownOpeners } from './util/stress';

const EOSG = path.join(SHARED_DATA, 'UN-EOSG-Analytics__un-mandates-housekeeping/paragraphs');

/** `phrase kind modifiers` of the opening of `text`, or `none`. */
function opening(text: string): string {
  const m = matchOpening(text);
  if (!m) return 'none';
  return [m.phrase, m.kind, ...m.modifiers.map(x => `+${x}`)].join(' ');
}

/** The text the match covers: `text.slice(start, start + length)`. */
function covered(text: string): string | undefined {
  const m = matchOpening(text);
  return m && text.slice(m.start, m.start + m.length);
}

describe('phrase lists', () => {
  it('hold several hundred phrases of each kind, multi-word ones included', () => {
    assert.ok(PREAMBULAR_PHRASES.length >= 200, `${PREAMBULAR_PHRASES.length} preambular`);
    assert.ok(OPERATIVE_PHRASES.length >= 200, `${OPERATIVE_PHRASES.length} operative`);
    for (const phrase of ['Noting with deep concern', 'Deeply concerned', 'Bearing in mind', 'Having considered', 'Guided by', 'Mindful', 'Taking note of']) {
      assert.strictEqual(phraseEntry(phrase)?.kind, 'preambular', phrase);
    }
    for (const phrase of ['Takes note of', 'Calls upon', 'Decides', 'Requests', 'Condemns', 'Expresses deep concern']) {
      assert.strictEqual(phraseEntry(phrase)?.kind, 'operative', phrase);
    }
  });

  it('list each phrase once, under one kind', () => {
    const all = [...PREAMBULAR_PHRASES, ...OPERATIVE_PHRASES].map(e => e.phrase.toLowerCase());
    assert.strictEqual(new Set(all).size, all.length);
  });

  it('pair preambular and operative phrases both ways', () => {
    const pairs: [string, string][] = [
      ['Recalling', 'Recalls'],
      ['Noting', 'Notes'],
      ['Welcoming', 'Welcomes'],
      ['Reaffirming', 'Reaffirms'],
      ['Taking note of', 'Takes note of'],
      ['Expressing concern', 'Expresses concern'],
      ['Noting with deep concern', 'Notes with deep concern'],
      ['Calling upon', 'Calls upon'],
      ['Bearing in mind', 'Bears in mind'],
    ];
    for (const [pre, op] of pairs) {
      assert.strictEqual(counterpart(pre), op);
      assert.strictEqual(counterpart(op), pre);
    }
    for (const entry of [...PREAMBULAR_PHRASES, ...OPERATIVE_PHRASES]) {
      if (!entry.counterpart) continue;
      const other = phraseEntry(entry.counterpart);
      assert.ok(other && other.kind !== entry.kind && other.counterpart === entry.phrase, `${entry.phrase} ↔ ${entry.counterpart}`);
    }
  });

  it('know no counterpart for unpaired or unknown phrases', () => {
    assert.strictEqual(counterpart('Deeply concerned'), undefined);
    assert.strictEqual(counterpart('Directs'), undefined);
    assert.strictEqual(counterpart('Frobnicating'), undefined);
  });

  it('carry notes on use for hover', () => {
    assert.match(phraseEntry('Recalling')?.note ?? '', /cites earlier texts/);
    assert.match(phraseEntry('Requests')?.note ?? '', /Secretary-General/);
  });

  it('leave modifiers to the matcher', () => {
    for (const m of LEADING_MODIFIERS) assert.strictEqual(phraseEntry(m), undefined, m);
    assert.strictEqual(phraseEntry('Also recalls'), undefined);
  });

  it('are listed by kind for completion, most common first', () => {
    assert.strictEqual(phrasesOf('preambular')[0].phrase, 'Recalling');
    assert.strictEqual(phrasesOf('operative')[0].phrase, 'Recalls');
    assert.ok(phrasesOf('operative').every(e => e.kind === 'operative'));
  });
});

describe('matchOpening', () => {
  const cases: [string, string][] = [
    ['*Recalling* its resolution 73/27,', 'Recalling preambular'],
    ['Recalling its resolution', 'Recalling preambular'],
    ['_Noting with deep concern_ that', 'Noting with deep concern preambular'],
    ['**Welcomes** the report;', 'Welcomes operative'],
    ['*Deeply concerned* that', 'Deeply concerned preambular'],
    ['*Deeply regrets* that', 'Regrets operative +deeply'],
    ['*Bearing in mind* that', 'Bearing in mind preambular'],
    ['*Taking note of* the report', 'Taking note of preambular'],
    ['*Takes note of* the report', 'Takes note of operative'],
    ['*Calls upon* all States', 'Calls upon operative'],
    ['*Calls for* the release', 'Calls for operative'],
    ['*Recalling also* its resolution', 'Recalling preambular +also'],
    ['*Recalling* also its resolution', 'Recalling preambular +also'],
    ['*Also recalling* its resolution', 'Recalling preambular +also'],
    ['*Further requests* the Secretary-General', 'Requests operative +further'],
    ['*Requests also* the Secretary-General', 'Requests operative +also'],
    ['*Reaffirming once again* its', 'Reaffirming preambular +once again'],
    ['*Once again urges* States', 'Urges operative +once again'],
    ['*Strongly condemns* all attacks', 'Condemns operative +strongly'],
    ['*Also strongly urges* States', 'Urges operative +also +strongly'],
    ['*Noting also with concern* that', 'Noting with concern preambular +also'],
    ['*Taking note also of* the report', 'Taking note of preambular +also'],
    ['*Expressing its deep appreciation* to', 'Expressing its deep appreciation preambular'],
    ['*Decides*, in this regard,', 'Decides operative'],
    ['*Re-emphasizes* the principle', 'Re-emphasizes operative'],
    ['*Recognising* the changing nature', 'Recognising preambular'],
    ['*RECALLING* its', 'Recalling preambular'],
    ['*Reafirming* its', 'none'],
    ['The General Assembly,', 'none'],
    ['*Also*, the', 'none'],
    ['', 'none'],
    ['*', 'none'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => assert.strictEqual(opening(text), expected));
  }

  it('gives the offsets of the matched words, emphasis markers outside', () => {
    assert.strictEqual(covered('*Recalling* its'), 'Recalling');
    assert.strictEqual(covered('**Welcomes** the'), 'Welcomes');
    assert.strictEqual(covered('*Recalling* also its'), 'Recalling* also');
    assert.strictEqual(covered('Also recalls the'), 'Also recalls');
    const m = matchOpening('*Also recalls* the')!;
    assert.deepStrictEqual([m.start, m.length, m.words], [1, 12, 'Also recalls']);
    assert.strictEqual('*Also recalls* the'.slice(m.phraseStart, m.phraseEnd), 'recalls');
  });

  it('tells whether the phrase stands in emphasis', () => {
    const emphasis = (t: string) => matchOpening(t)?.emphasis;
    assert.strictEqual(emphasis('*Recalling* its'), 'whole');
    assert.strictEqual(emphasis('*Recalling* also its'), 'whole');
    assert.strictEqual(emphasis('*Taking note* of the'), 'whole');
    assert.strictEqual(emphasis('Recalling its'), 'none');
    assert.strictEqual(emphasis('*Noting* with concern'), 'partial');
    assert.strictEqual(emphasis('Also *recalls* the'), 'partial');
    const m = matchOpening('*Noting* with concern that')!;
    assert.strictEqual('*Noting* with concern that'.slice(m.spanStart, m.spanEnd), '*Noting* with concern');
  });

  // Its speed beside a linear pass: npm run bench -- --only=units (units-opening-huge-line).
  it('matches the opening of a huge line', () => {
    assert.strictEqual(matchOpening(HUGE_OPENING_LINE)?.phrase, 'Recalling');
    assert.strictEqual(matchOpening('*'.repeat(100000)), undefined);
    assert.strictEqual(matchOpening('a'.repeat(100000)), undefined);
  });
});

describe('nearestPhrase', () => {
  const cases: [string, PhraseKind | undefined, string | undefined][] = [
    ['Reafirming its resolution', 'preambular', 'Reaffirming'],
    ['Recalleing', undefined, 'Recalling'],
    ['Notting with concern that', 'preambular', 'Noting with concern'],
    ['Decide to', 'operative', 'Decides'],
    ['Welcommes', 'operative', 'Welcomes'],
    ['Bearing in mid', 'preambular', 'Bearing in mind'],
    ['The Assembly', undefined, undefined],
    ['', undefined, undefined],
  ];
  for (const [words, kind, expected] of cases) {
    it(`${JSON.stringify(words)} (${kind ?? 'any'}) → ${expected}`, () => assert.strictEqual(nearestPhrase(words, kind), expected));
  }

  // Its speed: npm run bench -- --only=units (units-nearest-phrase-600).
  it('finds no phrase near many distinct unknown openers', () => {
    assert.deepStrictEqual(
      unknownOpeners().filter(words => nearestPhrase(words, 'preambular') !== undefined),
      [],
    );
  });
});

/** The phrase diagnostics of a marked document: `code@range` with severity, and the fix data. */
function check(marked: string): { found: string[]; expected: string[]; diagnostics: Diagnostic[] } {
  const { text, ranges } = parseMarkers(marked, { cursor: false });
  const doc = parseDocument(text, 'file:///t.unres');
  const diagnostics = computeDiagnostics(doc, { rules: phrasesRules }).filter(d => String(d.code).startsWith('phrase/'));
  return { found: diagnostics.map(d => showRange(d.range)), expected: ranges.map(showRange), diagnostics };
}

const SEVERITY: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

function summary(d: Diagnostic): string {
  return `${d.code} ${SEVERITY[d.severity ?? 0]}`;
}

describe('phrase rules', () => {
  it('accept a well-formed resolution, modifiers and all', () => {
    const { diagnostics } = check(`The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

*Recalling also* its resolution 72/1,

*Recalling* further its resolution 71/1,

*Deeply concerned* that the situation persists,

*Noting with deep concern* the report,

_Bearing in mind_ the Charter,

*Taking note* of the report of the Secretary-General,

1. *Welcomes* the report;

2. *Also requests* the Secretary-General to report;

3. *Strongly condemns* all attacks;

4. *Calls upon* all States to comply;

5. *Decides* to remain seized of the matter.
`);
    assert.deepStrictEqual(diagnostics.map(summary), []);
  });

  it('a known opening phrase in lower case (recalling, *decides*) is a warning with the capital as the fix, never applied by Fix All (issue 10)', () => {
    // No paragraph of the 7,437 in the EOSG data, nor of the 29 mandate-pipeline texts, opens in lower case.
    const { found, expected, diagnostics } = check(`The General Assembly,

*[[recalling]]* its resolution 73/27,

*[[noting with concern]]* the report,

1. *[[decides]]* to remain seized of the matter.
`);
    assert.deepStrictEqual(found, expected);
    assert.deepStrictEqual(diagnostics.map(summary), ['phrase/preambular warning', 'phrase/preambular warning', 'phrase/operative warning']);
    assert.deepStrictEqual(
      diagnostics.map(d => (d.data as { replacement: string }).replacement),
      ['Recalling', 'Noting with concern', 'Decides'],
    );
    assert.strictEqual(diagnostics[0].message, 'An opening phrase takes a capital: write "Recalling".');
    const bare = check('The General Assembly,\n\nrecalling its resolution 73/27,\n\n1. *Decides* to act.\n').diagnostics;
    assert.deepStrictEqual(
      bare.map(d => [d.code, (d.data as { replacement: string }).replacement]),
      [
        ['phrase/preambular', 'Recalling'],
        ['phrase/emphasis', '*recalling*'],
      ],
    );
  });

  it('phrase/preambular: an operative verb in the preamble is an error with the participle to use', () => {
    const { found, expected, diagnostics } = check(`The General Assembly,

*[[Recalls]]* its resolution 73/27,

*Also [[recalls]]* its resolution 72/1,

1. *Welcomes* the report.
`);
    assert.deepStrictEqual(found, expected);
    assert.deepStrictEqual(diagnostics.map(summary), ['phrase/preambular error', 'phrase/preambular error']);
    assert.match(String(diagnostics[0].message), /"Recalls" is an operative verb.*"Recalling"/);
    assert.deepStrictEqual(
      diagnostics.map(d => d.data),
      [{ replacement: 'Recalling' }, { replacement: 'recalling' }],
    );
  });

  it('phrase/preambular: an operative verb without a known participle gets no fix', () => {
    const { found, expected, diagnostics } = check(`The General Assembly,

*[[Directs]]* the Committee to meet,

1. *Welcomes* the report.
`);
    assert.deepStrictEqual(found, expected);
    assert.strictEqual(diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.strictEqual(diagnostics[0].data, undefined);
  });

  it('phrase/preambular: an unknown opener is a warning suggesting the nearest phrase', () => {
    const { found, expected, diagnostics } = check(`The General Assembly,

*[[Reafirming]]* its resolution 73/27,

[[Frobnicating]] the widgets,

1. *Welcomes* the report.
`);
    assert.deepStrictEqual(found, expected);
    assert.deepStrictEqual(diagnostics.map(summary), ['phrase/preambular warning', 'phrase/preambular warning']);
    assert.match(String(diagnostics[0].message), /did you mean "Reaffirming"\?/);
    assert.deepStrictEqual(diagnostics[0].data, { replacement: 'Reaffirming' });
    assert.match(String(diagnostics[1].message), /"Frobnicating" is not a known preambular phrase/);
  });

  it('phrase/operative: a participle in an operative paragraph is an error with the verb to use', () => {
    const { found, expected, diagnostics } = check(`The General Assembly,

*Recalling* its resolution 73/27,

1. *[[Welcoming]]* the report;

2. *[[Taking note also of]]* the report;

3. *[[Deeply concerned]]* by the situation.
`);
    assert.deepStrictEqual(found, expected);
    assert.deepStrictEqual(diagnostics.map(summary), ['phrase/operative error', 'phrase/operative error', 'phrase/operative error']);
    assert.deepStrictEqual(
      diagnostics.map(d => d.data),
      [{ replacement: 'Welcomes' }, { replacement: 'Takes note also of' }, undefined],
    );
    assert.match(String(diagnostics[0].message), /"Welcoming" is a preambular phrase.*"Welcomes"/);
  });

  it('phrase/operative: an unknown verb is a warning; an introductory clause before the verb is fine', () => {
    const { found, expected, diagnostics } = check(`The Security Council,

*Acting* under Chapter VII of the Charter of the United Nations,

1. *[[Decide]]* to extend the mandate;

2. Upon full cessation of hostilities, *calls upon* the Government to deploy;

3. *Acting* under Chapter VII of the Charter, *decides* that all States shall act;

4. *Decides* to remain seized of the matter.
`);
    assert.deepStrictEqual(found, expected);
    assert.deepStrictEqual(diagnostics.map(summary), ['phrase/operative warning']);
    assert.match(String(diagnostics[0].message), /did you mean "Decides"\?/);
  });

  it('phrase/operative: a lone unnumbered operative paragraph is checked as operative', () => {
    const ok = check(`The General Assembly,

*Recalling* its resolution 55/2,

*Adopts* the following Declaration:

# United Nations Millennium Declaration

We, the Heads of State and Government, have gathered.
`);
    assert.deepStrictEqual(ok.diagnostics.map(summary), []);
    const bad = check(`The General Assembly,

*Recalling* its resolution 55/2,

*[[Adopting]]* the following Declaration:

# Annex

Text.
`);
    assert.deepStrictEqual(bad.found, bad.expected);
    assert.deepStrictEqual(bad.diagnostics.map(summary), ['phrase/operative error']);
  });

  it('never check attachment paragraphs', () => {
    const { diagnostics } = check(`The General Assembly,

1. *Adopts* the Declaration annexed to the present resolution.

# Annex

*Whereas* the peoples have reaffirmed their faith,

1. Everyone has the right to life;

2. Recalling that nothing here is an opening phrase.
`);
    assert.deepStrictEqual(diagnostics.map(summary), []);
  });

  it('phrase/emphasis: an opening phrase not in emphasis, with the emphasised replacement', () => {
    const { found, expected, diagnostics } = check(`The General Assembly,

[[Recalling]] its resolution 73/27,

[[Recalling also]] its resolution 72/1,

[[*Noting* with concern]] the report,

*Recalling* also its resolution 71/1,

_Bearing in mind_ the Charter,

1. [[Further requests]] the Secretary-General to report;

2. [[Also *decides*]] to remain seized of the matter.
`);
    assert.deepStrictEqual(found, expected);
    assert.ok(diagnostics.every(d => d.code === 'phrase/emphasis' && d.severity === DiagnosticSeverity.Warning));
    assert.deepStrictEqual(
      diagnostics.map(d => d.data),
      [
        { replacement: '*Recalling*' },
        { replacement: '*Recalling also*' },
        { replacement: '*Noting with concern*' },
        { replacement: '*Further requests*' },
        { replacement: '*Also decides*' },
      ],
    );
  });

  it('apply to every part of a resolution adopted in parts', () => {
    const { found, expected } = check(`# A

The General Assembly,

*Recalling* its resolution 73/27,

1. *[[Recalling]]* the report.

# B

The General Assembly,

*[[Requests]]* the Secretary-General,

1. *Decides* to act.
`);
    assert.deepStrictEqual(found, expected);
  });

  it('follow the configured severity and directives', () => {
    const doc = parseDocument(`The General Assembly,

*Recalls* its resolution,

1. *Decides* to act.
`);
    const off = computeDiagnostics(doc, { rules: phrasesRules, config: { 'phrase/preambular': 'off' } });
    assert.deepStrictEqual(off, []);
    const warn = computeDiagnostics(doc, { rules: phrasesRules, config: { 'phrase/preambular': 'warning' } });
    assert.deepStrictEqual(warn.map(summary), ['phrase/preambular warning']);
  });

  it('the seed resolution A/RES/74/29 has no phrase diagnostics', () => {
    const doc = parseDocument(fs.readFileSync(SEED_EXAMPLE, 'utf8'));
    assert.deepStrictEqual(
      computeDiagnostics(doc, { rules: phrasesRules }).map(d => `${d.code} ${d.message}`),
      [],
    );
  });

  it('never throw on broken, half-typed or huge text', () => {
    const inputs = [
      '',
      'The General Assembly,\n\n*',
      'The General Assembly,\n\n*Recalling',
      'The General Assembly,\n\n**\n\n1. __',
      'The General Assembly,\n\n1. *Also*\n',
      'The General Assembly,\n\n1. ' + '*a '.repeat(30000),
      'The General Assembly,\n\n*Recalling* ' + 'x, '.repeat(50000) + '\n\n1. Upon ' + 'y,'.repeat(50000),
    ];
    for (const text of inputs) {
      const doc = parseDocument(text);
      const found: string[] = [];
      assert.doesNotThrow(() => phrasesRules.forEach(rule => rule({ doc, report: d => found.push(d.code) })));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Coverage over real resolutions

interface EosgParagraph {
  readonly text?: string;
  readonly type?: string;
  readonly paragraph_type?: string | null;
  readonly prefix?: string | null;
}

/** The tagged paragraphs of a resolution's body (annexes left out), with the kind the data gives. */
function bodyParagraphs(items: readonly EosgParagraph[]): { kind: PhraseKind; text: string }[] {
  const out: { kind: PhraseKind; text: string }[] = [];
  let previous: EosgParagraph | undefined;
  let numberedSeen = false;
  for (const item of items) {
    const text = (item.text ?? '').replace(/\s+/g, ' ').trim();
    if (item.type === 'heading') {
      // The body ends at an annex, or at the text adopted by a paragraph ending with a colon.
      if (/^annex/i.test(text)) break;
      if (previous?.paragraph_type && (previous.text ?? '').trim().endsWith(':')) break;
    }
    if (item.type !== 'paragraph') continue;
    previous = item;
    if (item.paragraph_type !== 'preambular' && item.paragraph_type !== 'operative') continue;
    const prefix = (item.prefix ?? '').trim();
    if (prefix && !/^\d+\.$/.test(prefix)) continue; // subparagraphs and list items
    if (prefix) numberedSeen = true;
    // Artefacts of the PDF extraction, not paragraphs: organ lines, page headers and footers,
    // footnotes, continuations of a paragraph split by a page break, bullets and separators.
    if (/^The (General Assembly|Security Council)\b/.test(text)) continue;
    if (!/^[A-Z]/.test(text)) continue;
    if (/^(General Assembly—|[IVX]+\. Resolutions|Reissued for technical reasons)/.test(text)) continue;
    const m = matchOpening(text);
    // A lone unnumbered operative paragraph (`Adopts the following Declaration:`) is operative,
    // whatever the data's tag; what follows it is the adopted text.
    if (!prefix && !numberedSeen && m?.kind === 'operative' && /^(Adopts|Proclaims|Solemnly proclaims)\b/.test(text)) {
      out.push({ kind: 'operative', text });
      break;
    }
    out.push({ kind: item.paragraph_type, text });
  }
  return out;
}

function isModern(file: string): boolean {
  const ga = /^A_RES_(\d+)_\d/.exec(file);
  const sc = /^S_RES_\d+\((\d{4})\)/.exec(file);
  return (!!ga && Number(ga[1]) >= 45) || (!!sc && Number(sc[1]) >= 1990);
}

describeWithData('coverage over real resolutions (EOSG paragraphs, GA session 45 on, SC 1990 on)', function () {
  this.timeout(20000);

  it('recognises the opening of at least 98% of tagged preambular and operative paragraphs with the right kind', function () {
    const files = fs.readdirSync(EOSG).filter(f => f.endsWith('.json') && isModern(f));
    assert.ok(files.length >= 40, `${files.length} files`);
    let total = 0;
    const missed: string[] = [];
    for (const file of files) {
      const items = JSON.parse(fs.readFileSync(path.join(EOSG, file), 'utf8')) as EosgParagraph[];
      for (const p of bodyParagraphs(items)) {
        total++;
        const m = matchOpening(p.text);
        if (m?.kind !== p.kind) missed.push(`${file} ${p.kind} → ${m ? m.kind : 'none'}: ${p.text.slice(0, 70)}`);
      }
    }
    if (process.env.UNRES_VERBOSE) console.log(`${total - missed.length}/${total} recognised; missed:\n${missed.join('\n')}`);
    const rate = (total - missed.length) / total;
    assert.ok(total > 800, `${total} paragraphs`);
    assert.ok(rate >= 0.98, `${(rate * 100).toFixed(1)}% of ${total}; missed:\n${missed.join('\n')}`);
  });
});

describeWithData('coverage over real resolutions (mandate-pipeline, GA sessions 78–80)', () => {
  const dir = path.join(SHARED_DATA, 'wannli__mandate-pipeline/extracted');

  it('recognises the operative verb of at least 99% of extracted operative paragraphs', function () {
    if (!fs.existsSync(dir)) this.skip();
    let total = 0;
    const missed: string[] = [];
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.json'))) {
      const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { paragraphs?: Record<string, string> };
      for (const [n, text] of Object.entries(data.paragraphs ?? {})) {
        total++;
        if (matchOpening(text.trim())?.kind !== 'operative') missed.push(`${file} ${n}: ${text.trim().slice(0, 70)}`);
      }
    }
    assert.ok(total > 400, `${total} paragraphs`);
    assert.ok(missed.length <= total / 100, `${missed.length} of ${total} missed:\n${missed.join('\n')}`);
  });
});

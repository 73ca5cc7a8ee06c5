/**
 * Issue 15: documents out. One layout (export/layout.ts) read by three writers — Akoma Ntoso
 * (validated against the OASIS schema with libxml2 compiled to WebAssembly), Word (read back from
 * the .docx's XML) and a standalone HTML page — and `unres export` as a user runs it. Fuzzed
 * documents (test/fuzz) check that nothing typed becomes markup, script or broken XML.
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDocument } from '../server/src/languageService/parser';
import { layoutDocument, plainText, type Layout, type LayoutBlock, type LayoutItem, type Run } from '../server/src/languageService/export/layout';
import { layoutAkn, workIri } from '../server/src/languageService/export/akn';
import { htmlPage } from '../server/src/languageService/export/html';
import { layoutDocx } from '../server/src/export/docx';
import { validateAkn, validateAknMany } from '../server/src/export/validateAkn';
import { fuzzCase, junk } from './fuzz/generate';
import { ROOT, SEED_EXAMPLE, SHARED_DATA } from './util/shared';
import { zipEntries } from './util/zip';

const SCHEMA = path.join(SHARED_DATA, 'akoma-ntoso');
const haveSchema = fs.existsSync(path.join(SCHEMA, 'akomantoso30.xsd'));
/** Skips a test that validates against the schema of ../shared (the run's one message says when it is absent). */
function needSchema(ctx: Mocha.Context): void {
  if (!haveSchema) ctx.skip();
}

const model = (text: string, uri = 'file:///x.unres') => parseDocument(text, uri, 1);

/** A resolution with an annex and articles, parts, sections, subparagraphs two levels deep, footnotes and brackets. */
const RICH = `---
symbol: A/RES/43/78
session: 43
agenda-item: 67 (b)
adopted: 7 December 1988
meeting: 75th plenary meeting
report: A/43/850
title: Review and implementation
status: adopted
---

# A

The General Assembly,

*Recalling* its resolutions 36/103 of 9 December 1981 and 42/1 of 1 October 1987,[^1]

## I. Values

1. *Decides* to act on Security Council resolution 1325 (2000);

2. *Requests* the Secretary-General:

   (a) To report;

      (i) In 1989;

      (ii) In 1990;

   (b) To convene a meeting.

# B

The General Assembly,

*Adopts* the Convention annexed to the present resolution.[^1]

# Annex

## Convention on something

### Article 1

#### Purpose

1. The purpose of the present Convention is peace.

2. Parties shall cooperate.

### Article 2

Nothing in this Convention affects resolution 2625 (XXV).

[^1]: See A/43/850.
`;

function operativeCount(text: string): number {
  const doc = model(text);
  return doc.parts.reduce((n, p) => n + p.operative.length, 0);
}

function citedCount(text: string): number {
  return model(text)
    .citations.filter(c => !c.malformed)
    .reduce((n, c) => n + c.items.filter(i => !i.malformed).length, 0);
}

function mainOf(xml: string): string {
  const start = xml.indexOf('<mainBody>');
  return xml.slice(start, xml.indexOf('</mainBody>', start));
}

const documents = (): { name: string; text: string }[] => [
  ...fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter(f => f.endsWith('.unres'))
    .map(f => ({ name: `examples/${f}`, text: fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8') })),
  ...(fs.existsSync(SEED_EXAMPLE) ? [{ name: 'the seed A/RES/74/29', text: fs.readFileSync(SEED_EXAMPLE, 'utf8') }] : []),
  { name: 'A/RES/79/11 (typed from the official PDF)', text: fs.readFileSync(path.join(ROOT, 'test/fixtures/export/A-RES-79-11.unres'), 'utf8') },
  { name: 'a resolution in parts with an annex and articles', text: RICH },
];

describe('export: the layout every writer reads', () => {
  it('lays out a General Assembly resolution: masthead, adoption line, number, report, closing', () => {
    const layout = layoutDocument(model(RICH));
    assert.deepStrictEqual(
      {
        symbol: layout.symbol,
        organ: layout.organName,
        distr: layout.distribution,
        date: layout.date,
        number: layout.number,
        report: layout.report,
        closing: layout.closing,
        front: layout.front.map(f => f.text),
      },
      {
        symbol: 'A/RES/43/78',
        organ: 'General Assembly',
        distr: 'General',
        date: '7 December 1988',
        number: '43/78',
        report: '[on the report (A/43/850)]',
        closing: { meeting: '75th plenary meeting', date: '7 December 1988' },
        front: ['Forty-third session', 'Agenda item 67 (b)', 'Review and implementation'],
      },
    );
    assert.deepStrictEqual(layout.adoption, ['Resolution adopted by the General Assembly on 7 December 1988']);
    assert.deepStrictEqual(
      layout.parts.map(p => p.letter),
      ['A', 'B'],
    );
    assert.deepStrictEqual(
      layout.attachments.map(a => a.heading),
      ['Annex'],
    );
    assert.deepStrictEqual(
      layout.footnotes.map(f => [f.label, plainText(f.runs)]),
      [['1', 'See A/43/850.']],
      'a footnote referenced twice is listed once',
    );
  });

  it('lays out a Security Council resolution and a draft with its sponsors', () => {
    const sc = layoutDocument(model('---\nsymbol: S/RES/2250 (2015)\nadopted: 9 December 2015\nmeeting: 7573rd meeting\nstatus: adopted\n---\n\nThe Security Council,\n'));
    assert.deepStrictEqual(sc.adoption, ['Resolution 2250 (2015)', 'Adopted by the Security Council at its 7573rd meeting, on 9 December 2015']);
    assert.strictEqual(sc.closing, undefined);
    const draft = layoutDocument(model('---\nsymbol: A/C.3/80/L.10\nsponsors:\n  - Chile\n  - Ghana\nstatus: draft\n---\n'));
    assert.strictEqual(draft.sponsorLine, 'Chile and Ghana: draft resolution');
    assert.strictEqual(draft.distribution, 'Limited');
    assert.deepStrictEqual(layoutDocument(model('The General Assembly,\n')).adoption, [], 'no front matter: what it has, and no invented line');
  });

  it('gives each cited resolution a run of its own, with its symbol and date', () => {
    const layout = layoutDocument(
      model('The General Assembly,\n\n*Recalling* its resolutions 36/103 of 9 December 1981, 43/78 H of 7 December 1988 and Security Council resolution 1325 (2000),\n'),
    );
    const block = layout.parts[0].blocks[1] as Extract<LayoutBlock, { kind: 'preambular' }>;
    assert.deepStrictEqual(
      block.runs.filter(r => r.cite).map(r => [r.text, r.cite!.symbol, r.cite!.date]),
      [
        ['36/103', 'A/RES/36/103', '1981-12-09'],
        ['43/78 H', 'A/RES/43/78 H', '1988-12-07'],
        ['1325 (2000)', 'S/RES/1325 (2000)', undefined],
      ],
    );
  });

  it('names cited texts by AKN IRIs (AKN4UN naming convention)', () => {
    assert.strictEqual(workIri('A/RES/74/29', '2019-12-12'), '/akn/un/statement/deliberation/un-ga/2019-12-12/74-29');
    assert.strictEqual(workIri('A/RES/43/78 H', '1988-12-07'), '/akn/un/statement/deliberation/un-ga/1988-12-07/43-78_H');
    assert.strictEqual(workIri('S/RES/2250 (2015)', undefined), '/akn/un/statement/deliberation/un-sc/2015-01-01/2250_2015');
    assert.strictEqual(workIri('A/DEC/73/546', '2019-09-09'), '/akn/un/statement/decision/un-ga/2019-09-09/73-546');
  });
});

describe('export: Akoma Ntoso (AKN4UN)', function () {
  this.timeout(120_000);

  for (const { name, text } of documents()) {
    it(`${name}: valid against akomantoso30.xsd, one <paragraph> per operative paragraph, one <ref> per cited resolution`, async function () {
      needSchema(this);
      const xml = layoutAkn(layoutDocument(model(text)), { today: '2026-12-03' });
      const result = await validateAkn(xml, SCHEMA);
      assert.deepStrictEqual(result.errors, []);
      assert.ok(result.valid);
      const main = mainOf(xml);
      assert.strictEqual((main.match(/<paragraph /g) ?? []).length, operativeCount(text));
      assert.strictEqual((xml.match(/<ref /g) ?? []).length, citedCount(text));
      assert.match(xml, /<statement name="resolution" contains="originalVersion">/);
    });
  }

  it('models the seed as AKN4UN shows it: FRBR IRIs, formula, one container per preambular paragraph, numbered paragraphs, conclusions', function () {
    if (!fs.existsSync(SEED_EXAMPLE)) this.skip();
    const text = fs.readFileSync(SEED_EXAMPLE, 'utf8');
    const xml = layoutAkn(layoutDocument(model(text)), { today: '2026-12-03' });
    assert.match(
      xml,
      /<FRBRthis value="\/akn\/un\/statement\/deliberation\/un-ga\/2019-12-12\/74-29\/!main"\/><FRBRuri value="\/akn\/un\/statement\/deliberation\/un-ga\/2019-12-12\/74-29"\/>/,
    );
    assert.match(xml, /<FRBRuri value="\/akn\/un\/statement\/deliberation\/un-ga\/2019-12-12\/74-29\/eng@"\/>/);
    assert.match(xml, /<formula name="enactingFormula"><p><i>The General Assembly,<\/i><\/p><\/formula>/);
    assert.strictEqual((xml.match(/<container eId="preamble__container_\d+"/g) ?? []).length, model(text).parts[0].preambular.length);
    assert.match(xml, /<ref eId="preamble__container_1__ref_1" href="\/akn\/un\/statement\/deliberation\/un-ga\/1981-12-09\/36-103">36\/103<\/ref>/);
    assert.match(xml, /<paragraph eId="para_3"><num>3\.<\/num><content><p><i>Decides<\/i> to include/);
    assert.match(
      xml,
      /<conclusions>\n<container eId="conclusions__container_1" name="conclusion"><p><event refersTo="#plenaryMeeting">46th plenary meeting<\/event> <docDate date="2019-12-12" refersTo="#adoptionDate">12 December 2019<\/docDate><\/p><\/container>/,
    );
    assert.match(xml, /<p><docNumber>74\/29<\/docNumber>\. <docTitle>Developments in the field/);
  });

  it('models subparagraphs as list/point, footnotes as authorialNote, parts, sections and annexed articles', () => {
    const xml = layoutAkn(layoutDocument(model(RICH)), { today: '2026-12-03' });
    assert.match(
      xml,
      /<paragraph eId="part_A__sec_1__para_2"><num>2\.<\/num><list eId="part_A__sec_1__para_2__list_1"><intro eId="part_A__sec_1__para_2__list_1__intro"><p><i>Requests<\/i> the Secretary-General:<\/p><\/intro><point eId="part_A__sec_1__para_2__list_1__point_a"><num>\(a\)<\/num>/,
    );
    assert.match(xml, /<point eId="part_A__sec_1__para_2__list_1__point_a__list_1__point_ii"><num>\(ii\)<\/num><content><p>In 1990;<\/p><\/content><\/point>/);
    assert.match(xml, /<authorialNote eId="fn_1" marker="1" placement="bottom"><p>See A\/43\/850\.<\/p><\/authorialNote>/);
    assert.match(xml, /<noteRef href="#fn_1" marker="1"\/>/, 'the second reference points at the note');
    assert.match(xml, /<section eId="part_A__sec_1"><num>I\.<\/num><heading>Values<\/heading>/);
    assert.match(xml, /<attachment eId="att_1">\n<doc name="annex">/);
    assert.match(xml, /<FRBRthis value="\/akn\/un\/statement\/deliberation\/un-ga\/1988-12-07\/43-78\/!annex_1"\/>/);
    assert.match(xml, /<article eId="att_1__art_1"><num>Article 1<\/num><heading>Purpose<\/heading><paragraph eId="att_1__art_1__para_1"><num>1\.<\/num>/);
    assert.match(
      xml,
      /<article eId="att_1__art_2"><num>Article 2<\/num><paragraph eId="att_1__art_2__para_1"><content><p>Nothing in this Convention affects resolution <ref [^>]*href="\/akn\/un\/statement\/deliberation\/un-ga\/1970-01-01\/2625_XXV">2625 \(XXV\)<\/ref>/,
    );
  });

  it('the validator rejects what the schema forbids (it can fail)', async function () {
    needSchema(this);
    const xml = layoutAkn(layoutDocument(model(RICH)), { today: '2026-12-03' }).replace('<mainBody>', '<mainBody><bogus/>');
    const result = await validateAkn(xml, SCHEMA);
    assert.strictEqual(result.valid, false);
    assert.match(result.errors.join('\n'), /bogus/);
  });

  it('any document, however broken, exports as well-formed XML valid against the schema (fuzz: 60 documents)', async function () {
    needSchema(this);
    // One xmllint run for all (the schema compiles once); each document's messages come back apart.
    const texts = fc.sample(fuzzCase(4, 0.05), { numRuns: 60, seed: 15 }).map(c => c.text);
    const xmls = texts.map(text => layoutAkn(layoutDocument(model(text)), { today: '2026-12-03' }));
    for (const xml of xmls) assert.strictEqual(XMLValidator.validate(xml), true);
    const results = await validateAknMany(
      xmls.map((xml, i) => ({ xml, fileName: `fuzz-${i}.xml` })),
      SCHEMA,
    );
    results.forEach((r, i) => assert.deepStrictEqual(r.errors, [], texts[i].slice(0, 400)));
    assert.strictEqual(results.length, 60);
  });
});

/** The paragraphs of a .docx: their text, and the text of their italic runs. */
function wordParagraphs(docx: Buffer): { text: string; italic: string; footnotes: number }[] {
  const xml = zipEntries(docx).get('word/document.xml')!.toString('utf8');
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map(m => {
    const p = m[1] ?? m[2];
    const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(r => r[1]);
    const textOf = (r: string) => [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join('');
    return {
      text: decode(runs.map(textOf).join('')),
      italic: decode(
        runs
          .filter(r => /<w:i\/>|<w:i w:val="true"\/>/.test(r))
          .map(textOf)
          .join(''),
      ),
      footnotes: (p.match(/<w:footnoteReference /g) ?? []).length,
    };
  });
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The words Word shows: an undefined footnote's marker stays as text (it has no note to be). */
function wordText(runs: readonly Run[], layout: Layout): string {
  return runs.map(r => (r.footnote ? (layout.footnotes.some(f => f.label === r.footnote) ? '' : r.footnote) : r.text)).join('');
}

function blockTexts(blocks: readonly LayoutBlock[], layout: Layout): { text: string; opener?: string }[] {
  const plainText = (runs: readonly Run[]) => wordText(runs, layout);
  const item = (i: LayoutItem): { text: string }[] => [{ text: `${i.label}\t${plainText(i.runs)}` }, ...i.children.flatMap(item)];
  return blocks.flatMap(b => {
    const opener = b.runs.find(r => r.italic)?.text;
    if (b.kind === 'operative') return [{ text: `${b.num !== undefined ? `${b.num}.\t` : ''}${plainText(b.runs)}`, opener }, ...b.items.flatMap(item)];
    return [{ text: plainText(b.runs), opener }];
  });
}

describe('export: Word', function () {
  this.timeout(60_000);

  for (const { name, text } of documents()) {
    it(`${name}: every paragraph in order, openers in italics, footnotes as Word footnotes`, async () => {
      const layout = layoutDocument(model(text));
      const docx = await layoutDocx(layout);
      const paragraphs = wordParagraphs(docx);
      const expected = [...layout.parts.flatMap(p => blockTexts(p.blocks, layout)), ...layout.attachments.flatMap(a => [{ text: a.heading }, ...blockTexts(a.blocks, layout)])];
      let at = 0;
      for (const e of expected) {
        const found = paragraphs.findIndex((p, i) => i >= at && p.text === e.text);
        assert.ok(found >= 0, `paragraph not found in order: ${JSON.stringify(e.text.slice(0, 120))}`);
        if (e.opener) assert.ok(paragraphs[found].italic.startsWith(e.opener), `opener in italics: ${e.opener}`);
        at = found + 1;
      }
      const references = paragraphs.reduce((n, p) => n + p.footnotes, 0);
      assert.strictEqual(references, model(text).footnoteReferences.filter(r => layout.footnotes.some(f => f.label === r.label)).length);
      const notes = zipEntries(docx).get('word/footnotes.xml')?.toString('utf8') ?? '';
      const noteText = decode([...notes.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join(''));
      // A definition nothing refers to has no place in Word (a note lives at its reference).
      const referenced = layout.footnotes.filter(f => model(text).footnoteReferences.some(r => r.label === f.label));
      for (const f of referenced) assert.ok(noteText.includes(plainText(f.runs)), `footnote text ${plainText(f.runs)}`);
      assert.strictEqual((notes.match(/<w:footnote w:id="[1-9]/g) ?? []).length, referenced.length, 'each note once');
    });
  }

  it('sets the page: A4, Times New Roman, the symbol in the running head, page numbers, the annex on a new page', async () => {
    const docx = await layoutDocx(layoutDocument(model(RICH)));
    const files = zipEntries(docx);
    const document = files.get('word/document.xml')!.toString('utf8');
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(files.get('word/styles.xml')!.toString('utf8'), /w:ascii="Times New Roman"/);
    assert.match(document, /<w:pageBreakBefore\/>[\s\S]*?<w:t xml:space="preserve">Annex<\/w:t>/);
    const headers = [...files]
      .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
      .map(([, b]) => b.toString('utf8'))
      .join('');
    assert.match(headers, /A\/RES\/43\/78/);
    const footers = [...files]
      .filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
      .map(([, b]) => b.toString('utf8'))
      .join('');
    assert.match(footers, /PAGE/);
    assert.match(document, /<w:titlePg\/>/);
  });

  it('keeps negotiation brackets and writes hostile text as text', async () => {
    const docx = await layoutDocx(layoutDocument(model('---\nstatus: draft\n---\n\nThe General Assembly,\n\n1. *Calls upon* States [to act] <w:p>&amp; \u0001 \ud800 ]]>;\n')));
    const paragraphs = wordParagraphs(docx);
    assert.ok(
      paragraphs.some(p => p.text === '1.\tCalls upon States [to act] <w:p>&amp;   ]]>;'),
      JSON.stringify(paragraphs.map(p => p.text)),
    );
    assert.strictEqual(XMLValidator.validate(zipEntries(docx).get('word/document.xml')!.toString('utf8')), true);
  });
});

/** What is wrong in a page: a tag or attribute outside the fixed set the writer uses. */
function foreignMarkup(html: string): string[] {
  const tags = new Set([
    'html',
    'head',
    'meta',
    'title',
    'style',
    'body',
    'article',
    'div',
    'span',
    'header',
    'section',
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    'sup',
    'br',
    'footer',
  ]);
  const problems: string[] = [];
  const body = html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>') >= 0 ? html.lastIndexOf('</body>') : undefined);
  for (const [, name, attributes] of body.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!tags.has(name.toLowerCase()) || ['html', 'head', 'meta', 'title', 'style'].includes(name.toLowerCase())) problems.push(`<${name}>`);
    for (const [, attribute] of attributes.matchAll(/\s([^\s=]+)=/g)) if (!['class', 'data-line', 'title'].includes(attribute)) problems.push(`${attribute}= on <${name}>`);
  }
  return problems;
}

describe('export: HTML', () => {
  it('is a standalone page in the UN layout, with a policy that runs no script and fetches nothing', () => {
    const page = htmlPage(layoutDocument(model(RICH)));
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(page, /<title>A\/RES\/43\/78 — Review and implementation<\/title>/);
    assert.match(page, /\.unres-doc \.attachment \{[^}]*break-before: page/);
    assert.deepStrictEqual(foreignMarkup(page), []);
  });

  it('the check finds foreign markup (it can fail)', () => {
    assert.deepStrictEqual(foreignMarkup('<body><p onclick="x">a</p><script>1</script><a href="y">b</a></body>'), ['onclick= on <p>', '<script>', '<a>', 'href= on <a>']);
  });

  it('no document text becomes markup, script or broken XML (fuzz)', () => {
    fc.assert(
      fc.property(fuzzCase(4, 0), fc.array(junk, { maxLength: 3 }), (c, extra) => {
        const text = c.text + '\n\n' + extra.map(e => `1. *Decides* ${e} <script>alert(1)</script><img src=x onerror=y>;`).join('\n\n');
        const page = htmlPage(layoutDocument(model(text)));
        assert.deepStrictEqual(foreignMarkup(page), []);
        // The page is also well-formed as XML (every tag closed, every entity known, no forbidden character).
        assert.strictEqual(
          XMLValidator.validate(
            page
              .replace(/^<!DOCTYPE html>\n/, '')
              .replace(/<br>/g, '<br/>')
              .replace(/<meta ([^>]*)>/g, '<meta $1/>'),
          ),
          true,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('parses back to the same words', () => {
    const text = fs.existsSync(SEED_EXAMPLE) ? fs.readFileSync(SEED_EXAMPLE, 'utf8') : RICH;
    const layout = layoutDocument(model(text));
    const parsed = new XMLParser({ ignoreAttributes: true, preserveOrder: false, stopNodes: ['*.style'] });
    const page = htmlPage(layout)
      .replace(/^<!DOCTYPE html>\n/, '')
      .replace(/<br>/g, '<br/>')
      .replace(/<meta ([^>]*)>/g, '<meta $1/>');
    assert.ok(parsed.parse(page));
    const words = (s: string) =>
      s
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
        .split(/\s+/)
        .filter(Boolean)
        .join(' ');
    for (const b of layout.parts[0].blocks) assert.ok(words(page).includes(words(plainText(b.runs))), plainText(b.runs).slice(0, 80));
  });
});

describe('unres export (the command line)', function () {
  this.timeout(120_000);
  const CLI = path.join(ROOT, 'bin/unres.js');
  const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) {
      const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(build.status, 0, build.stderr);
    }
  });

  it('writes each format: exit 0 for a clean document, 1 (written, errors as warnings) for a faulty one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-export-'));
    for (const to of ['docx', 'akn', 'html']) {
      const clean = run(['export', '--to', to, '--out', dir, 'examples/A-RES-74-29.unres']);
      assert.strictEqual(clean.status, 0, clean.stderr);
      const file = path.join(dir, `A-RES-74-29.${to === 'akn' ? 'xml' : to}`);
      assert.strictEqual(clean.stdout.trim(), file);
      assert.ok(fs.statSync(file).size > 1000);
      const faulty = run(['export', '--to', to, '--out', path.join(dir, `faulty.${to}`), 'examples/faulty.unres']);
      assert.strictEqual(faulty.status, 1);
      assert.ok(fs.existsSync(path.join(dir, `faulty.${to}`)), 'written all the same');
      assert.match(faulty.stderr, /faulty\.unres:\d+:\d+: warning numbering\/operative /);
      assert.doesNotMatch(faulty.stderr, /: error /);
    }
    assert.strictEqual(fs.readFileSync(path.join(dir, 'A-RES-74-29.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('validates Akoma Ntoso with --validate', function () {
    needSchema(this);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-export-'));
    const r = run(['export', '--to', 'akn', '--validate', '--schema', SCHEMA, '--out', dir, 'examples/A-RES-74-29.unres', 'examples/S-RES-2250-2015.unres']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /A-RES-74-29\.xml: valid against akomantoso30\.xsd/);
    assert.match(r.stderr, /S-RES-2250-2015\.xml: valid against akomantoso30\.xsd/);
  });

  it('exit 2 when it cannot run: no format, an unknown one, an unreadable file, no schema, --validate without akn', () => {
    for (const args of [
      ['export', 'examples/A-RES-74-29.unres'],
      ['export', '--to', 'pdf', 'x.unres'],
      ['export', '--to', 'html', 'no/such.unres'],
      ['export', '--to', 'akn', '--validate', '--schema', os.tmpdir(), 'examples/A-RES-74-29.unres'],
      ['export', '--to', 'html', '--validate', 'examples/A-RES-74-29.unres'],
    ]) {
      const r = run(args);
      assert.strictEqual(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^unres: /);
    }
  });
});

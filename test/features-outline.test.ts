/**
 * Outline and navigation: document symbols, workspace symbols, folding ranges, selection ranges.
 */
import * as assert from 'node:assert';
import type { DocumentSymbol, FoldingRange, SelectionRange } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { showRange } from './util/markers';
import { textDocument, workspaceFixture } from './util/workspaceFixture';

const DRAFT = `---
symbol: A/C.1/74/L.1
title: Developments in the field of information
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

*Noting with concern* the report,

1. *Welcomes* the work of the Group;

2. *Requests* the Secretary-General:

   (a) To report;

   (b) To convene experts:

      (i) In 2026;

      (ii) In 2027;

3. *Decides* to remain seized of the matter.[^1]

[^1]: A/74/363.

# Annex

### Article 1

1. States Parties undertake to cooperate.

2. They report.
`;

const service = createLanguageService({ workspace: new InMemoryWorkspace({}) });
let count = 0;
const fresh = (text: string) => textDocument(text, `file:///ws/outline-${++count}.unres`);

/** The outline as indented lines `name — detail [range]`, to compare with what a reader expects. */
function show(symbols: readonly DocumentSymbol[] | undefined, depth = 0): string[] {
  return (symbols ?? []).flatMap(s => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...show(s.children, depth + 1)]);
}

/** Every child range lies inside its parent's, and every selection range inside its symbol's. */
function assertNested(symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void {
  const inside = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) =>
    (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
    (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  for (const s of symbols) {
    assert.ok(inside(s.selectionRange, s.range), `selection of ${s.name} outside its range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} outside ${parent.name}`);
    assertNested(s.children ?? [], s);
  }
}

describe('document symbols', () => {
  it('outlines front matter, preamble by phrase, operative paragraphs by number and verb, subparagraphs, footnotes, annex and articles', async () => {
    const symbols = await service.getDocumentSymbols(fresh(DRAFT));
    assert.deepStrictEqual(show(symbols), [
      'Front matter — A/C.1/74/L.1',
      '  symbol — A/C.1/74/L.1',
      '  title — Developments in the field of information',
      'The General Assembly',
      'Preamble — 2 paragraphs',
      '  Recalling — PP1',
      '  Noting with concern — PP2',
      'Operative part — 3 paragraphs',
      '  1. Welcomes — the work of the Group;',
      '  2. Requests — the Secretary-General:',
      '    (a) — To report;',
      '    (b) — To convene experts:',
      '      (i) — In 2026;',
      '      (ii) — In 2027;',
      '  3. Decides — to remain seized of the matter.[^1]',
      'Footnotes',
      '  [^1] — A/74/363.',
      'Annex',
      '  Article 1',
      '    1. — States Parties undertake to cooperate.',
      '    2. — They report.',
    ]);
    assertNested(symbols);
  });

  it('groups paragraphs under their section headings and puts each part of a resolution adopted in parts apart', async () => {
    const text =
      '# A\n\nThe General Assembly,\n\n## I. Values\n\n1. *Decides* one;\n\n2. *Decides* two.\n\n# B\n\nThe General Assembly,\n\n*Recalling* part A,\n\n*Decides* to act.\n';
    const symbols = await service.getDocumentSymbols(fresh(text));
    assert.deepStrictEqual(show(symbols), [
      'A',
      '  The General Assembly',
      '  Operative part — 2 paragraphs',
      '    I. Values',
      '      1. Decides — one;',
      '      2. Decides — two.',
      'B',
      '  The General Assembly',
      '  Preamble — 1 paragraph',
      '    Recalling — PP1',
      '  Operative part — 1 paragraph',
      '    Decides — to act.',
    ]);
    assertNested(symbols);
  });

  it('gives every symbol a name, even for half-typed text', async () => {
    for (const text of ['', '---\n: x\n---\n', 'The General Assembly,\n\n**\n\n1.\n\n(a)\n\n# \n']) {
      const symbols = await service.getDocumentSymbols(fresh(text));
      const names = show(symbols);
      assert.ok(
        names.every(n => n.trim() !== ''),
        JSON.stringify(names),
      );
      assertNested(symbols);
    }
  });
});

describe('workspace symbols', () => {
  it('finds documents by symbol and by title, symbol matches first', async () => {
    const f = await workspaceFixture({
      'a.unres': '---\nsymbol: A/RES/74/29\ntitle: Developments in the field of information\n---\n\nThe General Assembly,\n',
      'b.unres': '---\nsymbol: A/RES/73/27\ntitle: Human rights and information\n---\n\nThe General Assembly,\n',
      'c.unres': 'The General Assembly,\n',
    });
    const bySymbol = await f.service.getWorkspaceSymbols('74/29');
    assert.deepStrictEqual(
      bySymbol.map(s => s.name),
      ['A/RES/74/29 — Developments in the field of information'],
    );
    assert.strictEqual(bySymbol[0].location.uri, f.uri('a.unres'));
    assert.strictEqual(showRange((bySymbol[0].location as { range: DocumentSymbol['range'] }).range), '1:8-1:19');
    const byTitle = await f.service.getWorkspaceSymbols('information');
    assert.deepStrictEqual(byTitle.map(s => s.name).sort(), ['A/RES/73/27 — Human rights and information', 'A/RES/74/29 — Developments in the field of information']);
    assert.strictEqual((await f.service.getWorkspaceSymbols('')).length, 2, 'a document without symbol or title is no symbol');
    assert.deepStrictEqual(await f.service.getWorkspaceSymbols('zzz'), []);
  });
});

describe('folding ranges', () => {
  it('folds the front matter, paragraphs with their subparagraphs, subparagraphs with children, the annex, the article and comments', async () => {
    const text = `${DRAFT}\n<!-- a note\n   over two lines -->\n`;
    const ranges = await service.getFoldingRanges(fresh(text));
    const shown = ranges.map((r: FoldingRange) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
    // Lines: front matter 0–3; paragraph 2 on 13–21 with (b) on 17–21; `# Annex` 27, `### Article 1` 29, its last paragraph 33; the comment 35–36.
    assert.deepStrictEqual(shown, ['0-3', '13-21', '17-21', '27-33 region', '29-33 region', '35-36 comment']);
  });
});

describe('selection ranges', () => {
  async function chain(marked: string): Promise<string[]> {
    const f = await workspaceFixture({ 'doc.unres': marked });
    const [selection] = await f.service.getSelectionRanges(f.doc, [f.cursor]);
    const out: string[] = [];
    for (let s: SelectionRange | undefined = selection; s; s = s.parent) out.push(showRange(s.range));
    return out;
  }

  it('grows from a word in a subparagraph to the subparagraph, the paragraph and the document', async () => {
    const ranges = await chain('The General Assembly,\n\n1. *Requests* the Secretary-General:\n\n   (a) To rep|ort;\n\n   (b) To convene.\n');
    // `report` → `(a) To report;` → paragraph 1 with its subparagraphs → the document.
    assert.deepStrictEqual(ranges, ['4:10-4:16', '4:3-4:17', '2:0-6:18', '0:0-7:0']);
  });

  it('grows from a number of a citation to the item, the citation, the paragraph', async () => {
    const ranges = await chain('The General Assembly,\n\n*Recalling* its resolutions 36/103 of 9 December 1981 and 73/2|7 of 5 December 2018,\n');
    // `73/27` → `73/27 of 5 December 2018` → `its resolutions … 2018` → the paragraph → the document.
    assert.deepStrictEqual(ranges, ['2:58-2:63', '2:58-2:82', '2:12-2:82', '2:0-2:83', '0:0-3:0']);
  });

  it('grows from the opening phrase through its emphasis to the paragraph', async () => {
    const ranges = await chain('The General Assembly,\n\n*Noting with con|cern* the report,\n');
    // `concern` → `Noting with concern` → `*Noting with concern*` → the paragraph → the document.
    assert.deepStrictEqual(ranges, ['2:13-2:20', '2:1-2:20', '2:0-2:21', '2:0-2:33', '0:0-3:0']);
  });
});

/** The workspace index: summaries, catalog layers and their precedence, file events, dependents. */
import * as assert from 'node:assert';
import { createLanguageService, InMemoryWorkspace, parseDocument, summarize, summaryToData } from '../server/src/languageService';
import { ParseCache } from '../server/src/languageService/parser';
import { fixtureUri, textDocument, workspaceIndexOf } from './util/workspaceFixture';

const cited = (date: string) =>
  `---\nsymbol: A/RES/73/27\nadopted: ${date}\ntitle: From the workspace\n---\n\nThe General Assembly,\n\n*Noting* the report,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n`;
const CITING = 'The General Assembly,\n\n*Recalling* its resolution 73/27 of 5 December 2018,\n';

function setup(files: Record<string, string>) {
  const workspace = new InMemoryWorkspace(Object.fromEntries(Object.entries(files).map(([n, t]) => [fixtureUri(n), t])));
  const service = createLanguageService({ workspace });
  return { workspace, service };
}

describe('workspace index', () => {
  it('summarises documents: symbol, title, date, paragraph numbers and texts, citations', async () => {
    const { workspace } = setup({ 'cited.unres': cited('5 December 2018'), 'citing.unres': CITING });
    const index = workspaceIndexOf(workspace);
    await index.scan();
    const summary = index.summary(fixtureUri('cited.unres'))!;
    assert.strictEqual(summary.symbol, 'A/RES/73/27');
    assert.strictEqual(summary.adopted, '2018-12-05');
    assert.strictEqual(summary.title, 'From the workspace');
    assert.deepStrictEqual(
      summary.paragraphs.map(p => [p.number, p.label, p.text]),
      [
        [1, '1', '*Decides* to act;'],
        [2, '2', '*Requests* a report.'],
      ],
    );
    assert.deepStrictEqual(
      index.summary(fixtureUri('citing.unres'))!.citations.map(c => c.symbol),
      ['A/RES/73/27'],
    );
  });

  it("keeps an edited document's summary and its citations as a fresh summary has them, taking the untouched paragraphs' again", () => {
    const uri = fixtureUri('draft.unres');
    const index = workspaceIndexOf(new InMemoryWorkspace({}));
    const cache = new ParseCache();
    const paragraph = (n: number, cites: string) => `${n}. *Recalls* its resolutions ${cites};`;
    const body = (ps: string[]) => `---\nsymbol: A/RES/80/1\n---\n\nThe General Assembly,\n\n${ps.join('\n\n')}\n`;
    const start = [1, 2, 3, 4, 5, 6].map(n => paragraph(n, `7${n}/1 of 1 December 201${n} and 70/9 of 1 December 2015`));
    const edits = [
      start,
      // A typed character in one paragraph, then a paragraph inserted (the lines after it move).
      start.map((p, i) => (i === 4 ? p.replace('Recalls', 'Recallss') : p)),
      [...start.slice(0, 2), paragraph(9, '75/5 of 1 December 2020'), ...start.slice(2)],
      start,
      // 70/9 left only outside the edited paragraph, then nowhere.
      start.map((p, i) => (i === 3 ? paragraph(4, '74/1 of 1 December 2014') : p)),
      start.map(p => p.replace(' and 70/9 of 1 December 2015', '')),
    ];
    let version = 0;
    for (const ps of edits) {
      const text = body(ps);
      const before = index.summary(uri);
      index.updateFromEditor(parseDocument(text, uri, ++version, cache));
      const fresh = summarize(parseDocument(text, uri, version));
      assert.deepStrictEqual(summaryToData(index.summary(uri)!), summaryToData(fresh), `version ${version}`);
      if (version === 2) assert.strictEqual(index.summary(uri)!.paragraphs[5], before!.paragraphs[5], 'an untouched paragraph summary is taken again');
      for (const symbol of ['A/RES/70/9', 'A/RES/71/1', 'A/RES/74/1', 'A/RES/75/5']) {
        const cited = fresh.citations.some(c => c.symbol === symbol);
        assert.deepStrictEqual(index.dependentsOf([symbol]), cited ? [uri] : [], `version ${version}, ${symbol}`);
      }
    }
  });

  it('layers the catalogs: workspace documents, then catalog files, then settings catalogs, then the bundled catalog', async () => {
    const { service } = setup({
      'cited.unres': cited('6 December 2018'),
      'a.catalog.json': JSON.stringify([
        { symbol: 'A/RES/73/27', date: '2018-12-07' },
        { symbol: 'A/RES/53/70', date: '1998-12-05', title: 'From the file' },
      ]),
    });
    await service.indexWorkspace();
    service.setSettingsCatalogs([
      {
        uri: 'file:///elsewhere/s.catalog.json',
        text: JSON.stringify([
          { symbol: 'A/RES/53/70', date: '1998-12-06' },
          { symbol: 'A/RES/54/49', date: '1999-12-02', title: 'From settings' },
        ]),
      },
    ]);
    const catalog = service.getCatalog();
    assert.strictEqual(catalog.get('A/RES/73/27')!.date, '2018-12-06');
    assert.strictEqual(catalog.get('A/RES/53/70')!.title, 'From the file');
    assert.strictEqual(catalog.get('A/RES/54/49')!.title, 'From settings');
    assert.strictEqual(catalog.get('A/RES/55/28')!.date, '2000-11-20', 'the bundled catalog');
  });

  it('turns a malformed catalog file into catalog/invalid diagnostics on it, and loads the rest', async () => {
    const { service } = setup({ 'bad.catalog.json': '[\n {"symbol": "A/RES/79/1", "date": "2024-09-10"},\n {"symbol": "A/RES/79/2", "date": "10 September 2024"}\n]' });
    await service.indexWorkspace();
    const ds = service.getCatalogDiagnostics(fixtureUri('bad.catalog.json'))!;
    assert.deepStrictEqual(
      ds.map(d => [d.code, d.range.start.line]),
      [['catalog/invalid', 2]],
    );
    assert.ok(service.getCatalog().get('A/RES/79/1'));
    assert.deepStrictEqual(service.getCatalogDiagnostics(fixtureUri('bad.catalog.json'), { 'catalog/invalid': 'off' }), []);
    assert.strictEqual(service.getCatalogDiagnostics(fixtureUri('nothing.unres')), undefined);
  });

  it('checks a citing document against the workspace catalog, and names the documents to check again when the cited one changes', async () => {
    const { service, workspace } = setup({ 'cited.unres': cited('5 December 2018'), 'citing.unres': CITING });
    await service.indexWorkspace();
    const citing = textDocument(CITING, fixtureUri('citing.unres'));
    assert.ok(!service.getDiagnostics(citing).some(d => d.code === 'citation/date'));

    // Edited in the editor: the citing document is named, and now contradicts the catalog.
    const edited = textDocument(cited('6 December 2018'), fixtureUri('cited.unres'), 2);
    assert.deepStrictEqual(service.syncDocument(edited), [fixtureUri('citing.unres')]);
    assert.ok(service.getDiagnostics(citing).some(d => d.code === 'citation/date'));
    // An edit that leaves the front matter alone names no one.
    assert.deepStrictEqual(service.syncDocument(textDocument(cited('6 December 2018') + '\n', fixtureUri('cited.unres'), 3)), []);

    // Closed in the editor: the disk's text (5 December) counts again.
    assert.deepStrictEqual(await service.documentClosed(fixtureUri('cited.unres')), [fixtureUri('citing.unres')]);
    assert.strictEqual(service.getCatalog().get('A/RES/73/27')!.date, '2018-12-05');

    // Deleted on disk: the bundled catalog answers again.
    workspace.delete(fixtureUri('cited.unres'));
    assert.deepStrictEqual(service.fileDeleted(fixtureUri('cited.unres')), [fixtureUri('citing.unres')]);
    assert.notStrictEqual(service.getCatalog().get('A/RES/73/27')!.source, fixtureUri('cited.unres'));
  });

  it('reads a created catalog file on a file event', async () => {
    const { service, workspace } = setup({ 'citing.unres': 'The General Assembly,\n\n*Recalling* its resolution 79/901 of 1 December 2024,\n' });
    await service.indexWorkspace();
    assert.strictEqual(service.getCatalog().get('A/RES/79/901'), undefined);
    workspace.set(fixtureUri('new.catalog.json'), '[{"symbol": "A/RES/79/901", "date": "2024-12-01"}]');
    assert.deepStrictEqual(await service.fileChanged(fixtureUri('new.catalog.json')), [fixtureUri('citing.unres')]);
    assert.ok(service.getCatalog().get('A/RES/79/901'));
  });

  it('gives the first diagnostics before the scan has finished', () => {
    const slow = { readFile: () => new Promise<string | undefined>(() => undefined), listFiles: async () => [fixtureUri('x.unres')] };
    const service = createLanguageService({ workspace: slow });
    void service.indexWorkspace();
    const ds = service.getDiagnostics(textDocument('The General Assembly,\n\n*Noting* paragraph 9 above,\n\n1. *Decides* to act.\n'));
    assert.ok(ds.some(d => d.code === 'reference/paragraph'));
  });

  it('reads the rule configuration file and reports what is wrong in it', () => {
    const { service } = setup({});
    const { config, diagnostics } = service.readRuleConfig('{ "rules": { "citation/order": "off", "citation/date": "loud" } }');
    assert.deepStrictEqual(config, { 'citation/order': 'off' });
    assert.deepStrictEqual(
      diagnostics.map(d => d.code),
      ['config/invalid'],
    );
  });
});

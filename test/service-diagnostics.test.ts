/**
 * The service's diagnostics per document version: remembered for the same model, catalog and rule
 * configuration, computed again when any of them changes (a new version, a changed setting, a
 * catalog fact changed by settings, an online answer or another document's front matter).
 */
import * as assert from 'node:assert';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { fixtureUri, textDocument } from './util/workspaceFixture';
import { parseMarkers } from './util/markers';

const CITING = 'The General Assembly,\n\n*Recalling* its resolution 79/901 of 1 December 2024,\n\n1. *Decides* to act\n';
const codes = (ds: readonly { code?: unknown }[]) => ds.map(d => String(d.code));

function setup(files: Record<string, string> = {}) {
  const workspace = new InMemoryWorkspace(Object.fromEntries(Object.entries(files).map(([n, t]) => [fixtureUri(n), t])));
  return createLanguageService({ workspace });
}

describe('service: diagnostics per document version', () => {
  it('answers a second request for the same version with the diagnostics of the first', () => {
    const service = setup();
    const doc = textDocument(CITING, fixtureUri('citing.unres'));
    const first = service.getDiagnostics(doc, { config: { 'punctuation/operative': 'warning' } });
    const second = service.getDiagnostics(doc, { config: { 'punctuation/operative': 'warning' } });
    assert.deepStrictEqual(second, first);
    assert.ok(
      second.every((d, i) => d === first[i]),
      'the same diagnostic objects: not computed again',
    );
    second.pop();
    assert.strictEqual(service.getDiagnostics(doc, { config: { 'punctuation/operative': 'warning' } }).length, first.length, 'a caller changing its answer changes no later one');
  });

  it('computes them again for a new version, and for another rule configuration', () => {
    const service = setup();
    const uri = fixtureUri('citing.unres');
    const first = service.getDiagnostics(textDocument(CITING, uri, 1));
    assert.ok(codes(first).includes('punctuation/operative'));
    const fixed = service.getDiagnostics(textDocument(CITING.replace('to act\n', 'to act.\n'), uri, 2));
    assert.ok(!codes(fixed).includes('punctuation/operative'), 'the new version is checked, not the old one remembered');
    const off = service.getDiagnostics(textDocument(CITING, uri, 3), { config: { 'punctuation/operative': 'off' } });
    assert.ok(!codes(off).includes('punctuation/operative'));
    const on = service.getDiagnostics(textDocument(CITING, uri, 3), { config: {} });
    assert.ok(codes(on).includes('punctuation/operative'), 'the same version under another configuration');
  });

  it('computes them again when a settings catalog, an online answer or another document changes a cited fact', async () => {
    const service = setup({ 'cited.unres': '---\nsymbol: A/RES/79/901\nadopted: 1 December 2024\n---\n\nThe General Assembly,\n' });
    const doc = textDocument(CITING, fixtureUri('citing.unres'));
    assert.deepStrictEqual(
      codes(service.getDiagnostics(doc)).filter(c => c.startsWith('citation/')),
      ['citation/nonexistent'],
    );

    service.setSettingsCatalogs([{ uri: 'file:///elsewhere/s.catalog.json', text: '[{"symbol": "A/RES/79/901", "date": "2024-12-02"}]' }]);
    assert.deepStrictEqual(
      codes(service.getDiagnostics(doc)).filter(c => c.startsWith('citation/')),
      ['citation/date'],
      'the settings catalog knows it, under another date',
    );

    service.setSettingsCatalogs([]);
    service.setOnlineAnswers([{ symbol: 'A/RES/79/901', entry: { symbol: 'A/RES/79/901', date: '2024-12-01', source: 'online' } }]);
    assert.deepStrictEqual(
      codes(service.getDiagnostics(doc)).filter(c => c.startsWith('citation/')),
      [],
      'the online answer confirms the date',
    );

    await service.indexWorkspace();
    const cited = textDocument('---\nsymbol: A/RES/79/901\nadopted: 3 December 2024\n---\n\nThe General Assembly,\n', fixtureUri('cited.unres'), 2);
    assert.deepStrictEqual(service.syncDocument(cited), [fixtureUri('citing.unres')]);
    assert.deepStrictEqual(
      codes(service.getDiagnostics(doc)).filter(c => c.startsWith('citation/')),
      ['citation/date'],
      'the workspace document edited in the editor gives another date',
    );
  });
});

describe('service: the index summary follows the diagnostics', () => {
  const CITED =
    '---\nsymbol: A/RES/79/901\nadopted: 1 December 2024\n---\n\nThe General Assembly,\n\n*Recalling* its resolution [[73/27 of 5 December 2018]],\n\n1. *Decides* to act.\n';
  const ALSO_CITING = 'The General Assembly,\n\n*Recalling* its resolution 73/2|7 of 5 December 2018,\n\n1. *Decides* to act.\n';
  const citationCodes = (ds: readonly { code?: unknown }[]) => codes(ds).filter(c => c.startsWith('citation/') || c.startsWith('catalog/'));

  it("takes a document's catalog facts with its diagnostics, and its summary when the index is read", async () => {
    const service = setup();
    await service.indexWorkspace();
    const cited = parseMarkers(CITED, { cursor: false });
    service.getDiagnostics(textDocument(cited.text, fixtureUri('cited.unres')));
    // Another document's diagnostics see the first one's front matter at once.
    assert.deepStrictEqual(citationCodes(service.getDiagnostics(textDocument(CITING, fixtureUri('citing.unres')))), []);
    // A workspace feature reads its citations: the summary is made then.
    const also = parseMarkers(ALSO_CITING);
    const references = await service.getReferences(textDocument(also.text, fixtureUri('also.unres')), also.cursor!, { includeDeclaration: false });
    assert.deepStrictEqual(
      references.filter(l => l.uri === fixtureUri('cited.unres')).map(l => l.range),
      cited.ranges,
    );
  });

  it('returns the documents to check again from syncDocument when an edit changed the facts, and when one was closed', async () => {
    const service = setup();
    await service.indexWorkspace();
    const citing = textDocument(CITING, fixtureUri('citing.unres'));
    service.getDiagnostics(textDocument(parseMarkers(CITED, { cursor: false }).text, fixtureUri('cited.unres'), 1));
    assert.deepStrictEqual(citationCodes(service.getDiagnostics(citing)), []);
    const edited = textDocument(parseMarkers(CITED.replace('1 December', '3 December'), { cursor: false }).text, fixtureUri('cited.unres'), 2);
    service.getDiagnostics(edited);
    assert.deepStrictEqual(citationCodes(service.getDiagnostics(citing)), ['citation/date'], 'the edited date, before any syncDocument');
    assert.deepStrictEqual(service.syncDocument(edited), [fixtureUri('citing.unres')]);
    assert.deepStrictEqual(service.syncDocument(edited), [], 'told once');
    service.getDiagnostics(textDocument(parseMarkers(CITED, { cursor: false }).text, fixtureUri('cited.unres'), 3));
    assert.deepStrictEqual(await service.documentClosed(fixtureUri('cited.unres')), [fixtureUri('citing.unres')], 'closed before its summary was made');
    assert.deepStrictEqual(citationCodes(service.getDiagnostics(citing)), ['citation/nonexistent']);
  });
});

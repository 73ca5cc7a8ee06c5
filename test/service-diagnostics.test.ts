/**
 * The service's diagnostics per document version: remembered for the same model, catalog and rule
 * configuration, computed again when any of them changes (a new version, a changed setting, a
 * catalog fact changed by settings, an online answer or another document's front matter).
 */
import * as assert from 'node:assert';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { fixtureUri, textDocument } from './util/workspaceFixture';

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

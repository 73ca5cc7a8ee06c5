/**
 * Real data end to end: `unres catalog import` turns the merged General Assembly catalogue in
 * shared/data into a catalog file in the workspace; the server loads it and hovers a real citation
 * with the facts of the data. Read from shared/data where it lies; never copied into the project.
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HoverRequest, CompletionRequest, type CompletionList, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspSession } from './session';
import { describeWithData, SHARED_DATA } from '../util/shared';

const DATA = path.join(SHARED_DATA, '_derived/GA_resolution_catalog_merged.csv');
const CLI = path.resolve(__dirname, '../../../bin/unres.js');

describeWithData('a catalog imported from real data, through the server', function () {
  this.timeout(60_000);
  let s: LspSession | undefined;
  after(() => s?.stop());

  it('hovers and completes a real resolution from a workspace catalog file, which wins over the bundled catalog', async () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 77/10 of 10 November 2022,\n\n*Recalling also* its resolution 77/1\n';
    s = await LspSession.start({ 'draft.unres': text });
    const imported = spawnSync(process.execPath, [CLI, 'catalog', 'import', '--out', path.join(s.root, 'ga.catalog.json'), DATA], { encoding: 'utf8' });
    assert.strictEqual(imported.status, 0, imported.stderr);
    const entries = JSON.parse(fs.readFileSync(path.join(s.root, 'ga.catalog.json'), 'utf8'));
    assert.ok(entries.length > 5000, `${entries.length} entries`);

    // The catalog appeared on disk after the server started: the editor's file watcher says so.
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uri('ga.catalog.json'), type: 1 }] });
    await s.open('draft.unres');
    // Once loaded, the citation is known: no citation/unknown on it.
    await s.diagnosticsOf('draft.unres', ds => !ds.some(d => d.code === 'citation/unknown' && d.range.start.line === 2));
    const h = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('draft.unres') }, position: { line: 2, character: 30 } });
    const value = (h!.contents as MarkupContent).value;
    assert.match(value, /The situation in Afghanistan/);
    assert.match(value, /Adopted 10 November 2022/);
    assert.match(value, /Source: .*ga\.catalog\.json/);

    const list = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: s.uri('draft.unres') }, position: { line: 4, character: 36 } })) as CompletionList;
    const item = list.items.find(i => i.label === '77/12 of 21 November 2022');
    assert.ok(item, `got ${list.items.slice(0, 5).map(i => i.label)}`);
    assert.match(item.detail ?? '', /Association of Southeast Asian Nations/);
  });
});

/**
 * Issue 13, done when: a new draft citing real resolutions of 1967–2023 the way drafts cite them
 * (test/fixtures/record-1967-2023.unres, written for this test, facts from shared/data), checked
 * with only the bundled catalog, has every wrong date, wrong Security Council year and nonexistent
 * number reported on its line with its code, no false report, no correct citation "unknown", and
 * hovers with titles. Through the language service and through `unres check`.
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { ROOT } from './util/shared';

const FIXTURE = path.join(ROOT, 'test/fixtures/record-1967-2023.unres');
const TEXT = fs.readFileSync(FIXTURE, 'utf8');
const LINES = TEXT.split('\n');
const URI = 'file:///ws/record-1967-2023.unres';

/** The planted mistakes: the text each finding covers, the line it is on, its code and what its message must say. */
const PLANTED = [
  { at: '19 December 1992', line: 'Recalling further* its resolution 46/182', code: 'citation/date', says: /adopted on 19 December 1991/ },
  { at: '18 December 2015', line: 'its resolution 70/176', code: 'citation/date', says: /adopted on 17 December 2015/ },
  { at: '78/999', line: '78/999', code: 'citation/nonexistent', says: /Session 78 adopted resolutions 78\/1 to 78\/331/ },
  { at: '1325 (2001)', line: '1325 (2001)', code: 'citation/date', says: /adopted on 31 October 2000, not in 2001: write 1325 \(2000\)/ },
  { at: '1901 (2011)', line: '1901 (2011)', code: 'citation/date', says: /is of 2009 .*not in 2011: write 1901 \(2009\)/ },
  { at: '2250 (2016)', line: '2250 (2016)', code: 'citation/date', says: /adopted on 9 December 2015, not in 2016: write 2250 \(2015\)/ },
] as const;

function lineOf(fragment: string): number {
  const line = LINES.findIndex(l => l.includes(fragment) && !l.startsWith('way drafts') && !/^(?:70\/176|ended|numbers)/.test(l));
  assert.ok(line >= 0, fragment);
  return line;
}

describe('a new draft citing real resolutions of 1967–2023, with only the bundled catalog (issue 13)', () => {
  const service = createLanguageService({ workspace: new InMemoryWorkspace({ [URI]: TEXT }) });
  const doc = { uri: URI, version: 1, getText: () => TEXT };

  it('reports every planted mistake on its line with its code, and nothing else', async () => {
    await service.indexWorkspace();
    const diagnostics = service.getDiagnostics(doc);
    const found = diagnostics.map(d => `${d.code} ${d.range.start.line} ${LINES[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`);
    const expected = PLANTED.map(p => `${p.code} ${lineOf(p.line)} ${p.at}`);
    assert.deepStrictEqual([...found].sort(), [...expected].sort(), diagnostics.map(d => `${d.range.start.line}: ${d.code} ${d.message}`).join('\n'));
    for (const p of PLANTED) {
      const d = diagnostics.find(x => x.code === p.code && LINES[x.range.start.line].slice(x.range.start.character, x.range.end.character) === p.at)!;
      assert.match(typeof d.message === 'string' ? d.message : d.message.value, p.says);
    }
  });

  it('hovers the cited resolutions with their titles and dates, and sources in words', async () => {
    const hoverOf = async (cited: string) => {
      const line = LINES.findIndex(l => l.includes(cited) && l.startsWith('*'));
      assert.ok(line >= 0, cited);
      const h = await service.getHover(doc, { line, character: LINES[line].indexOf(cited) + 1 });
      assert.ok(h, `a hover on ${cited}`);
      return (h.contents as MarkupContent).value;
    };
    for (const [cited, title] of [
      ['2625 (XXV)', 'Declaration on Principles of International Law concerning Friendly Relations'],
      ['41/128', 'Declaration on the right to development'],
      ['55/2', 'United Nations Millennium Declaration'],
      ['70/176', 'Taking action against gender-related killing of women and girls'],
      ['78/3 ', 'Political declaration of the General Assembly high-level meeting on pandemic prevention'],
      ['ES-11/1', 'Aggression against Ukraine'],
    ] as const) {
      const value = await hoverOf(cited);
      assert.match(value, new RegExp(title.replace(/[()]/g, '\\$&')), cited);
      assert.match(value, /Source: [A-Z][a-z].*\(catalog bundled with unres\)/, cited);
      assert.doesNotMatch(value, /shared|_derived|\.csv/, cited);
    }
    assert.match(await hoverOf('ES-11/1'), /eleventh emergency special session/);
    assert.match(await hoverOf('70/176'), /seventieth session/);
    assert.match(await hoverOf('2250 (2016)'), /the resolution is S\/RES\/2250 \(2015\)/);
    assert.match(await hoverOf('1901 (2011)'), /Security Council resolution 1901 is of 2009: the Council numbers its resolutions in order of adoption/);
  });

  it('says the same through unres check (file:line:column code)', function () {
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) return this.skip();
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/unres.js'), 'check', '--format', 'json', FIXTURE], { encoding: 'utf8', cwd: path.dirname(FIXTURE) });
    assert.strictEqual(result.status, 1, result.stderr);
    // JSON lines and columns count from 1.
    const diagnostics = JSON.parse(result.stdout) as { code: string; line: number }[];
    assert.deepStrictEqual(diagnostics.map(d => `${d.code} ${d.line - 1}`).sort(), PLANTED.map(p => `${p.code} ${lineOf(p.line)}`).sort());
  });
});

/**
 * Architecture invariant: the language service is pure. `server/src/languageService/**` imports
 * only LSP value types, the text-document and URI helpers, data-format parsers and its own modules:
 * never the LSP transport, the file system, Node built-ins or `vscode`.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SERVICE = path.join(ROOT, 'server/src/languageService');
const ALLOWED = new Set([
  'vscode-languageserver-types',
  'vscode-languageserver-textdocument',
  'vscode-uri',
  'yaml',
  'jsonc-parser',
  'fast-xml-parser',
  'csv-parse/sync',
  'diff',
]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(pattern)) found.push(m[1] ?? m[2] ?? m[3]);
  return found;
}

describe('architecture: the language service is pure', () => {
  const files = sourceFiles(SERVICE);

  it('finds the service sources', () => {
    assert.ok(files.length > 5, `only ${files.length} files under ${SERVICE}`);
  });

  it('imports only allowed packages and its own modules', () => {
    const offences: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          if (!target.startsWith(SERVICE)) offences.push(`${path.relative(ROOT, file)} imports ${spec} (outside the service)`);
        } else if (!ALLOWED.has(spec)) {
          offences.push(`${path.relative(ROOT, file)} imports ${spec}`);
        }
      }
    }
    assert.deepStrictEqual(offences, []);
  });

  it('catches a forbidden import (the check itself can fail)', () => {
    assert.deepStrictEqual(importsOf(`import * as fs from 'node:fs';\nconst x = require('vscode-languageserver');`), ['node:fs', 'vscode-languageserver']);
  });
});

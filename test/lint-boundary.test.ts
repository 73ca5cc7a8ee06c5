/**
 * Architecture invariant: the language service is pure. The boundary is a lint rule
 * (`no-restricted-imports` in eslint.config.mjs, run by `npm run lint` in `npm test`); this checks the
 * rule itself can fail: Node built-ins, the LSP transport, vscode and paths out of
 * `server/src/languageService/**` are reported there, and nowhere else.
 */
import * as assert from 'node:assert';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const { ESLint } = await import('eslint');
  // Only the boundary is asked for here: type-aware rules would need the file on disk.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result.messages.map(m => `${m.line}:${m.ruleId}`);
}

const SOURCE = [
  "import * as fs from 'node:fs';",
  "import { createConnection } from 'vscode-languageserver/node';",
  "import * as vscode from 'vscode';",
  "import { listFiles } from '../../node/files';",
  "import { parse } from 'yaml';",
  "import type { Range } from 'vscode-languageserver-types';",
  "import { normalizeSymbol } from '../util/symbols';",
  'export const used = [fs, createConnection, vscode, listFiles, parse, normalizeSymbol] as unknown as Range;',
].join('\n');

describe('architecture: the language service is pure (lint rule)', function () {
  this.timeout(60_000);

  it('reports Node built-ins, the LSP transport, vscode and paths out of the service', async () => {
    assert.deepStrictEqual(await restrictedImports('server/src/languageService/features/example.ts', SOURCE), [
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-imports',
      '4:no-restricted-imports',
    ]);
  });

  it('at every depth of the service', async () => {
    assert.deepStrictEqual(await restrictedImports('server/src/languageService/example.ts', "import { x } from '../node/files';\nexport const y = x;\n"), [
      '1:no-restricted-imports',
    ]);
    assert.deepStrictEqual(await restrictedImports('server/src/languageService/parser/inline/example.ts', "import { x } from '../../model';\nexport const y = x;\n"), []);
  });

  it('leaves the server and the CLI free to use Node and the transport', async () => {
    assert.deepStrictEqual(await restrictedImports('server/src/node/example.ts', SOURCE), []);
  });
});

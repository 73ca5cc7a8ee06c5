/**
 * Architecture invariant: the language service is pure. The boundary is a lint rule
 * (`no-restricted-imports` in eslint.config.mjs, run by `npm run lint` in `npm test`) and the
 * service's own tsconfig (no Node types, no file of another part: `npm run typecheck:parts`, also in
 * `npm run lint`); this checks both can fail: Node built-ins, the LSP transport, vscode and paths out
 * of `server/src/languageService/**` are reported there, and nowhere else.
 */
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as ts from 'typescript';

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
  "import { walkFiles } from '../../node/files';",
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

/** The compiler's errors on `source` as a file at `file` of the part whose tsconfig is `project` (the file served from memory). */
function compilerErrors(project: string, file: string, source: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, project), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: d => assert.fail(String(d.messageText)) })!;
  const probe = path.join(ROOT, file);
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => (path.resolve(name) === probe ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = name => path.resolve(name) === probe || fileExists(name);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, probe], options: parsed.options, projectReferences: parsed.projectReferences, host });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .filter(d => d.file && path.resolve(d.file.fileName) === probe)
    .map(d => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}:TS${d.code}`);
}

describe('architecture: the language service is pure (its tsconfig)', function () {
  this.timeout(120_000);

  it('a Node built-in does not compile in the service, nor a file of the adapters; its own modules and allowed packages do', () => {
    const source = [
      "import * as fs from 'node:fs';",
      "import { walkFiles } from '../../node/files';",
      "import { parse } from 'yaml';",
      "import { normalizeSymbol } from '../util/symbols';",
      'export const used = [fs, walkFiles, parse, normalizeSymbol];',
    ].join('\n');
    assert.deepStrictEqual(compilerErrors('server/src/languageService/tsconfig.json', 'server/src/languageService/features/example.ts', source), ['1:TS2307', '2:TS6307']);
  });
});

/**
 * `unres check`: the language service the editor uses, over files on disk. The current directory
 * is the workspace, indexed as the server indexes an editor's: its `.unres` files with a symbol and
 * its `*.catalog.json` files are catalogs, before `--catalog` files and the bundled catalog.
 */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, isWorkspaceFile, type ILanguageService, CONFIG_FILE_NAME, type IWorkspace, type RuleConfig } from '../languageService';
import { fileOf, readTextFile, uriOf, walkFiles } from '../node/files';
import type { CheckArgs } from './args';
import { expandPath, readNamedFile } from './files';
import { toCliDiagnostic, type CliDiagnostic } from './output';

export interface CheckResult {
  readonly diagnostics: CliDiagnostic[];
  readonly fileCount: number;
}

/** The current directory as the service's workspace. */
class FolderWorkspace implements IWorkspace {
  constructor(readonly root: string) {}

  async readFile(uri: string): Promise<string | undefined> {
    const file = fileOf(uri);
    return file === undefined ? undefined : readTextFile(file).catch(() => undefined);
  }

  async listFiles(): Promise<readonly string[]> {
    return (await walkFiles(this.root, isWorkspaceFile)).map(uriOf);
  }
}

/** A checked document, for commands that go on from the check (`unres export`). */
export interface CheckedDocument {
  readonly file: string;
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/**
 * Runs the check; path errors surface as `PathError` (exit status 2). `then`, when given, runs
 * with the same service and documents once the diagnostics are in (the catalogs indexed).
 */
export async function runCheck(
  args: CheckArgs,
  cwd: string,
  then?: (service: ILanguageService, documents: readonly CheckedDocument[]) => Promise<void>,
): Promise<CheckResult> {
  const display = (file: string) => {
    const rel = path.relative(cwd, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  };
  const diagnostics: CliDiagnostic[] = [];
  const report = (file: string, list: readonly Diagnostic[] | undefined) => {
    for (const d of list ?? []) diagnostics.push(toCliDiagnostic(display(file), d));
  };

  // Every named path is read before any output: one that cannot be read stops the run (exit 2).
  const targets = new Map<string, string>();
  for (const p of args.paths) for (const f of await expandPath(p)) targets.set(path.resolve(f), '');
  for (const file of targets.keys()) targets.set(file, await readNamedFile(file));
  const extraCatalogs = [];
  for (const c of args.catalogs) {
    const file = path.resolve(cwd, c);
    extraCatalogs.push({ file, uri: uriOf(file), text: await readNamedFile(file) });
  }

  const service = createLanguageService({ workspace: new FolderWorkspace(cwd) });
  const config = await loadConfig(service, args, cwd, report);

  // The checked files are handed over as open documents, so the index reads each one once, and
  // the workspace scan then adds everything else before any diagnostic is computed.
  const documents = [...targets].sort(([a], [b]) => a.localeCompare(b)).map(([file, text]) => ({ file, uri: uriOf(file), version: 0, getText: () => text }));
  for (const document of documents) service.syncDocument(document);
  service.setSettingsCatalogs(extraCatalogs.map(({ uri, text }) => ({ uri, text })));
  await service.indexWorkspace();

  // The index knows every catalog file it read: the workspace's and those named with --catalog.
  const catalogFiles = service.workspaceIndex.catalogFiles().map(uri => ({ uri, file: fileOf(uri) ?? uri }));
  for (const { uri, file } of catalogFiles.sort((a, b) => a.file.localeCompare(b.file))) report(file, service.getCatalogDiagnostics(uri, config));
  for (const document of documents) report(document.file, service.getDiagnostics(document, { config }));
  await then?.(service, documents);
  return { diagnostics, fileCount: documents.length };
}

async function loadConfig(
  service: ReturnType<typeof createLanguageService>,
  args: CheckArgs,
  cwd: string,
  report: (file: string, list: readonly Diagnostic[]) => void,
): Promise<RuleConfig> {
  const file = path.resolve(cwd, args.config ?? CONFIG_FILE_NAME);
  const text = args.config ? await readNamedFile(file) : await readTextFile(file).catch(() => undefined);
  if (text === undefined) return {};
  const { config, diagnostics } = service.readRuleConfig(text);
  report(file, diagnostics);
  return config;
}

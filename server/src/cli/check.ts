/** `unres check`: the same service the editor uses, over files on disk. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseDocument } from '../languageService/parser';
import { computeDiagnostics } from '../languageService/rules';
import { parseRuleConfig } from '../languageService/ruleConfig';
import { CONFIG_FILE_NAME, type RuleConfig } from '../languageService/config';
import type { ResolutionDocument } from '../languageService/model';
import type { CatalogEntry } from '../languageService/catalog/types';
import { parseCatalogFile } from '../languageService/catalog/parse';
import { createCatalogLookup } from '../languageService/catalog/lookup';
import { bundledCatalog } from '../languageService/catalog/bundled';
import { catalogEntryOfDocument } from '../languageService/catalog/fromDocument';
import type { CheckArgs } from './args';
import { expandPath, readNamedFile, readText, walk } from './files';
import { toCliDiagnostic, type CliDiagnostic } from './output';

export interface CheckResult {
  readonly diagnostics: CliDiagnostic[];
  readonly fileCount: number;
}

/** Runs the check; path errors surface as `PathError` (exit status 2). */
export async function runCheck(args: CheckArgs, cwd: string): Promise<CheckResult> {
  const display = (file: string) => {
    const rel = path.relative(cwd, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  };
  const diagnostics: CliDiagnostic[] = [];
  const report = (file: string, list: readonly Diagnostic[]) => {
    for (const d of list) diagnostics.push(toCliDiagnostic(display(file), d));
  };

  // The files to check come first: a path that cannot be read stops the run before any output.
  const targets = new Set<string>();
  for (const p of args.paths) for (const f of await expandPath(p)) targets.add(path.resolve(f));

  const config = await loadConfig(args, cwd, report);

  // The workspace (the current directory) serves as catalog: documents with a symbol, catalog files.
  const models = new Map<string, ResolutionDocument>();
  const modelOf = async (file: string, named: boolean): Promise<ResolutionDocument | undefined> => {
    const cached = models.get(file);
    if (cached) return cached;
    const text = named ? await readNamedFile(file) : await readText(file).catch(() => undefined);
    if (text === undefined) return undefined;
    const model = parseDocument(text, pathToFileURL(file).href, 0);
    models.set(file, model);
    return model;
  };
  const workspaceFiles = await walk(cwd, name => name.endsWith('.unres') || name.endsWith('.catalog.json'));
  const documentEntries: CatalogEntry[] = [];
  for (const file of workspaceFiles.filter(f => f.endsWith('.unres'))) {
    const model = await modelOf(file, false);
    const entry = model && catalogEntryOfDocument(model);
    if (entry) documentEntries.push(entry);
  }
  const fileEntries: CatalogEntry[] = [];
  const catalogFiles = [
    ...workspaceFiles.filter(f => f.endsWith('.catalog.json')),
    ...args.catalogs.map(c => path.resolve(cwd, c)),
  ];
  for (const file of new Set(catalogFiles)) {
    const text = await readNamedFile(file);
    const parsed = parseCatalogFile(text, pathToFileURL(file).href);
    fileEntries.push(...parsed.entries);
    report(file, parsed.problems.map(p => problemDiagnostic('catalog/invalid', p.message, p.range, config)));
  }
  const catalog = createCatalogLookup([documentEntries, fileEntries, bundledCatalog()]);

  for (const file of [...targets].sort()) {
    const model = await modelOf(file, true);
    if (model) report(file, computeDiagnostics(model, { config, catalog }));
  }
  return { diagnostics, fileCount: targets.size };
}

async function loadConfig(args: CheckArgs, cwd: string, report: (file: string, list: readonly Diagnostic[]) => void): Promise<RuleConfig> {
  const file = path.resolve(cwd, args.config ?? CONFIG_FILE_NAME);
  const text = args.config ? await readNamedFile(file) : await readText(file).catch(() => undefined);
  if (text === undefined) return {};
  const parsed = parseRuleConfig(text);
  report(file, parsed.problems.map(p => problemDiagnostic(p.code, p.message, p.range, {})));
  return parsed.config;
}

function problemDiagnostic(code: string, message: string, range: Diagnostic['range'], config: RuleConfig): Diagnostic {
  const setting = config[code];
  const severity = setting === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
  return { range, message, code, severity, source: 'unres' };
}

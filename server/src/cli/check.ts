/**
 * `unres check`: the language service the editor uses, over files on disk. Each checked path
 * belongs to a workspace ({@link workspaceRootOf}), indexed as the server indexes an editor's
 * folder: its `.unres` files with a symbol and its `*.catalog.json` files are catalogs, before
 * `--catalog` files and the bundled catalog, and its `.unresrc.json` configures the rules.
 */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, summaryFromData, type ILanguageService, CONFIG_FILE_NAME, type RuleConfig, type SummaryData } from '../languageService';
import { fileOf, readTextFile, uriOf } from '../node/files';
import { DiskWorkspace } from '../node/workspace';
import { chunked, summarizeOnPool, threadsFor, availableThreads, WorkerPool } from '../node/threads';
import { dismissWaitingWorkers } from '../node/workerStart';
import type { CheckArgs } from './args';
import { DigitalLibrary } from '../node/digitalLibrary';
import { expandPath, readNamedFile, workspaceRootOf } from './files';
import { toCliDiagnostic, type CliDiagnostic } from './output';

export interface CheckResult {
  readonly diagnostics: CliDiagnostic[];
  readonly fileCount: number;
  /** Worker threads used (0: all on the main thread). */
  readonly threads: number;
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
 * with the same service and documents once the diagnostics are in (the catalogs indexed), once
 * per workspace the checked files belong to.
 */
export async function runCheck(
  args: CheckArgs,
  cwd: string,
  threading: { readonly minFilesPerThread?: number } = {},
  then?: (service: ILanguageService, documents: readonly CheckedDocument[]) => Promise<void>,
): Promise<CheckResult> {
  const display = (file: string) => {
    const rel = path.relative(cwd, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  };
  const diagnostics: CliDiagnostic[] = [];
  // A catalog or configuration file shared by two workspaces is reported once.
  const reported = new Set<string>();
  const report = (file: string, list: readonly Diagnostic[] | undefined, once = false) => {
    if (once && reported.has(file)) return;
    if (once) reported.add(file);
    for (const d of list ?? []) diagnostics.push(toCliDiagnostic(display(file), d));
  };

  // Every named path is read before any output: one that cannot be read stops the run (exit 2).
  // Each file belongs to the workspace of the path that named it (./workspaceRoot).
  const targets = new Map<string, { text?: string; root: string }>();
  for (const p of args.paths) {
    const root = await workspaceRootOf(path.resolve(cwd, p));
    for (const f of await expandPath(p)) if (!targets.has(path.resolve(f))) targets.set(path.resolve(f), { root });
  }
  // The first workspace's threads start now and load while its files are read.
  const firstRoot = [...new Set([...targets.values()].map(t => t.root))].sort((a, b) => a.localeCompare(b))[0];
  const poolFor = (files: number) => {
    const threads = args.online ? 1 : threadsFor(files, args.jobs ?? availableThreads(), threading.minFilesPerThread);
    return threads > 1 ? new WorkerPool(threads) : undefined;
  };
  const early = firstRoot === undefined ? undefined : poolFor([...targets.values()].filter(t => t.root === firstRoot).length);
  // Threads bin/unres.js started that this pool did not take would only load and wait (./start.ts).
  dismissWaitingWorkers();
  const extraCatalogs: { file: string; uri: string; text: string }[] = [];
  // The threads read the files they parse; the named paths are all read here only to say which
  // one fails first, as if this thread had read them all in order.
  const readNamed = (skip?: (root: string) => boolean) => {
    try {
      for (const [file, target] of targets) if (!skip?.(target.root)) target.text ??= readNamedFile(file);
      for (const c of args.catalogs) {
        const file = path.resolve(cwd, c);
        if (!extraCatalogs.some(e => e.file === file)) extraCatalogs.push({ file, uri: uriOf(file), text: readNamedFile(file) });
      }
    } catch (e) {
      if (skip) readNamed();
      throw e;
    }
  };
  try {
    readNamed(root => early !== undefined && root === firstRoot);
  } catch (e) {
    await early?.close();
    throw e;
  }

  const byRoot = new Map<string, CheckedDocument[]>();
  for (const [file, target] of [...targets].sort(([a], [b]) => a.localeCompare(b))) {
    const list = byRoot.get(target.root) ?? [];
    list.push({ file, uri: uriOf(file), version: 0, getText: () => (target.text ??= readNamedFile(file)) });
    byRoot.set(target.root, list);
  }
  let threadsUsed = 0;
  for (const [root, documents] of [...byRoot].sort(([a], [b]) => a.localeCompare(b))) {
    const pool = root === firstRoot ? early : poolFor(documents.length);
    threadsUsed = Math.max(threadsUsed, await checkWorkspace(root, documents, { args, cwd, pool, extraCatalogs, report, then, readNamed }));
  }
  return { diagnostics, fileCount: targets.size, threads: threadsUsed };
}

interface WorkspaceCheck {
  readonly args: CheckArgs;
  readonly cwd: string;
  /** The threads to parse and check on (closed here); none: all on this thread. */
  readonly pool: WorkerPool | undefined;
  readonly extraCatalogs: readonly { uri: string; text: string }[];
  readonly report: (file: string, list: readonly Diagnostic[] | undefined, once?: boolean) => void;
  readonly then?: (service: ILanguageService, documents: readonly CheckedDocument[]) => Promise<void>;
  /** Reads every named path in order: throws the {@link PathError} of the first that cannot be read. */
  readonly readNamed: () => void;
}

/** Checks the documents of one workspace with a service of their own; returns the worker threads used. */
async function checkWorkspace(root: string, documents: readonly CheckedDocument[], { args, cwd, pool, extraCatalogs, report, then, readNamed }: WorkspaceCheck): Promise<number> {
  // Enough files are parsed on worker threads, which keep the models until their diagnostics are
  // asked; the main thread keeps the index and the catalog. The answers are the same either way.
  // Online, the documents are checked twice (before and after the Library's answers): on this thread.
  try {
    const service = createLanguageService({
      workspace: new DiskWorkspace({ folders: () => [uriOf(root)] }),
      summarizer: pool && { summarize: (uris, take, token) => summarizeOnPool(pool, uris, take, token) },
    });
    const config = await loadConfig(service, args, cwd, root, report);

    // The checked files are handed over as open documents, so the index reads each one once, and
    // the workspace scan adds everything else (the catalog files) while the threads parse them.
    if (pool) service.holdDocuments(documents.map(d => d.uri));
    let unreadable = false;
    const opening = pool
      ? openOnPool(pool, documents, summary => {
          if (summary) service.syncHeldDocument(summaryFromData(summary));
          else unreadable = true;
        })
      : undefined;
    if (!opening) for (const document of documents) service.syncDocument(document);
    service.setSettingsCatalogs(extraCatalogs.map(({ uri, text }) => ({ uri, text })));
    await service.indexWorkspace();
    const heldBy = await opening;
    // A file a thread could not read: the first named path that cannot be read stops the run.
    if (unreadable) readNamed();
    // The documents of a thread that failed are parsed here, before any diagnostic is computed.
    const held = new Set(heldBy?.flat());
    if (heldBy) for (const document of documents) if (!held.has(document.uri)) service.syncDocument(document);

    // The index knows every catalog file it read: the workspace's and those named with --catalog.
    const catalogFiles = service.getCatalogFiles().map(uri => ({ uri, file: fileOf(uri) ?? uri }));
    for (const { uri, file } of catalogFiles.sort((a, b) => a.file.localeCompare(b.file))) report(file, service.getCatalogDiagnostics(uri, config), true);
    if (pool && heldBy) {
      const answers = await pool.all<Diagnostic[][]>({ kind: 'diagnose', layers: service.getCatalogLayers(), config });
      const found = new Map<string, Diagnostic[]>();
      heldBy.forEach((uris, t) => uris.forEach((uri, i) => answers[t] && found.set(uri, answers[t][i])));
      for (const document of documents) {
        // A thread that failed: its documents are checked here.
        report(document.file, found.get(document.uri) ?? service.getDiagnostics(document, { config }));
      }
    } else if (args.online) {
      const first = documents.map(document => service.getDiagnostics(document, { config }));
      const unknown = new Set(
        first
          .flat()
          .filter(d => d.code === 'citation/unknown')
          .map(d => (d.data as { symbol?: unknown } | undefined)?.symbol)
          .filter((x): x is string => typeof x === 'string'),
      );
      const library = new DigitalLibrary({ log: message => process.stderr.write(`unres: ${message}\n`) });
      // One after the other, at the Library's pace; a symbol that fails says so in its diagnostic.
      for (const symbol of [...unknown].sort()) service.setOnlineAnswers([await library.lookup(symbol)]);
      for (const document of documents) report(document.file, service.getDiagnostics(document, { config }));
    } else for (const document of documents) report(document.file, service.getDiagnostics(document, { config }));
    await then?.(service, documents);
  } finally {
    await pool?.close();
  }
  return pool?.size ?? 0;
}

/**
 * Reads and parses the documents on the pool's threads, which keep the models; `take` gets each
 * summary in the order of `documents` (`null`: the file could not be read). Returns, per thread,
 * the URIs it holds in the order it holds them.
 */
async function openOnPool(pool: WorkerPool, documents: readonly CheckedDocument[], take: (summary: SummaryData | null) => void): Promise<string[][]> {
  const heldBy: string[][] = Array.from({ length: pool.size }, () => []);
  const chunks = chunked(documents.map(d => ({ uri: d.uri, file: d.file })));
  const unread = new Set<string>();
  const ranOn = await pool.runChunks<{ uri: string; file: string }[], (SummaryData | null)[]>(
    chunks,
    chunk => ({ kind: 'open', files: chunk }),
    (chunk, summaries) =>
      summaries.forEach((summary, i) => {
        if (!summary) unread.add(chunk[i].uri);
        take(summary);
      }),
  );
  chunks.forEach((chunk, i) => {
    const t = ranOn[i];
    if (t !== undefined) for (const { uri } of chunk) if (!unread.has(uri)) heldBy[t].push(uri);
  });
  return heldBy;
}

async function loadConfig(
  service: ReturnType<typeof createLanguageService>,
  args: CheckArgs,
  cwd: string,
  root: string,
  report: (file: string, list: readonly Diagnostic[], once?: boolean) => void,
): Promise<RuleConfig> {
  const file = args.config ? path.resolve(cwd, args.config) : path.join(root, CONFIG_FILE_NAME);
  const text = args.config ? readNamedFile(file) : await readTextFile(file).catch(() => undefined);
  if (text === undefined) return {};
  const { config, diagnostics } = service.readRuleConfig(text);
  report(file, diagnostics, true);
  return config;
}

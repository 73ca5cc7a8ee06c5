/**
 * Files on disk, for the two Node adapters (the language server's workspace and the CLI): one walk
 * of a folder tree and one way of reading text, so both see the same files the same way.
 */
import { promises as fs, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';

/** Dependency, build and VCS folders are never part of a workspace of resolutions. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build']);
/** Larger files are not read: no real resolution or catalog comes near it. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface WalkOptions {
  /** Stop after this many files (a home folder opened by mistake must not stall the scan). */
  readonly maxFiles?: number;
  /** Told when the bound is reached. */
  readonly log?: (message: string) => void;
}

/**
 * Every file under `root` whose name passes `accept`, sorted; dependency, build and hidden folders
 * are skipped, symbolic links followed, and loops cut by real path. Unreadable folders are passed over.
 */
export async function walkFiles(root: string, accept: (name: string) => boolean, options: WalkOptions = {}): Promise<string[]> {
  const max = options.maxFiles ?? Number.MAX_SAFE_INTEGER;
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    if (found.length >= max) return;
    const real = await fs.realpath(dir).catch(() => undefined);
    if (!real || seen.has(real)) return;
    seen.add(real);
    const entries: Dirent[] = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const stat = await fs.stat(full).catch(() => undefined);
        isDir = stat?.isDirectory() ?? false;
        isFile = stat?.isFile() ?? false;
      }
      if (isDir && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await visit(full);
      else if (isFile && accept(entry.name) && found.length < max) found.push(full);
    }
  };
  await visit(root);
  if (found.length >= max) options.log?.(`workspace scan stopped at ${max} files`);
  return found.sort();
}

/**
 * A file's text as UTF-8 without its byte-order mark. Throws a plain-worded `Error` when it is not a
 * readable file or is larger than {@link MAX_FILE_BYTES}.
 */
export async function readTextFile(file: string): Promise<string> {
  checkReadable(await fs.stat(file));
  return withoutBom(await fs.readFile(file, 'utf8'));
}

/**
 * {@link readTextFile} without the thread pool's round trips, for a thread with nothing else to do
 * meanwhile (`unres check`, the scan's worker threads): 2,000 reads cost a tenth of the time.
 */
export function readTextFileSync(file: string): string {
  checkReadable(statSync(file));
  return withoutBom(readFileSync(file, 'utf8'));
}

function checkReadable(stat: Stats): void {
  if (!stat.isFile()) throw new Error('not a file');
  if (stat.size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not read`);
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The file path of a `file:` URI, or `undefined` for any other scheme. */
export function fileOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path. */
export function uriOf(file: string): string {
  return URI.file(path.resolve(file)).toString();
}

/** The CLI's file system: finding `.unres` and catalog files, reading them as text. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Thrown when a path named on the command line cannot be read: exit status 2. */
export class PathError extends Error {}

/**
 * Every file under `root` whose name passes `accept`, sorted; folders named in
 * {@link SKIPPED_FOLDERS} and hidden folders are skipped; symbolic-link loops are cut by real path.
 */
export async function walk(root: string, accept: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const stat = await fs.stat(full).catch(() => undefined);
        isDir = stat?.isDirectory() ?? false;
        isFile = stat?.isFile() ?? false;
      }
      if (isDir) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await visit(full);
      } else if (isFile && accept(entry.name)) {
        found.push(full);
      }
    }
  };
  await visit(root);
  return found.sort();
}

/** The `.unres` files a PATH argument names: the file itself, or every `.unres` file below a folder. */
export async function expandPath(p: string): Promise<string[]> {
  const stat = await fs.stat(p).catch((e: NodeJS.ErrnoException) => {
    throw new PathError(`cannot read '${p}': ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}`);
  });
  if (stat.isDirectory()) return walk(p, name => name.endsWith('.unres'));
  return [p];
}

/** Reads a file as UTF-8 text without its byte-order mark. */
export async function readText(file: string): Promise<string> {
  const text = await fs.readFile(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a file named on the command line; an unreadable one is a {@link PathError}. */
export async function readNamedFile(file: string): Promise<string> {
  try {
    return await readText(file);
  } catch (e) {
    throw new PathError(`cannot read '${file}': ${(e as Error).message}`);
  }
}

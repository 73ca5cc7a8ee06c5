/** The files a command line names: expanded, read, and their failures worded for exit status 2. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../languageService';
import { readTextFileSync, walkFiles } from '../node/files';

/** Thrown when a path named on the command line cannot be read: exit status 2. */
export class PathError extends Error {}

/** The `.unres` files a PATH argument names: the file itself, or every `.unres` file below a folder. */
export async function expandPath(p: string): Promise<string[]> {
  const stat = await fs.stat(p).catch((e: NodeJS.ErrnoException) => {
    throw new PathError(`cannot read '${p}': ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}`);
  });
  if (stat.isDirectory()) return walkFiles(p, name => name.endsWith('.unres'));
  return [p];
}

/** Reads a file named on the command line (synchronously: a command has nothing else to do meanwhile); an unreadable one is a {@link PathError}. */
export function readNamedFile(file: string): string {
  try {
    return readTextFileSync(file);
  } catch (e) {
    throw new PathError(`cannot read '${file}': ${(e as Error).message}`);
  }
}

/**
 * The workspace a checked path belongs to, as ESLint and markdownlint-cli2 find theirs: the nearest
 * folder upward holding `.unresrc.json`, else the checked folder (a file's own folder). `unres
 * check drafts/` run from anywhere thus reads `drafts/my.catalog.json`.
 */
export async function workspaceRootOf(target: string): Promise<string> {
  const isFolder = await fs.stat(target).then(
    s => s.isDirectory(),
    () => false,
  );
  const start = isFolder ? target : path.dirname(target);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (await isFile(path.join(dir, CONFIG_FILE_NAME))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    s => s.isFile(),
    () => false,
  );
}

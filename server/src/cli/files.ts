/** The files a command line names: expanded, read, and their failures worded for exit status 2. */
import { promises as fs } from 'node:fs';
import { readTextFile, walkFiles } from '../node/files';

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

/** Reads a file named on the command line; an unreadable one is a {@link PathError}. */
export async function readNamedFile(file: string): Promise<string> {
  try {
    return await readTextFile(file);
  } catch (e) {
    throw new PathError(`cannot read '${file}': ${(e as Error).message}`);
  }
}

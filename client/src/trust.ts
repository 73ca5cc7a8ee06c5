/**
 * What an untrusted workspace may make the server read. Pure (no `vscode` import), so it is
 * tested without an editor.
 */
import * as path from 'node:path';

/**
 * The catalog paths that stay inside the workspace folders. A relative path is read against the
 * first folder, as the server reads it; anything that resolves outside every folder is dropped, so
 * an untrusted workspace cannot point the server at files elsewhere on the machine.
 */
export function catalogsInsideWorkspace(paths: readonly unknown[], folders: readonly string[]): string[] {
  if (folders.length === 0) return [];
  return paths
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .filter(p => {
      const resolved = path.resolve(folders[0], p);
      return folders.some(folder => {
        const rel = path.relative(folder, resolved);
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
      });
    });
}

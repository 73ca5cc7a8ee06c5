/**
 * `unres export --to docx|akn|html`: each document checked as `unres check` checks it, then written
 * in the UN's layout. A document with errors is still written, its errors reported on standard
 * error as warnings (exit 1); nothing is written when a file cannot be read (exit 2).
 */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadConverters } from '../node/onDemand';
import { defaultSchemaDir, validateAkn } from '../export/validateAkn';
import type { ExportArgs } from './args';
import { runCheck } from './check';
import { PathError } from './files';
import { formatText } from './output';

export interface ExportResult {
  readonly written: readonly string[];
  /** Whether a document had errors or an export failed validation. */
  readonly problems: boolean;
}

const EXTENSION = { docx: '.docx', akn: '.xml', html: '.html' } as const;

/** The package root (dist/cli.js or out/server/src/cli/export.js lie below it). */
function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export async function runExport(args: ExportArgs, cwd: string, stderr: (line: string) => void): Promise<ExportResult> {
  const schemaDir = args.validate ? path.resolve(cwd, args.schema ?? defaultSchemaDir(packageRoot())) : undefined;
  if (schemaDir) {
    await fs.access(path.join(schemaDir, 'akomantoso30.xsd')).catch(() => {
      throw new PathError(`cannot read the Akoma Ntoso schema in '${schemaDir}' (give its folder with --schema)`);
    });
  }
  const outIsFolder =
    args.out !== undefined &&
    (args.files.length > 1 ||
      (await fs.stat(path.resolve(cwd, args.out)).then(
        s => s.isDirectory(),
        () => false,
      )));
  if (outIsFolder) await fs.mkdir(path.resolve(cwd, args.out!), { recursive: true });
  const target = (file: string) => {
    const base = path.basename(file).replace(/\.unres$/i, '') + EXTENSION[args.to];
    if (args.out === undefined) return path.join(path.dirname(file), base);
    return outIsFolder ? path.resolve(cwd, args.out, base) : path.resolve(cwd, args.out);
  };

  const written: string[] = [];
  let invalid = false;
  const today = new Date().toISOString().slice(0, 10);
  const result = await runCheck({ command: 'check', format: 'text', catalogs: args.catalogs, paths: args.files }, cwd, {}, async (service, documents) => {
    for (const document of documents) {
      const out = target(document.file);
      let data: string | Buffer;
      if (args.to === 'html') data = service.exportHtml(document);
      else if (args.to === 'akn') data = service.exportAkn(document, { today });
      // The Word writer is loaded on first use (node/onDemand.ts): `unres check` never compiles it.
      else data = await loadConverters().layoutDocx(service.getLayout(document));
      await fs.writeFile(out, data);
      written.push(out);
      if (schemaDir && typeof data === 'string') {
        const validation = await validateAkn(data, schemaDir, path.basename(out));
        if (!validation.valid) {
          invalid = true;
          for (const e of validation.errors) stderr(`${out}: not valid Akoma Ntoso: ${e}`);
        } else stderr(`${path.relative(cwd, out) || out}: valid against akomantoso30.xsd`);
      }
    }
  });
  const errors = result.diagnostics.filter(d => d.severity === 'error');
  for (const d of errors) stderr(formatText({ ...d, severity: 'warning' }));
  if (errors.length)
    stderr(`unres export: written with ${errors.length} error${errors.length === 1 ? '' : 's'} in the document${result.fileCount === 1 ? '' : 's'} (listed above as warnings)`);
  return { written, problems: errors.length > 0 || invalid };
}

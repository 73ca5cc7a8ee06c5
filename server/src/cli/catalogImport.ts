/** `unres catalog import`: CSV or MARCXML in, a catalog file out. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadConverters } from '../node/onDemand';
import type { ImportArgs } from './args';
import { readNamedFile } from './files';

export async function runCatalogImport(args: ImportArgs): Promise<number> {
  const files: { file: string; name: string; text: string }[] = [];
  for (const file of args.files) files.push({ file, name: path.basename(file), text: readNamedFile(file) });
  const imported = loadConverters().importCatalogFiles(files);
  // The reports name the file as given on the command line.
  imported.reports.forEach((report, i) => process.stderr.write(`${files[i].file}${report.slice(files[i].name.length)}\n`));
  if (args.out) await fs.writeFile(args.out, imported.json);
  else process.stdout.write(imported.json);
  return 0;
}

/**
 * `unres import [--out PATH] FILE…`: every input is converted first; only when all could be read is
 * anything written (exit 0); otherwise each failure is said on standard error and nothing is
 * written (exit 2).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadImporter } from '../node/onDemand';
import type { DocumentImportArgs } from './args';
import { UsageError } from './args';

export async function runImport(args: DocumentImportArgs): Promise<number> {
  const { files, out } = args;
  const many = files.length > 1;
  if (many && out === undefined) throw new UsageError(`'unres import' of several files needs --out DIR`);
  if (many && out !== undefined && fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new UsageError(`--out ${out} is a file; several inputs need a folder`);
  // Loaded here, not at start: `unres check` never pays for PDF.js.
  const { importFile, ImportError } = loadImporter();
  const results: { file: string; text: string }[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const result = await importFile(file);
      results.push({ file, text: result.text });
    } catch (error) {
      failed = true;
      const message = error instanceof ImportError ? error.message : `${file}: ${(error as Error)?.message ?? String(error)}`;
      process.stderr.write(`unres import: ${message}\n`);
    }
  }
  if (failed) {
    process.stderr.write('unres import: nothing written.\n');
    return 2;
  }
  if (out === undefined) {
    process.stdout.write(results[0].text);
    return 0;
  }
  const targets = results.map(r => ({ ...r, target: many || isFolder(out) ? path.join(out, `${path.basename(r.file, path.extname(r.file))}.unres`) : out }));
  try {
    if (many || isFolder(out)) fs.mkdirSync(out, { recursive: true });
    for (const t of targets) fs.writeFileSync(t.target, t.text);
  } catch (error) {
    process.stderr.write(`unres import: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 2;
  }
  for (const t of targets) process.stderr.write(`${t.file} → ${t.target}\n`);
  return 0;
}

function isFolder(out: string): boolean {
  return (fs.existsSync(out) && fs.statSync(out).isDirectory()) || /[\\/]$/.test(out);
}

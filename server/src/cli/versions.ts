/** `unres diff` and `unres rollover`: file I/O and output around the service's versions functions. */
import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import { parseDocument } from '../languageService/parser';
import { compareVersions, comparisonJson, comparisonText, hasRealChanges, rolloverText } from '../languageService/versions';
import type { DiffArgs, RolloverArgs } from './args';
import { readNamedFile } from './files';

async function parseFile(file: string) {
  const text = readNamedFile(file);
  return parseDocument(text, URI.file(path.resolve(file)).toString(), 1);
}

/** Exit status as diff(1): 0 the same (renumbering aside), 1 different; trouble (2) is thrown. */
export async function runDiff(args: DiffArgs): Promise<number> {
  const [oldDoc, newDoc] = await Promise.all([parseFile(args.old), parseFile(args.new)]);
  const comparison = compareVersions(oldDoc, newDoc);
  if (args.format === 'json') process.stdout.write(JSON.stringify(comparisonJson(comparison), null, 1) + '\n');
  else process.stdout.write(comparisonText(comparison, { oldName: args.old, newName: args.new }));
  return hasRealChanges(comparison) ? 1 : 0;
}

export async function runRollover(args: RolloverArgs): Promise<number> {
  const result = rolloverText(await parseFile(args.file));
  if (args.out) await fs.writeFile(args.out, result.text);
  else process.stdout.write(result.text);
  for (const note of result.notes) process.stderr.write(`${args.file}: ${note}\n`);
  return 0;
}

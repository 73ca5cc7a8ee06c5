/** The `unres` command line: argument handling, output and exit status only; the work is the service's. */
import { HELP, parseArgs, UsageError } from './args';
import { runCheck } from './check';
import { runCatalogImport } from './catalogImport';
import { runExport } from './export';
import { runImport } from './import';
import { runDiff, runRollover } from './versions';
import { PathError } from './files';
import { formatText, summary } from './output';

declare const UNRES_VERSION: string | undefined;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'version':
      process.stdout.write(`${typeof UNRES_VERSION === 'string' ? UNRES_VERSION : 'dev'}\n`);
      return 0;
    case 'catalog-import':
      return runCatalogImport(args);
    case 'export': {
      const result = await runExport(args, process.cwd(), line => process.stderr.write(line + '\n'));
      for (const file of result.written) process.stdout.write(file + '\n');
      return result.problems ? 1 : 0;
    }
    case 'import':
      return runImport(args);
    case 'diff':
      return runDiff(args);
    case 'rollover':
      return runRollover(args);
    case 'check': {
      const result = await runCheck(args, process.cwd());
      if (args.format === 'json') {
        process.stdout.write(JSON.stringify(result.diagnostics, null, 1) + '\n');
      } else {
        for (const d of result.diagnostics) process.stdout.write(formatText(d) + '\n');
        process.stderr.write(summary(result.diagnostics, result.fileCount) + '\n');
      }
      return result.diagnostics.some(d => d.severity === 'error') ? 1 : 0;
    }
  }
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof PathError;
    process.stderr.write(`unres: ${known ? (error as Error).message : `internal error: ${(error as Error)?.stack ?? String(error)}`}\n`);
    process.exitCode = 2;
  },
);

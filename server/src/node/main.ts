/**
 * The entry point of `unres-language-server`: `--stdio` for any LSP client, `--node-ipc` for the
 * VS Code client (`--socket=PORT` and `--pipe=NAME` work too); the transport is read from argv.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, serverVersion } from '../server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe=', '--clientProcessId'];
const args = process.argv.slice(2);

if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`unres-language-server ${serverVersion()}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some(a => TRANSPORTS.some(t => a.startsWith(t)))) {
  const out = args.includes('--help') || args.includes('-h') ? process.stdout : process.stderr;
  out.write('Usage: unres-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  out.write('The language server for UN resolutions (.unres); an LSP client starts it.\n');
  if (out === process.stderr) process.exitCode = 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  // One failure must not take the server down: log it where the client shows server output.
  process.on('uncaughtException', e => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', e => connection.console.error(`unhandled rejection: ${String(e)}`));
  startServer(connection);
}

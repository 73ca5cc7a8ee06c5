/**
 * The entry point of `unres-language-server`: `--stdio` for any LSP client, `--node-ipc` for the
 * VS Code client (`--socket=PORT` and `--pipe=NAME` work too); the transport is read from argv.
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, type Connection } from 'vscode-languageserver/node';
import { startServer, serverVersion } from '../server';
import { WholeMessageWriter } from './messageWriter';

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
  const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  // One failure must not take the server down: log it where the client shows server output.
  process.on('uncaughtException', e => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', e => connection.console.error(`unhandled rejection: ${String(e)}`));
  startServer(connection);
}

/** Header errors after which no later message can be found in the byte stream. */
const FRAMING_ERROR = /Content-Length|Header must provide/;

/**
 * The stdio connection, with its reader in hand: after a broken frame header (`Content-Length:
 * banana`) the library skips every later message, so the server would live on deaf; it exits
 * instead, and the client restarts it. Messages are written each in one piece (`./messageWriter`).
 * Otherwise as the library's own stdio set-up: the console goes to the client (stdout is the
 * protocol's), and the end of stdin ends the server.
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError(error => {
    if (!FRAMING_ERROR.test(error.message)) return;
    process.stderr.write(`unres-language-server: ${error.message.split('\n')[0]}; the message stream cannot be read on, exiting\n`);
    process.exit(1);
  });
  const connection = createConnection(ProposedFeatures.all, reader, new WholeMessageWriter(process.stdout));
  console.log = console.info = console.debug = (...a: unknown[]) => connection.console.log(format(...a));
  console.warn = (...a: unknown[]) => connection.console.warn(format(...a));
  console.error = (...a: unknown[]) => connection.console.error(format(...a));
  process.stdin.on('end', () => process.exit(0));
  return connection;
}

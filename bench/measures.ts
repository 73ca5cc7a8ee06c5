/** Measures shared by our server and the peer: open → diagnostics, and an edit → fresh diagnostics. */
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import type { LspClient } from './lspClient';
import { now } from './stats';

/** Opens a document and waits for its diagnostics; returns elapsed ms and the diagnostics. */
export async function openToDiagnostics(client: LspClient, uri: string, languageId: string, text: string): Promise<{ ms: number; diagnostics: Diagnostic[] }> {
  const start = now();
  let diagnostics: Diagnostic[];
  if (client.pulls) {
    await client.open(uri, languageId, text);
    diagnostics = await client.pull(uri);
  } else {
    const pushed = client.expectPush(uri);
    await client.open(uri, languageId, text);
    diagnostics = await pushed;
  }
  return { ms: now() - start, diagnostics };
}

/** Sends one edit and waits for fresh diagnostics of the new version; returns elapsed ms. */
export async function editToDiagnostics(client: LspClient, uri: string, version: number, line: number, character: number, insert: string, removeLength: number): Promise<number> {
  const start = now();
  const range = { start: { line, character }, end: { line, character: character + removeLength } };
  if (client.pulls) {
    await client.change(uri, version, [{ range, text: insert }]);
    await client.pull(uri);
  } else {
    const pushed = client.expectPush(uri);
    await client.change(uri, version, [{ range, text: insert }]);
    await pushed;
  }
  return now() - start;
}

/**
 * The peer: Microsoft's `vscode-markdown-languageserver`, driven as VS Code drives it. It pulls
 * diagnostics, asks the client to parse (`markdown/parse`, answered with markdown-it tokens, as
 * VS Code's extension host does — so that time is part of the peer's measure), asks for file stats
 * to validate file links, and needs its `markdown.*` settings sent by `didChangeConfiguration`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { URI } from 'vscode-uri';
import { LspClient } from './lspClient';

/** The settings VS Code sends by default, with every link check turned on. */
export const MARKDOWN_SETTINGS = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'never' } },
    occurrencesHighlight: { enabled: false },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

/** The peer's entry point, resolved from its package. */
export function peerServerPath(): string {
  return require.resolve('vscode-markdown-languageserver/out/node/main.js');
}

/**
 * Starts the Markdown server on a workspace folder. The client keeps the text of every open
 * document, as an editor does, so `markdown/parse` can be answered.
 */
export async function startPeer(root: string): Promise<LspClient> {
  const md = new MarkdownIt({ html: true });
  const fsPath = (uri: string) => URI.parse(uri).fsPath;
  const client: LspClient = new LspClient({
    trackText: true,
    command: peerServerPath(),
    args: ['--stdio'],
    cwd: root,
    rootUri: URI.file(root).toString(),
    initializationOptions: { markdownFileExtensions: ['md'] },
    settings: section => (section === 'markdown' ? MARKDOWN_SETTINGS.markdown : null),
    onRequest: {
      'markdown/parse': (p: { uri: string; text?: string }) => {
        const text = p.text ?? client.documents.get(p.uri)?.getText() ?? (existsSync(fsPath(p.uri)) ? readFileSync(fsPath(p.uri), 'utf8') : '');
        return md.parse(text, {});
      },
      'markdown/fs/stat': (p: { uri: string }) => {
        try {
          return { isDirectory: statSync(fsPath(p.uri)).isDirectory() };
        } catch {
          return undefined;
        }
      },
      'markdown/fs/readFile': (p: { uri: string }) => [...readFileSync(fsPath(p.uri))],
      'markdown/fs/readDirectory': (p: { uri: string }) => readdirSync(fsPath(p.uri), { withFileTypes: true }).map(e => [e.name, { isDirectory: e.isDirectory() }]),
      'markdown/findMarkdownFilesInWorkspace': () =>
        readdirSync(root)
          .filter(f => f.endsWith('.md'))
          .map(f => URI.file(path.join(root, f)).toString()),
      'markdown/fs/watcher/create': () => null,
      'markdown/fs/watcher/delete': () => null,
    },
  });
  await client.initialize();
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: MARKDOWN_SETTINGS });
  return client;
}

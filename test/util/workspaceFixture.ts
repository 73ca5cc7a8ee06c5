/**
 * Multi-file workspaces for feature tests: files by name, one of them marked with `|` (cursor) and
 * `[[…]]` (expected ranges), held in an {@link InMemoryWorkspace} and indexed before the test runs.
 */
import {
  bundledLayer,
  bundledRecord,
  createLanguageService,
  InMemoryWorkspace,
  parseDocument,
  WorkspaceIndex,
  type ILanguageService,
  type IWorkspace,
  type TextDocumentLike,
  type WorkspaceSummarizer,
} from '../../server/src/languageService';
import type { Position, Range } from 'vscode-languageserver-types';
import { parseMarkers } from './markers';

export interface WorkspaceFixture {
  readonly service: ILanguageService;
  readonly workspace: InMemoryWorkspace;
  /** The marked document. */
  readonly doc: TextDocumentLike;
  readonly cursor: Position;
  readonly ranges: readonly Range[];
  /** The URI of a fixture file by name. */
  uri(name: string): string;
}

/** The URI a fixture file gets: `file:///ws/<name>`. */
export function fixtureUri(name: string): string {
  return `file:///ws/${name}`;
}

/** Builds and indexes a workspace; `marked` names the file whose markers count (the first with `|` by default). */
export async function workspaceFixture(files: Record<string, string>, marked?: string): Promise<WorkspaceFixture> {
  const name = marked ?? Object.keys(files).find(n => files[n].includes('|')) ?? Object.keys(files)[0];
  const parsed = parseMarkers(files[name]);
  const texts: Record<string, string> = {};
  for (const [n, text] of Object.entries(files)) texts[fixtureUri(n)] = n === name ? parsed.text : text;
  const workspace = new InMemoryWorkspace(texts);
  const service = createLanguageService({
    workspace,
    log: m => {
      throw new Error(`service logged: ${m}`);
    },
  });
  await service.indexWorkspace();
  const doc: TextDocumentLike = { uri: fixtureUri(name), version: 1, getText: () => parsed.text };
  service.syncDocument(doc);
  return { service, workspace, doc, cursor: parsed.cursor ?? { line: 0, character: 0 }, ranges: parsed.ranges, uri: fixtureUri };
}

/** A document with no workspace around it. */
export function textDocument(text: string, uri = fixtureUri('doc.unres'), version = 1): TextDocumentLike {
  return { uri, version, getText: () => text };
}

/** A workspace index of its own, made as the language service makes its one (which it does not hand out): for tests of the index itself. */
export function workspaceIndexOf(workspace: IWorkspace, summarizer?: WorkspaceSummarizer): WorkspaceIndex {
  return new WorkspaceIndex({ workspace, parse: (text, uri) => parseDocument(text, uri, 0), bundled: bundledLayer, record: bundledRecord, summarizer });
}

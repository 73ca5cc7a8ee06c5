/** Versions of a resolution: compare two drafts paragraph by paragraph, and roll one over to the next session. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolutionDocument } from '../model';
import { rolloverEdits, type Rollover } from './rollover';

export { compareVersions, hasRealChanges, wordChanges, SIMILARITY, type Comparison, type VersionChange, type ChangeKind, type ChangeSide, type WordChange } from './compare';
export { comparisonJson, comparisonText, comparisonSummary, spokenLabel, type JsonChange, type TextReportOptions } from './report';
export { rolloverEdits, SYMBOL_PLACEHOLDER, type Rollover } from './rollover';

/** The rolled-over draft's whole text, with what was done. */
export function rolloverText(doc: ResolutionDocument): Rollover & { readonly text: string } {
  const rollover = rolloverEdits(doc);
  return { ...rollover, text: TextDocument.applyEdits(TextDocument.create(doc.uri, 'unres', doc.version, doc.text), rollover.edits) };
}

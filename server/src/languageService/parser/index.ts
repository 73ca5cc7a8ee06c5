/**
 * The block parser: `.unres` text → {@link ResolutionDocument}. It never throws: broken,
 * half-typed or huge text still yields a model whose every range lies inside the document.
 * Stages, each its own module: line table → front matter → comments (blanked) → blocks →
 * parts and attachments (paragraphs, subparagraphs, footnotes) → brackets → inline scan.
 */
import type { ParseProblem, ResolutionDocument } from '../model';
import { splitBlocks } from './blocks';
import { scanBrackets } from './brackets';
import { scanComments } from './comments';
import { documentInfo } from './documentInfo';
import { parseFrontMatter } from './frontMatter';
import { scanUnits } from './inlineScan';
import { splitLines } from './lines';
import { buildStructure } from './structure';

export { organFromName, organFromSymbol, sessionFromSymbol, isoDate } from './documentInfo';
export { subparagraphLabel, readingsOf, romanValue } from './subparagraphs';

/**
 * Parses a document. `uri` and `version` are carried into the model unchanged.
 * Linear in the length of the text; never throws.
 */
export function parseDocument(text: string, uri = '', version = 0): ResolutionDocument {
  const source = typeof text === 'string' ? text : '';
  try {
    return parse(source, uri, version);
  } catch (error) {
    // A bug in a stage must not take the editor down: return an empty model that says so.
    return emptyDocument(source, uri, version, error);
  }
}

function parse(text: string, uri: string, version: number): ResolutionDocument {
  const table = splitLines(text);
  const fm = parseFrontMatter(table);
  const bodyOffset = fm.bodyStartLine < table.lines.length ? table.starts[fm.bodyStartLine] : text.length;
  const comments = scanComments(text, table, bodyOffset);
  const blanked = splitLines(comments.blanked).lines;
  const blocks = splitBlocks(blanked, fm.bodyStartLine);
  const structure = buildStructure(blanked, blocks, fm.bodyStartLine);
  const { footnoteReferences, brackets } = scanBrackets(blanked, fm.bodyStartLine);
  const info = documentInfo(fm.frontMatter?.entries ?? [], structure.parts.find(p => p.organLine)?.organLine?.organ);
  const problems: ParseProblem[] = [...fm.problems, ...comments.problems];
  const inline = scanUnits(blanked, structure.scanUnits, info.organ);
  return {
    uri,
    version,
    text,
    lines: table.lines,
    ...(fm.frontMatter ? { frontMatter: fm.frontMatter } : {}),
    info,
    parts: structure.parts,
    attachments: structure.attachments,
    headings: structure.headings,
    footnoteReferences,
    footnoteDefinitions: structure.footnoteDefinitions,
    brackets,
    comments: comments.comments,
    directives: comments.directives,
    citations: inline.citations,
    symbols: inline.symbols,
    dates: inline.dates,
    references: inline.references,
    problems,
  };
}

function emptyDocument(text: string, uri: string, version: number, error: unknown): ResolutionDocument {
  const lines = splitLines(text).lines;
  const last = lines.length - 1;
  const start = { line: 0, character: 0 };
  return {
    uri,
    version,
    text,
    lines,
    info: { status: 'draft' },
    parts: [{ preambular: [], operative: [], sections: [], strayBeforeOrgan: [], range: { start, end: start } }],
    attachments: [],
    headings: [],
    footnoteReferences: [],
    footnoteDefinitions: [],
    brackets: [],
    comments: [],
    directives: [],
    citations: [],
    symbols: [],
    dates: [],
    references: [],
    problems: [
      {
        code: 'structure/parse',
        message: `unres could not read this document: ${error instanceof Error ? error.message : String(error)}`,
        range: { start, end: { line: last, character: lines[last].length } },
      },
    ],
  };
}

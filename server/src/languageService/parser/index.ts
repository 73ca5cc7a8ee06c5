/**
 * The block parser: `.unres` text → {@link ResolutionDocument}. It never throws: broken,
 * half-typed or huge text still yields a model whose every range lies inside the document.
 * Stages, each its own module: line table → front matter → comments (blanked) → blocks →
 * parts and attachments (paragraphs, subparagraphs, footnotes) → brackets → inline scan.
 */
import type { Comment, ParseProblem, ResolutionDocument } from '../model';
import { splitBlocks, type Block } from './blocks';
import { scanBrackets } from './brackets';
import { scanComments } from './comments';
import { documentInfo } from './documentInfo';
import { parseFrontMatter } from './frontMatter';
import { scanUnits } from './inlineScan';
import { splitLines, type LineTable } from './lines';
import { ParseCache } from './reuse';
import { readParagraph } from './paragraphs';
import { buildStructure, type ParagraphReader, type ParagraphReading } from './structure';
import type { Paragraph } from '../model';
import { inlineReuse } from './inlineReuse';

export { ParseCache } from './reuse';

export { subparagraphLabel, readingsOf, romanValue } from './subparagraphs';

/**
 * Parses a document. `uri` and `version` are carried into the model unchanged.
 * Linear in the length of the text; never throws. With a `cache` (one per open document), blocks
 * whose text did not change since the last parse with that cache are not read again: the model
 * is the same as a fresh parse's, and unchanged paragraphs are even the same objects.
 */
export function parseDocument(text: string, uri = '', version = 0, cache?: ParseCache): ResolutionDocument {
  const source = typeof text === 'string' ? text : '';
  try {
    return parse(source, uri, version, cache);
  } catch (error) {
    // A bug in a stage must not take the editor down: return an empty model that says so.
    return emptyDocument(source, uri, version, error);
  }
}

function parse(text: string, uri: string, version: number, cache: ParseCache | undefined): ResolutionDocument {
  const table = splitLines(text);
  const fm = parseFrontMatter(table);
  const bodyOffset = fm.bodyStartLine < table.lines.length ? table.starts[fm.bodyStartLine] : text.length;
  const comments = scanComments(text, table, bodyOffset);
  const blanked = blankedLines(table, comments.blanked, comments.comments);
  const blocks = splitBlocks(blanked, fm.bodyStartLine);
  if (cache) cache.begin(blanked);
  const structure = buildStructure(blanked, blocks, fm.bodyStartLine, cache ? paragraphReuse(cache) : undefined);
  const { footnoteReferences, brackets } = scanBrackets(blanked, fm.bodyStartLine, comments.blanked, table.starts);
  const info = documentInfo(fm.frontMatter?.entries ?? [], structure.parts.find(p => p.organLine)?.organLine?.organ);
  const problems: ParseProblem[] = [...fm.problems, ...comments.problems];
  const inline = scanUnits(blanked, structure.scanUnits, info.organ, cache ? inlineReuse(cache, info.organ, structure.scanUnits.length) : undefined);
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
    hyphenBreaks: inline.hyphenBreaks,
    problems,
  };
}

/**
 * The lines of the comment-blanked text. Blanking keeps every offset and line break, so only the
 * lines a comment touches differ from the source's: splitting the whole text again cost a 1 MB
 * document some 20,000 new strings per parse.
 */
function blankedLines(table: LineTable, blanked: string, comments: readonly Comment[]): readonly string[] {
  if (comments.length === 0) return table.lines;
  const lines = table.lines.slice();
  for (const c of comments) {
    for (let l = c.range.start.line; l <= c.range.end.line && l < lines.length; l++) {
      lines[l] = blanked.slice(table.starts[l], table.starts[l] + table.lines[l].length);
    }
  }
  return lines;
}

/** Paragraph readings taken from `cache` when their block's lines did not change. */
function paragraphReuse(cache: ParseCache): ParagraphReader {
  return {
    read: (lines: readonly string[], block: Block, section: string | undefined): ParagraphReading => {
      const paragraph = cache.take('paragraph', '', block.first, block.last, () => readParagraph(lines, block, section));
      return { paragraph, placed: cache.reusedInPlace };
    },
    copied: (paragraph: Paragraph) => cache.replace('paragraph', '', paragraph.firstLine, paragraph),
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
    hyphenBreaks: [],
    problems: [
      {
        code: 'structure/parse',
        message: `unres could not read this document: ${error instanceof Error ? error.message : String(error)}`,
        range: { start, end: { line: last, character: lines[last].length } },
      },
    ],
  };
}
